// What recovery needs to know about PostgreSQL statement text without a
// parser: where its ';' are (libpg_query's split keeps a ';' inside
// parentheses, so one unbalanced '(' hides every statement after it), and
// whether a statement only reads or writes data.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace privlint {

/// At offset I of PostgreSQL text: the offset just after the comment, quoted
/// string or name, or dollar-quoted body that starts there, or I when none
/// does. The whole text ends an unterminated one. A string is an E'...' one,
/// with backslash escapes, when the byte before I is an E that does not end
/// a longer name.
size_t skipLexeme(std::string_view Text, size_t I);

/// Splits Text after every ';' outside string literals, quoted names,
/// dollar-quoted bodies and comments, whatever the parentheses: [begin, end)
/// offsets into Text, each piece with its ';'. Pieces with nothing but white
/// space and comments are left out.
std::vector<std::pair<uint32_t, uint32_t>> splitAtSemicolons(std::string_view Text);

/// Where a large file may be cut into chunks of about ChunkBytes for the
/// parser: offsets just after a ';' outside string literals, quoted names,
/// dollar-quoted bodies, comments, parentheses and BEGIN ATOMIC bodies, each
/// at least ChunkBytes after the previous cut (0 and Text.size() are not
/// listed). A cheap guess: a chunk that does not parse is read again the
/// slow way, so a wrong cut costs time, never a result.
std::vector<uint32_t> chunkCuts(std::string_view Text, size_t ChunkBytes);

/// Whether a statement reads or changes data, or controls the session, rather
/// than defining, altering or granting something: SELECT, INSERT, UPDATE,
/// DELETE, MERGE, COPY, SET, transaction control and the like. A rejected one
/// is skipped without a parse-error (docs/rules/parse-error.md).
bool isDataStatement(std::string_view Statement);

} // namespace privlint
