#include "Frontend/MysqlSqlite/SqlDdlLexer.h"

#include "Support/Utf8.h"

#include <array>
#include <cctype>
#include <cstring>

namespace privlint {
namespace {

bool isIdentChar(unsigned char C) { return std::isalnum(C) || C == '_' || C == '$' || C >= 0x80; }

bool isSpace(unsigned char C) {
  return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' || C == '\v';
}

} // namespace

bool SqlDdlLexer::atDelimiter(uint32_t P) const { return delimiterLength(P) > 0; }

uint32_t SqlDdlLexer::delimiterLength(uint32_t P) const {
  if (Delim.size() == 1 ? Text[P] == Delim[0] : Text.compare(P, Delim.size(), Delim) == 0)
    return static_cast<uint32_t>(Delim.size());
  // SQL Server's GO and Oracle's '/' alone on a line end a batch.
  bool Go = Dialect == SqlDialect::SqlServer && (Text[P] == 'G' || Text[P] == 'g');
  bool Slash = Dialect == SqlDialect::Oracle && Text[P] == '/';
  if (!Go && !Slash)
    return 0;
  for (uint32_t B = P; B > 0 && Text[B - 1] != '\n'; --B)
    if (Text[B - 1] != ' ' && Text[B - 1] != '\t')
      return 0;
  uint32_t E = P + 1;
  if (Go) {
    if (E >= Text.size() || (Text[E] != 'O' && Text[E] != 'o'))
      return 0;
    ++E;
  }
  uint32_t End = E;
  while (End < Text.size() && (Text[End] == ' ' || Text[End] == '\t' || Text[End] == '\r'))
    ++End;
  if (End < Text.size() && Text[End] != '\n')
    return 0;
  return E - P;
}

bool SqlDdlLexer::lineCommentAt(uint32_t P) const {
  if (Text[P] == '#')
    return Dialect == SqlDialect::MySql;
  if (Text[P] != '-' || P + 1 >= Text.size() || Text[P + 1] != '-')
    return false;
  if (Dialect != SqlDialect::MySql || P + 2 >= Text.size())
    return true;
  // MySQL wants a blank or control character after "--" ("a--b" is arithmetic).
  if (static_cast<unsigned char>(Text[P + 2]) <= ' ')
    return true;
  // Lenient: "--text" alone at the start of a line cannot be an expression;
  // read it as the comment its author meant rather than derail on it.
  for (uint32_t B = P; B > 0; --B) {
    char C = Text[B - 1];
    if (C == '\n')
      return true;
    if (C != ' ' && C != '\t')
      return false;
  }
  return true;
}

uint32_t SqlDdlLexer::skipQuoted(uint32_t P, char Close, bool Backslash) {
  uint32_t I = P + 1;
  const uint32_t N = static_cast<uint32_t>(Text.size());
  while (I < N) {
    char C = Text[I];
    if (Backslash && C == '\\') {
      I += 2;
      continue;
    }
    if (C == Close) {
      if (Close != ']' && I + 1 < N && Text[I + 1] == Close) {
        I += 2;
        continue;
      }
      return I + 1;
    }
    ++I;
  }
  const char *What = Close == '\''  ? "unterminated string literal"
                     : Close == '"' ? "unterminated double-quoted string or name"
                                    : "unterminated quoted name";
  Error = DdlLexError{P, std::string(What) + "; nothing after this point could be read"};
  return N;
}

void SqlDdlLexer::blockComment() {
  const uint32_t N = static_cast<uint32_t>(Text.size());
  uint32_t P = Pos;
  if (Dialect == SqlDialect::MySql && P + 2 < N &&
      (Text[P + 2] == '!' || (Text[P + 2] == 'M' && P + 3 < N && Text[P + 3] == '!'))) {
    // /*!40101 ... */ and MariaDB's /*M!100101 ... */: the server runs the
    // content, so it is SQL; only the opener and the closing */ are skipped.
    Pos = P + (Text[P + 2] == '!' ? 3 : 4);
    while (Pos < N && std::isdigit(static_cast<unsigned char>(Text[Pos])))
      ++Pos;
    InConditional = true;
    return;
  }
  size_t Close = Text.find("*/", P + 2);
  if (Close == std::string_view::npos) {
    if (Dialect == SqlDialect::MySql) {
      Error = DdlLexError{P, "unterminated comment; nothing after this point could be read"};
      Pos = N;
      return;
    }
    Close = N; // SQLite: a block comment may run to the end of the input
  }
  uint32_t E = Close == N ? N : static_cast<uint32_t>(Close) + 2;
  Comments.push_back({P, E, std::string(Text.substr(P + 2, static_cast<uint32_t>(Close) - P - 2))});
  Pos = E;
}

void SqlDdlLexer::skipSpaceAndComments() {
  const uint32_t N = static_cast<uint32_t>(Text.size());
  while (Pos < N && !Error) {
    unsigned char C = static_cast<unsigned char>(Text[Pos]);
    if (isSpace(C)) {
      ++Pos;
    } else if ((C == '-' || C == '#') && lineCommentAt(Pos)) {
      uint32_t B = Pos;
      uint32_t Skip = C == '#' ? 1 : 2;
      size_t NL = Text.find('\n', Pos);
      uint32_t E = NL == std::string_view::npos ? N : static_cast<uint32_t>(NL);
      uint32_t TE = E > B && Text[E - 1] == '\r' ? E - 1 : E;
      Comments.push_back({B, TE, std::string(Text.substr(B + Skip, TE - B - Skip))});
      Pos = E;
    } else if (C == '/' && Pos + 1 < N && Text[Pos + 1] == '*') {
      blockComment();
    } else if (C == '*' && InConditional && Pos + 1 < N && Text[Pos + 1] == '/') {
      Pos += 2;
      InConditional = false;
    } else {
      break;
    }
  }
}

DdlToken SqlDdlLexer::next() {
  skipSpaceAndComments();
  const uint32_t N = static_cast<uint32_t>(Text.size());
  DdlToken T;
  T.Begin = T.End = Pos;
  if (Error || Pos >= N) {
    T.K = DdlToken::EndOfInput;
    T.Begin = T.End = N;
    return T;
  }
  if (uint32_t L = delimiterLength(Pos)) {
    T.K = DdlToken::Delimiter;
    Pos += L;
    T.End = Pos;
    return T;
  }
  unsigned char C = static_cast<unsigned char>(Text[Pos]);
  bool MySql = Dialect == SqlDialect::MySql;
  if (C == '\'') {
    T.K = DdlToken::String;
    Pos = skipQuoted(Pos, '\'', MySql);
  } else if (C == '"') {
    T.K = DdlToken::DoubleQuoted;
    Pos = skipQuoted(Pos, '"', MySql);
  } else if (C == '`') {
    T.K = DdlToken::QuotedName;
    Pos = skipQuoted(Pos, '`', false);
  } else if (C == '[' && !MySql) {
    T.K = DdlToken::QuotedName;
    Pos = skipQuoted(Pos, ']', false);
  } else if (std::isdigit(C)) {
    T.K = DdlToken::Number;
    ++Pos;
    while (Pos < N) {
      unsigned char D = static_cast<unsigned char>(Text[Pos]);
      if ((D == '+' || D == '-') && (Text[Pos - 1] == 'e' || Text[Pos - 1] == 'E')) {
        ++Pos;
        continue;
      }
      if (!isIdentChar(D) && D != '.')
        break;
      ++Pos;
    }
  } else if (isIdentChar(C)) {
    T.K = DdlToken::Word;
    ++Pos;
    bool CustomDelim = Delim.size() > 1 || Delim[0] != ';';
    while (Pos < N && isIdentChar(static_cast<unsigned char>(Text[Pos])) &&
           !(CustomDelim && atDelimiter(Pos)))
      ++Pos;
  } else {
    T.K = DdlToken::Punct;
    ++Pos;
  }
  if (Error) {
    T.K = DdlToken::EndOfInput;
    T.Begin = T.End = N;
    return T;
  }
  T.End = Pos;
  return T;
}

void SqlDdlLexer::skipStatement() {
  // The bytes that can start a quote, a comment or the delimiter; all others
  // are passed over in a tight loop.
  std::array<bool, 256> Special{};
  for (unsigned char C : {'\'', '"', '`', '-', '#', '/', '*'})
    Special[C] = true;
  if (Dialect != SqlDialect::MySql)
    Special['['] = true;
  if (Dialect == SqlDialect::SqlServer)
    Special['G'] = Special['g'] = true;
  Special[static_cast<unsigned char>(Delim[0])] = true;
  const uint32_t N = static_cast<uint32_t>(Text.size());
  bool MySql = Dialect == SqlDialect::MySql;
  while (Pos < N && !Error) {
    unsigned char C = static_cast<unsigned char>(Text[Pos]);
    if (!Special[C]) {
      ++Pos;
      continue;
    }
    if (uint32_t L = delimiterLength(Pos)) {
      Pos += L;
      return;
    }
    switch (C) {
    case '\'':
    case '"':
      Pos = skipQuoted(Pos, static_cast<char>(C), MySql);
      break;
    case '`':
      Pos = skipQuoted(Pos, '`', false);
      break;
    case '[':
      Pos = skipQuoted(Pos, ']', false);
      break;
    case '-':
    case '#':
      if (lineCommentAt(Pos)) {
        size_t NL = Text.find('\n', Pos);
        Pos = NL == std::string_view::npos ? N : static_cast<uint32_t>(NL);
      } else {
        ++Pos;
      }
      break;
    case '/':
      if (Pos + 1 < N && Text[Pos + 1] == '*')
        blockComment();
      else
        ++Pos;
      break;
    case '*':
      if (InConditional && Pos + 1 < N && Text[Pos + 1] == '/') {
        Pos += 2;
        InConditional = false;
      } else {
        ++Pos;
      }
      break;
    default:
      ++Pos;
    }
  }
}

void SqlDdlLexer::readDelimiterCommand() {
  const uint32_t N = static_cast<uint32_t>(Text.size());
  while (Pos < N && (Text[Pos] == ' ' || Text[Pos] == '\t'))
    ++Pos;
  uint32_t B = Pos;
  while (Pos < N && !isSpace(static_cast<unsigned char>(Text[Pos])))
    ++Pos;
  if (Pos > B)
    Delim = std::string(Text.substr(B, Pos - B));
  while (Pos < N && Text[Pos] != '\n')
    ++Pos;
}

std::string SqlDdlLexer::value(const DdlToken &T) const { return sanitizeUtf8(rawValue(T)); }

std::string SqlDdlLexer::rawValue(const DdlToken &T) const {
  std::string_view S = text(T);
  if (T.K == DdlToken::QuotedName) {
    if (S.size() < 2)
      return std::string(S);
    char Q = S[0];
    std::string_view In = S.substr(1, S.size() - 2);
    if (Q == '[')
      return std::string(In);
    std::string Out;
    for (size_t I = 0; I < In.size(); ++I) {
      Out.push_back(In[I]);
      if (In[I] == Q && I + 1 < In.size() && In[I + 1] == Q)
        ++I;
    }
    return Out;
  }
  if (T.K != DdlToken::String && T.K != DdlToken::DoubleQuoted)
    return std::string(S);
  if (S.size() < 2)
    return {};
  char Q = S[0];
  std::string_view In = S.substr(1, S.size() - 2);
  std::string Out;
  Out.reserve(In.size());
  bool Backslash = Dialect == SqlDialect::MySql;
  for (size_t I = 0; I < In.size(); ++I) {
    char C = In[I];
    if (Backslash && C == '\\' && I + 1 < In.size()) {
      char E = In[++I];
      switch (E) {
      case 'n':
        Out.push_back('\n');
        break;
      case 't':
        Out.push_back('\t');
        break;
      case 'r':
        Out.push_back('\r');
        break;
      case '0':
        Out.push_back('\0');
        break;
      case 'b':
        Out.push_back('\b');
        break;
      case 'Z':
        Out.push_back('\x1a');
        break;
      case '%':
      case '_':
        Out.push_back('\\');
        Out.push_back(E);
        break;
      default:
        Out.push_back(E);
      }
      continue;
    }
    Out.push_back(C);
    if (C == Q && I + 1 < In.size() && In[I + 1] == Q)
      ++I;
  }
  return Out;
}

bool SqlDdlLexer::isWord(const DdlToken &T, std::string_view W) const {
  if (T.K != DdlToken::Word || T.End - T.Begin != W.size())
    return false;
  for (size_t I = 0; I < W.size(); ++I)
    if (std::toupper(static_cast<unsigned char>(Text[T.Begin + I])) !=
        std::toupper(static_cast<unsigned char>(W[I])))
      return false;
  return true;
}

} // namespace privlint
