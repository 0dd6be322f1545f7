// Frontends whose parser is heavy (Clang, libprotobuf) live in a shared
// library loaded with dlopen only when their inputs are read.
#pragma once

#include <string>

namespace privlint {

/// dlopen()s LibName next to the binary (build tree: ../lib, installed:
/// ../lib/privlint), or the path in EnvVar, and returns Symbol from it; once
/// per process (thread-safe). nullptr with Err set when it cannot.
void *loadFrontendSymbol(const char *LibName, const char *EnvVar, const char *Symbol,
                         std::string &Err);

} // namespace privlint
