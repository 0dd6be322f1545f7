// Splits identifiers into lower-case ASCII tokens: snake_case, camelCase,
// PascalCase, kebab-case, digit runs and acronyms, with accents folded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace privlint {

/// "userEmail2" -> user email 2; "EMailAddr" -> e mail addr;
/// "PhoneNumberE164" -> phone number e 164; "teléfono" -> telefono.
std::vector<std::string> tokenizeIdentifier(std::string_view Name);

/// Folds Latin accents to ASCII and lower-cases ("Straße" -> "strasse").
std::string foldToAscii(std::string_view Text, bool Lower = true);

/// Splits a pattern written as space-separated words into tokens, applying the
/// same folding as identifiers ("nomor telepon" -> nomor telepon).
std::vector<std::string> tokenizePattern(std::string_view Pattern);

} // namespace privlint
