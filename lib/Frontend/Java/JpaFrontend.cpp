#include "Frontend/Java/JpaFrontend.h"

#include "Frontend/TreeSitter/ParseSource.h"

namespace privlint {

void readJpaProject(const std::vector<OrmFile> &Files, const OrmSettings &, Model &M) {
  // Entities: being written (issue 5). Syntax errors of the given files are reported.
  for (const auto &F : Files) {
    if (!F.Given)
      continue;
    ts::SyntaxTree T;
    ts::parseSource(ts::Grammar::Java, *F.File, T, M.Problems);
  }
}

} // namespace privlint
