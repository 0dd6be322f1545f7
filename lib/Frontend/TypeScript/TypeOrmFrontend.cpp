#include "Frontend/TypeScript/TypeOrmFrontend.h"

#include "Frontend/TreeSitter/ParseSource.h"

namespace privlint {

void readTypeOrmProject(const std::vector<OrmFile> &Files, const OrmSettings &, Model &M) {
  // Entities: being written (issue 5). Syntax errors of the given files are reported.
  for (const auto &F : Files) {
    if (!F.Given)
      continue;
    ts::SyntaxTree T;
    ts::parseSource(ts::Grammar::TypeScript, *F.File, T, M.Problems);
  }
}

} // namespace privlint
