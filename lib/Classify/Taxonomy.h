// The data categories privlint knows, with their name patterns, type
// constraints and exclusions, prepared for token lookups.
#pragma once

#include "Model/Model.h"
#include "Support/StringHash.h"

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace privlint {

struct Category {
  std::string Id;
  std::string Label;
  uint32_t TypeMask = 0; // bit per TypeClass
  std::unordered_set<std::string> Domains;
  std::unordered_set<std::string> Negatives;
  std::unordered_set<std::string> StatusPatterns; // patterns that also name a workflow's status
  bool allowsType(TypeClass T) const { return TypeMask & (1u << static_cast<unsigned>(T)); }
};

/// Words and phrases (token sequences) of one taxonomy list, looked up in the
/// tokens of a name.
class PhraseList {
public:
  void add(const std::string &Phrase);
  /// The first entry that occurs in Tokens, or nullptr. With Compounds, a
  /// one-word entry of five letters or more also matches the end of a longer
  /// token ("verzendinstellingen" ends with "instellingen"), and one of four
  /// letters or more its start when a word of Suffixes ends it ("realmlist").
  const std::string *findIn(const std::vector<std::string> &Tokens, bool Compounds = false,
                            const PhraseList *Suffixes = nullptr) const;
  /// Whether an entry occurs at Tokens[At], and how many tokens it takes.
  size_t matchAt(const std::vector<std::string> &Tokens, size_t At) const;

private:
  /// The compound match of one token: the first one-word entry that ends
  /// it or (with Suffixes) starts it, as an index into Entries, or npos.
  size_t compoundIn(std::string_view Token, const PhraseList *Suffixes) const;

  std::vector<std::vector<std::string>> Entries;
  std::vector<std::string> Texts;
  std::unordered_map<std::string, std::vector<size_t>> ByFirstToken;
  // One-word entries: the word -> its first index in Entries.
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> OneWord;
};

/// The taxonomy's word lists the classifier consults besides the categories.
enum class WordListId : uint8_t {
  Organisation,         // subjects.organisation: entities that model an organisation or a place
  System,               // subjects.system: settings, configuration, infrastructure, lookups
  Neutral,              // subjects.neutral: person words that say what kind of record, not whose
  Roles,                // subjects.roles: field words naming a person's role
  Senders,              // subjects.senders
  Recipients,           // subjects.recipients
  SenderPersonEntities, // subjects.sender_person_entities: messages, parcels, orders
  SenderSystemEntities, // subjects.sender_system_entities: logs, archives, queues of sent mail
  Shared,               // subjects.shared: field words naming a shared mailbox (support, sales)
  CustomerRecords,      // subjects.customer_records: head nouns of a customer's record (carts)
  MessageEntities,      // channels.message_entities
  PhoneEntities,        // channels.phone_entities
  EmailEntities,        // channels.email_entities
  FunctionPrefixes,     // function_prefixes
  WorkflowEntities,     // workflow_entities
  NetworkEntities,      // network_entities: a bare address in them is a network address
  CollectionSuffixes,   // compound_collection_suffixes: realm+list
  LoginEntities,        // login_entities: user accounts and sign-ins
  LoginQualifiers,      // login_identifier_qualifiers: pending_identifier
  LoginHolders,         // login_identifier_holders: user_identifier
  LoginExternal,        // login_external_entities: links to an identity provider (sso_users)
  Count
};

/// A name pattern: a token sequence pointing at a category (or at "not
/// personal" when Category is -1).
struct Pattern {
  std::vector<std::string> Tokens;
  int Category = -1;
  bool PersonContextOnly = false;
  bool UserDefined = false;
  std::string Text;
};

/// Extra patterns and exclusions from .privlint.yaml (classify.patterns,
/// classify.exclude), keyed by category id ("*" applies to every category).
struct ClassifyOverrides {
  std::map<std::string, std::vector<std::string>> Patterns;
  std::map<std::string, std::vector<std::string>> Exclude;
};

class Taxonomy {
public:
  Taxonomy() = default;
  Taxonomy(const Taxonomy &) = delete; // patterns are indexed by pointer
  Taxonomy &operator=(const Taxonomy &) = delete;
  Taxonomy(Taxonomy &&) = default;
  Taxonomy &operator=(Taxonomy &&) = default;

  /// The compiled-in taxonomy with optional user overrides. Unknown category
  /// ids in the overrides are reported through Errors.
  static Taxonomy build(const ClassifyOverrides &Overrides, std::vector<std::string> &Errors);

  const std::vector<Category> &categories() const { return Categories; }
  int findCategory(std::string_view Id) const;
  /// Patterns whose first token is T.
  const std::vector<const Pattern *> *patternsStartingWith(const std::string &T) const;
  bool isMetadataToken(const std::string &T) const { return MetadataTokens.count(T) != 0; }
  bool isPersonEntityToken(const std::string &T) const { return PersonEntities.count(T) != 0; }
  const std::vector<Pattern> &exclusions() const { return Exclusions; }
  const PhraseList &words(WordListId Id) const { return Lists[static_cast<size_t>(Id)]; }
  /// A single-word pattern of at least five letters that Token ends with
  /// (compound words: "diensthandy" ends with "handy"), or nullptr.
  const Pattern *compoundHead(const std::string &Token) const;
  /// The category a type name (SQL domain, extension type) signals, or -1.
  int categoryForDomain(const std::string &TypeName) const;

private:
  void index();
  std::vector<Category> Categories;
  std::vector<Pattern> Patterns;
  std::vector<Pattern> Exclusions; // user classify.exclude (Category -1 = all)
  std::unordered_map<std::string, std::vector<const Pattern *>> ByFirstToken;
  std::unordered_set<std::string> MetadataTokens, PersonEntities;
  std::vector<PhraseList> Lists = std::vector<PhraseList>(static_cast<size_t>(WordListId::Count));
  std::unordered_map<std::string, int> DomainCategory; // type name -> first category naming it
  std::unordered_map<std::string, std::vector<const Pattern *>>
      BySuffix; // last 4 letters -> long one-word patterns
};

/// True when Id equals Prefix or lies below it (user.contact.address.city is
/// below user.contact and user.contact.address).
bool categoryWithin(std::string_view Id, std::string_view Prefix);

} // namespace privlint
