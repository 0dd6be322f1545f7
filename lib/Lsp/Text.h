// What LSP positions and URIs mean for privlint's byte offsets and paths:
// a character is a UTF-16 code unit unless the client agreed to UTF-8, and
// only file: URIs name files.
#pragma once

#include "Model/Model.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace privlint::lsp {

enum class Encoding { Utf16, Utf8 };

/// "utf-16" or "utf-8".
const char *encodingName(Encoding E);

/// The byte offset of an LSP position in Text (a line past the end clamps to
/// the end, a character past the line's end to the line's end).
size_t offsetAt(std::string_view Text, int64_t Line, int64_t Character, Encoding E);

/// The LSP position of a byte offset of F.
nlohmann::json positionOf(const SourceFile &F, uint32_t Offset, Encoding E);
/// The LSP range of R (a point when R is empty).
nlohmann::json rangeOf(const SourceRange &R, Encoding E);

/// Applies one TextDocumentContentChangeEvent (a range and text, or the
/// whole text) to Text; false when it is malformed.
bool applyChange(std::string &Text, const nlohmann::json &Change, Encoding E);

/// The path of a file: URI (percent-decoded), or nothing for other schemes.
std::optional<std::string> uriToPath(std::string_view Uri);
/// A file: URI for an absolute path (RFC 3986 percent-encoding).
std::string pathToUri(const std::string &Path);

} // namespace privlint::lsp
