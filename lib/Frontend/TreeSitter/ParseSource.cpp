#include "Frontend/TreeSitter/ParseSource.h"

#include <algorithm>

namespace privlint::ts {

void addSyntaxProblems(const SyntaxTree &T, const SourceFile &SF,
                       std::vector<InputProblem> &Problems) {
  for (const auto &E : T.errors())
    Problems.push_back(
        {SourceRange{&SF, E.Offset, std::max(E.End, E.Offset + 1)}, "syntax error: " + E.Message});
}

bool parseSource(Grammar G, const SourceFile &SF, SyntaxTree &T,
                 std::vector<InputProblem> &Problems) {
  SyntaxError Failure;
  if (!parse(G, SF.text(), T, Failure)) {
    Problems.push_back({SourceRange{&SF, Failure.Offset, Failure.End}, Failure.Message});
    return false;
  }
  addSyntaxProblems(T, SF, Problems);
  return true;
}

} // namespace privlint::ts
