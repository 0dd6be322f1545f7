// Data compiled into the binary from rules/taxonomy.yaml by tools/datagen
// (lists are '|'-separated strings). The rule table is in Engine/RuleRegistry.h.
#pragma once

#include <cstddef>

namespace privlint::embedded {

struct CategoryData {
  const char *Id;
  const char *Label;
  const char *Types;
  const char *Domains;
  const char *Patterns;
  const char *Negatives;
  const char *PersonContextOnly;
  const char *StatusPatterns;
};

/// A named word list of the taxonomy ("subjects.organisation").
struct WordList {
  const char *Key;
  const char *Words;
};

extern const CategoryData Categories[];
extern const size_t NumCategories;
extern const char *const MetadataTokens;
extern const char *const NotPersonal;
extern const char *const PersonEntities;
extern const WordList Lists[];
extern const size_t NumLists;

} // namespace privlint::embedded
