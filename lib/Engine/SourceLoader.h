// Reads input files into SourceFiles: the one place where bytes enter the
// model, so size limits, binary content and encoding problems are judged once.
#pragma once

#include "Model/Model.h"
#include "Support/FileStamp.h"

#include <memory>
#include <string>
#include <vector>

namespace privlint {

constexpr size_t MaxFileBytes = 64u << 20;

/// Reads Path (or uses *Override, an unsaved buffer) into Out, recording
/// unreadable, binary, oversized and invalid UTF-8 input as problems. A UTF-8
/// byte order mark is not part of the text: offsets and columns start after it.
/// Returns false when the content is unusable; Out is always set. Stamp, when
/// given, receives the file's stamp as it was opened (before reading).
bool loadSource(const std::string &Path, const std::string *Override,
                std::unique_ptr<SourceFile> &Out, std::vector<InputProblem> &Problems,
                FileStamp *Stamp = nullptr);

} // namespace privlint
