#include "Classify/Markers.h"

#include "Classify/Tokenizer.h"

#include <cctype>
#include <unordered_set>

namespace privlint {

bool parseMarkers(std::string_view Text, const SourceRange &Where, FieldMarkers &M) {
  bool Found = false;
  size_t Pos = 0;
  while ((Pos = Text.find("privlint:", Pos)) != std::string_view::npos) {
    size_t B = Pos + 9;
    size_t E = B;
    while (E < Text.size() &&
           (std::isalnum(static_cast<unsigned char>(Text[E])) || Text[E] == '-' || Text[E] == '_' ||
            Text[E] == '.' || Text[E] == '='))
      ++E;
    std::string_view Word = Text.substr(B, E - B);
    while (!Word.empty() && Word.back() == '.')
      Word.remove_suffix(1); // a sentence-ending period
    Pos = E;
    if (Word == "encrypted") {
      M.ProtectionMarker = Protection::Encrypted;
      M.ProtectionWhere = Where;
    } else if (Word == "hashed") {
      M.ProtectionMarker = Protection::Hashed;
      M.ProtectionWhere = Where;
    } else if (Word == "not-personal") {
      M.NotPersonal = true;
    } else if (Word.starts_with("category=") && Word.size() > 9) {
      M.Categories.emplace_back(Word.substr(9));
    } else {
      continue;
    }
    M.Where = Where;
    Found = true;
  }
  return Found;
}

namespace {

void infer(Field &F, IdentifierTokens *Names) {
  if (F.Markers.ProtectionMarker) {
    F.Prot = *F.Markers.ProtectionMarker;
    F.ProtectionEvidence.push_back(
        {std::string("marker privlint:") + protectionName(F.Prot), F.Markers.ProtectionWhere});
    return;
  }
  if (F.Prot != Protection::Plaintext && !F.ProtectionEvidence.empty())
    return; // a frontend already decided from stronger evidence
  static const std::unordered_set<std::string> Encrypted = {
      "encrypted", "ciphertext", "enc", "crypt", "crypted", "cipher", "ciphered", "encrypt"};
  static const std::unordered_set<std::string> Hashed = {
      "hash", "hashed", "digest", "bidx", "fingerprint", "sha256", "sha1", "md5", "hmac"};
  // Naming conventions: encrypted_email, email_encrypted, email_ciphertext
  // (Lockbox), email_enc; email_hash, email_digest, email_bidx (blind index),
  // email_fingerprint, hashed_email, digested_email. The field's name, then
  // the column it maps to (JPA's password -> password_hash).
  auto Convention = [&](const std::string &Name, const char *What) {
    if (Name.empty())
      return false;
    std::vector<std::string> Own;
    const auto &Tokens = Names ? Names->of(Name) : (Own = tokenizeIdentifier(Name));
    if (Tokens.empty())
      return false;
    const std::string &First = Tokens.front(), &Last = Tokens.back();
    if (Encrypted.contains(Last) || First == "encrypted" || First == "enc")
      F.Prot = Protection::Encrypted;
    else if (Hashed.contains(Last) || First == "hashed" || First == "digested")
      F.Prot = Protection::Hashed;
    else
      return false;
    F.ProtectionEvidence.push_back(
        {std::string(What) + " '" + Name + "' follows " +
             (F.Prot == Protection::Encrypted ? "an encrypted" : "a hashed") + "-column convention",
         F.Range});
    return true;
  };
  if (Convention(F.Name, "name") || Convention(F.ColumnName, "column"))
    return;
  if (F.Type == TypeClass::Binary) {
    F.Prot = Protection::Encrypted;
    F.ProtectionEvidence.push_back(
        {"binary column (" + F.DeclaredType + "): encryption functions return binary ciphertext",
         F.Range});
  }
}

} // namespace

void inferProtection(Field &F) { infer(F, nullptr); }

void inferProtection(Field &F, IdentifierTokens &Names) { infer(F, &Names); }

} // namespace privlint
