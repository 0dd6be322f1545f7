#include "Frontend/Sql/SqlDialect.h"

#include "Frontend/MysqlSqlite/MysqlSqliteReader.h"
#include "Frontend/Postgres/PostgresReplayer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace fs = std::filesystem;

namespace privlint {

namespace {

constexpr SqlDialect AllDialects[] = {
    SqlDialect::Postgres, SqlDialect::MySql,  SqlDialect::Sqlite,    SqlDialect::Hsqldb,
    SqlDialect::H2,       SqlDialect::Oracle, SqlDialect::SqlServer, SqlDialect::ClickHouse};

bool ciEqual(std::string_view A, std::string_view B) {
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I)
    if (std::tolower(static_cast<unsigned char>(A[I])) !=
        std::tolower(static_cast<unsigned char>(B[I])))
      return false;
  return true;
}

std::optional<SqlDialect> dialectNamed(std::string_view W) {
  for (std::string_view N : {"mysql", "mariadb"})
    if (ciEqual(W, N))
      return SqlDialect::MySql;
  for (std::string_view N : {"sqlite", "sqlite3"})
    if (ciEqual(W, N))
      return SqlDialect::Sqlite;
  for (std::string_view N : {"postgres", "postgresql", "pgsql", "pg"})
    if (ciEqual(W, N))
      return SqlDialect::Postgres;
  for (std::string_view N : {"hsqldb", "hsql"})
    if (ciEqual(W, N))
      return SqlDialect::Hsqldb;
  if (ciEqual(W, "h2"))
    return SqlDialect::H2;
  if (ciEqual(W, "oracle"))
    return SqlDialect::Oracle;
  for (std::string_view N : {"sqlserver", "mssql", "tsql"})
    if (ciEqual(W, N))
      return SqlDialect::SqlServer;
  if (ciEqual(W, "clickhouse"))
    return SqlDialect::ClickHouse;
  return std::nullopt;
}

// Whether a line of S, alone but for blanks, is Word (GO, /): a batch
// separator of SQL Server and Oracle scripts.
bool hasLineOf(std::string_view S, std::string_view Word) {
  size_t B = 0;
  while (B < S.size()) {
    size_t E = S.find('\n', B);
    if (E == std::string_view::npos)
      E = S.size();
    std::string_view L = S.substr(B, E - B);
    while (!L.empty() && (L.front() == ' ' || L.front() == '\t'))
      L.remove_prefix(1);
    while (!L.empty() && (L.back() == ' ' || L.back() == '\t' || L.back() == '\r'))
      L.remove_suffix(1);
    if (ciEqual(L, Word))
      return true;
    B = E + 1;
  }
  return false;
}

// A name quoted with backquotes outside strings, comments and psql
// meta-commands (\set x `echo ...`): MySQL's (or SQLite's) identifier
// quoting, never PostgreSQL's.
bool hasBackquotedName(std::string_view S) {
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C == '\\' && (I == 0 || S[I - 1] == '\n')) {
      I = S.find('\n', I);
      if (I == std::string_view::npos)
        return false;
    } else if (C == '\'') {
      for (++I; I < S.size() && S[I] != '\''; ++I)
        if (S[I] == '\\')
          ++I;
    } else if (C == '-' && I + 1 < S.size() && S[I + 1] == '-') {
      I = S.find('\n', I);
      if (I == std::string_view::npos)
        return false;
    } else if (C == '/' && I + 1 < S.size() && S[I + 1] == '*') {
      I = S.find("*/", I + 2);
      if (I == std::string_view::npos)
        return false;
      ++I;
    } else if (C == '`') {
      size_t E = S.find('`', I + 1);
      return E != std::string_view::npos && E > I + 1 &&
             S.substr(I + 1, E - I - 1).find('\n') == std::string_view::npos;
    }
  }
  return false;
}

} // namespace

const char *sqlDialectId(SqlDialect D) {
  switch (D) {
  case SqlDialect::Postgres:
    return "postgres";
  case SqlDialect::MySql:
    return "mysql";
  case SqlDialect::Sqlite:
    return "sqlite";
  case SqlDialect::Hsqldb:
    return "hsqldb";
  case SqlDialect::H2:
    return "h2";
  case SqlDialect::Oracle:
    return "oracle";
  case SqlDialect::SqlServer:
    return "sqlserver";
  case SqlDialect::ClickHouse:
    return "clickhouse";
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
  case SqlDialect::Hsqldb:
    return "HSQLDB";
  case SqlDialect::H2:
    return "H2";
  case SqlDialect::Oracle:
    return "Oracle";
  case SqlDialect::SqlServer:
    return "SQL Server";
  case SqlDialect::ClickHouse:
    return "ClickHouse";
  }
  return "PostgreSQL";
}

std::optional<SqlDialect> parseSqlDialect(std::string_view Id) {
  for (SqlDialect D : AllDialects)
    if (Id == sqlDialectId(D))
      return D;
  return std::nullopt;
}

bool isOtherSqlDialect(SqlDialect D) {
  return D != SqlDialect::Postgres && D != SqlDialect::MySql && D != SqlDialect::Sqlite;
}

