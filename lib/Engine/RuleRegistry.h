// The rule registry: one entry per rule of rules/rules.yaml, compiled in by
// tools/datagen with its documentation (docs/rules/<id>.md) and its check
// function (check<CamelId> in rules/<CamelId>.cpp). One registry feeds the
// engine, `privlint explain`, SARIF rule metadata, the clang-tidy module and
// the docs check.
#pragma once

#include "Engine/CategoryScope.h"
#include "Engine/Finding.h"
#include "Engine/Suppressions.h"

#include <cassert>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct Config;
class RuleContext;

/// A rule's check: reads what its stage provides through the context and
/// reports with RuleContext::report.
using RuleCheck = void (*)(RuleContext &);

/// When a rule runs. Most rules read the classified model; a rule about the
/// suppressions themselves (unused-suppression) runs after every finding of
/// the unit was matched against them.
enum class RuleStage : uint8_t { Model, Suppressions };

struct RuleInfo {
  std::string Id;
  std::string Summary;
  Severity DefaultSeverity = Severity::Warning;
  std::vector<std::string> Categories;        // category ids (prefixes) the rule acts on
  std::vector<std::string> ExcludeCategories; // ... minus these (and their subcategories)
  std::string SecuritySeverity;               // SARIF properties.security-severity
  std::string Doc;                            // the Markdown page
  RuleStage Stage = RuleStage::Model;
  bool ClangTidy = false; // registered as clang-tidy check privlint-<id>
  RuleCheck Check = nullptr;
};

/// The suppressions written in one reported file, after every finding of its
/// unit was matched against them (Suppression::Used says which matched).
struct FileSuppressions {
  const SourceFile *File = nullptr;
  const std::vector<Suppression> *List = nullptr;
};

/// What a stage hands its rules. The model stage fills Unit; the
/// suppressions stage fills Suppressions.
struct RuleInput {
  const Model *Unit = nullptr;
  std::vector<FileSuppressions> Suppressions;
};

/// Adds notes to the finding just reported (as clang-tidy's diag() for notes).
/// Valid until the next report().
class FindingBuilder {
public:
  explicit FindingBuilder(Finding &F) : F(F) {}
  /// A related location with an explanation. The finding is reported when
  /// any of its locations is in a given file or on a changed line.
  FindingBuilder &note(const SourceRange &Where, std::string Message) {
    F.Related.push_back({Where, std::move(Message), false});
    return *this;
  }
  /// Another definition of the finding's field (a generated migration, a
  /// derived schema).
  FindingBuilder &otherDefinition(const SourceRange &Where, std::string Message) {
    F.Related.push_back({Where, std::move(Message), true});
    return *this;
  }

private:
  Finding &F;
};

/// What a check sees: its rule's effective settings, the stage's input, and
/// report(), which fills the rule id, the severity and the fingerprint.
class RuleContext {
public:
  RuleContext(const RuleInfo &Rule, Severity Sev, CategoryScope Categories, const Config &Cfg,
              const RuleInput &In, std::vector<Finding> &Out)
      : Rule(Rule), Sev(Sev), Categories(std::move(Categories)), Cfg(Cfg), In(In), Out(Out) {}

  const RuleInfo &rule() const { return Rule; }
  Severity severity() const { return Sev; }
  /// The classified model (model stage).
  const Model &model() const {
    assert(In.Unit && "the model is read in the model stage");
    return *In.Unit;
  }
  /// The suppressions of the reported files (suppressions stage; empty before).
  const std::vector<FileSuppressions> &suppressions() const { return In.Suppressions; }
  /// The first category of F the rule applies to, or nullptr.
  const CategoryMatch *categoryOf(const Field &F) const { return Categories.categoryOf(F); }
  /// False when the configuration switches rule Id off (`severity: off`).
  bool isEnabled(std::string_view Id) const;

  /// Reports a finding about field F of entity E in category C. Its
  /// fingerprint hashes the rule, entity, field, category, then Extra.
  FindingBuilder report(const SourceRange &Where, std::string Message, const Entity &E,
                        const Field &F, const CategoryMatch &C,
                        const std::vector<std::string> &Extra = {});
  /// Reports a finding that is not about a field (an unreadable input, a
  /// comment). Its fingerprint hashes the rule, then Parts.
  FindingBuilder report(const SourceRange &Where, std::string Message,
                        const std::vector<std::string> &Parts);

private:
  const RuleInfo &Rule;
  Severity Sev;
  CategoryScope Categories;
  const Config &Cfg;
  const RuleInput &In;
  std::vector<Finding> &Out;
};

const std::vector<RuleInfo> &allRules();
const RuleInfo *findRule(std::string_view Id);

/// Fingerprint v1: a hash of rule, entity, field, category and, for
/// exposures, audience, channel and the exposing object; never of lines.
std::string fingerprintV1(const std::vector<std::string> &Parts);

namespace embedded {
/// One rules/rules.yaml entry as tools/datagen compiles it (lists are
/// '|'-separated strings).
struct RuleData {
  const char *Id;
  const char *Summary;
  const char *Severity;
  const char *Categories;
  const char *ExcludeCategories;
  RuleStage Stage;
  bool ClangTidy;
  const char *SecuritySeverity;
  const char *Doc;
  RuleCheck Check;
};
extern const RuleData Rules[];
extern const size_t NumRules;
} // namespace embedded

} // namespace privlint
