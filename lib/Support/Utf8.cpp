#include "Support/Utf8.h"

#include <cstdint>
#include <cstring>

namespace privlint {

namespace {

const char Hex[] = "0123456789ABCDEF";

void appendEscape(std::string &Out, unsigned char C) {
  Out += '%';
  Out += Hex[C >> 4];
  Out += Hex[C & 15];
}

bool isHexDigit(char C) {
  return (C >= '0' && C <= '9') || (C >= 'a' && C <= 'f') || (C >= 'A' && C <= 'F');
}

// The length of the run of ASCII bytes at T[At], read eight at a time:
// source text is mostly ASCII.
size_t asciiRun(std::string_view T, size_t At) {
  size_t I = At;
  for (; I + 8 <= T.size(); I += 8) {
    uint64_t W;
    std::memcpy(&W, T.data() + I, 8);
    if (W & 0x8080808080808080ULL)
      break;
  }
  while (I < T.size() && static_cast<unsigned char>(T[I]) < 0x80)
    ++I;
  return I - At;
}

} // namespace

size_t utf8SequenceLength(std::string_view T, size_t At) {
  auto C = static_cast<unsigned char>(T[At]);
  if (C < 0x80)
    return 1;
  size_t Len;
  uint32_t Min;
  if ((C >> 5) == 6) {
    Len = 2;
    Min = 0x80;
  } else if ((C >> 4) == 14) {
    Len = 3;
    Min = 0x800;
  } else if ((C >> 3) == 30) {
    Len = 4;
    Min = 0x10000;
  } else {
    return 0;
  }
  if (At + Len > T.size())
    return 0;
  uint32_t CP = C & (0x7F >> Len);
  for (size_t K = 1; K < Len; ++K) {
    auto D = static_cast<unsigned char>(T[At + K]);
    if ((D >> 6) != 2)
      return 0;
    CP = (CP << 6) | (D & 0x3F);
  }
  if (CP < Min || CP > 0x10FFFF || (CP >= 0xD800 && CP <= 0xDFFF))
    return 0;
  return Len;
}

long findInvalidUtf8(std::string_view T) {
  for (size_t I = 0; I < T.size();) {
    I += asciiRun(T, I);
    if (I == T.size())
      break;
    size_t Len = utf8SequenceLength(T, I);
    if (Len == 0)
      return static_cast<long>(I);
    I += Len;
  }
  return -1;
}

void replaceInvalidUtf8(std::string &Text) {
  for (size_t I = 0; I < Text.size();) {
    I += asciiRun(Text, I);
    if (I == Text.size())
      break;
    size_t Len = utf8SequenceLength(Text, I);
    if (Len == 0) {
      Text[I] = '?';
      Len = 1;
    }
    I += Len;
  }
}

std::string sanitizeUtf8(std::string_view T) {
  long First = findInvalidUtf8(T);
  if (First < 0)
    return std::string(T);
  std::string Out(T.substr(0, static_cast<size_t>(First)));
  for (size_t I = static_cast<size_t>(First); I < T.size();) {
    size_t Len = utf8SequenceLength(T, I);
    if (Len == 0) {
      Out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
      ++I;
      continue;
    }
    Out.append(T.substr(I, Len));
    I += Len;
  }
  return Out;
}

std::string_view utf8Prefix(std::string_view T, size_t MaxBytes) {
  if (T.size() <= MaxBytes)
    return T;
  size_t Cut = MaxBytes;
  // Back up over continuation bytes (at most three) to the start of the character.
  for (int K = 0; K < 3 && Cut > 0 && (static_cast<unsigned char>(T[Cut]) & 0xC0) == 0x80; ++K)
    --Cut;
  return T.substr(0, Cut);
}

std::string percentEncodePath(std::string_view P) {
  std::string Out;
  Out.reserve(P.size());
  for (size_t I = 0; I < P.size();) {
    size_t Len = utf8SequenceLength(P, I);
    if (Len == 0) {
      appendEscape(Out, static_cast<unsigned char>(P[I]));
      ++I;
      continue;
    }
    if (P[I] == '%' && I + 2 < P.size() && isHexDigit(P[I + 1]) && isHexDigit(P[I + 2])) {
      appendEscape(Out, '%'); // "%41" in a name: escaped, so decoding gives it back
      ++I;
      continue;
    }
    Out.append(P.substr(I, Len));
    I += Len;
  }
  return Out;
}

std::string uriEncode(std::string_view P) {
  std::string Out;
  Out.reserve(P.size());
  bool FirstSegment = true;
  for (char Ch : P) {
    auto C = static_cast<unsigned char>(Ch);
    // pchar of RFC 3986 (unreserved, sub-delims, ':' and '@') and '/'; a ':'
    // in the first segment of a relative reference would read as a scheme.
    bool Keep = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9') ||
                std::string_view("-._~!$&'()*+,;=@/").find(Ch) != std::string_view::npos ||
                (C == ':' && !FirstSegment);
    if (C == '/')
      FirstSegment = false;
    if (Keep)
      Out += Ch;
    else
      appendEscape(Out, C);
  }
  return Out;
}

} // namespace privlint

