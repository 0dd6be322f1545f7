// Paths as privlint reports them.
#pragma once

#include <string>

namespace privlint {

/// A path relative to the project root, with '/' separators (SARIF URIs,
/// baselines, fingerprints); absolute when it lies outside the root.
std::string relativeToRoot(const std::string &Path, const std::string &Root);

/// Path made absolute and lexically normal: the key a file is known by.
std::string normalizePath(const std::string &Path);

/// A root directory as the user spelled the paths under it (for display):
/// "" or "." for the current directory, a relative path when Root lies
/// under it and Given was relative, else Root.
std::string displayRoot(const std::string &Given, const std::string &Root);

/// Natural, version-aware order of file names: V2__ before V10__, timestamps
/// numerically.
bool versionLess(const std::string &A, const std::string &B);

} // namespace privlint
