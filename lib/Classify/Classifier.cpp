#include "Classify/Classifier.h"

#include "Classify/Tokenizer.h"

#include <algorithm>
#include <cstring>
#include <set>
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
      "encrypted", "ciphertext", "enc",         "crypt",  "crypted", "cipher", "hash", "hashed",
      "digest",    "bidx",       "fingerprint", "sha256", "sha1",    "md5",    "hmac"};
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

bool Classifier::isNumberWord(const std::string &T) {
  static const std::unordered_set<std::string> W = {"number", "no",     "nr",    "num",
                                                    "numero", "nummer", "nomor", "huisnummer"};
  return W.contains(T);
}

bool Classifier::isGenericAddressWord(const std::string &T) {
  static const std::unordered_set<std::string> W = {"address",   "addr",     "adres", "adresse",
                                                    "direccion", "endereco", "alamat"};
  return W.contains(T);
}

bool Classifier::isMessageParty(const std::vector<std::string> &Tokens, bool &Number) const {
  bool Party = false;
  Number = false;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    size_t N = std::max(Tax.words(WordListId::Recipients).matchAt(Tokens, I),
                        Tax.words(WordListId::Senders).matchAt(Tokens, I));
    if (N) {
      Party = true;
      I += N - 1;
    } else if (isNumberWord(Tokens[I])) {
      Number = true;
    } else if (!isGenericAddressWord(Tokens[I])) {
      return false;
    }
  }
  return Party;
}

bool Classifier::allGeneric(const std::vector<std::string> &Tokens) {
  static const std::unordered_set<std::string> W = {"value", "val"};
  for (const auto &T : Tokens)
    if (!isNumberWord(T) && !isGenericAddressWord(T) && !W.contains(T))
      return false;
  return !Tokens.empty();
}

const Classifier::EntityInfo &Classifier::entityInfo(const Entity &E) const {
  if (CachedEntity == &E)
    return Cached;
  Cached = EntityInfo();
  auto Tokens = tokenizeIdentifier(E.Name);
  for (const auto &T : Tokens) {
    if (!Tax.isPersonEntityToken(T))
      continue;
    Cached.Person = true;
    if (Cached.StrongPerson.empty() && !Tax.words(WordListId::Neutral).findIn({T}))
      Cached.StrongPerson = T;
  }
  const PhraseList &Suffixes = Tax.words(WordListId::CollectionSuffixes);
  auto In = [&](WordListId Id, bool Compounds) {
    return Tax.words(Id).findIn(Tokens, Compounds, Compounds ? &Suffixes : nullptr);
  };
  Cached.Organisation = In(WordListId::Organisation, true);
  // The last word decides what the record is: an organisation word before
  // a customer's record (store_orders, StoreCart) says whose shop, not
  // whose contact data.
  if (Cached.Organisation && Tokens.size() > 1 &&
      Tax.words(WordListId::CustomerRecords).findIn({Tokens.back()}) &&
      !Tax.words(WordListId::Organisation).findIn({Tokens.back()}))
    Cached.Organisation = nullptr;
  Cached.System = In(WordListId::System, true);
  Cached.Messaging = In(WordListId::MessageEntities, false);
  Cached.PhoneChannel = In(WordListId::PhoneEntities, true);
  Cached.EmailChannel = In(WordListId::EmailEntities, true);
  Cached.SenderIsPerson = In(WordListId::SenderPersonEntities, false);
  if (Cached.PhoneChannel || Cached.EmailChannel)
    Cached.SentLog = In(WordListId::SenderSystemEntities, false);
  Cached.Workflow = In(WordListId::WorkflowEntities, false);
  Cached.Network = In(WordListId::NetworkEntities, true);
  // A settings entity with a reference to a person (user_id, customer,
  // in_person_enrollment_id) holds that person's settings:
  // phone_configurations.user_id. A reference that records who changed the
  // row (updated_by_user_id) does not count.
  if (Cached.System)
    for (const auto &F : E.Fields) {
      auto FT = nameFacts(F.Name).Tokens;
      bool Ref = F.IsForeignKey || F.Type == TypeClass::Reference;
      while (!FT.empty() && (FT.back() == "id" || FT.back() == "uuid" || FT.back() == "fk")) {
        FT.pop_back();
        Ref = true;
      }
      bool Person = false, About = false;
      for (const auto &T : FT) {
        Person |= Tax.isPersonEntityToken(T) && !Tax.words(WordListId::Neutral).findIn({T});
        About |= Tax.isMetadataToken(T);
      }
      if (Ref && Person && !About) {
        Cached.PersonReference = &F.Name;
        break;
      }
    }
  // A settings entity that keeps one setting per row (name or key, and
  // value) is no settings record itself: its other columns say whose
  // setting a row is (offline_settings.email).
  if (Cached.System) {
    const std::string *Key = nullptr;
    bool Value = false;
    for (const auto &F : E.Fields) {
      const auto &FT = nameFacts(F.Name).Tokens;
      if (FT.empty() || FT.size() > 2)
        continue;
      if (FT.back() == "name" || FT.back() == "key")
        Key = Key ? Key : &F.Name;
      Value |= FT.back() == "value";
    }
    if (Value)
      Cached.SettingKey = Key;
  }
  // What the entity's own name means (phone_numbers, email_addresses,
  // enderecos), trying singular forms of the last word.
  if (!Tokens.empty()) {
    std::vector<std::vector<std::string>> Forms = {Tokens};
    std::string Last = Tokens.back();
    for (const char *Suffix : {"es", "s"}) {
      size_t N = std::strlen(Suffix);
      if (Last.size() > N + 2 && Last.ends_with(Suffix)) {
        auto Form = Tokens;
        Form.back() = Last.substr(0, Last.size() - N);
        Forms.push_back(Form);
      }
    }
    for (const auto &Form : Forms) {
      size_t BestLen = 0;
      int BestCat = -1;
      for (size_t I = 0; I < Form.size(); ++I)
        if (const auto *Cands = Tax.patternsStartingWith(Form[I]))
          for (const Pattern *P : *Cands)
            if (P->Category >= 0 && !P->PersonContextOnly && matchesAt(Form, I, P->Tokens) &&
                I + P->Tokens.size() == Form.size() && P->Tokens.size() > BestLen) {
              BestLen = P->Tokens.size();
              BestCat = P->Category;
            }
      if (BestCat >= 0 && categoryWithin(Tax.categories()[BestCat].Id, "user.contact")) {
        Cached.Category = BestCat;
        break;
      }
    }
  }
  CachedEntity = &E;
  return Cached;
}

