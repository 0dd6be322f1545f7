// Tokens of the Prisma schema language with exact byte offsets. Newlines are
// tokens: Prisma declarations are line-based.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace privlint::prisma {

enum class Tok : uint8_t {
  Ident,      // identifier: [A-Za-z0-9][A-Za-z0-9_-]*
  Number,     // -?[0-9]+(.[0-9]+)?
  String,     // "..." (JSON escapes)
  BadString,  // a string not closed before the end of the line
  DocComment, // /// ...   (to the end of the line, newline excluded)
  Comment,    // // ...
  Newline,    // \n, \r\n or \r
  LBrace,
  RBrace,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  Equal,
  Question,
  Bang,
  Dot,
  At,
  AtAt,
  Unknown, // any other character (one UTF-8 sequence)
  End,
};

struct Token {
  Tok Kind = Tok::End;
  uint32_t Begin = 0;
  uint32_t End = 0;
};

/// Splits Text into tokens, spaces and tabs dropped; always ends with End.
std::vector<Token> lexPrisma(std::string_view Text);

/// A short description of a token for messages: 'name', "string", end of line.
const char *tokenKindName(Tok K);

} // namespace privlint::prisma
