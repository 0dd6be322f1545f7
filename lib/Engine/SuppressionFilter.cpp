#include "Engine/SuppressionFilter.h"

#include "Engine/RuleRunner.h"
#include "Engine/Suppressions.h"

namespace privlint {

std::vector<Finding> applySuppressions(std::vector<Finding> Raw,
                                       const std::vector<std::unique_ptr<SourceFile>> &Files,
                                       const std::function<bool(const SourceRange &)> &IsGiven,
                                       const Config &Cfg) {
  std::vector<Finding> Out;
  SuppressionIndex Sups;
  // Every finding is matched (a suppression in a given file may silence a
  // finding located in a context file); only given files are reported.
  for (auto &F : Raw) {
    if (!F.Where.File)
      continue;
    bool Suppressed = Sups.suppresses(F);
    // A finding counts wherever any of its locations is: reported when its
    // primary location or any related one (another definition of the field,
    // the grant, the view, the serializer) is in a given file.
    bool Given = IsGiven(F.Where);
    for (const auto &Rel : F.Related)
      Given = Given || IsGiven(Rel.Where);
    if (!Suppressed && Given)
      Out.push_back(std::move(F));
  }
  // The suppressions stage sees the reported files' suppressions, used or not.
  RuleInput In;
  for (const auto &SF : Files)
    if (SF && IsGiven(SourceRange{SF.get(), 0, 0}))
      In.Suppressions.push_back({SF.get(), &Sups.of(*SF)});
  runRuleStage(RuleStage::Suppressions, In, Cfg, Out);
  return Out;
}

} // namespace privlint
