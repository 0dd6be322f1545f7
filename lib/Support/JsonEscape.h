// Decoding one backslash escape of a JSON string (RFC 8259, section 7): shared
// by the JSON document scanner and by the readers of languages whose strings
// take JSON's escapes (Prisma), so a \uXXXX pair or a lone surrogate decodes
// the same everywhere.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace privlint {

enum class JsonEscape {
  Decoded,    // appended to Out
  Truncated,  // the text ends after the '\'
  BadUnicode, // \u not followed by four hex digits
  BadEscape,  // any other character after the '\'
};

/// Decodes the escape at Text[At], a '\': appends the character it stands
/// for to Out and sets End to the offset after it. A \uXXXX high surrogate
/// followed by a \uXXXX low one is one character; a lone surrogate (or a
/// high one followed by anything else) is appended as its three bytes, as
/// appendUtf8 writes it, which every output shows as three U+FFFD. On any
/// other result nothing is appended and End is left alone: the caller
/// decides between an error and a lenient reading.
JsonEscape decodeJsonEscape(std::string_view Text, size_t At, std::string &Out, size_t &End);

} // namespace privlint
