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

std::vector<CategoryMatch> Classifier::classifyField(const Entity &E, const Field &F,
                                                     std::vector<std::string> *Notes) const {
  std::vector<CategoryMatch> Out;
  ContextRejected = false;
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

  if (F.Type == TypeClass::Reference) {
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
                    {"type '" + *Hint + "' is a type for " + C.Label}};
    Out.push_back(std::move(M));
    return Out;
  }

  std::vector<std::string> Tokens = tokenizeIdentifier(F.Name);
  if (Tokens.empty())
    return Out;
  const EntityInfo &Info = entityInfo(E);

  // In a message entity, the recipient is an address to reach a person:
  // to_number in sms_outbox, destinatario in envios_correo.
  if (Info.Messaging && !Info.NonPerson && !hasSenderWord(Tokens)) {
    bool Recipient = false, Other = false, Number = false;
    for (const auto &T : Tokens) {
      if (isRecipientWord(T))
        Recipient = true;
      else if (isNumberWord(T))
        Number = true;
      else if (!isGenericAddressWord(T))
        Other = true;
    }
    if (Recipient && !Other) {
      int Idx = Tax.findCategory(Info.TextMessaging || Number ? "user.contact.phone_number"
                                                             : "user.contact.email");
      if (Idx >= 0 && Cats[Idx].allowsType(F.Type)) {
        const Category &C = Cats[Idx];
        Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, false,
                                    {"recipient '" + F.Name + "' of message entity '" + E.Name +
                                     "' is a " + C.Label}});
        return Out;
      }
    }
  }

  // A generic field name takes its meaning from the entity: number in
  // phone_numbers, address in email_addresses, numero in enderecos.
  if (Info.Category >= 0 && allGeneric(Tokens)) {
    int Idx = Info.Category;
    bool Numberish = Tokens.size() == 1 && isNumberWord(Tokens[0]);
    if (Numberish && categoryWithin(Cats[Idx].Id, "user.contact.address"))
      Idx = Tax.findCategory("user.contact.address.street");
    if (Idx >= 0 && Cats[Idx].allowsType(F.Type)) {
      const Category &C = Cats[Idx];
      Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, false,
                                  {"generic name '" + F.Name + "' in entity '" + E.Name +
                                   "', whose name means " + Cats[Info.Category].Label}});
      return Out;
    }
  }

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
    // German and Dutch write compounds as one word: diensthandy, lieferadresse,
    // woonadres. A token ending in a long single-word pattern takes its meaning.
    for (size_t I = 0; I < Tokens.size() && !Best; ++I)
      if (const Pattern *P = Tax.compoundHead(Tokens[I])) {
        Best = P;
        BestAt = I;
      }
    if (Best && Best->Category >= 0) {
      const Category &C = Cats[Best->Category];
      bool Rejected = false;
      for (size_t I = 0; I < Tokens.size(); ++I)
        if (I != BestAt && (Tax.isMetadataToken(Tokens[I]) || C.Negatives.count(Tokens[I])))
          Rejected = true;
      bool ContextOk = !Best->PersonContextOnly || Info.Person || AddressContext;
      if (!ContextOk)
        ContextRejected = categoryWithin(C.Id, "user.contact.address");
      if (!Rejected && ContextOk && C.allowsType(F.Type) &&
          !(Info.NonPerson && !Info.Person && C.Contact)) {
        Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, false,
                                    {"compound word '" + Tokens[BestAt] + "' ends in pattern '" +
                                         Best->Text + "' of " + C.Id,
                                     std::string("type ") + (F.DeclaredType.empty() ? "(none)" : F.DeclaredType) +
                                         " (" + typeClassName(F.Type) + ") can hold " + C.Label}});
        return Out;
      }
    }
    Note([&] { return std::string("tokens '" + TokText() + "' match no pattern"); });
    return Out;
  }
  if (Best->Category < 0) {
    Note([&] { return std::string("tokens '" + TokText() + "' match '" + Best->Text + "', which is not personal data"); });
    return Out;
  }
  // In a message entity (outbound_messages, emails), a bare address is the
  // recipient's or sender's email address, not a postal address.
  if (Info.Messaging && !Info.NonPerson && !hasSenderWord(Tokens) && Best->Tokens.size() == 1 &&
      isGenericAddressWord(Best->Tokens[0]) &&
      categoryWithin(Cats[Best->Category].Id, "user.contact.address")) {
    int Idx = Tax.findCategory("user.contact.email");
    if (Idx >= 0 && Cats[Idx].allowsType(F.Type)) {
      const Category &C = Cats[Idx];
      Out.push_back(CategoryMatch{C.Id, C.Label, C.Contact, false,
                                  {"'" + F.Name + "' in message entity '" + E.Name +
                                   "' is an email address"}});
      return Out;
    }
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
  bool PersonEntity = Info.Person, NonPersonEntity = Info.NonPerson;
  bool AddressNeighbours = AddressContext && categoryWithin(C.Id, "user.contact.address");
  // A person named in the field itself (hp_penerima, customer_state) is context too.
  bool PersonInName = false;
  for (size_t I = 0; I < Tokens.size(); ++I)
    if ((I < BestAt || I >= MatchEnd) && (Tax.isPersonEntityToken(Tokens[I]) ||
                                          (Tokens[I] != "to" && isRecipientWord(Tokens[I]))))
      PersonInName = true;
  if (Best->PersonContextOnly && !PersonEntity && !AddressNeighbours && !PersonInName) {
    ContextRejected = categoryWithin(C.Id, "user.contact.address");
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
