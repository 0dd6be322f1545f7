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

enum class SqlDialect { Postgres, MySql, Sqlite };

/// "postgres", "mysql", "sqlite": the spelling of --dialect and sql.dialect.
const char *sqlDialectId(SqlDialect D);
/// "PostgreSQL", "MySQL", "SQLite": for messages.
const char *sqlDialectDisplayName(SqlDialect D);
std::optional<SqlDialect> parseSqlDialect(std::string_view Id);

/// Guesses the dialect of SQL text from strong, cheap signals in its first
/// 64 KiB: PostgreSQL unless another dialect is evident.
SqlDialect sniffSqlDialect(std::string_view Text);

/// The dialect chosen for a file: Chosen (--dialect), else Cfg's sql.dialect,
/// else sniffed from Head. Guessed tells which.
SqlDialect sqlDialectFor(const std::string &Chosen, const Config &Cfg, std::string_view Head,
                         bool &Guessed);

/// The SQL settings of a unit in Dir: the configuration's roles and schemas,
/// the Supabase preset (sql.preset, else automatic under a supabase/
/// directory); MySQL and SQLite have no API schemas.
SqlSettings sqlSettingsFor(const Config &Cfg, const std::string &Dir, SqlDialect D);
/// Whether the Supabase preset applies to files under Dir.
bool supabasePresetApplies(const Config &Cfg, const std::string &Dir);

/// Replays one file's statements into Cat in dialect D. Returns false when
/// this build has no reader for D.
bool replaySqlFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat, SqlDialect D);

} // namespace privlint