// The evidence line saying the field's type can hold category C's data.
std::string Classifier::typeEvidence(const Field &F, const Category &C) {
  return std::string("type ") + (F.DeclaredType.empty() ? "(none)" : F.DeclaredType) + " (" +
         typeClassName(F.Type) + ") can hold " + C.Label;
}

std::string Classifier::FieldQuery::tokenText() const {
  return joinTokens(Tokens, 0, Tokens.size());
}

// The evidence line naming the pattern the field's name matched.
std::string Classifier::patternEvidence(const FieldQuery &Q, const Pattern &P) const {
  return "name tokens '" + Q.tokenText() + "' match " + (P.UserDefined ? "configured " : "") +
         "pattern '" + P.Text + "' of " + Tax.categories()[P.Category].Id;
}

// privlint:not-personal and privlint:category=... markers beat everything else.
bool Classifier::byMarkers(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  const Field &F = Q.F;
  if (F.Markers.NotPersonal) {
    Q.note([&] { return std::string("marker privlint:not-personal: no category"); });
    return true;
  }
  const auto &Cats = Tax.categories();
  for (const auto &Id : F.Markers.Categories) {
    int Idx = Tax.findCategory(Id);
    CategoryMatch M;
    M.Id = Id;
    M.Label = Idx >= 0 ? Cats[Idx].Label : Id;
    M.Strong = true;
    M.Evidence.push_back("marker privlint:category=" + Id);
    Out.push_back(std::move(M));
  }
  return !Out.empty();
}

// A type named for the data (CREATE DOMAIN email ..., an ORM EmailField).
// An enumerated type is not, whatever it is called: its values are labels
// (CREATE TYPE "EmailType" AS ENUM ('WELCOME_EMAIL', ...)).
bool Classifier::byTypeName(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  if (Q.F.Type == TypeClass::Enum)
    return false;
  for (const std::string *Hint : {&Q.F.TypeName, &Q.F.SourceHint}) {
    int Idx = Tax.categoryForDomain(*Hint);
    if (Idx < 0)
      continue;
    const Category &C = Tax.categories()[Idx];
    Out.push_back(
        CategoryMatch{C.Id, C.Label, true, {"type '" + *Hint + "' is a type for " + C.Label}});
    return true;
  }
  return false;
}

// The declared length of a type written with one (varchar(15)), or 0.
static unsigned declaredLength(const std::string &Type) {
  size_t Open = Type.find('(');
  if (Open == std::string::npos)
    return 0;
  unsigned N = 0;
  size_t I = Open + 1;
  for (; I < Type.size() && Type[I] >= '0' && Type[I] <= '9' && N < 100000; ++I)
    N = N * 10 + static_cast<unsigned>(Type[I] - '0');
  return I < Type.size() && (Type[I] == ')' || Type[I] == ',') ? N : 0;
}

