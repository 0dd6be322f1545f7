// The list of frontends: one line per frontend. A frontend is a folder under
// lib/Frontend whose <Name>Frontend.cpp defines `const Frontend &nameFrontend()`.
// Order matters only between equally strong claims: the earlier one wins.
#include "Frontend/FrontendList.h"

#define PRIVLINT_FRONTENDS(X)                                                                      \
  X(prismaFrontend)      /* schema.prisma + migrations/<name>/migration.sql */                     \
  X(railsFrontend)       /* db/schema.rb, db/structure.sql, db/migrate, app/models */              \
  X(postgresFrontend)    /* PostgreSQL .sql */                                                     \
  X(mysqlSqliteFrontend) /* MySQL / SQLite .sql */                                                 \
  X(pythonFrontend)      /* Django + DRF, SQLAlchemy */                                            \
  X(typeOrmFrontend)     /* TypeORM */                                                             \
  X(jpaFrontend)         /* JPA / Hibernate */                                                     \
  X(cxxFrontend)         /* C++ through Clang (libprivlint-cxx.so) */                              \
  X(openApiFrontend)     /* OpenAPI 3.x / Swagger 2.0 (YAML, JSON) and the files they $ref */      \
  X(graphQlFrontend)     /* GraphQL SDL (.graphql, .graphqls, .gql) */                             \
  X(protobufFrontend)    /* protobuf .proto (libprivlint-proto.so) */

namespace privlint {

#define PRIVLINT_DECLARE(Name) const Frontend &Name();
PRIVLINT_FRONTENDS(PRIVLINT_DECLARE)
#undef PRIVLINT_DECLARE

const std::vector<const Frontend *> &allFrontends() {
#define PRIVLINT_ENTRY(Name) &Name(),
  static const std::vector<const Frontend *> List{PRIVLINT_FRONTENDS(PRIVLINT_ENTRY)};
#undef PRIVLINT_ENTRY
  return List;
}

const OptionSchema &frontendOptions() {
  static const OptionSchema Schema = [] {
    OptionSchema S;
    for (const Frontend *F : allFrontends())
      F->declareOptions(S);
    return S;
  }();
  return Schema;
}

bool frontendMayRead(std::string_view Path) {
  for (const Frontend *F : allFrontends())
    if (F->mayClaim(Path))
      return true;
  return false;
}

} // namespace privlint
