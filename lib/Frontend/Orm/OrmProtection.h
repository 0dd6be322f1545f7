// What the JPA and TypeORM readers conclude about a stored value's
// protection, and the small text scanners both use to reach it: calls that
// encrypt or hash in the code that produces the value (a converter, a
// transformer), encryption functions in a SQL write expression, what a
// converter's or decorator's name says, and whole-word mentions.
#pragma once

#include "Model/Model.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace privlint::orm {

/// A protection found for one field, with its evidence text and place.
struct Verdict {
  Protection Prot = Protection::Plaintext;
  std::string Text;
  SourceRange Where;
  explicit operator bool() const { return Prot != Protection::Plaintext; }
};

/// Records V (when it found protection) as F's protection and its evidence.
void applyVerdict(const Verdict &V, Field &F);

/// A character of a Java or TypeScript identifier (letters, digits, '_', '$').
bool isIdentifierChar(char C);

/// Whether Text mentions Word as a whole identifier.
bool mentionsWord(std::string_view Text, std::string_view Word);

/// How findCall() reads a call: Java's scanner wants the parenthesis right
/// after the name and skips decrypt...() calls; TypeScript's allows blanks.
struct CallSyntax {
  bool BlanksBeforeParen = false;
  bool SkipDecrypt = false;
};

/// The first call in Text whose (case-insensitive) name contains one of
/// Words, as written with its receiver ("crypto.createCipheriv",
/// "encryptor.encrypt"); empty when there is none.
std::string findCall(std::string_view Text, std::initializer_list<std::string_view> Words,
                     CallSyntax Syntax);

/// What a SQL write expression stores (@ColumnTransformer(write = ...)):
/// ciphertext for pgp_sym_encrypt(...), aes_encrypt(...) and the like, a
/// hash for digest(...), sha2(...) ...; Function is set to the function found.
Protection sqlWriteProtection(const std::string &Sql, std::string &Function);

/// What a class or decorator name says it does: "crypt" or "cipher" in it
/// encrypts, "hash" or "digest" hashes; plaintext otherwise.
Protection protectionByName(std::string_view Name);

/// "path:line" of an offset in F, for evidence texts.
std::string placeOf(const SourceFile &F, uint32_t Offset);

} // namespace privlint::orm
