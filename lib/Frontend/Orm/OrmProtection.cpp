#include "Frontend/Orm/OrmProtection.h"

#include "Support/Text.h"

#include <cctype>

namespace privlint::orm {

void applyVerdict(const Verdict &V, Field &F) {
  if (!V)
    return;
  F.Prot = V.Prot;
  F.ProtectionEvidence.push_back({V.Text, V.Where});
}

bool isIdentifierChar(char C) {
  return std::isalnum(static_cast<unsigned char>(C)) != 0 || C == '_' || C == '$';
}

bool mentionsWord(std::string_view Text, std::string_view Word) {
  if (Word.empty())
    return false; // no word is mentioned (and find("") would never advance)
  for (size_t P = 0; (P = Text.find(Word, P)) != std::string_view::npos; P += Word.size()) {
    bool Before = P > 0 && isIdentifierChar(Text[P - 1]);
    bool After = P + Word.size() < Text.size() && isIdentifierChar(Text[P + Word.size()]);
    if (!Before && !After)
      return true;
  }
  return false;
}

std::string findCall(std::string_view Text, std::initializer_list<std::string_view> Words,
                     CallSyntax Syntax) {
  std::string L = lowerAscii(Text);
  for (std::string_view W : Words) {
    for (size_t P = 0; (P = L.find(W, P)) != std::string::npos;) {
      size_t B = P, E = P + W.size();
      while (B > 0 &&
             (isIdentifierChar(L[B - 1]) || L[B - 1] == '.')) // kms.encrypt, crypto.createCipheriv
        --B;
      while (B < P && L[B] == '.')
        ++B;
      while (E < L.size() && isIdentifierChar(L[E]))
        ++E;
      size_t Paren = E;
      while (Syntax.BlanksBeforeParen && Paren < L.size() && L[Paren] == ' ')
        ++Paren;
      size_t Name = L.rfind('.', P);
      Name = Name == std::string::npos || Name < B ? B : Name + 1;
      bool Decrypt = Syntax.SkipDecrypt && std::string_view(L).substr(Name).starts_with("decrypt");
      if (Paren < L.size() && L[Paren] == '(' && !Decrypt)
        return std::string(Text.substr(B, E - B));
      P = E;
    }
  }
  return {};
}

Protection sqlWriteProtection(const std::string &Sql, std::string &Function) {
  std::string L = lowerAscii(Sql);
  for (std::string_view F : {"pgp_sym_encrypt", "pgp_pub_encrypt", "aes_encrypt", "des_encrypt",
                             "encryptbykey", "encryptbypassphrase", "encryptbycert", "encrypt"}) {
    size_t P = L.find(std::string(F) + "(");
    if (P != std::string::npos && (P == 0 || !isIdentifierChar(L[P - 1]) || F == "encrypt")) {
      Function = std::string(F);
      return Protection::Encrypted;
    }
  }
  for (std::string_view F :
       {"digest", "hmac", "crypt", "sha2", "sha1", "sha256", "md5", "hashbytes", "standard_hash"}) {
    size_t P = L.find(std::string(F) + "(");
    if (P != std::string::npos && (P == 0 || !isIdentifierChar(L[P - 1]))) {
      Function = std::string(F);
      return Protection::Hashed;
    }
  }
  return Protection::Plaintext;
}

Protection protectionByName(std::string_view Name) {
  std::string L = lowerAscii(Name);
  if (L.find("crypt") != std::string::npos || L.find("cipher") != std::string::npos)
    return Protection::Encrypted;
  if (L.find("hash") != std::string::npos || L.find("digest") != std::string::npos)
    return Protection::Hashed;
  return Protection::Plaintext;
}

std::string placeOf(const SourceFile &F, uint32_t Offset) {
  return F.path() + ":" + std::to_string(F.lineOf(Offset));
}

} // namespace privlint::orm
