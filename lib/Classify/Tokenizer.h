// Splits identifiers into lower-case ASCII tokens: snake_case, camelCase,
// PascalCase, kebab-case, digit runs and acronyms, with accents folded.
#pragma once

#include "Support/StringHash.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace privlint {

/// "userEmail2" -> user email 2; "EMailAddr" -> e mail addr;
/// "PhoneNumberE164" -> phone number e 164; "teléfono" -> telefono.
std::vector<std::string> tokenizeIdentifier(std::string_view Name);

/// tokenizeIdentifier with a memory: a schema repeats its column names
/// (created_at, email) across thousands of tables. A reference stays valid
/// as long as the IdentifierTokens; not for use by two threads at once.
class IdentifierTokens {
public:
  const std::vector<std::string> &of(std::string_view Name);

private:
  std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> Memo;
};

/// Folds Latin accents to ASCII and lower-cases ("Straße" -> "strasse").
std::string foldToAscii(std::string_view Text, bool Lower = true);

/// Splits a pattern written as space-separated words into tokens, applying the
/// same folding as identifiers ("nomor telepon" -> nomor telepon).
std::vector<std::string> tokenizePattern(std::string_view Pattern);

} // namespace privlint
