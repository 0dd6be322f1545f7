// Gives each field its data categories, with the evidence for every verdict:
// which tokens matched which pattern, and which type or context rule
// confirmed or rejected it.
#pragma once

#include "Classify/Taxonomy.h"
#include "Support/StringHash.h"

#include "Model/Model.h"
#include <unordered_map>

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
  /// Whose data field F of entity E holds, with the evidence that decided it.
  Subject subjectOf(const Entity &E, const Field &F, std::vector<std::string> &Evidence) const;

private:
  /// What an entity's name says: people, an organisation, the system,
  /// messages and their channel, a workflow, or a contact category of its own
  /// (phone_numbers). Each pointer names the word that said so. Cached for
  /// the entity last asked about: fields are classified entity by entity.
  struct EntityInfo {
    bool Person = false;      // a word of entity_context.person
    std::string StrongPerson; // such a word that is not subjects.neutral (empty: none)
    const std::string *Organisation = nullptr, *System = nullptr;
    const std::string *PersonReference = nullptr; // a field referring to a person (user_id)
    const std::string *SettingKey = nullptr;      // a key-value settings entity's key (name)
    const std::string *Messaging = nullptr, *PhoneChannel = nullptr, *EmailChannel = nullptr;
    const std::string *SenderIsPerson = nullptr, *Workflow = nullptr, *Network = nullptr;
    const std::string *SentLog = nullptr; // a log, archive or queue of sent mail or texts
    int Category = -1;
    bool systemOnly() const { return System && !Person; }
  };
  const EntityInfo &entityInfo(const Entity &E) const;
  /// A field of E holding a person's own account or identity (username,
  /// first_name, date_of_birth) with no role named: E describes a person
  /// even when its name is an organisation's (partners of an affiliate
  /// programme). Null when there is none.
  const Field *personOwnField(const Entity &E) const;
  static bool isNumberWord(const std::string &T);
  static bool isGenericAddressWord(const std::string &T);
  static bool allGeneric(const std::vector<std::string> &Tokens);
  /// Whether Tokens name a recipient or sender, and nothing else than address
  /// and number words (to, from_number, recipient_address).
  bool isMessageParty(const std::vector<std::string> &Tokens, bool &Number) const;

  /// One field being classified: its entity, its name's tokens, what the
  /// entity's name says, and where reasoning notes go (when asked for).
  struct FieldQuery {
    const Entity &E;
    const Field &F;
    const std::vector<std::string> &Tokens;
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
    bool covers(size_t I) const; // the token is part of the match
  };
  /// classifyField for the field's name alone.
  std::vector<CategoryMatch> classifyName(const Entity &E, const Field &F,
                                          std::vector<std::string> *Notes) const;
  // The steps of classifyName, in order. Each returns true when it decided
  // the field (Out then holds its categories, possibly none).
  bool byMarkers(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  bool byTypeName(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  bool asMessageParty(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  int pickChannel(const FieldQuery &Q, bool Number, std::string &Why) const;
  bool asLoginIdentifier(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  bool byAddressEntityWord(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  bool byEntityMeaning(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const;
  PatternHit bestPattern(const std::vector<std::string> &Tokens) const;
  /// The first token that ends in a one-word pattern (a compound word).
  PatternHit compoundPattern(const std::vector<std::string> &Tokens) const;
  /// What a field's name alone decides, worked out once per distinct name: a
  /// schema repeats its column names (created_at, email) across thousands
  /// of tables.
  struct NameFacts {
    std::vector<std::string> Tokens;
    PatternHit Best, Compound; // bestPattern and compoundPattern of Tokens
  };
  const NameFacts &nameFacts(std::string_view Name) const;
  bool byCompoundWord(const FieldQuery &Q, const PatternHit &Hit,
                      std::vector<CategoryMatch> &Out) const;
  bool asMessageAddress(const FieldQuery &Q, const Pattern &Best,
                        std::vector<CategoryMatch> &Out) const;
  bool rejectedByName(const FieldQuery &Q, const PatternHit &Hit) const;
  static bool namesTheAgent(const std::vector<std::string> &Tokens, size_t I,
                            const PatternHit &Hit);
  bool rejectedByContext(const FieldQuery &Q, const PatternHit &Hit) const;
  bool rejectedAsStatus(const FieldQuery &Q, const PatternHit &Hit) const;
  bool rejectedAsNetworkAddress(const FieldQuery &Q, const PatternHit &Hit) const;
  CategoryMatch patternMatch(const FieldQuery &Q, const PatternHit &Hit) const;
  std::string patternEvidence(const FieldQuery &Q, const Pattern &P) const;
  static std::string typeEvidence(const Field &F, const Category &C);

  const Taxonomy &Tax;
  mutable std::unordered_map<std::string, NameFacts, StringHash, std::equal_to<>> Names;
  mutable const Entity *CachedEntity = nullptr;
  mutable EntityInfo Cached;
  mutable const Entity *OwnFieldEntity = nullptr; // personOwnField's cache
  mutable const Field *OwnField = nullptr;
  mutable bool AddressContext = false; // the entity has other address columns
  mutable bool ContextRejected =
      false; // the last field lacked only person context (an address part)
};

} // namespace privlint
