// One registry line per rule condition: the name used by `condition:` in
// rules/rules.yaml, and the function in rules/<Rule>.cpp that tests it.
#include "Engine/RuleRegistry.h"

#include <map>

namespace privlint {

void checkPlaintextContactField(const RuleContext &, const Model &, std::vector<Finding> &);
void checkContactExposedWithoutAuth(const RuleContext &, const Model &, std::vector<Finding> &);
void checkInputProblems(const RuleContext &, const Model &, std::vector<Finding> &);

const RuleCondition *findCondition(std::string_view Name) {
  static const std::map<std::string, RuleCondition, std::less<>> Conditions = {
      {"plaintext_stored_field", checkPlaintextContactField},
      {"exposed_to_anonymous", checkContactExposedWithoutAuth},
      {"input_problem", checkInputProblems},
  };
  auto It = Conditions.find(Name);
  return It == Conditions.end() ? nullptr : &It->second;
}

} // namespace privlint
