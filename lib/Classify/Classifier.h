// Gives each field its data categories, with the evidence for every verdict:
// which tokens matched which pattern, and which type or context rule
// confirmed or rejected it.
#pragma once

#include "Classify/Taxonomy.h"
#include "Model/Model.h"

namespace privlint {

class Classifier {
public:
  explicit Classifier(const Taxonomy &T) : Tax(T) {}

  /// Classifies every field of every entity in place.
  void classify(Model &M) const;
  /// Classifies one field of an entity; Notes receives the reasoning,
  /// including rejected candidates (for `inventory --explain`).
  std::vector<CategoryMatch> classifyField(const Entity &E, const Field &F,
                                           std::vector<std::string> *Notes = nullptr) const;

private:
  /// Whether an entity's name describes people or system settings (cached
  /// for the entity last asked about: fields are classified entity by entity).
  void entityContext(const Entity &E, bool &Person, bool &NonPerson) const;
  const Taxonomy &Tax;
  mutable const Entity *CachedEntity = nullptr;
  mutable bool CachedPerson = false, CachedNonPerson = false;
};

} // namespace privlint
