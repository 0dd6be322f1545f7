// Rule evaluation shared by the engine and the Clang front doors.
#pragma once

#include "Classify/Taxonomy.h"
#include "Engine/Config.h"
#include "Engine/Finding.h"
#include "Engine/RuleRegistry.h"

#include <string>
#include <vector>

namespace privlint {

/// Classifies M and runs every enabled rule with Cfg's settings (no
/// suppressions, no filtering): the evaluation the Clang front doors share.
std::vector<Finding> evaluateRules(Model &M, const Config &Cfg, const Taxonomy &Tax);
/// Runs every model-stage rule Cfg enables over an already classified model.
std::vector<Finding> runRules(const Model &M, const Config &Cfg);
/// Runs every rule of Stage that Cfg enables over In, appending to Out.
void runRuleStage(RuleStage Stage, const RuleInput &In, const Config &Cfg,
                  std::vector<Finding> &Out);

/// Every registered rule id (for configuration validation).
std::vector<std::string> knownRuleIds();

} // namespace privlint
