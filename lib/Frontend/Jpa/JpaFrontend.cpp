// Java sources: JPA / Hibernate entities (JpaReader.cpp), per source root.
#include "Frontend/Jpa/JpaReader.h"
#include "Frontend/Orm/OrmSourceFrontend.h"

namespace privlint {

const Frontend &jpaFrontend() {
  static const OrmSourceFrontend F(
      {"jpa",
       "java",
       {".java"},
       {"pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"},
       false,
       readJpaProject});
  return F;
}

} // namespace privlint
