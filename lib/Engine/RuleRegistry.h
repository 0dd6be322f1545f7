// The rule registry: metadata compiled from rules/rules.yaml, documentation
// from docs/rules/<id>.md, and the C++ condition each rule tests. One
// registry feeds the engine, `privlint explain`, SARIF rule metadata and the
// docs check.
#pragma once

#include "Engine/Finding.h"

#include <functional>
#include <string>
#include <vector>

namespace privlint {

struct RuleInfo {
  std::string Id;
  std::string Summary;
  Severity DefaultSeverity = Severity::Warning;
  std::vector<std::string> Categories; // category ids (prefixes) the rule acts on
  std::string Condition;
  std::string SecuritySeverity; // SARIF properties.security-severity
  std::string Doc;              // the Markdown page
};

/// What a condition sees: the rule's effective settings and the model.
struct RuleContext {
  const RuleInfo &Rule;
  Severity Sev;
  std::vector<std::string> Categories;
  /// The first category of F the rule applies to, or nullptr.
  const CategoryMatch *categoryOf(const Field &F) const;
};

using RuleCondition = std::function<void(const RuleContext &, const Model &, std::vector<Finding> &)>;

const std::vector<RuleInfo> &allRules();
const RuleInfo *findRule(std::string_view Id);
/// The condition registered under Name (rules/Conditions.cpp), or nullptr.
const RuleCondition *findCondition(std::string_view Name);

/// Fingerprint v1: a hash of rule, entity, field, category and, for
/// exposures, audience, channel and the exposing object; never of lines.
std::string fingerprintV1(const std::vector<std::string> &Parts);

} // namespace privlint
