#include "Classify/Classifier.h"

#include "Classify/Tokenizer.h"

#include <cstring>
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

bool Classifier::isNumberWord(const std::string &T) {
  static const std::unordered_set<std::string> W = {"number", "no", "nr", "num", "numero",
                                                    "nummer", "nomor", "huisnummer"};
  return W.count(T) != 0;
}

bool Classifier::isGenericAddressWord(const std::string &T) {
  static const std::unordered_set<std::string> W = {"address", "addr", "adres", "adresse",
                                                    "direccion", "endereco", "alamat"};
  return W.count(T) != 0;
}

bool Classifier::hasSenderWord(const std::vector<std::string> &Tokens) {
  static const std::unordered_set<std::string> W = {
      "from", "sender", "reply", "replyto", "bounce", "return", "noreply", "remitente",
      "remetente", "absender", "afzender", "pengirim", "expediteur", "envelope"};
  for (const auto &T : Tokens)
    if (W.count(T))
      return true;
  return false;
}

bool Classifier::isRecipientWord(const std::string &T) {
  static const std::unordered_set<std::string> W = {
      "to", "recipient", "recipients", "destinatario", "destinataire", "penerima", "empfanger",
      "empfaenger", "ontvanger", "receiver", "addressee"};
  return W.count(T) != 0;
}

bool Classifier::allGeneric(const std::vector<std::string> &Tokens) {
  static const std::unordered_set<std::string> W = {"value", "val"};
  for (const auto &T : Tokens)
    if (!isNumberWord(T) && !isGenericAddressWord(T) && !W.count(T))
      return false;
  return !Tokens.empty();
}

const Classifier::EntityInfo &Classifier::entityInfo(const Entity &E) const {
  if (CachedEntity == &E)
    return Cached;
  Cached = EntityInfo();
  static const std::unordered_set<std::string> Messaging = {
      "email", "emails", "mail", "mails", "mailing", "mailings", "message", "messages",
      "outbound", "inbound", "notification", "notifications", "newsletter", "newsletters",
      "delivery", "deliveries", "outbox", "inbox", "sms", "correo", "correos", "envio",
      "envios", "mensaje", "mensajes", "mensagem", "mensagens", "pesan", "surat", "nachricht",
      "nachrichten", "bericht", "berichten", "courriel", "courriels"};
  auto Tokens = tokenizeIdentifier(E.Name);
  auto Suffixed = [](const std::string &T, const std::string &W) {
    // Compound words: "verzendinstellingen" ends with "instellingen".
    return W.size() >= 5 && T.size() >= W.size() + 3 && T.ends_with(W);
  };
  for (const auto &T : Tokens) {
    Cached.Person |= Tax.isPersonEntityToken(T);
    Cached.NonPerson |= Tax.isNonPersonEntityToken(T);
    Cached.Messaging |= Messaging.count(T) != 0;
    Cached.TextMessaging |= T == "sms" || T == "whatsapp" || T == "text" || T == "texts";
    if (!Cached.NonPerson)
      Tax.forEachEntityWord(false, [&](const std::string &W) {
        if (!Cached.NonPerson && Suffixed(T, W))
          Cached.NonPerson = true;
      });
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
      if (BestCat >= 0 && Tax.categories()[BestCat].Contact) {
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

std::string Classifier::FieldQuery::tokenText() const { return joinTokens(Tokens, 0, Tokens.size()); }

// The evidence line naming the pattern the field's name matched.
std::string Classifier::patternEvidence(const FieldQuery &Q, const Pattern &P) const {
  return "name tokens '" + Q.tokenText() + "' match " + (P.UserDefined ? "configured " : "") + "pattern '" + P.Text +
         "' of " + Tax.categories()[P.Category].Id;
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
    M.Contact = Idx >= 0 ? Cats[Idx].Contact : categoryWithin(Id, "user.contact");
    M.Strong = true;
    M.Evidence.push_back("marker privlint:category=" + Id);
    Out.push_back(std::move(M));
  }
  return !Out.empty();
}

// A type named for the data (CREATE DOMAIN email ..., an ORM EmailField).
bool Classifier::byTypeName(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  for (const std::string *Hint : {&Q.F.TypeName, &Q.F.SourceHint}) {
    int Idx = Tax.categoryForDomain(*Hint);
    if (Idx < 0)
      continue;
    const Category &C = Tax.categories()[Idx];
    Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, true,
                                {"type '" + *Hint + "' is a type for " + C.Label}});
    return true;
  }
  return false;
}