// Email or phone for a message's recipient or sender, with why: the field's
// type and its own words first, then the channel the entity names, then
// email (a message entity's bare address is most often an email address).
int Classifier::pickChannel(const FieldQuery &Q, bool Number, std::string &Why) const {
  const EntityInfo &Info = *Q.Info;
  const char *Phone = "user.contact.phone_number", *Email = "user.contact.email";
  unsigned Len = declaredLength(Q.F.DeclaredType);
  if (Q.F.Type == TypeClass::Number) {
    Why = "type " + Q.F.DeclaredType + " holds a number, not an email address";
    return Tax.findCategory(Phone);
  }
  if (Number) {
    Why = "'" + Q.F.Name + "' names a number";
    return Tax.findCategory(Phone);
  }
  if (Len > 0 && Len <= 20) {
    Why = "type " + Q.F.DeclaredType + " is too short for an email address";
    return Tax.findCategory(Phone);
  }
  if (Info.PhoneChannel) {
    Why = "entity '" + Q.E.Name + "' names a phone channel ('" + *Info.PhoneChannel + "')";
    return Tax.findCategory(Phone);
  }
  if (Info.EmailChannel)
    Why = "entity '" + Q.E.Name + "' names an email channel ('" + *Info.EmailChannel + "')";
  else
    Why = "neither the type nor entity '" + Q.E.Name + "' names a phone channel";
  return Tax.findCategory(Email);
}

// In a message entity, the recipient and the sender are addresses that reach
// a person: to_number in sms_outbox, destinatario in envios_correo, from in
// emails. The channel is picked by pickChannel.
bool Classifier::asMessageParty(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  const EntityInfo &Info = *Q.Info;
  bool Number = false;
  if (!Info.Messaging || !isMessageParty(Q.Tokens, Number))
    return false;
  std::string Why;
  int Idx = pickChannel(Q, Number, Why);
  if (Idx < 0 || !Tax.categories()[Idx].allowsType(Q.F.Type))
    return false;
  const Category &C = Tax.categories()[Idx];
  Out.push_back(CategoryMatch{C.Id,
                              C.Label,
                              false,
                              {"'" + Q.F.Name + "' names a party of message entity '" + Q.E.Name +
                                   "' ('" + *Info.Messaging + "')",
                               Why + ": " + C.Label}});
  return true;
}

// A generic field name takes its meaning from the entity: number in
// phone_numbers, address in email_addresses, numero in enderecos.
bool Classifier::byEntityMeaning(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  const auto &Cats = Tax.categories();
  int Idx = Q.Info->Category;
  if (Idx < 0 || !allGeneric(Q.Tokens))
    return false;
  bool Numberish = Q.Tokens.size() == 1 && isNumberWord(Q.Tokens[0]);
  if (Numberish && categoryWithin(Cats[Idx].Id, "user.contact.address"))
    Idx = Tax.findCategory("user.contact.address.street");
  if (Idx < 0 || !Cats[Idx].allowsType(Q.F.Type))
    return false;
  const Category &C = Cats[Idx];
  Out.push_back(CategoryMatch{C.Id,
                              C.Label,
                              false,
                              {"generic name '" + Q.F.Name + "' in entity '" + Q.E.Name +
                               "', whose name means " + Cats[Q.Info->Category].Label}});
  return true;
}

// A login identifier (docs/taxonomy.md, "Login identifiers"): `identifier`
// in a user account or sign-in entity, bare or only qualified as pending or
// new (User.identifier, NativeAuthenticationMethod.pendingIdentifier), or
// after a person's role in any entity (Job.userIdentifier,
// invitations.invitee_identifier). What a person signs in with is most
// often an email address, so it is one until a marker says otherwise.
bool Classifier::asLoginIdentifier(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  const auto &T = Q.Tokens;
  if (T.empty() || T.back() != "identifier")
    return false;
  auto EntityTokens = tokenizeIdentifier(Q.E.Name);
  if (const std::string *External = Tax.words(WordListId::LoginExternal).findIn(EntityTokens)) {
    Q.note([&] {
      return "'" + Q.F.Name + "' in entity '" + Q.E.Name + "' ('" + *External +
             "') is an identity provider's identifier, not a login";
    });
    return false;
  }
  std::string Why;
  size_t Rest = T.size() - 1;
  if (size_t N = Rest ? Tax.words(WordListId::LoginHolders).matchAt(T, 0) : 0; N && N == Rest) {
    Why = "'" + Q.F.Name + "' names the login identifier of the " + joinTokens(T, 0, N);
  } else {
    for (size_t I = 0; I < Rest; ++I)
      if (!Tax.words(WordListId::LoginQualifiers).findIn({T[I]}))
        return false;
    const std::string *Login = Tax.words(WordListId::LoginEntities).findIn(EntityTokens);
    if (!Login)
      return false;
    Why = "'" + Q.F.Name + "' in entity '" + Q.E.Name + "' ('" + *Login +
          "') is what a person signs in with";
  }
  int Idx = Tax.findCategory("user.contact.email");
  if (Idx < 0 || !Tax.categories()[Idx].allowsType(Q.F.Type))
    return false;
  const Category &C = Tax.categories()[Idx];
  Out.push_back(CategoryMatch{
      C.Id, C.Label, false, {Why, "a login identifier is most often an " + C.Label + " address"}});
  return true;
}

