#include "Classify/Tokenizer.h"

#include <cctype>
#include <cstdint>

namespace privlint {
namespace {

// Latin-1 Supplement and Latin Extended-A letters to ASCII, keeping case.
const char *foldCodePoint(uint32_t CP) {
  switch (CP) {
  case 0xC0:
  case 0xC1:
  case 0xC2:
  case 0xC3:
  case 0xC4:
  case 0xC5:
    return "A";
  case 0xC6:
    return "AE";
  case 0xC7:
    return "C";
  case 0xC8:
  case 0xC9:
  case 0xCA:
  case 0xCB:
    return "E";
  case 0xCC:
  case 0xCD:
  case 0xCE:
  case 0xCF:
    return "I";
  case 0xD0:
    return "D";
  case 0xD1:
    return "N";
  case 0xD2:
  case 0xD3:
  case 0xD4:
  case 0xD5:
  case 0xD6:
  case 0xD8:
    return "O";
  case 0xD9:
  case 0xDA:
  case 0xDB:
  case 0xDC:
    return "U";
  case 0xDD:
    return "Y";
  case 0xDF:
    return "ss";
  case 0xE0:
  case 0xE1:
  case 0xE2:
  case 0xE3:
  case 0xE4:
  case 0xE5:
    return "a";
  case 0xE6:
    return "ae";
  case 0xE7:
    return "c";
  case 0xE8:
  case 0xE9:
  case 0xEA:
  case 0xEB:
    return "e";
  case 0xEC:
  case 0xED:
  case 0xEE:
  case 0xEF:
    return "i";
  case 0xF0:
    return "d";
  case 0xF1:
    return "n";
  case 0xF2:
  case 0xF3:
  case 0xF4:
  case 0xF5:
  case 0xF6:
  case 0xF8:
    return "o";
  case 0xF9:
  case 0xFA:
  case 0xFB:
  case 0xFC:
    return "u";
  case 0xFD:
  case 0xFF:
    return "y";
  case 0x152:
    return "OE";
  case 0x153:
    return "oe";
  case 0x160:
    return "S";
  case 0x161:
    return "s";
  case 0x17D:
    return "Z";
  case 0x17E:
    return "z";
  case 0x141:
    return "L";
  case 0x142:
    return "l";
  default:
    break;
  }
  if (CP >= 0x100 && CP <= 0x17F) {
    // Latin Extended-A alternates upper/lower pairs of accented base letters.
    static const char Base[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLl"
                               "NnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    static thread_local char Out[2];
    size_t I = CP - 0x100;
    if (I < sizeof(Base) - 1) {
      Out[0] = Base[I];
      Out[1] = 0;
      return Out;
    }
  }
  return nullptr;
}

// Decodes one UTF-8 code point; returns its length (1 for invalid bytes).
size_t decode(std::string_view S, size_t I, uint32_t &CP) {
  auto C = static_cast<unsigned char>(S[I]);
  size_t Len = C < 0x80 ? 1 : (C >> 5) == 6 ? 2 : (C >> 4) == 14 ? 3 : (C >> 3) == 30 ? 4 : 1;
  if (Len == 1 || I + Len > S.size()) {
    CP = C;
    return 1;
  }
  CP = C & (0x7F >> Len);
  for (size_t K = 1; K < Len; ++K)
    CP = (CP << 6) | (static_cast<unsigned char>(S[I + K]) & 0x3F);
  return Len;
}

} // namespace

std::string foldToAscii(std::string_view Text, bool Lower) {
  std::string Out;
  Out.reserve(Text.size());
  for (size_t I = 0; I < Text.size();) {
    uint32_t CP;
    size_t Len = decode(Text, I, CP);
    if (CP < 0x80) {
      char C = static_cast<char>(CP);
      Out.push_back(Lower ? static_cast<char>(std::tolower(static_cast<unsigned char>(C))) : C);
    } else if (const char *F = foldCodePoint(CP)) {
      for (const char *P = F; *P; ++P)
        Out.push_back(Lower ? static_cast<char>(std::tolower(static_cast<unsigned char>(*P))) : *P);
    } else {
      Out.push_back(' '); // other scripts: a separator, never a match
    }
    I += Len;
  }
  return Out;
}

std::vector<std::string> tokenizeIdentifier(std::string_view Name) {
  std::string S = foldToAscii(Name, /*Lower=*/false);
  std::vector<std::string> Tokens;
  std::string Cur;
  auto Flush = [&] {
    if (!Cur.empty()) {
      for (char &C : Cur)
        C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
      Tokens.push_back(std::move(Cur));
      Cur.clear();
    }
  };
  for (size_t I = 0; I < S.size(); ++I) {
    auto C = static_cast<unsigned char>(S[I]);
    if (!std::isalnum(C)) {
      Flush();
      continue;
    }
    if (!Cur.empty()) {
      auto P = static_cast<unsigned char>(Cur.back());
      bool Boundary = false;
      if (std::isdigit(C) != std::isdigit(P))
        Boundary = true; // letter <-> digit
      else if (std::isupper(C) && std::islower(P))
        Boundary = true; // camelCase
      else if (std::isupper(C) && std::isupper(P) && I + 1 < S.size() &&
               std::islower(static_cast<unsigned char>(S[I + 1])))
        Boundary = true; // end of an acronym: "HTTPServer", "EMail"
      if (Boundary)
        Flush();
    }
    Cur.push_back(static_cast<char>(C));
  }
  Flush();
  return Tokens;
}

const std::vector<std::string> &IdentifierTokens::of(std::string_view Name) {
  auto It = Memo.find(Name);
  if (It == Memo.end())
    It = Memo.emplace(std::string(Name), tokenizeIdentifier(Name)).first;
  return It->second;
}

std::vector<std::string> tokenizePattern(std::string_view Pattern) {
  std::string S = foldToAscii(Pattern, /*Lower=*/true);
  std::vector<std::string> Tokens;
  std::string Cur;
  for (char C : S) {
    if (std::isalnum(static_cast<unsigned char>(C))) {
      Cur.push_back(C);
    } else if (!Cur.empty()) {
      Tokens.push_back(std::move(Cur));
      Cur.clear();
    }
  }
  if (!Cur.empty())
    Tokens.push_back(std::move(Cur));
  return Tokens;
}

} // namespace privlint
