#include "Classify/Classifier.h"

#include "Classify/Tokenizer.h"

#include <unordered_set>

namespace privlint {
namespace {

std::string joinTokens(const std::vector<std::string> &T, size_t B, size_t E) {
  std::string S;
  for (size_t I = B; I < E; ++I) {
    if (I > B)
      S += ' ';
    S += T[I];
  }
  return S;
}

// Tokens that describe how a value is protected, not what it is: they neither
// make a field metadata nor stop a match (email_ciphertext is still an email).
const std::unordered_set<std::string> &protectionTokens() {
  static const std::unordered_set<std::string> S = {
      "encrypted", "ciphertext", "enc", "crypt", "crypted", "cipher", "hash", "hashed",
      "digest", "bidx", "fingerprint", "sha256", "sha1", "md5", "hmac"};
  return S;
}

bool matchesAt(const std::vector<std::string> &Name, size_t At, const std::vector<std::string> &P) {
  if (At + P.size() > Name.size())
    return false;
  for (size_t K = 0; K < P.size(); ++K)
    if (Name[At + K] != P[K])
      return false;
  return true;
}

} // namespace

void Classifier::entityContext(const Entity &E, bool &Person, bool &NonPerson) const {
  if (CachedEntity == &E) {
    Person = CachedPerson;
    NonPerson = CachedNonPerson;
    return;
  }
  Person = NonPerson = false;
  for (const auto &T : tokenizeIdentifier(E.Name)) {
    Person |= Tax.isPersonEntityToken(T);
    NonPerson |= Tax.isNonPersonEntityToken(T);
  }
  CachedEntity = &E;
  CachedPerson = Person;
  CachedNonPerson = NonPerson;
}

std::vector<CategoryMatch> Classifier::classifyField(const Entity &E, const Field &F,
                                                     std::vector<std::string> *Notes) const {
  std::vector<CategoryMatch> Out;
  // Reasoning strings are built only when asked for (inventory --explain).
  auto Note = [&](auto &&Make) {
    if (Notes)
      Notes->push_back(Make());
  };
  const auto &Cats = Tax.categories();

  if (F.Markers.NotPersonal) {
    Note([&] { return std::string("marker privlint:not-personal: no category"); });
    return Out;
  }
  // Explicit markers beat everything else.
  for (const auto &Id : F.Markers.Categories) {
    int Idx = Tax.findCategory(Id);
    CategoryMatch M;
    M.Id = Id;
    M.Label = Idx >= 0 ? Cats[Idx].Label : Id;
    M.Contact = Idx >= 0 ? Cats[Idx].Contact : categoryWithin(Id, "user.contact");
    M.Strong = true;
    M.Evidence.push_back("marker privlint:category=" + Id);
    Out.push_back(std::move(M));
  }
  if (!Out.empty())
    return Out;

  if (F.Type == TypeClass::Reference || F.IsForeignKey) {
    Note([&] { return std::string("field is a reference to another entity (foreign key): not personal data itself"); });
    return Out;
  }

  // A type named for the data (CREATE DOMAIN email ..., an ORM EmailField).
  for (const std::string *Hint : {&F.TypeName, &F.SourceHint}) {
    int Idx = Tax.categoryForDomain(*Hint);
    if (Idx < 0)
      continue;
    const Category &C = Cats[Idx];
    CategoryMatch M{C.Id, C.Label, C.Contact, true,
                    {"type '" + *Hint + "' is a " + C.Label + " type"}};
    Out.push_back(std::move(M));
    return Out;
  }

  std::vector<std::string> Tokens = tokenizeIdentifier(F.Name);
  if (Tokens.empty())
    return Out;

  // Longest pattern wins; on equal length "not personal" wins, then the
  // category listed first.
  const Pattern *Best = nullptr;
  size_t BestAt = 0;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    const auto *Cands = Tax.patternsStartingWith(Tokens[I]);
    if (!Cands)
      continue;
    for (const Pattern *P : *Cands) {
      if (!matchesAt(Tokens, I, P->Tokens))
        continue;
      bool Better = false;
      if (!Best || P->Tokens.size() > Best->Tokens.size())
        Better = true;
      else if (P->Tokens.size() == Best->Tokens.size()) {
        if (Best->Category != -1 && P->Category == -1)
          Better = true;
        else if (Best->Category != -1 && P->Category != -1 && P->Category < Best->Category)
          Better = true;
      }
      if (Better) {
        Best = P;
        BestAt = I;
      }
    }
  }
  auto TokText = [&] { return joinTokens(Tokens, 0, Tokens.size()); };
  if (!Best) {
    Note([&] { return std::string("tokens '" + TokText() + "' match no pattern"); });
    return Out;
  }
  if (Best->Category < 0) {
    Note([&] { return std::string("tokens '" + TokText() + "' match '" + Best->Text + "', which is not personal data"); });
    return Out;
  }
  const Category &C = Cats[Best->Category];
  auto Why = [&] {
    return "name tokens '" + TokText() + "' match " + (Best->UserDefined ? "configured " : "") +
           "pattern '" + Best->Text + "' of " + C.Id;
  };
  size_t MatchEnd = BestAt + Best->Tokens.size();
  for (size_t I = 0; I < Tokens.size(); ++I) {
    if (I >= BestAt && I < MatchEnd)
      continue;
    const std::string &T = Tokens[I];
    if (protectionTokens().count(T))
      continue;
    if (Tax.isMetadataToken(T) || C.Negatives.count(T)) {
      Note([&] { return std::string(Why() + "; rejected: token '" + T + "' marks data about the " + C.Label +
           ", not the " + C.Label + " itself"); });
      return Out;
    }
  }
  for (const auto &Ex : Tax.exclusions()) {
    if (Ex.Category != -1 && Ex.Category != Best->Category)
      continue;
    for (size_t I = 0; I < Tokens.size(); ++I)
      if (matchesAt(Tokens, I, Ex.Tokens)) {
        Note([&] { return std::string(Why() + "; rejected by classify.exclude '" + Ex.Text + "'"); });
        return Out;
      }
  }
  // Context: the entity the field belongs to.
  bool PersonEntity = false, NonPersonEntity = false;
  entityContext(E, PersonEntity, NonPersonEntity);
  if (Best->PersonContextOnly && !PersonEntity) {
    Note([&] { return std::string(Why() + "; rejected: '" + Best->Text + "' counts only in a person-like entity, and '" +
         E.Name + "' is not one"); });
    return Out;
  }
  if (NonPersonEntity && !PersonEntity && C.Contact && !Best->UserDefined) {
    Note([&] { return std::string(Why() + "; rejected: entity '" + E.Name +
         "' holds system settings or templates, not a person's contact data"); });
    return Out;
  }
  if (!C.allowsType(F.Type)) {
    Note([&] { return std::string(Why() + "; rejected: type " + (F.DeclaredType.empty() ? "?" : F.DeclaredType) + " (" +
         typeClassName(F.Type) + ") cannot hold " + C.Label); });
    return Out;
  }
  CategoryMatch M{C.Id, C.Label, C.Contact, false, {Why()}};
  M.Evidence.push_back(std::string("type ") + (F.DeclaredType.empty() ? "(none)" : F.DeclaredType) +
                       " (" + typeClassName(F.Type) + ") can hold " + C.Label);
  if (PersonEntity)
    M.Evidence.push_back("entity '" + E.Name + "' describes people");
  Out.push_back(std::move(M));
  return Out;
}

void Classifier::classify(Model &M) const {
  for (auto &E : M.Entities)
    for (auto &F : E.Fields)
      F.Categories = classifyField(E, F);
}

} // namespace privlint
