// Data compiled into the binary from rules/taxonomy.yaml by tools/datagen
// (lists are '|'-separated strings). The rule table is in Engine/RuleRegistry.h.
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

extern const CategoryData Categories[];
extern const size_t NumCategories;
extern const char *const MetadataTokens;
extern const char *const NotPersonal;
extern const char *const PersonEntities;
extern const char *const NonPersonEntities;

} // namespace privlint::embedded
