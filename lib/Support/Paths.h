// Paths as privlint reports them.
#pragma once

#include <string>

namespace privlint {

/// A path relative to the project root, with '/' separators (SARIF URIs,
/// baselines, fingerprints); absolute when it lies outside the root.
std::string relativeToRoot(const std::string &Path, const std::string &Root);

} // namespace privlint