// A field of an address entity named for a part of the address alone
// (vCard's Address.extended, Address.formatted): the entity's word completes
// its name ("extended address"), when that names a part of a postal address.
bool Classifier::byAddressEntityWord(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  const auto &Cats = Tax.categories();
  int Entity = Q.Info->Category;
  if (Entity < 0 || !categoryWithin(Cats[Entity].Id, "user.contact.address"))
    return false;
  std::vector<std::string> Tokens = Q.Tokens;
  Tokens.emplace_back("address");
  PatternHit Hit = bestPattern(Tokens);
  if (!Hit.P || Hit.P->Category < 0 || Hit.P->Tokens.size() < 2 ||
      Hit.At + Hit.P->Tokens.size() != Tokens.size())
    return false;
  const Category &C = Cats[Hit.P->Category];
  FieldQuery Completed{Q.E, Q.F, Tokens, Q.Info, Q.Notes};
  if (!categoryWithin(C.Id, "user.contact.address") || !C.allowsType(Q.F.Type) ||
      rejectedByName(Completed, Hit))
    return false;
  Out.push_back(CategoryMatch{
      C.Id,
      C.Label,
      false,
      {"'" + Q.F.Name + "' in entity '" + Q.E.Name + "', whose name means " + Cats[Entity].Label +
           ", reads '" + Completed.tokenText() + "': pattern '" + Hit.P->Text + "' of " + C.Id,
       typeEvidence(Q.F, C)}});
  return true;
}

// Longest pattern wins; on equal length "not personal" wins, then the
// category listed first.
Classifier::PatternHit Classifier::bestPattern(const std::vector<std::string> &Tokens) const {
  PatternHit Best;
  for (size_t I = 0; I < Tokens.size(); ++I) {
    const auto *Cands = Tax.patternsStartingWith(Tokens[I]);
    if (!Cands)
      continue;
    for (const Pattern *P : *Cands) {
      if (!matchesAt(Tokens, I, P->Tokens))
        continue;
      const Pattern *B = Best.P;
      bool Better = !B || P->Tokens.size() > B->Tokens.size() ||
                    (P->Tokens.size() == B->Tokens.size() && B->Category != -1 &&
                     (P->Category == -1 || P->Category < B->Category));
      if (Better)
        Best = {P, I};
    }
  }
  return Best;
}

// German and Dutch write compounds as one word: diensthandy, lieferadresse,
// woonadres. A token ending in a long single-word pattern takes its meaning.
Classifier::PatternHit Classifier::compoundPattern(const std::vector<std::string> &Tokens) const {
  PatternHit Hit;
  for (size_t I = 0; I < Tokens.size() && !Hit.P; ++I)
    if (const Pattern *P = Tax.compoundHead(Tokens[I]))
      Hit = {P, I};
  return Hit;
}

const Classifier::NameFacts &Classifier::nameFacts(std::string_view Name) const {
  auto It = Names.find(Name);
  if (It == Names.end()) {
    NameFacts N;
    N.Tokens = tokenizeIdentifier(Name);
    // A member prefix (m_email, mNumber: C++ and Android code) is not a
    // word of the name.
    bool MemberPrefix =
        Name.size() > 2 && Name[0] == 'm' && (Name[1] == '_' || (Name[1] >= 'A' && Name[1] <= 'Z'));
    if (MemberPrefix && N.Tokens.size() > 1 && N.Tokens[0] == "m")
      N.Tokens.erase(N.Tokens.begin());
    N.Best = bestPattern(N.Tokens);
    N.Compound = compoundPattern(N.Tokens);
    It = Names.emplace(std::string(Name), std::move(N)).first;
  }
  return It->second;
}

bool Classifier::byCompoundWord(const FieldQuery &Q, const PatternHit &Hit,
                                std::vector<CategoryMatch> &Out) const {
  if (!Hit.P || Hit.P->Category < 0)
    return false;
  const Category &C = Tax.categories()[Hit.P->Category];
  bool Rejected = false;
  for (size_t I = 0; I < Q.Tokens.size(); ++I)
    if (I != Hit.At && (Tax.isMetadataToken(Q.Tokens[I]) || C.Negatives.contains(Q.Tokens[I])))
      Rejected = true;
  bool ContextOk = !Hit.P->PersonContextOnly || Q.Info->Person || AddressContext;
  if (!ContextOk)
    ContextRejected = categoryWithin(C.Id, "user.contact.address");
  if (Rejected || !ContextOk || !C.allowsType(Q.F.Type))
    return false;
  Out.push_back(CategoryMatch{
      C.Id,
      C.Label,
      false,
      {"compound word '" + Q.Tokens[Hit.At] + "' ends in pattern '" + Hit.P->Text + "' of " + C.Id,
       typeEvidence(Q.F, C)}});
  return true;
}

