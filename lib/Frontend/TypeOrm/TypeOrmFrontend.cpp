// TypeScript sources: TypeORM entities (TypeOrmReader.cpp), per source root.
#include "Frontend/Orm/OrmSourceFrontend.h"
#include "Frontend/TypeOrm/TypeOrmReader.h"

namespace privlint {

const Frontend &typeOrmFrontend() {
  static const OrmSourceFrontend F({"typeorm",
                                    "typescript",
                                    {".ts", ".mts", ".cts"},
                                    {"package.json", "tsconfig.json"},
                                    true,
                                    readTypeOrmProject});
  return F;
}

} // namespace privlint
