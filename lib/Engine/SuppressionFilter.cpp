#include "Engine/SuppressionFilter.h"

#include "Engine/RuleRegistry.h"
#include "Engine/Suppressions.h"

#include <map>

namespace privlint {

std::vector<Finding> applySuppressions(std::vector<Finding> Raw,
                                       const std::vector<std::unique_ptr<SourceFile>> &OwnedFiles,
                                       const std::function<bool(const SourceRange &)> &IsGiven,
                                       const Config &Cfg) {
  std::vector<Finding> Out;
  std::vector<const SourceFile *> Files;
  for (const auto &F : OwnedFiles)
    Files.push_back(F.get());
  // Suppressions at the primary or a related location.
  std::map<const SourceFile *, std::vector<Suppression>> Sups;
  auto SupsOf = [&](const SourceFile *F) -> const std::vector<Suppression> & {
    auto It = Sups.find(F);
    if (It == Sups.end())
      It = Sups.emplace(F, parseSuppressions(*F)).first;
    return It->second;
  };
  // Every finding is matched (a suppression in a given file may silence a
  // finding located in a context file); only given files are reported.
  for (auto &F : Raw) {
    if (!F.Where.File)
      continue;
    bool Suppressed = isSuppressed(SupsOf(F.Where.File), F.Where.File->lineOf(F.Where.Begin), F.RuleId);
    for (const auto &Rel : F.Related)
      if (!Suppressed && Rel.Where.File)
        Suppressed = isSuppressed(SupsOf(Rel.Where.File), Rel.Where.File->lineOf(Rel.Where.Begin), F.RuleId);
    // Reported when it is located in a given file, or when a given file
    // holds another definition of its field (a generated migration).
    bool Given = IsGiven(F.Where);
    for (const auto &Rel : F.Related)
      Given = Given || (Rel.SameField && IsGiven(Rel.Where));
    if (!Suppressed && Given)
      Out.push_back(std::move(F));
  }
  // A suppression that suppresses nothing is itself reported.
  if (const RuleInfo *Unused = findRule("unused-suppression")) {
    RuleConfig UC;
    if (auto It = Cfg.Rules.find(Unused->Id); It != Cfg.Rules.end())
      UC = It->second;
    if (!UC.Off) {
      for (const SourceFile *SF : Files) {
        if (!SF || !IsGiven(SourceRange{SF, 0, 0}))
          continue;
        for (const auto &S : SupsOf(SF)) {
          if (S.Nolint)
            continue; // shared with clang-tidy: not ours to call unused
          std::vector<std::string> Unknown;
          bool Disabled = false;
          for (const auto &Id : S.Rules) {
            const RuleInfo *RI = findRule(Id);
            if (!RI && Id != "all")
              Unknown.push_back(Id);
            else if (RI) {
              auto It = Cfg.Rules.find(Id);
              if (It != Cfg.Rules.end() && It->second.Off)
                Disabled = true;
            }
          }
          // A misspelt id is reported even when another id of the same
          // comment did suppress something.
          if (Unknown.empty() && (S.Used || Disabled))
            continue; // used, or the rule is off here: nothing to say
          Finding X;
          X.RuleId = Unused->Id;
          X.Sev = UC.Sev.value_or(Unused->DefaultSeverity);
          std::string What;
          for (const auto &Id : S.Rules)
            What += (What.empty() ? "'" : ", '") + Id + "'";
          if (!Unknown.empty()) {
            std::string Names;
            for (const auto &U : Unknown)
              Names += (Names.empty() ? "'" : ", '") + U + "'";
            X.Message = std::string("suppression names unknown rule") + (Unknown.size() > 1 ? "s " : " ") + Names;
          } else {
            X.Message = std::string(S.FileLevel ? "file-level " : "") + "suppression of " +
                        (What.empty() ? std::string("every rule") : What) + " suppresses nothing";
          }
          X.Where = SourceRange{SF, S.Begin, S.End};
          X.Fingerprint = fingerprintV1({X.RuleId, SF->stableName(), What, S.Reason});
          Out.push_back(std::move(X));
        }
      }
    }
  }

  return Out;
}

} // namespace privlint
