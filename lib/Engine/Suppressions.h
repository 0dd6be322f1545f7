// Inline suppressions with a reason, in any comment syntax:
//   -- privlint-ignore plaintext-contact-field: hashed upstream
//   # privlint-ignore contact-exposed-without-auth, plaintext-contact-field: reason
//   // privlint-ignore-file parse-error: generated file
// A line suppression covers its own line when code precedes it, else the
// next line that is not a comment.
#pragma once

#include "Engine/Finding.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace privlint {

struct Suppression {
  uint32_t CommentLine = 0;    // where it is written
  uint32_t Begin = 0, End = 0; // byte range of "privlint-ignore..." in the file
  uint32_t TargetLine = 0;     // the line it covers (0 for file-level)
  bool FileLevel = false;
  std::vector<std::string> Rules; // empty = every rule
  std::string Reason;
  bool Nolint =
      false; // clang-tidy's NOLINT forms: never reported as unused (other tools share them)
  mutable bool Used = false;
  mutable std::set<std::string> Silenced; // the rules whose findings it suppressed
};

std::vector<Suppression> parseSuppressions(const SourceFile &F);

/// True when a suppression in Sups covers F at Line for RuleId (marks it used).
bool isSuppressed(const std::vector<Suppression> &Sups, uint32_t Line, const std::string &RuleId);

/// The suppressions of the files a unit's findings touch, each file parsed
/// once: what the engine's filter and the Clang front doors share.
class SuppressionIndex {
public:
  /// The suppressions written in F, parsed on first use.
  const std::vector<Suppression> &of(const SourceFile &F);
  /// True when a suppression at X's primary or at one of its related
  /// locations names X's rule (and marks that suppression used).
  bool suppresses(const Finding &X);

private:
  std::map<const SourceFile *, std::vector<Suppression>> ByFile;
};

} // namespace privlint