// In a message entity (outbound_messages, emails), a bare address is the
// recipient's or sender's email address or phone number, not a postal
// address.
bool Classifier::asMessageAddress(const FieldQuery &Q, const Pattern &Best,
                                  std::vector<CategoryMatch> &Out) const {
  const EntityInfo &Info = *Q.Info;
  if (!Info.Messaging || Info.Network || Best.Tokens.size() != 1 ||
      !isGenericAddressWord(Best.Tokens[0]) ||
      !categoryWithin(Tax.categories()[Best.Category].Id, "user.contact.address"))
    return false;
  std::string Why;
  int Idx = pickChannel(Q, false, Why);
  if (Idx < 0 || !Tax.categories()[Idx].allowsType(Q.F.Type))
    return false;
  const Category &C = Tax.categories()[Idx];
  Out.push_back(CategoryMatch{
      C.Id,
      C.Label,
      false,
      {"'" + Q.F.Name + "' in message entity '" + Q.E.Name + "' is where a message goes",
       Why + ": " + C.Label}});
  return true;
}

bool Classifier::PatternHit::covers(size_t I) const { return I >= At && I < At + P->Tokens.size(); }

// "invited by email", "created by phone": 'by' after a participle that
// names something a person does to a record, right before the matched
// pattern, names who did it, so the value is that person's email or phone,
// not data about one (and the participle, created or updated, is no "about"
// word there either). Other participles keep 'by' as "about" or "through":
// sorted_by_email, scoped_by_email, notified_by_email.
bool Classifier::namesTheAgent(const std::vector<std::string> &Tokens, size_t I,
                               const PatternHit &Hit) {
  static const std::set<std::string, std::less<>> PersonActs = {
      "added",     "approved", "assigned",  "closed",    "created", "deleted",  "edited",
      "invited",   "managed",  "modified",  "opened",    "owned",   "referred", "reported",
      "requested", "reviewed", "sponsored", "submitted", "updated", "uploaded"};
  if (Tokens[I] != "by" || I == 0 || Hit.At != I + 1)
    return false;
  return PersonActs.contains(Tokens[I - 1]);
}

// Whether the rest of the field's name rejects a matched pattern: another
// token marks data about the value (email_verified_at), or a
// classify.exclude entry matches. Notes say why for inventory --explain.
bool Classifier::rejectedByName(const FieldQuery &Q, const PatternHit &Hit) const {
  const Pattern &Best = *Hit.P;
  const Category &C = Tax.categories()[Best.Category];
  auto Why = [&] { return patternEvidence(Q, Best); };
  for (size_t I = 0; I < Q.Tokens.size(); ++I) {
    const std::string &T = Q.Tokens[I];
    if (Hit.covers(I) || protectionTokens().contains(T) || namesTheAgent(Q.Tokens, I, Hit) ||
        (I + 1 < Q.Tokens.size() && namesTheAgent(Q.Tokens, I + 1, Hit)))
      continue;
    if (Tax.isMetadataToken(T) || C.Negatives.contains(T)) {
      Q.note([&] {
        return Why() + "; rejected: token '" + T + "' marks data about the " + C.Label +
               ", not the " + C.Label + " itself";
      });
      return true;
    }
  }
  // checkPhone, get_email, validate_address: a function or a flag.
  if (!Hit.covers(0))
    if (size_t N = Tax.words(WordListId::FunctionPrefixes).matchAt(Q.Tokens, 0);
        N && !Hit.covers(N - 1)) {
      Q.note([&] {
        return Why() + "; rejected: '" + joinTokens(Q.Tokens, 0, N) +
               "' first makes the name a function or a flag, not a value";
      });
      return true;
    }
  for (const auto &Ex : Tax.exclusions()) {
    if (Ex.Category != -1 && Ex.Category != Best.Category)
      continue;
    for (size_t I = 0; I < Q.Tokens.size(); ++I)
      if (matchesAt(Q.Tokens, I, Ex.Tokens)) {
        Q.note([&] { return Why() + "; rejected by classify.exclude '" + Ex.Text + "'"; });
        return true;
      }
  }
  return false;
}