std::optional<SqlDialect> sqlDialectFromPath(std::string_view Path) {
  fs::path P{std::string(Path)};
  std::optional<SqlDialect> Found;
  // Folders, the nearest last; then the parts of the file name, which win.
  for (const auto &Part : P.parent_path())
    if (auto D = dialectNamed(Part.string()))
      Found = D;
  std::string Stem = P.stem().string();
  size_t B = 0;
  while (B <= Stem.size()) {
    size_t E = Stem.find_first_of("-_.", B);
    if (E == std::string::npos)
      E = Stem.size();
    if (auto D = dialectNamed(std::string_view(Stem).substr(B, E - B)))
      Found = D;
    B = E + 1;
  }
  return Found;
}

SqlDialect sniffSqlDialect(std::string_view Text) {
  // Strong, cheap signals in the first 64 KiB; PostgreSQL unless another
  // dialect is evident, so a plain CREATE TABLE stays PostgreSQL.
  std::string_view S = Text.substr(0, 65536);
  int Mysql = 0, Sqlite = 0, Hsql = 0, H2 = 0, Oracle = 0, Mssql = 0, ClickHouse = 0;
  auto Has = [&](std::string_view Needle) { return S.find(Needle) != std::string_view::npos; };
  // Case-insensitive: the head lower-cased once, then plain searches.
  std::string Lower(S);
  for (char &C : Lower)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  auto HasCI = [&](std::string_view Needle) {
    std::string N(Needle);
    for (char &C : N)
      C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
    return Lower.find(N) != std::string::npos;
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
  if (HasCI("INSERT IGNORE") || HasCI("CHANGE COLUMN") || HasCI("MODIFY COLUMN"))
    Mysql += 3;
  if (hasBackquotedName(S))
    Mysql += 3;
  if (HasCI("AUTOINCREMENT"))
    Sqlite += 3;
  if (HasCI("PRAGMA "))
    Sqlite += 3;
  if (Has("CREATE TABLE [") || Has("create table [") || Has("CREATE TABLE IF NOT EXISTS ["))
    Sqlite += 3;
  if (HasCI("WITHOUT ROWID"))
    Sqlite += 3;
  if (HasCI("CREATE MEMORY TABLE") || HasCI("CREATE CACHED TABLE") || HasCI("SET DATABASE "))
    Hsql += 4;
  if (HasCI("MERGE INTO") && (HasCI(" KEY(") || HasCI(" KEY (")))
    H2 += 4;
  if (HasCI("CREATE ALIAS "))
    H2 += 4;
  if (HasCI("VARCHAR2") || HasCI("CREATE OR REPLACE PACKAGE") || HasCI(" FROM DUAL"))
    Oracle += 4;
  if (HasCI("NUMBER(") && hasLineOf(S, "/"))
    Oracle += 4;
  if (hasLineOf(S, "GO") || HasCI("[dbo].") || HasCI("SET ANSI_NULLS") ||
      HasCI("SET QUOTED_IDENTIFIER") || HasCI("NVARCHAR(MAX)"))
    Mssql += 4;
  // Table engines and types only ClickHouse has (its ENGINE = also counts
  // for MySQL above, so these weigh more).
  if (Has("MergeTree") || Has("LowCardinality(") || HasCI(" CODEC(") || HasCI("ENGINE = Memory") ||
      HasCI("ENGINE = Log"))
    ClickHouse += 7;
  // The highest score of at least 3 wins; ties go to the dialects read best.
  std::pair<int, SqlDialect> Best{2, SqlDialect::Postgres};
  for (auto [Score, D] : {std::pair{Mysql, SqlDialect::MySql},
                          {Sqlite, SqlDialect::Sqlite},
                          {Mssql, SqlDialect::SqlServer},
                          {Oracle, SqlDialect::Oracle},
                          {Hsql, SqlDialect::Hsqldb},
                          {H2, SqlDialect::H2},
                          {ClickHouse, SqlDialect::ClickHouse}})
    if (Score > Best.first)
      Best = {Score, D};
  return Best.second;
}

SqlDialect sqlDialectFor(const std::string &Chosen, const Config &Cfg, std::string_view Path,
                         std::string_view Head, bool &Guessed, bool *FromPath) {
  Guessed = false;
  if (FromPath)
    *FromPath = false;
  const std::string &Configured = Cfg.string("sql.dialect");
  if (auto D = parseSqlDialect(Chosen.empty() ? Configured : Chosen))
    return *D;
  Guessed = Chosen.empty() && Configured.empty();
  if (auto D = sqlDialectFromPath(Path)) {
    if (FromPath)
      *FromPath = true;
    return *D;
  }
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
    // MySQL, SQLite and the other dialects have no API schemas: every database counts, and the
    // anonymous accounts are the ones the DDL itself creates (the reader adds them).
    S.ExposedSchemas = {"*"};
    S.AnonymousRoles.clear();
    return S;
  }
  S.SupabasePreset = supabasePresetApplies(Cfg, Dir);
  return S;
}

bool replaySqlFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat, SqlDialect D,
                   std::string *Note) {
  if (D == SqlDialect::Postgres) {
    replayPostgresFile(File, FileIndex, Cat);
    return true;
  }
  return replaySqlDdlFile(File, FileIndex, Cat, D, Note);
}

} // namespace privlint
