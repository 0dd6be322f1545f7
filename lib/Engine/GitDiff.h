// Changed lines for --diff-base: which lines of which files a change adds or
// modifies relative to a git revision (git diff -U0), plus untracked files.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

namespace privlint {

struct ChangedLines {
  // Absolute, normalized path -> changed line numbers (1-based). A file in
  // WholeFiles is new (untracked or added): every line counts as changed.
  std::map<std::string, std::set<uint32_t>> Lines;
  std::set<std::string> WholeFiles;
  bool covers(const std::string &AbsPath, uint32_t Line) const;
};

/// Runs git in Root; returns nullopt and sets Error when git fails (not a
/// repository, unknown revision).
std::optional<ChangedLines> changedLinesSince(const std::string &Root, const std::string &Rev,
                                              std::string &Error);

/// Parses `git diff -U0` output (exposed for tests). TopLevel prefixes paths.
void parseUnifiedDiff(const std::string &Diff, const std::string &TopLevel, ChangedLines &Out);

} // namespace privlint
