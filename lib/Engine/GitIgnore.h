// .gitignore rules matched as git matches them, for directories that are not
// in a git work tree privlint can ask (no git, no work tree): `**` in every
// position, negation, anchored and directory-only patterns, escapes, and
// the last matching rule winning. In a work tree, Discovery asks git itself.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct IgnoreRule {
  std::string Base;    // directory the pattern is relative to
  std::string Pattern; // without '!', the leading '/' and the trailing '/'
  bool Negate = false;
  bool DirOnly = false;  // ended with '/'
  bool Anchored = false; // held a '/' before its end: matched against the path from Base
};

/// The rules of one ignore file (a .gitignore, .git/info/exclude) whose
/// patterns are relative to Base. A missing file has none.
std::vector<IgnoreRule> readIgnoreFile(const std::filesystem::path &File,
                                       const std::filesystem::path &Base);

/// The rules of Dir/.gitignore.
std::vector<IgnoreRule> readGitignore(const std::filesystem::path &Dir);

/// Whether P is ignored by Rules (in precedence order: the last match wins).
/// The caller does not descend into ignored directories, as git does not.
bool ignored(const std::vector<IgnoreRule> &Rules, const std::filesystem::path &P, bool IsDir);

/// git's wildmatch with WM_PATHNAME: '*', '?' and classes stop at '/', `**`
/// between slashes (or at either end) matches any number of directories.
bool wildmatch(std::string_view Pattern, std::string_view Text);

} // namespace privlint
