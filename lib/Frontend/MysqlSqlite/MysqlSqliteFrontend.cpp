// MySQL/MariaDB and SQLite DDL and dumps, read by the tolerant reader
// (MysqlSqliteReader.cpp) into the SQL catalog.
#include "Frontend/Sql/SqlFileFrontend.h"

namespace privlint {

const Frontend &mysqlSqliteFrontend() {
  static const SqlFileFrontend F("mysql-sqlite", {SqlDialect::MySql, SqlDialect::Sqlite});
  return F;
}

} // namespace privlint
