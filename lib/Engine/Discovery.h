// Which files to read: walks directories in sorted order, skips build and
// vendor folders and what .gitignore files ignore, and keeps the files
// some frontend may read (by name; frontends claim them later).
#pragma once

#include <string>
#include <vector>

namespace privlint {

struct DiscoveredFile {
  std::string Path; // as given, or joined from a given directory
  bool Explicit = false; // named on the command line (not found by a walk)
};

/// Expands Paths (files and directories) into files. Paths that do not exist
/// are returned in Missing.
std::vector<DiscoveredFile> discoverFiles(const std::vector<std::string> &Paths,
                                          const std::vector<std::string> &Excludes,
                                          std::vector<std::string> &Missing);

/// The project root of a path: the nearest directory upward with a
/// .privlint.yaml, else the git top level, else the current directory.
std::string projectRootFor(const std::string &Path);

/// The nearest .privlint.yaml upward from Path's directory, or empty.
std::string findConfigFor(const std::string &Path);

} // namespace privlint
