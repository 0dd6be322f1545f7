#include "Support/DidYouMean.h"

#include <algorithm>

namespace privlint {
namespace {

// Optimal string alignment distance: Levenshtein plus adjacent transpositions
// ("jsno" is one edit from "json").
size_t editDistance(std::string_view A, std::string_view B) {
  std::vector<std::vector<size_t>> D(A.size() + 1, std::vector<size_t>(B.size() + 1));
  for (size_t I = 0; I <= A.size(); ++I)
    D[I][0] = I;
  for (size_t J = 0; J <= B.size(); ++J)
    D[0][J] = J;
  for (size_t I = 1; I <= A.size(); ++I)
    for (size_t J = 1; J <= B.size(); ++J) {
      size_t Cost = A[I - 1] == B[J - 1] ? 0 : 1;
      D[I][J] = std::min({D[I - 1][J] + 1, D[I][J - 1] + 1, D[I - 1][J - 1] + Cost});
      if (I > 1 && J > 1 && A[I - 1] == B[J - 2] && A[I - 2] == B[J - 1])
        D[I][J] = std::min(D[I][J], D[I - 2][J - 2] + 1);
    }
  return D[A.size()][B.size()];
}

// Leading dashes are spelling, not content: "--formt" is 5 letters long.
std::string_view withoutDashes(std::string_view S) {
  return S.substr(std::min(S.find_first_not_of('-'), S.size()));
}

} // namespace

std::optional<std::string> closestMatch(std::string_view Typed,
                                        const std::vector<std::string> &Candidates) {
  size_t Letters = withoutDashes(Typed).size();
  size_t Allowed = std::max<size_t>(1, Letters / 3);
  std::optional<std::string> Best;
  size_t BestDistance = Allowed + 1;
  for (const auto &C : Candidates) {
    size_t D = editDistance(Typed, C);
    // A candidate is never suggested for itself, nor is a bare dash a typo.
    if (D == 0 || Letters == 0)
      continue;
    if (D < BestDistance) {
      Best = C;
      BestDistance = D;
    }
  }
  if (Best || Letters < 3)
    return Best;
  // A cut-short name ("--write" for "--write-baseline") when only one fits.
  for (const auto &C : Candidates)
    if (C.size() > Typed.size() && std::string_view(C).starts_with(Typed)) {
      if (Best)
        return std::nullopt;
      Best = C;
    }
  return Best;
}

std::string didYouMean(std::string_view Typed, const std::vector<std::string> &Candidates) {
  auto M = closestMatch(Typed, Candidates);
  return M ? "; did you mean '" + *M + "'?" : std::string();
}

} // namespace privlint
