// unused-suppression: a privlint-ignore comment in a reported file that
// suppressed nothing in this run, or that names a rule privlint does not know.
// It runs in the suppressions stage, after every finding of the unit was
// matched against the suppressions.
#include "Engine/RuleRegistry.h"

namespace privlint {

namespace {
std::string quotedList(const std::vector<std::string> &Ids) {
  std::string Out;
  for (const auto &Id : Ids)
    Out += (Out.empty() ? "'" : ", '") + Id + "'";
  return Out;
}
} // namespace

void checkUnusedSuppression(RuleContext &Ctx) {
  for (const auto &[File, Sups] : Ctx.suppressions()) {
    for (const auto &S : *Sups) {
      if (S.Nolint)
        continue; // shared with clang-tidy: not ours to call unused
      std::vector<std::string> Unknown;
      bool Disabled = false;
      for (const auto &Id : S.Rules) {
        if (findRule(Id))
          Disabled = Disabled || !Ctx.isEnabled(Id);
        else if (Id != "all")
          Unknown.push_back(Id);
      }
      // A misspelt id is reported even when another id of the same comment
      // did suppress something.
      if (Unknown.empty() && (S.Used || Disabled))
        continue; // used, or the rule is off here: nothing to say
      std::string What = quotedList(S.Rules);
      std::string Message =
          !Unknown.empty()
              ? std::string("suppression names unknown rule") + (Unknown.size() > 1 ? "s " : " ") +
                    quotedList(Unknown)
              : std::string(S.FileLevel ? "file-level " : "") + "suppression of " +
                    (What.empty() ? std::string("every rule") : What) + " suppresses nothing";
      Ctx.report(SourceRange{File, S.Begin, S.End}, std::move(Message),
                 {File->stableName(), What, S.Reason});
    }
  }
}

} // namespace privlint
