#include "Frontend/Prisma/PrismaLexer.h"

namespace privlint::prisma {

namespace {

bool isAlnum(unsigned char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9');
}
bool isDigit(unsigned char C) { return C >= '0' && C <= '9'; }

// Length of the UTF-8 sequence at Text[I]: 1 for a stray or truncated byte,
// so that a token never splits a valid character nor joins invalid ones.
uint32_t utf8Length(std::string_view Text, uint32_t I) {
  auto C = static_cast<unsigned char>(Text[I]);
  uint32_t L = C >= 0xF0 && C <= 0xF4   ? 4
               : C >= 0xE0 && C <= 0xEF ? 3
               : C >= 0xC2 && C < 0xE0  ? 2
                                        : 1;
  if (I + L > Text.size())
    return 1;
  for (uint32_t K = 1; K < L; ++K)
    if ((static_cast<unsigned char>(Text[I + K]) & 0xC0) != 0x80)
      return 1;
  return L;
}

} // namespace

std::vector<Token> lexPrisma(std::string_view Text) {
  std::vector<Token> Out;
  Out.reserve((Text.size() / 4) + 1); // about one token per four bytes in real schemas
  const auto N = static_cast<uint32_t>(Text.size());
  uint32_t I = 0;
  auto Push = [&](Tok K, uint32_t B, uint32_t E) { Out.push_back(Token{K, B, E}); };
  while (I < N) {
    auto C = static_cast<unsigned char>(Text[I]);
    uint32_t B = I;
    if (C == ' ' || C == '\t' || C == '\f' || C == '\v') {
      ++I;
      continue;
    }
    if (C == '\n' || C == '\r') {
      I += (C == '\r' && I + 1 < N && Text[I + 1] == '\n') ? 2 : 1;
      Push(Tok::Newline, B, I);
      continue;
    }
    if (C == '/' && I + 1 < N && Text[I + 1] == '/') {
      bool Doc = I + 2 < N && Text[I + 2] == '/';
      while (I < N && Text[I] != '\n' && Text[I] != '\r')
        ++I;
      Push(Doc ? Tok::DocComment : Tok::Comment, B, I);
      continue;
    }
    if (C == '"') {
      ++I;
      bool Closed = false;
      while (I < N) {
        char D = Text[I];
        if (D == '\n' || D == '\r')
          break;
        if (D == '\\' && I + 1 < N && Text[I + 1] != '\n' && Text[I + 1] != '\r') {
          I += 2;
          continue;
        }
        ++I;
        if (D == '"') {
          Closed = true;
          break;
        }
      }
      Push(Closed ? Tok::String : Tok::BadString, B, I);
      continue;
    }
    bool NegativeNumber = C == '-' && I + 1 < N && isDigit(static_cast<unsigned char>(Text[I + 1]));
    if (isAlnum(C) || NegativeNumber) {
      ++I;
      while (I < N &&
             (isAlnum(static_cast<unsigned char>(Text[I])) || Text[I] == '_' || Text[I] == '-'))
        ++I;
      // All digits (after an optional sign), with an optional fraction: a number.
      bool AllDigits = true;
      for (uint32_t J = NegativeNumber ? B + 1 : B; J < I; ++J)
        AllDigits &= isDigit(static_cast<unsigned char>(Text[J]));
      if (AllDigits) {
        if (I + 1 < N && Text[I] == '.' && isDigit(static_cast<unsigned char>(Text[I + 1]))) {
          I += 1;
          while (I < N && isDigit(static_cast<unsigned char>(Text[I])))
            ++I;
        }
        Push(Tok::Number, B, I);
      } else {
        Push(NegativeNumber ? Tok::Unknown : Tok::Ident, B, I);
      }
      continue;
    }
    Tok K = Tok::Unknown;
    uint32_t Len = 1;
    switch (C) {
    case '{':
      K = Tok::LBrace;
      break;
    case '}':
      K = Tok::RBrace;
      break;
    case '(':
      K = Tok::LParen;
      break;
    case ')':
      K = Tok::RParen;
      break;
    case '[':
      K = Tok::LBracket;
      break;
    case ']':
      K = Tok::RBracket;
      break;
    case ',':
      K = Tok::Comma;
      break;
    case ':':
      K = Tok::Colon;
      break;
    case '=':
      K = Tok::Equal;
      break;
    case '?':
      K = Tok::Question;
      break;
    case '!':
      K = Tok::Bang;
      break;
    case '.':
      K = Tok::Dot;
      break;
    case '@':
      if (I + 1 < N && Text[I + 1] == '@') {
        K = Tok::AtAt;
        Len = 2;
      } else {
        K = Tok::At;
      }
      break;
    default:
      Len = utf8Length(Text, I);
      break;
    }
    I += Len;
    Push(K, B, I);
  }
  Push(Tok::End, N, N);
  return Out;
}

const char *tokenKindName(Tok K) {
  switch (K) {
  case Tok::Ident:
    return "a name";
  case Tok::Number:
    return "a number";
  case Tok::String:
    return "a string";
  case Tok::BadString:
    return "an unterminated string";
  case Tok::DocComment:
    return "a '///' comment";
  case Tok::Comment:
    return "a comment";
  case Tok::Newline:
    return "the end of the line";
  case Tok::LBrace:
    return "'{'";
  case Tok::RBrace:
    return "'}'";
  case Tok::LParen:
    return "'('";
  case Tok::RParen:
    return "')'";
  case Tok::LBracket:
    return "'['";
  case Tok::RBracket:
    return "']'";
  case Tok::Comma:
    return "','";
  case Tok::Colon:
    return "':'";
  case Tok::Equal:
    return "'='";
  case Tok::Question:
    return "'?'";
  case Tok::Bang:
    return "'!'";
  case Tok::Dot:
    return "'.'";
  case Tok::At:
    return "'@'";
  case Tok::AtAt:
    return "'@@'";
  case Tok::Unknown:
    return "an unexpected character";
  case Tok::End:
    return "the end of the file";
  }
  return "a token";
}

} // namespace privlint::prisma
