// The SQL dialects privlint reads, how a file's dialect is chosen (--dialect,
// else sql.dialect, else its content), and replaying a file in its dialect:
// shared by every frontend that reads SQL (PostgreSQL, MySQL/SQLite, Prisma
// migrations, Rails' db/structure.sql).
#pragma once

#include "Engine/Config.h"
#include "Frontend/Sql/SqlCatalog.h"

#include <optional>
#include <string>
#include <string_view>

namespace privlint {

/// PostgreSQL, MySQL and SQLite have readers of their own; the other
/// dialects (HSQLDB, H2, Oracle, SQL Server) are only recognised, and read by
/// the tolerant DDL reader for what it models.
enum class SqlDialect { Postgres, MySql, Sqlite, Hsqldb, H2, Oracle, SqlServer, ClickHouse };

/// "postgres", "mysql", "sqlite" (the spelling of --dialect and sql.dialect),
/// "hsqldb", "h2", "oracle", "sqlserver", "clickhouse".
const char *sqlDialectId(SqlDialect D);
/// "PostgreSQL", "MySQL", "SQLite", "HSQLDB", "H2", "Oracle", "SQL Server",
/// "ClickHouse":
/// for messages.
const char *sqlDialectDisplayName(SqlDialect D);
std::optional<SqlDialect> parseSqlDialect(std::string_view Id);
/// Whether D is only recognised (read by the tolerant reader with a note).
bool isOtherSqlDialect(SqlDialect D);

/// Guesses the dialect of SQL text from strong, cheap signals in its first
/// 64 KiB: PostgreSQL unless another dialect is evident.
SqlDialect sniffSqlDialect(std::string_view Text);
/// The dialect a path names: a folder (migrations/mysql/, db/oracle/) or a
/// part of the file name (schema-h2.sql, data.sqlserver.sql), else none.
std::optional<SqlDialect> sqlDialectFromPath(std::string_view Path);

/// The dialect chosen for a file: Chosen (--dialect), else Cfg's sql.dialect,
/// else named by Path, else sniffed from Head. Guessed tells whether it was
/// neither chosen nor configured; FromPath whether the path named it.
SqlDialect sqlDialectFor(const std::string &Chosen, const Config &Cfg, std::string_view Path,
                         std::string_view Head, bool &Guessed, bool *FromPath = nullptr);

/// The SQL settings of a unit in Dir: the configuration's roles and schemas,
/// the Supabase preset (sql.preset, else automatic under a supabase/
/// directory); MySQL and SQLite have no API schemas.
SqlSettings sqlSettingsFor(const Config &Cfg, const std::string &Dir, SqlDialect D);
/// Whether the Supabase preset applies to files under Dir.
bool supabasePresetApplies(const Config &Cfg, const std::string &Dir);

/// Replays one file's statements into Cat in dialect D. Returns false when
/// this build has no reader for D. For the other dialects, Note (when given)
/// receives what the tolerant reader skipped, for a note.
bool replaySqlFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat, SqlDialect D,
                   std::string *Note = nullptr);

} // namespace privlint
