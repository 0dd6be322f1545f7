// privlint's code actions for one published diagnostic: the inline
// suppression with a reason to fill in, the "encrypted by the application"
// marker where the input kind has one (an assertion, never preferred), and
// the rule's real fix where the input kind has one (Rails `encrypts`, a
// Django encrypted field class), which is preferred.
#pragma once

#include "Lsp/Server.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace privlint::lsp {

std::vector<nlohmann::json> codeActionsFor(const DiagnosticRecord &R, const std::string &Uri,
                                           const std::string &Text, Encoding E);

/// The line comment of a file's syntax ("--", "#", "//"), or "" when it has none.
std::string lineCommentFor(const std::string &Path);

} // namespace privlint::lsp
