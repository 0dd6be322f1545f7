// privlint-may-read: for each path on standard input (one per line), the ids
// of the frontends whose mayClaim() accepts it, then a tab and the path:
//   postgres,mysql-sqlite,prisma<TAB>prisma/migrations/1_init/migration.sql
// An empty id list means no frontend reads the file. test/gate/
// pre-commit-files.test checks the hooks' `files:` regexes against it, so
// the regexes follow the engine's own list of extensions and names.
#include "Frontend/FrontendList.h"

#include <iostream>
#include <string>

int main() {
  std::string Path;
  while (std::getline(std::cin, Path)) {
    std::string Ids;
    for (const privlint::Frontend *F : privlint::allFrontends())
      if (F->mayClaim(Path))
        Ids += (Ids.empty() ? "" : ",") + std::string(F->id());
    std::cout << Ids << '\t' << Path << '\n';
  }
  return 0;
}