// In a message entity, the recipient is an address to reach a person:
// to_number in sms_outbox, destinatario in envios_correo.
bool Classifier::asMessageRecipient(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  const EntityInfo &Info = *Q.Info;
  if (!Info.Messaging || Info.NonPerson || hasSenderWord(Q.Tokens))
    return false;
  bool Recipient = false, Other = false, Number = false;
  for (const auto &T : Q.Tokens) {
    if (isRecipientWord(T))
      Recipient = true;
    else if (isNumberWord(T))
      Number = true;
    else if (!isGenericAddressWord(T))
      Other = true;
  }
  if (!Recipient || Other)
    return false;
  int Idx = Tax.findCategory(Info.TextMessaging || Number ? "user.contact.phone_number" : "user.contact.email");
  if (Idx < 0 || !Tax.categories()[Idx].allowsType(Q.F.Type))
    return false;
  const Category &C = Tax.categories()[Idx];
  Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, false,
                              {"recipient '" + Q.F.Name + "' of message entity '" + Q.E.Name + "' is a " +
                               C.Label}});
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
  Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, false,
                              {"generic name '" + Q.F.Name + "' in entity '" + Q.E.Name +
                               "', whose name means " + Cats[Q.Info->Category].Label}});
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
bool Classifier::byCompoundWord(const FieldQuery &Q, std::vector<CategoryMatch> &Out) const {
  PatternHit Hit;
  for (size_t I = 0; I < Q.Tokens.size() && !Hit.P; ++I)
    if (const Pattern *P = Tax.compoundHead(Q.Tokens[I]))
      Hit = {P, I};
  if (!Hit.P || Hit.P->Category < 0)
    return false;
  const Category &C = Tax.categories()[Hit.P->Category];
  bool Rejected = false;
  for (size_t I = 0; I < Q.Tokens.size(); ++I)
    if (I != Hit.At && (Tax.isMetadataToken(Q.Tokens[I]) || C.Negatives.count(Q.Tokens[I])))
      Rejected = true;
  bool ContextOk = !Hit.P->PersonContextOnly || Q.Info->Person || AddressContext;
  if (!ContextOk)
    ContextRejected = categoryWithin(C.Id, "user.contact.address");
  if (Rejected || !ContextOk || !C.allowsType(Q.F.Type) || (Q.Info->NonPerson && !Q.Info->Person && C.Contact))
    return false;
  Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, false,
                              {"compound word '" + Q.Tokens[Hit.At] + "' ends in pattern '" + Hit.P->Text +
                                   "' of " + C.Id,
                               typeEvidence(Q.F, C)}});
  return true;
}

// In a message entity (outbound_messages, emails), a bare address is the
// recipient's or sender's email address, not a postal address.
bool Classifier::asMessageAddress(const FieldQuery &Q, const Pattern &Best,
                                  std::vector<CategoryMatch> &Out) const {
  const EntityInfo &Info = *Q.Info;
  if (!Info.Messaging || Info.NonPerson || hasSenderWord(Q.Tokens) || Best.Tokens.size() != 1 ||
      !isGenericAddressWord(Best.Tokens[0]) ||
      !categoryWithin(Tax.categories()[Best.Category].Id, "user.contact.address"))
    return false;
  int Idx = Tax.findCategory("user.contact.email");
  if (Idx < 0 || !Tax.categories()[Idx].allowsType(Q.F.Type))
    return false;
  const Category &C = Tax.categories()[Idx];
  Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, false,
                              {"'" + Q.F.Name + "' in message entity '" + Q.E.Name + "' is an email address"}});
  return true;
}

bool Classifier::PatternHit::covers(size_t I) const { return I >= At && I < At + P->Tokens.size(); }

