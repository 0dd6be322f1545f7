// What a run asks the file system again and again, asked once: the current
// directory (every path made absolute) and whether a marker file exists in a
// directory (.privlint.yaml, .git, package.json, ... looked up in every
// directory above every file). A run of a 2,000-file project made about
// 100,000 such calls; each answer is now one system call per run.
//
// The answers hold for one run: the engine clears them when a run starts, so
// a long-lived process (an editor session) sees files created between runs.
// Thread-safe.
#pragma once

#include <filesystem>
#include <string>

namespace privlint {

/// The current directory when first asked in this run.
const std::filesystem::path &cachedCurrentDirectory();

/// P made absolute against the cached current directory (fs::absolute
/// without its getcwd call).
std::filesystem::path absolutePath(const std::filesystem::path &P);

/// Whether P exists (any kind of file), as first seen in this run.
bool existsCached(const std::filesystem::path &P);

/// Forgets every answer (at the start of a run).
void clearPathCache();

} // namespace privlint
