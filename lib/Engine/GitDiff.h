// Changed lines for --diff-base: which lines of which files the work tree
// adds or modifies relative to a git revision. git is asked in a form that
// cannot be misread whatever the file names or the user's configuration:
// plumbing (`diff-index`, which reads no diff.* settings), fixed a/ b/
// prefixes, NUL-separated names (`--raw -z`) paired with the patch's hunks,
// every hunk header checked against its file. Anything unexpected is an
// error, never an empty change set.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace privlint {

struct ChangedLines {
  /// The work tree's top level, symbolic links resolved.
  std::string TopLevel;
  /// Path (canonical) -> changed line numbers (1-based) of a modified file.
  std::map<std::string, std::set<uint32_t>> Lines;
  /// Files that count entirely: added since the base, renamed (a new path),
  /// binary or changed in type.
  std::set<std::string> WholeFiles;
  /// Files git tracks (the index). Any other file, untracked, ignored or
  /// outside the work tree, is new as far as the diff can tell: it counts
  /// entirely.
  std::set<std::string> Tracked;

  /// Whether Line of the file at CanonicalPath (fs::weakly_canonical) is
  /// new or changed.
  bool covers(const std::string &CanonicalPath, uint32_t Line) const;
};

/// Runs git in Root; returns nullopt and sets Error when git fails (not a
/// repository, unknown revision) or answers in a form privlint cannot read.
std::optional<ChangedLines> changedLinesSince(const std::string &Root, const std::string &Rev,
                                              std::string &Error);

/// Reads the output of `git diff-index -z --raw -p -U0 --src-prefix=a/
/// --dst-prefix=b/` run in TopLevel into Out (exposed for tests). False, with
/// Error set, when it is not in that form.
bool parseRawPatch(const std::string &Output, const std::string &TopLevel, ChangedLines &Out,
                   std::string &Error);

} // namespace privlint
