// Data compiled into the binary from rules/taxonomy.yaml, rules/rules.yaml and
// docs/rules/*.md by tools/datagen (lists are '|'-separated strings).
#pragma once

#include <cstddef>

namespace privlint::embedded {

struct CategoryData {
  const char *Id;
  const char *Label;
  bool Contact;
  const char *Types;
  const char *Domains;
  const char *Patterns;
  const char *Negatives;
  const char *PersonContextOnly;
};

struct RuleData {
  const char *Id;
  const char *Summary;
  const char *Severity;
  const char *Categories;
  const char *Condition;
  const char *SecuritySeverity;
  const char *Doc;
};

extern const CategoryData Categories[];
extern const size_t NumCategories;
extern const char *const MetadataTokens;
extern const char *const NotPersonal;
extern const char *const PersonEntities;
extern const char *const NonPersonEntities;
extern const RuleData Rules[];
extern const size_t NumRules;

} // namespace privlint::embedded
