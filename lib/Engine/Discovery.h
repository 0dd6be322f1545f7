// Which files to read: walks directories in sorted order, skips build and
// vendor folders and what .gitignore files ignore, and keeps the files
// some frontend may read (by name; frontends claim them later).
#pragma once

#include <string>
#include <vector>

namespace privlint {

struct DiscoveredFile {
  std::string Path;      // as given, or joined from a given directory
  bool Explicit = false; // named on the command line (not found by a walk)
};

/// What discovery could not use, besides the files it found.
struct DiscoveryProblems {
  std::vector<std::string> Missing;    // given paths that do not exist
  std::vector<std::string> NotRegular; // given paths that are FIFOs, sockets or devices
  std::vector<std::string> Notes;      // "<path>: note: ..." (symbolic link loops, once each)
};

/// Expands Paths (files and directories) into files. Directories are walked
/// with walkFiles (Support/FileWalk.h): links followed, loops noted once, each
/// file found once; FIFOs, sockets and devices met while walking are skipped.
std::vector<DiscoveredFile> discoverFiles(const std::vector<std::string> &Paths,
                                          const std::vector<std::string> &Excludes,
                                          DiscoveryProblems &Problems);
/// The same; paths that do not exist or are not regular files are returned in
/// Missing, notes are dropped (a second walk of a tree already reported).
std::vector<DiscoveredFile> discoverFiles(const std::vector<std::string> &Paths,
                                          const std::vector<std::string> &Excludes,
                                          std::vector<std::string> &Missing);

/// The project root of a path: the nearest directory upward with a
/// .privlint.yaml, else the git top level, else the current directory.
std::string projectRootFor(const std::string &Path);

/// The nearest .privlint.yaml upward from Path's directory, or empty.
std::string findConfigFor(const std::string &Path);

} // namespace privlint
