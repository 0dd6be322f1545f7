#include "Frontend/Sql/SqlDialect.h"

#include "Frontend/MysqlSqlite/MysqlSqliteReader.h"
#include "Frontend/Postgres/PostgresReplayer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace fs = std::filesystem;

namespace privlint {

const char *sqlDialectId(SqlDialect D) {
  switch (D) {
  case SqlDialect::Postgres:
    return "postgres";
  case SqlDialect::MySql:
    return "mysql";
  case SqlDialect::Sqlite:
    return "sqlite";
  }
  return "postgres";
}

const char *sqlDialectDisplayName(SqlDialect D) {
  switch (D) {
  case SqlDialect::Postgres:
    return "PostgreSQL";
  case SqlDialect::MySql:
    return "MySQL";
  case SqlDialect::Sqlite:
    return "SQLite";
  }
  return "PostgreSQL";
}

std::optional<SqlDialect> parseSqlDialect(std::string_view Id) {
  for (SqlDialect D : {SqlDialect::Postgres, SqlDialect::MySql, SqlDialect::Sqlite})
    if (Id == sqlDialectId(D))
      return D;
  return std::nullopt;
}

SqlDialect sniffSqlDialect(std::string_view Text) {
  // Strong, cheap signals in the first 64 KiB; PostgreSQL unless another
  // dialect is evident, so a plain CREATE TABLE stays PostgreSQL.
  std::string_view S = Text.substr(0, 65536);
  int Mysql = 0, Sqlite = 0;
  auto Has = [&](std::string_view Needle) { return S.find(Needle) != std::string_view::npos; };
  auto HasCI = [&](std::string_view Needle) {
    auto It = std::search(S.begin(), S.end(), Needle.begin(), Needle.end(), [](char A, char B) {
      return std::tolower(static_cast<unsigned char>(A)) ==
             std::tolower(static_cast<unsigned char>(B));
    });
    return It != S.end();
  };
  if (Has("/*!4"))
    Mysql += 3;
  if (HasCI("ENGINE=") || HasCI("ENGINE ="))
    Mysql += 3;
  if (HasCI("AUTO_INCREMENT"))
    Mysql += 2;
  if (HasCI("DEFAULT CHARSET") || HasCI("CHARACTER SET utf8"))
    Mysql += 2;
  if (Has("CREATE TABLE `") || Has("create table `") || Has("CREATE TABLE IF NOT EXISTS `"))
    Mysql += 3;
  if (HasCI("LOCK TABLES") || HasCI("DELIMITER "))
    Mysql += 2;
  if (HasCI("AUTOINCREMENT"))
    Sqlite += 3;
  if (HasCI("PRAGMA "))
    Sqlite += 3;
  if (Has("CREATE TABLE [") || Has("create table [") || Has("CREATE TABLE IF NOT EXISTS ["))
    Sqlite += 3;
  if (HasCI("WITHOUT ROWID"))
    Sqlite += 3;
  if (Mysql >= 3 && Mysql >= Sqlite)
    return SqlDialect::MySql;
  if (Sqlite >= 3)
    return SqlDialect::Sqlite;
  return SqlDialect::Postgres;
}

SqlDialect sqlDialectFor(const std::string &Chosen, const Config &Cfg, std::string_view Head,
                         bool &Guessed) {
  Guessed = false;
  const std::string &Configured = Cfg.string("sql.dialect");
  if (auto D = parseSqlDialect(Chosen.empty() ? Configured : Chosen))
    return *D;
  Guessed = Chosen.empty() && Configured.empty();
  return sniffSqlDialect(Head);
}

bool supabasePresetApplies(const Config &Cfg, const std::string &Dir) {
  if (const std::string &Preset = Cfg.string("sql.preset"); !Preset.empty())
    return Preset == "supabase";
  for (const auto &Part : fs::path(Dir))
    if (Part == "supabase")
      return true;
  return false;
}

SqlSettings sqlSettingsFor(const Config &Cfg, const std::string &Dir, SqlDialect D) {
  SqlSettings S;
  S.AnonymousRoles = Cfg.list("sql.anonymous_roles");
  S.ExposedSchemas = Cfg.list("sql.exposed_schemas");
  if (D != SqlDialect::Postgres) {
    // MySQL and SQLite have no API schemas: every database counts, and the
    // anonymous accounts are the ones the DDL itself creates (the reader adds them).
    S.ExposedSchemas = {"*"};
    S.AnonymousRoles.clear();
    return S;
  }
  S.SupabasePreset = supabasePresetApplies(Cfg, Dir);
  return S;
}

bool replaySqlFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat, SqlDialect D) {
  if (D == SqlDialect::Postgres) {
    replayPostgresFile(File, FileIndex, Cat);
    return true;
  }
  return replaySqlDdlFile(File, FileIndex, Cat, D);
}

} // namespace privlint
