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

} // namespace privlint
