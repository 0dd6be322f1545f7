// MySQL/MariaDB and SQLite DDL and dumps, read by the tolerant reader
// (MysqlSqliteReader.cpp) into the SQL catalog.
#include "Frontend/Sql/SqlFileFrontend.h"

namespace privlint {

const Frontend &mysqlSqliteFrontend() {
  // HSQLDB, H2, Oracle, SQL Server and ClickHouse are read by the same
  // tolerant reader, for the statements it models, with a note per file.
  static const SqlFileFrontend F(
      "mysql-sqlite", {SqlDialect::MySql, SqlDialect::Sqlite, SqlDialect::Hsqldb, SqlDialect::H2,
                       SqlDialect::Oracle, SqlDialect::SqlServer, SqlDialect::ClickHouse});
  return F;
}

} // namespace privlint