// Whether the context rejects a matched pattern: the entity the field
// belongs to (with address columns beside it, or a person named in the field
// itself: hp_penerima, customer_state), or a type that cannot hold the data.
bool Classifier::rejectedByContext(const FieldQuery &Q, const PatternHit &Hit) const {
  const Pattern &Best = *Hit.P;
  const Category &C = Tax.categories()[Best.Category];
  auto Why = [&] { return patternEvidence(Q, Best); };
  bool PersonEntity = Q.Info->Person;
  bool AddressNeighbours = AddressContext && categoryWithin(C.Id, "user.contact.address");
  bool PersonInName = false;
  for (size_t I = 0; I < Q.Tokens.size(); ++I)
    if (!Hit.covers(I) &&
        (Tax.isPersonEntityToken(Q.Tokens[I]) ||
         (Q.Tokens[I] != "to" && Tax.words(WordListId::Recipients).matchAt(Q.Tokens, I))))
      PersonInName = true;
  if (rejectedAsStatus(Q, Hit) || rejectedAsNetworkAddress(Q, Hit))
    return true;
  if (Best.PersonContextOnly && !PersonEntity && !AddressNeighbours && !PersonInName) {
    ContextRejected = categoryWithin(C.Id, "user.contact.address");
    Q.note([&] {
      return Why() + "; rejected: '" + Best.Text + "' counts only in a person-like entity, and '" +
             Q.E.Name + "' is not one";
    });
    return true;
  }
  if (!C.allowsType(Q.F.Type)) {
    Q.note([&] {
      return Why() + "; rejected: type " + (Q.F.DeclaredType.empty() ? "?" : Q.F.DeclaredType) +
             " (" + typeClassName(Q.F.Type) + ") cannot hold " + C.Label;
    });
    return true;
  }
  return false;
}

// A value that reads as a status, not a place: a word such as pending or
// draft, or an enum constant such as IN_PROGRESS (a two- or three-letter
// region code such as CA or NSW is a place).
static bool statusLikeDefault(const std::string &V) {
  if (V.size() < 3)
    return false;
  bool Lower = true, Upper = true;
  for (char C : V) {
    Lower &= (C >= 'a' && C <= 'z') || C == '_';
    Upper &= (C >= 'A' && C <= 'Z') || C == '_';
  }
  return Lower || (Upper && (V.size() >= 4 || V.find('_') != std::string::npos));
}

// Whether a pattern that also names a workflow's status (`state`) is one
// here: bare in a workflow entity (orders.state), with a word as its default
// (state default 'pending'), or qualified by another word with an enum type
// (review_state: enum). A person or address word beside it keeps it a place
// (customer_state, billing_state).
bool Classifier::rejectedAsStatus(const FieldQuery &Q, const PatternHit &Hit) const {
  const Pattern &Best = *Hit.P;
  const Category &C = Tax.categories()[Best.Category];
  if (!C.StatusPatterns.contains(Best.Text))
    return false;
  bool Qualified = false, PlaceWord = false;
  for (size_t I = 0; I < Q.Tokens.size(); ++I) {
    if (Hit.covers(I))
      continue;
    Qualified = true;
    const std::string &T = Q.Tokens[I];
    PlaceWord |= Tax.isPersonEntityToken(T) || Tax.words(WordListId::Roles).matchAt(Q.Tokens, I) ||
                 isGenericAddressWord(T);
  }
  if (PlaceWord)
    return false;
  std::string Why;
  if (!Qualified && Q.Info->Workflow)
    Why = "'" + Best.Text + "' in workflow entity '" + Q.E.Name + "' ('" + *Q.Info->Workflow +
          "') is the state of the workflow";
  else if (statusLikeDefault(Q.F.Default))
    Why = "its default '" + Q.F.Default + "' is a status, not a place";
  else if (Qualified && Q.F.Type == TypeClass::Enum)
    Why = "'" + Q.F.Name + "' with enum type " + Q.F.DeclaredType + " is a status";
  if (Why.empty())
    return false;
  Q.note([&] { return patternEvidence(Q, Best) + "; rejected: " + Why; });
  return true;
}

// A bare address in an infrastructure entity (servers.address,
// realmlist.address, peers.addr) is a network address.
bool Classifier::rejectedAsNetworkAddress(const FieldQuery &Q, const PatternHit &Hit) const {
  const Pattern &Best = *Hit.P;
  if (!Q.Info->Network || Q.Info->Person || Best.Tokens.size() != 1 ||
      !isGenericAddressWord(Best.Tokens[0]) ||
      !categoryWithin(Tax.categories()[Best.Category].Id, "user.contact.address"))
    return false;
  Q.note([&] {
    return patternEvidence(Q, Best) + "; rejected: '" + Best.Text + "' in infrastructure entity '" +
           Q.E.Name + "' ('" + *Q.Info->Network + "') is a network address";
  });
  return true;
}

// The category of a pattern that counts, with its evidence.
CategoryMatch Classifier::patternMatch(const FieldQuery &Q, const PatternHit &Hit) const {
  const Pattern &Best = *Hit.P;
  const Category &C = Tax.categories()[Best.Category];
  CategoryMatch M{C.Id, C.Label, false, {patternEvidence(Q, Best)}};
  M.Evidence.push_back(typeEvidence(Q.F, C));
  if (Q.Info->Person)
    M.Evidence.push_back("entity '" + Q.E.Name + "' describes people");
  return M;
}

