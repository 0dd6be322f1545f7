// check --statistics: how many findings each rule and each category has, as
// `ruff --statistics` counts per rule, instead of the findings themselves.
#include "Report/Reporters.h"

#include <algorithm>
#include <map>

namespace privlint {
namespace {

// Most frequent first, then by name, so the order depends on nothing else.
void section(std::ostream &OS, const char *Title, const std::map<std::string, size_t> &Counts,
             size_t Width) {
  if (Counts.empty())
    return;
  std::vector<std::pair<std::string, size_t>> Rows(Counts.begin(), Counts.end());
  std::stable_sort(Rows.begin(), Rows.end(),
                   [](const auto &A, const auto &B) { return A.second > B.second; });
  OS << Title << ":\n";
  for (const auto &[Name, N] : Rows) {
    std::string Count = std::to_string(N);
    OS << std::string(2 + Width - Count.size(), ' ') << Count << "  " << Name << '\n';
  }
}

} // namespace

void writeStatistics(std::ostream &OS, const EngineResult &R) {
  std::map<std::string, size_t> ByRule, ByCategory;
  for (const auto &F : R.Findings) {
    ++ByRule[F.RuleId];
    if (!F.Category.empty()) // parse-error and the suppression rules have none
      ++ByCategory[F.Category];
  }
  size_t Width = std::to_string(R.Findings.size()).size();
  section(OS, "findings by rule", ByRule, Width);
  section(OS, "findings by category", ByCategory, Width);
}

} // namespace privlint
