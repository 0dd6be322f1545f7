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
  /// What an entity's name says: people, system settings, messages, or a
  /// contact category of its own (phone_numbers). Cached for the entity last
  /// asked about: fields are classified entity by entity.
  struct EntityInfo {
    bool Person = false, NonPerson = false, Messaging = false, TextMessaging = false;
    int Category = -1;
  };
  const EntityInfo &entityInfo(const Entity &E) const;
  static bool isNumberWord(const std::string &T);
  static bool isGenericAddressWord(const std::string &T);
  static bool allGeneric(const std::vector<std::string> &Tokens);
  static bool hasSenderWord(const std::vector<std::string> &Tokens);
  static bool isRecipientWord(const std::string &T);

  /// One field being classified: its entity, its name's tokens, what the
  /// entity's name says, and where reasoning notes go (when asked for).
  struct FieldQuery {
    const Entity &E;
    const Field &F;
    std::vector<std::string> Tokens;
    const EntityInfo *Info = nullptr;
    std::vector<std::string> *Notes = nullptr;
    /// Notes are built only when asked for (inventory --explain).
    template <class MakeNote> void note(MakeNote &&Make) const {
      if (Notes)
        Notes->push_back(Make());
    }
    std::string tokenText() const;
  };
  /// The name pattern that matches the field's tokens best, and where.
  struct PatternHit {
    const Pattern *P = nullptr;
    size_t At = 0;
    bool covers(size_t TokenIndex) const; // the token is part of the match
  };
  // The steps of classifyField, in order. Each returns true when it decided
  // the field (Out then holds its categories, possibly none).
  bool byMarkers(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  bool byTypeName(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  bool asMessageRecipient(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  bool byEntityMeaning(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  PatternHit bestPattern(const std::vector<std::string> &Tokens) const;
  bool byCompoundWord(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  bool asMessageAddress(const FieldQuery &Q, const Pattern &Best, std::vector<CategoryMatch> &Out) const;
  bool rejectedByName(const FieldQuery &Q, const PatternHit &Hit) const;
  bool rejectedByContext(const FieldQuery &Q, const PatternHit &Hit) const;
  CategoryMatch patternMatch(const FieldQuery &Q, const PatternHit &Hit) const;
  std::string patternEvidence(const FieldQuery &Q, const Pattern &P) const;
  static std::string typeEvidence(const Field &F, const Category &C);

  const Taxonomy &Tax;
  mutable const Entity *CachedEntity = nullptr;
  mutable EntityInfo Cached;
  mutable bool AddressContext = false; // the entity has other address columns
  mutable bool ContextRejected = false; // the last field lacked only person context (an address part)
};

} // namespace privlint