namespace privlint {

void appendUtf8(std::string &Out, uint32_t C) {
  if (C > 0x10FFFF)
    C = 0xFFFD;
  if (C < 0x80) {
    Out += static_cast<char>(C);
  } else if (C < 0x800) {
    Out += static_cast<char>(0xC0 | (C >> 6));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  } else if (C < 0x10000) {
    Out += static_cast<char>(0xE0 | (C >> 12));
    Out += static_cast<char>(0x80 | ((C >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  } else {
    Out += static_cast<char>(0xF0 | (C >> 18));
    Out += static_cast<char>(0x80 | ((C >> 12) & 0x3F));
    Out += static_cast<char>(0x80 | ((C >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  }
}

namespace {

// A decoded UTF-16 or UTF-32 unit as a character: a lone surrogate or a
// value out of range is no character, so U+FFFD.
uint32_t scalarOrReplacement(uint32_t C) {
  return C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF) ? 0xFFFD : C;
}

uint32_t unit(std::string_view S, size_t At, size_t Width, bool Big) {
  uint32_t V = 0;
  for (size_t K = 0; K < Width; ++K) {
    uint32_t B = static_cast<unsigned char>(S[At + (Big ? K : Width - 1 - K)]);
    V = (V << 8) | B;
  }
  return V;
}

void decodeUtf16(std::string_view S, bool Big, std::string &Out) {
  Out.clear();
  Out.reserve(S.size() / 2);
  for (size_t I = 0; I + 1 < S.size(); I += 2) {
    uint32_t U = unit(S, I, 2, Big);
    if (U >= 0xD800 && U <= 0xDBFF && I + 3 < S.size()) {
      uint32_t L = unit(S, I + 2, 2, Big);
      if (L >= 0xDC00 && L <= 0xDFFF) {
        appendUtf8(Out, 0x10000 + ((U - 0xD800) << 10) + (L - 0xDC00));
        I += 2;
        continue;
      }
    }
    appendUtf8(Out, scalarOrReplacement(U)); // a lone surrogate becomes U+FFFD
  }
}

void decodeUtf32(std::string_view S, bool Big, std::string &Out) {
  Out.clear();
  Out.reserve(S.size() / 4);
  for (size_t I = 0; I + 3 < S.size(); I += 4)
    appendUtf8(Out, scalarOrReplacement(unit(S, I, 4, Big)));
}

} // namespace

bool decodeUtf16Or32(std::string_view Raw, std::string &Out) {
  auto Starts = [&](std::string_view Bom) { return Raw.substr(0, Bom.size()) == Bom; };
  using namespace std::string_view_literals;
  if (Starts("\xFF\xFE\0\0"sv)) {
    decodeUtf32(Raw.substr(4), false, Out);
    return true;
  }
  if (Starts("\0\0\xFE\xFF"sv)) {
    decodeUtf32(Raw.substr(4), true, Out);
    return true;
  }
  if (Starts("\xFF\xFE"sv) || Starts("\xFE\xFF"sv)) {
    decodeUtf16(Raw.substr(2), Raw[0] == '\xFE', Out);
    return true;
  }
  // UTF-16 without a mark: ASCII text has a NUL in every other byte, on the
  // same side throughout; binary files do not keep that pattern.
  size_t Probe = std::min<size_t>(Raw.size(), 8192) & ~size_t(1);
  if (Probe < 8)
    return false;
  size_t ZeroEven = 0, ZeroOdd = 0;
  for (size_t I = 0; I < Probe; I += 2) {
    ZeroEven += Raw[I] == '\0';
    ZeroOdd += Raw[I + 1] == '\0';
  }
  size_t Units = Probe / 2;
  bool Little = ZeroOdd * 10 >= Units * 9 && ZeroEven == 0;
  bool Big = ZeroEven * 10 >= Units * 9 && ZeroOdd == 0;
  if (!Little && !Big)
    return false;
  decodeUtf16(Raw, Big, Out);
  return true;
}

} // namespace privlint
