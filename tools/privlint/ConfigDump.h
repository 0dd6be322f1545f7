// privlint config --dump FILE: the effective configuration for FILE, every
// value with where it comes from (the file's line:col, or the default), as
// clang-tidy's --dump-config does.
#pragma once

#include "Engine/Config.h"

#include <ostream>
#include <string>

namespace privlint {

/// Writes C (read from ConfigPath, "" for the built-in defaults) as it
/// applies to File.
void dumpConfig(std::ostream &OS, const std::string &File, const std::string &ConfigPath,
                const Config &C);

} // namespace privlint
