// blanket-suppression: a privlint-ignore comment that names no rule. It still
// silences every rule where it applies (the line it covers, or the whole
// file), so it would also hide a finding nobody has seen yet, as ruff's
// PGH004 says of a bare `# noqa`. The message names the rules it silenced in
// this run, ready to copy. It runs in the suppressions stage, after every
// finding of the unit was matched against the suppressions.
#include "Engine/RuleRegistry.h"

namespace privlint {

void checkBlanketSuppression(RuleContext &Ctx) {
  // An unused one is unused-suppression's: delete it rather than name a rule.
  bool UnusedReported = Ctx.isEnabled("unused-suppression");
  for (const auto &[File, Sups] : Ctx.suppressions()) {
    for (const auto &S : *Sups) {
      // NOLINT is clang-tidy's form, shared with its other checks; "all"
      // says on purpose what a bare directive says by omission.
      if (S.Nolint || !S.Rules.empty() || (!S.Used && UnusedReported))
        continue;
      std::string Directive = S.FileLevel ? "privlint-ignore-file" : "privlint-ignore";
      std::string Message = std::string(S.FileLevel ? "file-level " : "") +
                            "suppression names no rule, so it silences every rule " +
                            (S.FileLevel ? "in the file" : "on the line it covers");
      if (S.Silenced.empty()) {
        Message += "; name the rule it is for";
      } else {
        std::string Ids;
        for (const auto &Id : S.Silenced)
          Ids += (Ids.empty() ? "" : ", ") + Id;
        Message += std::string("; name the rule") + (S.Silenced.size() > 1 ? "s" : "") +
                   " it is for: '" + Directive + " " + Ids + "'";
      }
      // The covered line's text tells two bare directives of a file apart,
      // and survives lines moving.
      std::string Covered = S.FileLevel || S.TargetLine > File->lineCount()
                                ? ""
                                : std::string(File->lineText(S.TargetLine));
      size_t B = Covered.find_first_not_of(" \t");
      Covered = B == std::string::npos ? "" : Covered.substr(B);
      Ctx.report(SourceRange{File, S.Begin, S.End}, std::move(Message),
                 {File->stableName(), Directive, Covered, S.Reason});
    }
  }
}

} // namespace privlint
