// Tokens of MySQL/MariaDB and SQLite DDL with exact byte offsets: both
// dialects' quoting and comments, MySQL conditional comments (whose content is
// SQL), the client's DELIMITER command, and a fast skip over statements the
// reader does not need (data INSERTs), so large dumps are read at lexer speed.
#pragma once

#include "Frontend/MysqlSqlite/MysqlSqliteReader.h"
#include "Frontend/Sql/SqlText.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct DdlToken {
  enum Kind : uint8_t {
    Word,         // bare identifier or keyword
    QuotedName,   // `name`, [name] (SQLite)
    DoubleQuoted, // "x": a string in MySQL, an identifier in SQLite; both accepted where they fit
    String,       // 'x'
    Number,
    Punct,     // one character
    Delimiter, // the statement delimiter (";" or what DELIMITER set)
    EndOfInput // end of input
  };
  Kind K = EndOfInput;
  uint32_t Begin = 0, End = 0;
};

/// A lexical error that stops reading: an unterminated string, quoted name or
/// comment. Offset is the opening quote.
struct DdlLexError {
  uint32_t Offset = 0;
  std::string Message;
};

class SqlDdlLexer {
public:
  SqlDdlLexer(std::string_view Text, SqlDialect D) : Text(Text), Dialect(D) {}

  /// The next token; comments are recorded, conditional-comment markers
  /// skipped. A Delimiter token ends a statement, End the input.
  DdlToken next();
  /// Skips to just after the current statement's delimiter without building
  /// tokens (data blocks).
  void skipStatement();
  /// The DELIMITER command: the rest of its line is the new delimiter.
  void readDelimiterCommand();

  std::string_view text(const DdlToken &T) const { return Text.substr(T.Begin, T.End - T.Begin); }
  /// The value of a name or string token: quotes removed, escapes decoded,
  /// invalid UTF-8 bytes replaced by U+FFFD (values become names and messages).
  std::string value(const DdlToken &T) const;
  /// Whether T is the bare word W (ASCII case-insensitive).
  bool isWord(const DdlToken &T, std::string_view W) const;

  const std::vector<SqlComment> &comments() const { return Comments; }
  const std::optional<DdlLexError> &error() const { return Error; }
  std::string_view input() const { return Text; }

private:
  std::string rawValue(const DdlToken &T) const;
  void skipSpaceAndComments();
  bool atDelimiter(uint32_t P) const;
  /// The length of the delimiter at P (';', a DELIMITER, SQL Server's GO or
  /// Oracle's '/' alone on a line), or 0.
  uint32_t delimiterLength(uint32_t P) const;
  bool lineCommentAt(uint32_t P) const;
  // Skips a quoted token starting at P; returns its end, or sets Error.
  uint32_t skipQuoted(uint32_t P, char Close, bool Backslash);
  // At "/*": a conditional comment opener (skipped, content read as SQL) or a comment.
  void blockComment();

  std::string_view Text;
  SqlDialect Dialect;
  uint32_t Pos = 0;
  bool InConditional = false; // inside /*! ... */: its "*/" is skipped
  std::string Delim = ";";
  std::vector<SqlComment> Comments;
  std::optional<DdlLexError> Error;
};

} // namespace privlint
