#include "Engine/ResultFilter.h"

#include "Engine/Baseline.h"
#include "Engine/GitDiff.h"
#include "Support/Paths.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

namespace fs = std::filesystem;

namespace privlint {

namespace {

// --diff-base: only findings with a location on a line changed since the
// merge base. A finding counts wherever any of its locations is: the
// primary one and every related one (the field, the grant, the view, the
// serializer), so a change to any of them reports it.
bool keepChangedLines(const EngineOptions &Opts, EngineResult &Res) {
  std::string Err;
  auto Changed = changedLinesSince(Res.ProjectRoot, Opts.DiffBase, Err);
  if (!Changed) {
    Res.Errors.push_back(ConfigError{Opts.DiffBase, 0, 0, Err});
    return false;
  }
  // Paths are compared with symbolic links resolved, as git reports them.
  std::map<const SourceFile *, std::string> Canonical;
  std::string Stdin = Opts.UseStdin ? normalizePath(Opts.StdinFilename) : "";
  auto Covered = [&](const SourceRange &W) {
    if (!W.File)
      return false;
    auto [It, New] = Canonical.try_emplace(W.File);
    if (New) {
      std::error_code EC;
      std::string Norm = normalizePath(W.File->path());
      fs::path P = fs::weakly_canonical(Norm, EC);
      It->second = EC ? Norm : P.string();
      // A buffer from standard input is not what git has on disk: it
      // counts entirely.
      if (!Stdin.empty() && Norm == Stdin)
        It->second.clear();
    }
    return It->second.empty() || Changed->covers(It->second, W.File->lineOf(W.Begin));
  };
  std::vector<Finding> Kept;
  for (auto &F : Res.Findings) {
    bool Keep = Covered(F.Where);
    for (const auto &Rel : F.Related)
      Keep = Keep || Covered(Rel.Where);
    if (Keep)
      Kept.push_back(std::move(F));
    else
      ++Res.OutsideDiff;
  }
  Res.Findings = std::move(Kept);
  return true;
}

// The baseline: each recorded fingerprint hides one finding. An entry that
// matches none of the run's findings (before --diff-base) although its file
// was checked, or no longer exists, is stale: what it recorded was fixed.
// The baseline is --baseline's file, else the one the configuration's
// `baseline:` names (an unreadable one is reported at that key).
bool dropBaselined(const std::vector<Finding> &All, const std::set<std::string> &CheckedFiles,
                   EngineResult &Res) {
  std::string Err;
  auto Base = readBaseline(Res.BaselinePath, Err);
  if (!Base) {
    if (Res.BaselineFromConfig)
      Res.Errors.push_back(ConfigError{Res.RunConfig.Path, Res.RunConfig.BaselineLine,
                                       Res.RunConfig.BaselineColumn, "key 'baseline': " + Err});
    else
      Res.Errors.push_back(ConfigError{Res.BaselinePath, 0, 0, Err});
    return false;
  }
  std::multiset<std::string> Recorded;
  for (const auto &E : *Base)
    Recorded.insert(E.Fingerprint);
  std::vector<Finding> Kept;
  for (auto &F : Res.Findings) {
    auto It = Recorded.find(F.Fingerprint);
    if (It != Recorded.end()) {
      Recorded.erase(It);
      ++Res.BaselineMatched;
    } else {
      Kept.push_back(std::move(F));
    }
  }
  Res.Findings = std::move(Kept);

  Res.StaleBaseline.emplace();
  std::map<std::string, size_t> Found;
  for (const auto &F : All)
    ++Found[F.Fingerprint];
  for (const auto &E : *Base) {
    auto It = Found.find(E.Fingerprint);
    if (It != Found.end() && It->second > 0) {
      --It->second;
      continue;
    }
    if (E.File.empty())
      continue;
    std::error_code EC;
    fs::path P =
        fs::path(E.File).is_absolute() ? fs::path(E.File) : fs::path(Res.ProjectRoot) / E.File;
    std::string Norm = normalizePath(P.string());
    if (CheckedFiles.contains(Norm) || !fs::exists(Norm, EC))
      Res.StaleBaseline->push_back(E);
  }
  return true;
}

} // namespace

void filterResults(const EngineOptions &Opts, const std::set<std::string> &CheckedFiles,
                   EngineResult &Res) {
  std::sort(Res.Findings.begin(), Res.Findings.end(), findingLess);
  std::vector<Finding> All;
  if (!Res.BaselinePath.empty())
    All = Res.Findings;
  if (!Opts.DiffBase.empty() && !keepChangedLines(Opts, Res))
    return;
  if (!Res.BaselinePath.empty() && !dropBaselined(All, CheckedFiles, Res))
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
  Res.Checked = true;
}

} // namespace privlint
