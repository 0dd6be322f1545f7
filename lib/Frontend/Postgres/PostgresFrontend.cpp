// PostgreSQL DDL, migrations and pg_dump output, read with libpg_query
// (PostgresReplayer.cpp) into the SQL catalog.
#include "Frontend/Sql/SqlFileFrontend.h"

namespace privlint {

const Frontend &postgresFrontend() {
  static const SqlFileFrontend F("postgres", {SqlDialect::Postgres});
  return F;
}

} // namespace privlint
