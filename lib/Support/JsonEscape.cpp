#include "Support/JsonEscape.h"

#include "Support/Utf8.h"

#include <cstdint>

namespace privlint {
namespace {

// The four hex digits at Text[P], or false.
bool hex4(std::string_view Text, size_t P, uint32_t &C) {
  if (P + 4 > Text.size())
    return false;
  C = 0;
  for (size_t I = P; I < P + 4; ++I) {
    char H = Text[I];
    C <<= 4;
    if (H >= '0' && H <= '9')
      C |= static_cast<uint32_t>(H - '0');
    else if (H >= 'a' && H <= 'f')
      C |= static_cast<uint32_t>(H - 'a' + 10);
    else if (H >= 'A' && H <= 'F')
      C |= static_cast<uint32_t>(H - 'A' + 10);
    else
      return false;
  }
  return true;
}

} // namespace

JsonEscape decodeJsonEscape(std::string_view Text, size_t At, std::string &Out, size_t &End) {
  if (At + 1 >= Text.size())
    return JsonEscape::Truncated;
  size_t P = At + 2;
  switch (Text[At + 1]) {
  case '"':
    Out += '"';
    break;
  case '\\':
    Out += '\\';
    break;
  case '/':
    Out += '/';
    break;
  case 'b':
    Out += '\b';
    break;
  case 'f':
    Out += '\f';
    break;
  case 'n':
    Out += '\n';
    break;
  case 'r':
    Out += '\r';
    break;
  case 't':
    Out += '\t';
    break;
  case 'u': {
    uint32_t Code = 0;
    if (!hex4(Text, P, Code))
      return JsonEscape::BadUnicode;
    P += 4;
    uint32_t Low = 0;
    if (Code >= 0xD800 && Code < 0xDC00 && P + 1 < Text.size() && Text[P] == '\\' &&
        Text[P + 1] == 'u' && hex4(Text, P + 2, Low) && Low >= 0xDC00 && Low < 0xE000) {
      Code = 0x10000 + ((Code - 0xD800) << 10) + (Low - 0xDC00);
      P += 6;
    }
    appendUtf8(Out, Code);
    break;
  }
  default:
    return JsonEscape::BadEscape;
  }
  End = P;
  return JsonEscape::Decoded;
}

} // namespace privlint