// The name says one thing, the column another (TypeORM `@Column({name:
// 'user_email'}) username`, Prisma @map, JPA @Column(name)): what the column
// is called also says what it stores.
std::vector<CategoryMatch> Classifier::classifyField(const Entity &E, const Field &F,
                                                     std::vector<std::string> *Notes) const {
  std::vector<CategoryMatch> Out = classifyName(E, F, Notes);
  if (F.ColumnName.empty() || F.Type == TypeClass::Reference || F.Markers.NotPersonal ||
      !F.Markers.Categories.empty())
    return Out;
  for (const auto &C : Out)
    if (categoryWithin(C.Id, "user.contact"))
      return Out;
  if (tokenizeIdentifier(F.ColumnName) == tokenizeIdentifier(F.Name))
    return Out;
  Field Column = F;
  Column.Name = F.ColumnName;
  Column.ColumnName.clear();
  bool Rejected = ContextRejected;
  for (auto &C : classifyName(E, Column, Notes)) {
    bool Have = false;
    for (const auto &O : Out)
      Have |= O.Id == C.Id;
    if (Have)
      continue;
    C.Evidence.insert(C.Evidence.begin(),
                      "field '" + F.Name + "' is stored in column '" + F.ColumnName + "'");
    Out.push_back(std::move(C));
  }
  ContextRejected |= Rejected;
  return Out;
}

std::vector<CategoryMatch> Classifier::classifyName(const Entity &E, const Field &F,
                                                    std::vector<std::string> *Notes) const {
  std::vector<CategoryMatch> Out;
  ContextRejected = false;
  const NameFacts &Name = nameFacts(F.Name);
  FieldQuery Q{E, F, Name.Tokens, nullptr, Notes};
  if (byMarkers(Q, Out))
    return Out;
  if (F.Type == TypeClass::Reference) {
    Q.note([] {
      return std::string(
          "field is a reference to another entity (foreign key): not personal data itself");
    });
    return Out;
  }
  if (byTypeName(Q, Out))
    return Out;
  if (Q.Tokens.empty())
    return Out;
  Q.Info = &entityInfo(E);
  if (asMessageParty(Q, Out) || byEntityMeaning(Q, Out) || asLoginIdentifier(Q, Out))
    return Out;
  const PatternHit &Hit = Name.Best;
  if (!Hit.P) {
    if (!byAddressEntityWord(Q, Out) && !byCompoundWord(Q, Name.Compound, Out))
      Q.note([&] { return "tokens '" + Q.tokenText() + "' match no pattern"; });
    return Out;
  }
  if (Hit.P->Category < 0) {
    Q.note([&] {
      return "tokens '" + Q.tokenText() + "' match '" + Hit.P->Text +
             "', which is not personal data";
    });
    return Out;
  }
  if (rejectedByName(Q, Hit) || asMessageAddress(Q, *Hit.P, Out) || rejectedByContext(Q, Hit))
    return Out;
  Out.push_back(patternMatch(Q, Hit));
  return Out;
}

const Field *Classifier::personOwnField(const Entity &E) const {
  // Not a tax or registration number: companies have those too.
  static const char *const Own[] = {"user.account.username", "user.name",
                                    "user.demographic.date_of_birth"};
  // Asked for each field of an entity in turn, after all its categories.
  if (OwnFieldEntity == &E)
    return OwnField;
  OwnFieldEntity = &E;
  OwnField = nullptr;
  // A legal or display name is an organisation's as often as a person's; a
  // first or family name is a person's.
  static const std::unordered_set<std::string> PersonalName = {
      "first",     "last",     "given",     "middle",    "family",     "maiden",   "surname",
      "firstname", "lastname", "forename",  "givenname", "familyname", "sur",      "nachname",
      "vorname",   "apellido", "apellidos", "sobrenome", "prenom",     "voornaam", "achternaam"};
  for (const auto &F : E.Fields) {
    auto Tokens = tokenizeIdentifier(F.Name);
    bool IsOwn = false;
    for (const auto &C : F.Categories)
      for (const char *Id : Own)
        IsOwn |= C.Id == Id && (C.Id != "user.name" ||
                                std::any_of(Tokens.begin(), Tokens.end(), [](const std::string &T) {
                                  return PersonalName.contains(T);
                                }));
    if (!IsOwn)
      continue;
    bool Other = false; // contact_first_name, owner_username: someone else's
    for (size_t I = 0; I < Tokens.size() && !Other; ++I)
      Other = Tax.isPersonEntityToken(Tokens[I]) ||
              Tax.words(WordListId::Roles).matchAt(Tokens, I) ||
              Tax.words(WordListId::Organisation).matchAt(Tokens, I);
    if (!Other)
      return OwnField = &F;
  }
  return nullptr;
}

