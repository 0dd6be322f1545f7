// MySQL/MariaDB and SQLite DDL through one tolerant reader: the statements a
// schema linter needs (tables, columns, comments, views, grants and accounts),
// with exact line:column locations; everything else is skipped quietly.
#pragma once

#include "Frontend/Sql/SqlCatalog.h"
#include "Frontend/Sql/SqlDialect.h"
#include "Support/SourceFile.h"

namespace privlint {

/// Replays File's statements into Cat (D is MySql or Sqlite). Returns false when this build has no
/// reader for the dialect (the engine then says the file was skipped).
/// For HSQLDB, H2, Oracle and SQL Server, Note (when given) receives what
/// was skipped, as the text of a note.
bool replaySqlDdlFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat, SqlDialect D,
                      std::string *Note = nullptr);

} // namespace privlint
