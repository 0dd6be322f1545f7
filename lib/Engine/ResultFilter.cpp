#include "Engine/ResultFilter.h"

#include "Engine/Baseline.h"
#include "Engine/GitDiff.h"
#include "Support/Paths.h"

#include <algorithm>
#include <tuple>

namespace privlint {

namespace {

// --diff-base: only findings on lines changed since the merge base.
bool keepChangedLines(const EngineOptions &Opts, EngineResult &Res) {
  std::string Err;
  auto Changed = changedLinesSince(Res.ProjectRoot, Opts.DiffBase, Err);
  if (!Changed) {
    Res.Errors.push_back(ConfigError{Opts.DiffBase, 0, 0, Err});
    return false;
  }
  std::vector<Finding> Kept;
  for (auto &F : Res.Findings) {
    if (F.Where.File && Changed->covers(normalizePath(F.Where.File->path()), F.Where.File->lineOf(F.Where.Begin)))
      Kept.push_back(std::move(F));
    else
      ++Res.OutsideDiff;
  }
  Res.Findings = std::move(Kept);
  return true;
}

// --baseline: each recorded fingerprint hides one finding.
bool dropBaselined(const EngineOptions &Opts, EngineResult &Res) {
  std::string Err;
  auto Base = readBaseline(Opts.BaselinePath, Err);
  if (!Base) {
    Res.Errors.push_back(ConfigError{Opts.BaselinePath, 0, 0, Err});
    return false;
  }
  std::vector<Finding> Kept;
  for (auto &F : Res.Findings) {
    auto It = Base->find(F.Fingerprint);
    if (It != Base->end()) {
      Base->erase(It);
      ++Res.BaselineMatched;
    } else {
      Kept.push_back(std::move(F));
    }
  }
  Res.Findings = std::move(Kept);
  return true;
}

} // namespace

void filterResults(const EngineOptions &Opts, EngineResult &Res) {
  std::sort(Res.Findings.begin(), Res.Findings.end(), findingLess);
  if (!Opts.DiffBase.empty() && !keepChangedLines(Opts, Res))
    return;
  if (!Opts.BaselinePath.empty() && !dropBaselined(Opts, Res))
    return;
  // A file that belongs to several units (never with one config) is reported once.
  Res.Findings.erase(std::unique(Res.Findings.begin(), Res.Findings.end(),
                                 [](const Finding &A, const Finding &B) {
                                   return !findingLess(A, B) && !findingLess(B, A);
                                 }),
                     Res.Findings.end());
  std::sort(Res.Inventory.begin(), Res.Inventory.end(),
            [](const InventoryEntry &A, const InventoryEntry &B) {
              return std::tie(A.Where.File->path(), A.Where.Begin, A.Entity, A.Field) <
                     std::tie(B.Where.File->path(), B.Where.Begin, B.Entity, B.Field);
            });
}

} // namespace privlint
