// Runs the registered rules of one stage with a configuration's settings:
// the evaluation the CLI and the Clang front doors share.
#include "Engine/RuleRunner.h"

#include "Classify/Classifier.h"

namespace privlint {

std::vector<std::string> knownRuleIds() {
  std::vector<std::string> Ids;
  for (const auto &R : allRules())
    Ids.push_back(R.Id);
  return Ids;
}

std::vector<Finding> evaluateRules(Model &M, const Config &Cfg, const Taxonomy &Tax) {
  Classifier Cl(Tax);
  Cl.classify(M);
  return runRules(M, Cfg);
}

std::vector<Finding> runRules(const Model &M, const Config &Cfg) {
  std::vector<Finding> Out;
  RuleInput In;
  In.Unit = &M;
  runRuleStage(RuleStage::Model, In, Cfg, Out);
  return Out;
}

void runRuleStage(RuleStage Stage, const RuleInput &In, const Config &Cfg,
                  std::vector<Finding> &Out) {
  for (const auto &Rule : allRules()) {
    if (Rule.Stage != Stage || !Rule.Check)
      continue;
    RuleConfig RC;
    if (auto It = Cfg.Rules.find(Rule.Id); It != Cfg.Rules.end())
      RC = It->second;
    if (RC.Off)
      continue;
    RuleContext Ctx(Rule, RC.Sev.value_or(Rule.DefaultSeverity),
                    {RC.Categories.value_or(Rule.Categories),
                     RC.ExcludeCategories.value_or(Rule.ExcludeCategories)},
                    Cfg, In, Out);
    Rule.Check(Ctx);
  }
}

} // namespace privlint