Subject Classifier::subjectOf(const Entity &E, const Field &F,
                              std::vector<std::string> &Evidence) const {
  const EntityInfo &Info = entityInfo(E);
  const auto &Tokens = nameFacts(F.Name).Tokens;
  auto Say = [&](Subject S, std::string Why) {
    Evidence.push_back(std::move(Why));
    return S;
  };
  // A shared mailbox or line (support_email, sales_phone) is the
  // organisation's, or the system's in a system entity, whoever else the
  // name mentions (customer_service_phone).
  if (const std::string *Shared = Tax.words(WordListId::Shared).findIn(Tokens)) {
    if (Info.systemOnly() && !Info.Organisation)
      return Say(Subject::System, "field name '" + F.Name + "' names a shared mailbox or line ('" +
                                      *Shared + "') of entity '" + E.Name + "' ('" + *Info.System +
                                      "')");
    return Say(Subject::Organisation, "field name '" + F.Name +
                                          "' names an organisation's shared mailbox or line ('" +
                                          *Shared + "')");
  }
  // A person's role in the name decides in any entity: customer_email in
  // products, owner_phone in stores. (An organisation's billing_email stays
  // a person's: blind labellers split on it, and the gate fails closed.)
  for (size_t I = 0; I < Tokens.size(); ++I)
    if (size_t N = Tax.words(WordListId::Roles).matchAt(Tokens, I))
      return Say(Subject::Person, "field name '" + F.Name + "' names a person's role ('" +
                                      joinTokens(Tokens, I, I + N) + "')");
  if (const std::string *Sender = Tax.words(WordListId::Senders).findIn(Tokens)) {
    if (Info.systemOnly() && !Info.PersonReference)
      return Say(Subject::System, "sender '" + F.Name + "' ('" + *Sender + "') in entity '" +
                                      E.Name + "' ('" + *Info.System +
                                      "') is the system's own address");
    if (Info.SentLog)
      return Say(Subject::System, "sender '" + F.Name + "' ('" + *Sender + "') in entity '" +
                                      E.Name + "' ('" + *Info.SentLog +
                                      "'), a record of what the application sent, is the "
                                      "application's own address");
    if (Info.SenderIsPerson)
      return Say(Subject::Person, "sender '" + F.Name + "' of entity '" + E.Name + "' ('" +
                                      *Info.SenderIsPerson + "') is a person");
  }
  if (!Info.StrongPerson.empty())
    return Say(Subject::Person,
               "entity '" + E.Name + "' describes people ('" + Info.StrongPerson + "')");
  if (Info.Organisation)
    if (const Field *Own = personOwnField(E))
      return Say(Subject::Person, "entity '" + E.Name + "' ('" + *Info.Organisation +
                                      "') holds a person's own '" + Own->Name +
                                      "': it describes a person");
  if (Info.Organisation)
    return Say(Subject::Organisation, "entity '" + E.Name +
                                          "' models an organisation or a place ('" +
                                          *Info.Organisation + "')");
  if (Info.System && Info.PersonReference)
    return Say(Subject::Person, "entity '" + E.Name + "' ('" + *Info.System +
                                    "') belongs to a person (field '" + *Info.PersonReference +
                                    "')");
  if (Info.System && Info.SettingKey)
    return Say(Subject::Person, "entity '" + E.Name + "' ('" + *Info.System +
                                    "') keeps one setting per row ('" + *Info.SettingKey +
                                    "', value): '" + F.Name + "' says whose setting it is");
  if (Info.System)
    return Say(Subject::System, "entity '" + E.Name +
                                    "' is the system's own settings, infrastructure or lookup ('" +
                                    *Info.System + "')");
  if (Info.Person)
    return Say(Subject::Person, "entity '" + E.Name + "' describes people");
  return Say(Subject::Person,
             "entity '" + E.Name +
                 "' names no organisation or system: taken as a person's (fail closed)");
}

void Classifier::classify(Model &M) const {
  for (auto &E : M.Entities) {
    AddressContext = false;
    bool HasAddressPart = false;
    std::vector<size_t> Retry; // rejected only for want of a person-like entity
    for (size_t I = 0; I < E.Fields.size(); ++I) {
      auto &F = E.Fields[I];
      F.Categories = classifyField(E, F);
      if (ContextRejected)
        Retry.push_back(I);
      for (const auto &C : F.Categories)
        HasAddressPart |= categoryWithin(C.Id, "user.contact.address");
    }
    // A bare "state" or "region" next to city, street or postal code columns
    // is part of the same postal address, whatever the entity is called.
    if (HasAddressPart && !Retry.empty()) {
      AddressContext = true;
      for (size_t I : Retry)
        E.Fields[I].Categories = classifyField(E, E.Fields[I]);
      AddressContext = false;
    }
    OwnFieldEntity = nullptr; // the categories have changed
    for (auto &F : E.Fields) {
      F.SubjectEvidence.clear();
      F.Subj = F.Categories.empty() ? Subject::Person : subjectOf(E, F, F.SubjectEvidence);
    }
  }
}

} // namespace privlint
