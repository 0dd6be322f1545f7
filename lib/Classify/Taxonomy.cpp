#include "Classify/Taxonomy.h"

#include "Classify/EmbeddedData.h"
#include "Classify/Tokenizer.h"
#include "Classify/WordListKeys.h"

#include <algorithm>
#include <iterator>

namespace privlint {
namespace {

std::vector<std::string> splitList(const char *S) {
  std::vector<std::string> Out;
  if (!S || !*S)
    return Out;
  std::string Cur;
  for (const char *P = S; *P; ++P) {
    if (*P == '|') {
      Out.push_back(std::move(Cur));
      Cur.clear();
    } else {
      Cur.push_back(*P);
    }
  }
  Out.push_back(std::move(Cur));
  return Out;
}

} // namespace

bool categoryWithin(std::string_view Id, std::string_view Prefix) {
  if (Prefix == "*")
    return true;
  if (!Id.starts_with(Prefix))
    return false;
  return Id.size() == Prefix.size() || Id[Prefix.size()] == '.';
}

void PhraseList::add(const std::string &Phrase) {
  auto Tokens = tokenizePattern(Phrase);
  if (Tokens.empty())
    return;
  ByFirstToken[Tokens.front()].push_back(Entries.size());
  if (Tokens.size() == 1)
    OneWord.emplace(Tokens.front(), Entries.size()); // keeps the first
  Entries.push_back(std::move(Tokens));
  Texts.push_back(Phrase);
}

size_t PhraseList::matchAt(const std::vector<std::string> &Tokens, size_t At) const {
  auto It = ByFirstToken.find(Tokens[At]);
  if (It == ByFirstToken.end())
    return 0;
  size_t Best = 0;
  for (size_t I : It->second) {
    const auto &E = Entries[I];
    if (At + E.size() > Tokens.size() || E.size() <= Best)
      continue;
    if (std::equal(E.begin(), E.end(), Tokens.begin() + static_cast<std::ptrdiff_t>(At)))
      Best = E.size();
  }
  return Best;
}

const std::string *PhraseList::findIn(const std::vector<std::string> &Tokens, bool Compounds,
                                      const PhraseList *Suffixes) const {
  for (size_t At = 0; At < Tokens.size(); ++At) {
    auto It = ByFirstToken.find(Tokens[At]);
    if (It == ByFirstToken.end())
      continue;
    for (size_t I : It->second) {
      const auto &E = Entries[I];
      if (At + E.size() <= Tokens.size() &&
          std::equal(E.begin(), E.end(), Tokens.begin() + static_cast<std::ptrdiff_t>(At)))
        return &Texts[I];
    }
  }
  if (Compounds)
    for (const auto &T : Tokens)
      if (size_t I = compoundIn(T, Suffixes); I != std::string::npos)
        return &Texts[I];
  return nullptr;
}

// The entries in order, each tried at both ends of the token, are the
// smallest index among the token's ends that are one-word entries: a
// word of five letters or more that ends it with three letters to spare,
// or of four or more that starts it when the rest is a word of Suffixes.
size_t PhraseList::compoundIn(std::string_view T, const PhraseList *Suffixes) const {
  size_t Best = std::string::npos;
  for (size_t L = 5; L + 3 <= T.size(); ++L)
    if (auto It = OneWord.find(T.substr(T.size() - L)); It != OneWord.end())
      Best = std::min(Best, It->second);
  if (Suffixes)
    for (size_t L = 4; L < T.size(); ++L)
      if (auto It = OneWord.find(T.substr(0, L));
          It != OneWord.end() && It->second < Best && Suffixes->findIn({std::string(T.substr(L))}))
        Best = It->second;
  return Best;
}

Taxonomy Taxonomy::build(const ClassifyOverrides &Overrides, std::vector<std::string> &Errors) {
  Taxonomy T;
  for (size_t I = 0; I < embedded::NumCategories; ++I) {
    const auto &D = embedded::Categories[I];
    Category C;
    C.Id = D.Id;
    C.Label = D.Label;
    for (const auto &Ty : splitList(D.Types))
      if (auto TC = parseTypeClass(Ty))
        C.TypeMask |= 1u << static_cast<unsigned>(*TC);
    for (auto &Dm : splitList(D.Domains))
      C.Domains.insert(std::move(Dm));
    for (const auto &N : splitList(D.Negatives))
      for (auto &Tok : tokenizePattern(N))
        C.Negatives.insert(std::move(Tok));
    for (auto &P : splitList(D.StatusPatterns))
      C.StatusPatterns.insert(std::move(P));
    int Idx = static_cast<int>(T.Categories.size());
    T.Categories.push_back(std::move(C));
    std::unordered_set<std::string> PersonOnly;
    for (const auto &P : splitList(D.PersonContextOnly))
      PersonOnly.insert(P);
    for (const auto &P : splitList(D.Patterns)) {
      Pattern Pat{tokenizePattern(P), Idx, PersonOnly.contains(P), false, P};
      if (!Pat.Tokens.empty())
        T.Patterns.push_back(std::move(Pat));
    }
    for (const auto &P : PersonOnly) {
      // person_context_only entries that are not also in patterns are patterns too.
      bool Listed = false;
      for (const auto &Existing : T.Patterns)
        if (Existing.Category == Idx && Existing.Text == P)
          Listed = true;
      if (!Listed) {
        Pattern Pat{tokenizePattern(P), Idx, true, false, P};
        if (!Pat.Tokens.empty())
          T.Patterns.push_back(std::move(Pat));
      }
    }
  }
  for (const auto &P : splitList(embedded::NotPersonal)) {
    Pattern Pat{tokenizePattern(P), -1, false, false, P};
    if (!Pat.Tokens.empty())
      T.Patterns.push_back(std::move(Pat));
  }
  for (const auto &M : splitList(embedded::MetadataTokens))
    T.MetadataTokens.insert(M);
  for (const auto &M : splitList(embedded::PersonEntities))
    T.PersonEntities.insert(M);
  static_assert(std::size(WordListKeys) == static_cast<size_t>(WordListId::Count));
  for (size_t I = 0; I < embedded::NumLists; ++I)
    for (size_t K = 0; K < std::size(WordListKeys); ++K)
      if (std::string_view(embedded::Lists[I].Key) == WordListKeys[K])
        for (const auto &W : splitList(embedded::Lists[I].Words))
          T.Lists[K].add(W);

  for (const auto &[Id, List] : Overrides.Patterns) {
    int Idx = T.findCategory(Id);
    if (Idx < 0) {
      Errors.push_back("classify.patterns: unknown category '" + Id + "'");
      continue;
    }
    for (const auto &P : List) {
      Pattern Pat{tokenizePattern(P), Idx, false, true, P};
      if (!Pat.Tokens.empty())
        T.Patterns.push_back(std::move(Pat));
    }
  }
  for (const auto &[Id, List] : Overrides.Exclude) {
    int Idx = Id == "*" ? -1 : T.findCategory(Id);
    if (Id != "*" && Idx < 0) {
      Errors.push_back("classify.exclude: unknown category '" + Id + "'");
      continue;
    }
    for (const auto &P : List) {
      Pattern Pat{tokenizePattern(P), Idx, false, true, P};
      if (!Pat.Tokens.empty())
        T.Exclusions.push_back(std::move(Pat));
    }
  }
  T.index();
  return T;
}

const Pattern *Taxonomy::compoundHead(const std::string &Token) const {
  if (Token.size() < 9)
    return nullptr;
  auto It = BySuffix.find(Token.substr(Token.size() - 4));
  if (It == BySuffix.end())
    return nullptr;
  const Pattern *Best = nullptr;
  for (const Pattern *P : It->second) {
    const std::string &W = P->Tokens[0];
    if (Token.size() >= W.size() + 3 && Token.ends_with(W) &&
        (!Best || W.size() > Best->Tokens[0].size()))
      Best = P;
  }
  return Best;
}

void Taxonomy::index() {
  ByFirstToken.clear();
  BySuffix.clear();
  for (const auto &P : Patterns)
    if (P.Category >= 0 && P.Tokens.size() == 1 && P.Tokens[0].size() >= 5)
      BySuffix[P.Tokens[0].substr(P.Tokens[0].size() - 4)].push_back(&P);
  DomainCategory.clear();
  for (size_t I = 0; I < Categories.size(); ++I)
    for (const auto &D : Categories[I].Domains)
      DomainCategory.emplace(D, static_cast<int>(I));
  for (const auto &P : Patterns)
    ByFirstToken[P.Tokens.front()].push_back(&P);
}

int Taxonomy::findCategory(std::string_view Id) const {
  for (size_t I = 0; I < Categories.size(); ++I)
    if (Categories[I].Id == Id)
      return static_cast<int>(I);
  return -1;
}

const std::vector<const Pattern *> *Taxonomy::patternsStartingWith(const std::string &T) const {
  auto It = ByFirstToken.find(T);
  return It == ByFirstToken.end() ? nullptr : &It->second;
}

int Taxonomy::categoryForDomain(const std::string &TypeName) const {
  if (TypeName.empty())
    return -1;
  auto It = DomainCategory.find(TypeName);
  return It == DomainCategory.end() ? -1 : It->second;
}

} // namespace privlint