// Whether the rest of the field's name rejects a matched pattern: another
// token marks data about the value (email_verified_at), or a
// classify.exclude entry matches. Notes say why for inventory --explain.
bool Classifier::rejectedByName(const FieldQuery &Q, const PatternHit &Hit) const {
  const Pattern &Best = *Hit.P;
  const Category &C = Tax.categories()[Best.Category];
  auto Why = [&] { return patternEvidence(Q, Best); };
  for (size_t I = 0; I < Q.Tokens.size(); ++I) {
    const std::string &T = Q.Tokens[I];
    if (Hit.covers(I) || protectionTokens().count(T))
      continue;
    if (Tax.isMetadataToken(T) || C.Negatives.count(T)) {
      Q.note([&] {
        return Why() + "; rejected: token '" + T + "' marks data about the " + C.Label + ", not the " + C.Label +
               " itself";
      });
      return true;
    }
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
  bool PersonEntity = Q.Info->Person, NonPersonEntity = Q.Info->NonPerson;
  bool AddressNeighbours = AddressContext && categoryWithin(C.Id, "user.contact.address");
  bool PersonInName = false;
  for (size_t I = 0; I < Q.Tokens.size(); ++I)
    if (!Hit.covers(I) &&
        (Tax.isPersonEntityToken(Q.Tokens[I]) || (Q.Tokens[I] != "to" && isRecipientWord(Q.Tokens[I]))))
      PersonInName = true;
  if (Best.PersonContextOnly && !PersonEntity && !AddressNeighbours && !PersonInName) {
    ContextRejected = categoryWithin(C.Id, "user.contact.address");
    Q.note([&] {
      return Why() + "; rejected: '" + Best.Text + "' counts only in a person-like entity, and '" + Q.E.Name +
             "' is not one";
    });
    return true;
  }
  if (NonPersonEntity && !PersonEntity && C.Contact && !Best.UserDefined) {
    Q.note([&] {
      return Why() + "; rejected: entity '" + Q.E.Name +
             "' holds system settings or templates, not a person's contact data";
    });
    return true;
  }
  if (!C.allowsType(Q.F.Type)) {
    Q.note([&] {
      return Why() + "; rejected: type " + (Q.F.DeclaredType.empty() ? "?" : Q.F.DeclaredType) + " (" +
             typeClassName(Q.F.Type) + ") cannot hold " + C.Label;
    });
    return true;
  }
  return false;
}

// The category of a pattern that counts, with its evidence.
CategoryMatch Classifier::patternMatch(const FieldQuery &Q, const PatternHit &Hit) const {
  const Pattern &Best = *Hit.P;
  const Category &C = Tax.categories()[Best.Category];
  CategoryMatch M{C.Id, C.Label, C.Contact, false, {patternEvidence(Q, Best)}};
  M.Evidence.push_back(typeEvidence(Q.F, C));
  if (Q.Info->Person)
    M.Evidence.push_back("entity '" + Q.E.Name + "' describes people");
  return M;
}

std::vector<CategoryMatch> Classifier::classifyField(const Entity &E, const Field &F,
                                                     std::vector<std::string> *Notes) const {
  std::vector<CategoryMatch> Out;
  ContextRejected = false;
  FieldQuery Q{E, F, {}, nullptr, Notes};
  if (byMarkers(Q, Out))
    return Out;
  if (F.Type == TypeClass::Reference) {
    Q.note([] { return std::string("field is a reference to another entity (foreign key): not personal data itself"); });
    return Out;
  }
  if (byTypeName(Q, Out))
    return Out;
  Q.Tokens = tokenizeIdentifier(F.Name);
  if (Q.Tokens.empty())
    return Out;
  Q.Info = &entityInfo(E);
  if (asMessageRecipient(Q, Out) || byEntityMeaning(Q, Out))
    return Out;
  PatternHit Hit = bestPattern(Q.Tokens);
  if (!Hit.P) {
    if (!byCompoundWord(Q, Out))
      Q.note([&] { return "tokens '" + Q.tokenText() + "' match no pattern"; });
    return Out;
  }
  if (Hit.P->Category < 0) {
    Q.note([&] { return "tokens '" + Q.tokenText() + "' match '" + Hit.P->Text + "', which is not personal data"; });
    return Out;
  }
  if (asMessageAddress(Q, *Hit.P, Out) || rejectedByName(Q, Hit) || rejectedByContext(Q, Hit))
    return Out;
  Out.push_back(patternMatch(Q, Hit));
  return Out;
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
    if (!HasAddressPart || Retry.empty())
      continue;
    AddressContext = true;
    for (size_t I : Retry)
      E.Fields[I].Categories = classifyField(E, E.Fields[I]);
    AddressContext = false;
  }
}

} // namespace privlint
