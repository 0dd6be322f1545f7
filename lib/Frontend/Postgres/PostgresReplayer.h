// PostgreSQL DDL and migrations through libpg_query (the real PostgreSQL 15
// parser). Replays one file's statements into a SqlCatalog.
#pragma once

#include "Frontend/Sql/SqlCatalog.h"
#include "Support/SourceFile.h"

namespace privlint {

/// Parses File and replays its statements into Cat. Statements the parser
/// rejects become problems (parse-error) at their line and column, except
/// data statements (SELECT, INSERT, ...), which are skipped; parsing resumes
/// at the next statement, also after an unbalanced '('. In a CREATE TABLE the
/// columns that do parse are kept. See docs/frontends/postgres.md.
void replayPostgresFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat);

} // namespace privlint
