// Reads a whole file and keeps the OS reason when it cannot: std::ifstream
// hides errno, and a directory opens as a stream and then reads nothing.
#pragma once

#include <string>

namespace privlint {

/// Appends the bytes of Path to Text. Returns 0, or the errno that stopped
/// the reading (ENOENT, EACCES, EISDIR, ...); std::strerror says it in words.
int readWholeFile(const std::string &Path, std::string &Text);

} // namespace privlint
