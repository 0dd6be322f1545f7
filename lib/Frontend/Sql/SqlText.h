// Lexical preparation of SQL text shared by the SQL frontends: finds comments
// (for markers and suppressions) and blanks what is not SQL (psql
// meta-commands, COPY ... FROM stdin data blocks) without moving any byte, so
// parser offsets stay offsets into the original file.
#pragma once

#include "Model/Model.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct SqlComment {
  uint32_t Begin = 0; // offset of "--" or "/*"
  uint32_t End = 0;
  std::string Text; // without the comment delimiters
};

struct PreparedSql {
  std::string Clean;                // same length as the input
  std::vector<SqlComment> Comments; // in file order
  uint32_t BlankedDataLines = 0;    // COPY data and meta-command lines blanked
};

PreparedSql prepareSql(std::string_view S);

/// Attaches the comments that start on the line of a column's name, after
/// it and before Bound, to the column: their text and any privlint markers.
void attachTrailingComments(const SourceFile &File, const std::vector<SqlComment> &Comments,
                            uint32_t NameBegin, uint32_t Bound, std::vector<std::string> &Texts,
                            FieldMarkers &Markers);

/// Skips whitespace and comments from Offset; returns the first other byte.
uint32_t skipSpaceAndComments(std::string_view S, uint32_t I);

// The lexemes PostgreSQL's lexer and privlint's cheap scans over its text
// agree on. Each is called at the lexeme's first byte and returns the offset
// just after it, or S.size() when the text ends first; whether a lexeme
// starts there (and, for a string, whether it takes backslash escapes) is the
// caller's rule.

/// At "--": the offset of the '\n' that ends the comment.
size_t skipLineComment(std::string_view S, size_t I);

/// At "/*": the offset after the matching "*/" (block comments nest). Closed,
/// when given, tells whether that "*/" was found.
size_t skipBlockComment(std::string_view S, size_t I, bool *Closed = nullptr);

/// At a quote (' or "): the offset after the closing quote; a doubled quote
/// stands for one, and with BackslashEscapes (an E'...' string) a '\'
/// escapes the next byte.
size_t skipQuoted(std::string_view S, size_t I, bool BackslashEscapes);

} // namespace privlint
