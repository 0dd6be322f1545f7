#include "Engine/CategoryScope.h"

#include "Classify/Taxonomy.h"

namespace privlint {

namespace {
// The length of the longest entry of L that Id lies within, or -1.
long longestWithin(std::string_view Id, const std::vector<std::string> &L) {
  long Best = -1;
  for (const auto &P : L)
    if (categoryWithin(Id, P))
      Best = std::max(Best, P == "*" ? 0L : static_cast<long>(P.size()));
  return Best;
}
} // namespace

bool CategoryScope::covers(std::string_view Id) const {
  long In = longestWithin(Id, Include);
  return In >= 0 && In >= longestWithin(Id, Exclude);
}

const CategoryMatch *CategoryScope::categoryOf(const Field &F) const {
  if (F.Subj != Subject::Person)
    return nullptr;
  for (const auto &C : F.Categories)
    if (covers(C.Id))
      return &C;
  return nullptr;
}

} // namespace privlint
