// The pipeline: discover -> claim -> group into units -> read -> classify ->
// rules -> filter -> report. Units are independent and run in parallel;
// results are sorted so output never depends on timing. Every input format
// lives behind the Frontend interface: nothing here names one.
#include "Engine/Engine.h"

#include "Classify/Classifier.h"
#include "Engine/Discovery.h"
#include "Engine/ResultCache.h"
#include "Engine/ResultFilter.h"
#include "Engine/RuleRunner.h"
#include "Engine/SourceLoader.h"
#include "Engine/SuppressionFilter.h"
#include "Frontend/FrontendList.h"
#include "Support/KeepUntilExit.h"
#include "Support/PathCache.h"
#include "Support/Paths.h"
#include "Support/Sha256.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <thread>
#include <utility>

namespace fs = std::filesystem;

namespace privlint {

namespace {

// The configurations of a run (path -> config, "" = built-in defaults) and
// the taxonomy each builds; load errors go to the run's errors.
class ConfigSet {
public:
  ConfigSet(std::string Override, std::vector<ConfigError> &Errors)
      : Override(std::move(Override)), Errors(Errors), Known(knownRuleIds()) {}

  /// The configuration file governing Path (--config wins).
  std::string pathFor(const std::string &Path) const {
    return !Override.empty() ? Override : findConfigFor(Path);
  }

  /// Loads CfgPath once; false (with errors recorded) when it is invalid.
  bool load(const std::string &CfgPath) {
    if (Configs.contains(CfgPath))
      return true;
    if (Failed.contains(CfgPath)) // its errors are reported once
      return false;
    if (CfgPath.empty()) {
      Configs.emplace("", Config{});
    } else {
      auto C = loadConfigFile(CfgPath, Known, Errors);
      if (!C) {
        Failed.insert(CfgPath);
        return false;
      }
      Configs.emplace(CfgPath, std::move(*C));
    }
    // Category ids were validated with their line and column by the config
    // parser; anything left here is an internal inconsistency.
    std::vector<std::string> TaxErrors;
    Taxonomies.emplace(CfgPath, Taxonomy::build(Configs.at(CfgPath).Classify, TaxErrors));
    for (const auto &E : TaxErrors)
      Errors.push_back(ConfigError{CfgPath, 0, 0, E});
    return TaxErrors.empty();
  }

  const Config &config(const std::string &CfgPath) const { return Configs.at(CfgPath); }
  const Taxonomy &taxonomy(const std::string &CfgPath) const { return Taxonomies.at(CfgPath); }

private:
  std::string Override;
  std::vector<ConfigError> &Errors;
  std::vector<std::string> Known;
  std::map<std::string, Config> Configs;
  std::map<std::string, Taxonomy> Taxonomies;
  std::set<std::string> Failed;
};

struct Unit {
  const Frontend *FE = nullptr;
  UnitSpec Spec;
};

using UnitResult = UnitOutput;

// PRIVLINT_TIMING=1 prints the time of each phase of a unit to stderr.
struct PhaseTimer {
  bool On = std::getenv("PRIVLINT_TIMING") != nullptr;
  std::chrono::steady_clock::time_point T = std::chrono::steady_clock::now();
  void lap(const char *What) {
    if (!On)
      return;
    auto N = std::chrono::steady_clock::now();
    std::fprintf(stderr, "privlint: timing: %-10s %8.2f ms\n", What,
                 std::chrono::duration<double, std::milli>(N - T).count());
    T = N;
  }
};

// paths.include / paths.exclude of the file's configuration, relative to the
// directory holding it.
bool excludedByPaths(const Config &C, const std::string &CfgPath, const std::string &Norm) {
  std::string Rel =
      fs::path(Norm).lexically_relative(fs::path(CfgPath).parent_path()).generic_string();
  auto Matches = [&](const std::vector<std::string> &Globs) {
    for (const auto &G : Globs)
      if (fnmatch(G.c_str(), Rel.c_str(), 0) == 0)
        return true;
    return false;
  };
  return Matches(C.PathExcludes) || (!C.PathIncludes.empty() && !Matches(C.PathIncludes));
}

// The strongest claim on a file, ties to the earlier frontend. Unclaimed:
// Quiet when a frontend declined it quietly.
std::pair<const Frontend *, Claim> bestClaim(const FileProbe &Probe) {
  std::pair<const Frontend *, Claim> Best{nullptr, {}};
  for (const Frontend *FE : allFrontends()) {
    if (!FE->mayClaim(Probe.Path))
      continue;
    Claim C = FE->claim(Probe);
    if (C.Strength > Best.second.Strength)
      Best = {FE, std::move(C)};
    else if (!Best.first && C.Quiet)
      Best.second.Quiet = true;
  }
  return Best;
}

// Claims every discovered file and groups the claimed ones into units
// (frontend group, unit root, configuration), each with its context files.
std::vector<Unit> planUnits(const std::vector<DiscoveredFile> &Files, const EngineOptions &Opts,
                            ConfigSet &Configs, const Workspace &W, EngineResult &Res) {
  const size_t ErrorsBefore = Res.Errors.size(); // path errors do not stop the run
  std::map<std::string, Unit> Units;
  std::map<const Frontend *, size_t> Deferred;
  std::set<std::string> Seen;
  for (const auto &DF : Files) {
    std::string Norm = normalizePath(DF.Path);
    if (!Seen.insert(Norm).second)
      continue;
    if (!frontendMayRead(DF.Path)) {
      Res.Notices.push_back(DF.Path +
                            ": note: no privlint frontend reads this kind of file yet; skipped");
      continue;
    }
    std::string CfgPath = Configs.pathFor(DF.Path);
    if (!Configs.load(CfgPath))
      continue;
    const Config &Cfg = Configs.config(CfgPath);
    // Files named explicitly are always read.
    if (!CfgPath.empty() && !DF.Explicit && excludedByPaths(Cfg, CfgPath, Norm))
      continue;
    FileProbe Probe(DF.Path, Norm, DF.Explicit, Cfg, Opts.Inputs, Res.ProjectRoot, W);
    auto [FE, C] = bestClaim(Probe);
    if (!FE) {
      if (!C.Quiet)
        Res.Notices.push_back(DF.Path +
                              ": note: no privlint frontend reads this kind of file yet; skipped");
      continue;
    }
    if (C.Deferred) {
      ++Deferred[FE];
      continue;
    }
    Unit &U = Units[C.Group + "\n" + C.Root + "\n" + CfgPath];
    U.FE = FE;
    U.Spec.Group = C.Group;
    U.Spec.Root = C.Root;
    if (!C.Variant.empty())
      U.Spec.Variant = C.Variant;
    U.Spec.ConfigPath = CfgPath;
    U.Spec.Cfg = &Cfg;
    U.Spec.ProjectRoot = Res.ProjectRoot;
    U.Spec.ReportAll = U.Spec.ReportAll || C.ReportAll;
    U.Spec.Options = &Opts.Inputs;
    U.Spec.Given.insert(Norm);
    // Display path: as given.
    if (std::find(U.Spec.Files.begin(), U.Spec.Files.end(), DF.Path) == U.Spec.Files.end())
      U.Spec.Files.push_back(DF.Path);
  }
  if (Res.Errors.size() > ErrorsBefore)
    return {};
  for (const auto &[FE, Count] : Deferred)
    Res.Notices.push_back(FE->deferredNote(Count));
  std::vector<Unit> Out;
  for (auto &[Key, U] : Units) {
    U.Spec.Files = U.FE->unitFiles(U.Spec, W);
    Out.push_back(std::move(U));
  }
  return Out;
}

// ---- the result cache (Engine/ResultCache.h) ----

// This build of privlint: a rebuilt binary with the same version string
// (a development build) must not read what another build cached.
const std::string &buildStamp() {
  static const std::string Stamp = [] {
    struct stat St;
    if (::stat("/proc/self/exe", &St) != 0)
      return std::string("unknown");
    return std::to_string(St.st_size) + ":" + std::to_string(St.st_ino) + ":" +
           std::to_string(St.st_mtim.tv_sec) + "." + std::to_string(St.st_mtim.tv_nsec);
  }();
  return Stamp;
}

// A file as the unit's loader (UnitInput::load) gives it, and the hash of
// what that gave: the text and the problems of loading it.
struct CacheFile {
  std::unique_ptr<SourceFile> SF;
  std::string Hash;
};

std::string loadHash(const SourceFile &SF, const std::vector<InputProblem> &Problems) {
  Sha256 H;
  H.update(SF.text());
  for (const auto &P : Problems)
    if (P.Where.File == &SF) {
      H.update(std::string_view("\0", 1));
      H.update(std::to_string(P.Where.Begin) + ":" + P.Message);
    }
  return H.hexDigest();
}

CacheFile loadForCache(const std::string &Path, const Workspace &W, const UnitSpec &Spec,
                       bool Hash = true) {
  CacheFile F;
  std::vector<InputProblem> Problems;
  loadSource(Path, W.buffer(normalizePath(Path)), F.SF, Problems);
  F.SF->setStableName(relativeToRoot(Path, Spec.ProjectRoot));
  if (Hash)
    F.Hash = loadHash(*F.SF, Problems);
  return F;
}

int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Everything a unit's result depends on besides the files it loads beyond
// its list: the build, the current directory (display paths), the unit,
// its configuration file's bytes, the options, and its files' hashes.
std::string unitKey(const Unit &U, const EngineOptions &Opts, const Workspace &W,
                    std::map<std::string, CacheFile> &Loaded) {
  Sha256 K;
  auto Add = [&](std::string_view S) {
    K.update(std::to_string(S.size()) + ":");
    K.update(S);
  };
  const UnitSpec &S = U.Spec;
  Add("privlint result cache 3"); // the entry format: bump on every change
  Add(PRIVLINT_VERSION);
  Add(buildStamp());
  Add(cachedCurrentDirectory().string());
  Add(U.FE->id());
  for (const std::string *X : {&S.Group, &S.Root, &S.Variant, &S.ConfigPath, &S.ProjectRoot})
    Add(*X);
  if (!S.ConfigPath.empty()) {
    std::ifstream In(S.ConfigPath, std::ios::binary);
    std::stringstream Bytes;
    Bytes << In.rdbuf();
    Add(Bytes.str());
  }
  Add(S.ReportAll ? "all" : "given");
  Add(std::to_string(S.Given.size()));
  for (const auto &G : S.Given)
    Add(G);
  const InputOptions &In = Opts.Inputs;
  Add(In.Dialect);
  Add(In.CompileCommandsDir);
  Add(In.HaveCompilerArgs ? "args" : "");
  for (const auto &A : In.CompilerArgs)
    Add(A);
  Add(Opts.WantInventory ? (Opts.Explain ? "inventory explain" : "inventory") : "check");
  // The unit's files by path; the given ones by content too. What the other
  // files held when the result was computed is in the entry (loaded files
  // by hash, scanned ones by stamp) and checked by lookup(): reading every
  // file of a large source root here would cost what a warm run saves.
  Add(std::to_string(S.Files.size()));
  for (const auto &F : S.Files) {
    Add(F);
    if (!S.Given.contains(normalizePath(F)))
      continue;
    auto It = Loaded.find(F);
    if (It == Loaded.end())
      It = Loaded.emplace(F, loadForCache(F, W, S)).first;
    Add(It->second.Hash);
  }
  return K.hexDigest();
}

UnitResult runUnit(const Unit &U, const ConfigSet &Configs, const Workspace &W,
                   const EngineOptions &Opts, const ResultCache &Cache) {
  UnitResult R;
  PhaseTimer Timer;
  std::string Key;
  const int64_t StartNs = nowNs();
  if (Cache.enabled() && U.FE->cacheable()) {
    std::map<std::string, CacheFile> Loaded; // display path -> as loaded
    Key = unitKey(U, Opts, W, Loaded);
    auto Rehash = [&](const std::string &Path) {
      auto It = Loaded.find(Path);
      if (It == Loaded.end())
        It = Loaded.emplace(Path, loadForCache(Path, W, U.Spec)).first;
      return It->second.Hash;
    };
    // A loaded file: its stamp when one was recorded (then it is read, not
    // hashed), else its content's hash; an editor's buffer always by hash.
    auto SameLoaded = [&](const LoadedFileId &Id) {
      if (Id.Stamp.Valid && !W.buffer(normalizePath(Id.Path)) && !Loaded.contains(Id.Path))
        return stampOf(Id.Path) == Id.Stamp;
      return Rehash(Id.Path) == Id.Hash;
    };
    auto Load = [&](const std::string &Path) {
      auto It = Loaded.find(Path);
      if (It == Loaded.end() || !It->second.SF) // a file the unit loaded twice
        return loadForCache(Path, W, U.Spec, /*Hash=*/false).SF;
      return std::move(It->second.SF);
    };
    // A scanned file: its stamp, or its content when the stamp was racy or
    // it was an editor's buffer (then, or now).
    auto Unchanged = [&](const PeekedFileId &P) {
      bool Buffer = W.buffer(normalizePath(P.Path)) != nullptr;
      if (!Buffer && P.Stamp.Valid && P.Hash.empty())
        return stampOf(P.Path) == P.Stamp;
      return !P.Hash.empty() && Rehash(P.Path) == P.Hash;
    };
    if (Cache.lookup(Key, SameLoaded, Load, Unchanged, R)) {
      Timer.lap("cached");
      return R;
    }
  }
  const Config &Cfg = Configs.config(U.Spec.ConfigPath);
  UnitInput In(U.Spec, W);
  Model M = U.FE->read(In);
  M.Problems.insert(M.Problems.end(), In.LoadProblems.begin(), In.LoadProblems.end());
  Timer.lap("parse");
  if (Timer.On) {
    // How much of the source root the unit read (its content reaches the
    // results) and only scanned: what the one-file closure saves.
    size_t Scanned = 0;
    for (const auto &P : In.Peeked)
      Scanned += P.File || (P.Kept && !P.Used);
    std::fprintf(stderr, "privlint: timing: read %zu files, scanned %zu more\n", In.Files.size(),
                 Scanned);
  }

  Classifier Cl(Configs.taxonomy(U.Spec.ConfigPath));
  Cl.classify(M);
  Timer.lap("classify");

  auto IsGiven = [&](const SourceRange &Where) {
    return Where.File &&
           (U.Spec.ReportAll || U.Spec.Given.contains(normalizePath(Where.File->path())));
  };
  std::vector<Finding> Raw = runRules(M, Cfg);
  Timer.lap("rules");
  R.Findings = applySuppressions(std::move(Raw), In.Files, IsGiven, Cfg);
  Timer.lap("filter");
  if (Opts.WantInventory) {
    R.Inventory = buildInventory(M, Cl, Opts.Explain, IsGiven);
    for (auto &E : R.Inventory) {
      E.Frontend = std::string(U.FE->id());
      E.Root = U.Spec.Root;
    }
  }
  // A scanned file the results point into is one the unit read.
  auto Use = [&](const SourceRange &Where) {
    if (Where.File)
      In.use(Where.File);
  };
  for (const auto &F : R.Findings) {
    Use(F.Where);
    for (const auto &X : F.Related)
      Use(X.Where);
  }
  for (const auto &E : R.Inventory) {
    Use(E.Where);
    Use(E.EntityWhere);
    for (const auto &X : E.Exposures) {
      Use(X.Where);
      for (const auto &P : X.Path)
        Use(P.Where);
    }
  }
  for (auto &P : In.Peeked) {
    if (!P.File && !P.Kept)
      continue; // used: a loaded file
    // A kept file (an editor session's) stays peeked, used or not.
    const SourceFile &F = P.File ? *P.File : *P.Raw;
    PeekedFileId Id{F.path(), P.Stamp, ""};
    if (P.FromBuffer || isRacy(P.Stamp))
      Id.Hash = loadHash(F, P.Problems);
    R.Peeked.push_back(std::move(Id));
  }
  R.Files = std::move(In.Files);
  R.Notices = std::move(In.Notes);
  R.KeepAlive = std::move(In.KeepAlive);
  if (!Key.empty()) {
    // A file's stamp stands for the content read only when the file had not
    // changed for the clock's granularity before the unit started: a write
    // during the run (or in the same tick as the read) leaves it unstamped.
    constexpr int64_t WindowNs = 2'000'000'000;
    std::vector<LoadedFileId> Ids;
    for (const auto &F : R.Files) {
      LoadedFileId Id{F->path(), loadHash(*F, In.LoadProblems), {}};
      if (!W.buffer(normalizePath(F->path()))) {
        FileStamp S = stampOf(F->path());
        if (S.Valid && S.MtimeNs < StartNs - WindowNs && S.CtimeNs < StartNs - WindowNs)
          Id.Stamp = S;
      }
      Ids.push_back(std::move(Id));
    }
    Cache.store(Key, Ids, R);
  }
  keepUntilExit(M);
  return R;
}

// Runs the units on Jobs threads; results keep the units' order.
// A unit that throws (a frontend bug: frontends return errors as values)
// leaves its message in Failures[I]; the other units are still read.
std::vector<UnitResult> runUnits(const std::vector<Unit> &Units, const ConfigSet &Configs,
                                 const Workspace &W, const EngineOptions &Opts,
                                 std::vector<std::string> &Failures) {
  ResultCache Cache(Opts.CacheDir);
  std::vector<UnitResult> Results(Units.size());
  Failures.assign(Units.size(), {});
  unsigned Jobs = Opts.Jobs ? Opts.Jobs : std::max(1u, std::thread::hardware_concurrency());
  Jobs = std::min<unsigned>(Jobs, static_cast<unsigned>(Units.size()));
  std::atomic<size_t> Next{0};
  auto Worker = [&] {
    for (size_t I; (I = Next++) < Units.size();) {
      if (Opts.Cancel && Opts.Cancel->load())
        continue;
      try {
        Results[I] = runUnit(Units[I], Configs, W, Opts, Cache);
      } catch (const std::exception &E) {
        Failures[I] = E.what();
        Results[I] = UnitResult();
      }
      if (Opts.Progress)
        Opts.Progress->advance(Units[I].Spec.Files.size());
    }
  };
  if (Jobs <= 1) {
    Worker();
  } else {
    std::vector<std::thread> Threads;
    for (unsigned T = 0; T < Jobs; ++T)
      Threads.emplace_back(Worker);
    for (auto &T : Threads)
      T.join();
  }
  return Results;
}

} // namespace

EngineResult runEngine(const EngineOptions &Opts) {
  EngineResult Res;
  clearPathCache(); // files may have come or gone since the last run (an editor session)
  ConfigSet Configs(Opts.ConfigOverride, Res.Errors);
  if (!Opts.W)
    Res.OwnWorkspace = std::make_shared<Workspace>();
  Workspace &W = Opts.W ? *Opts.W : *Res.OwnWorkspace;

  if (Opts.Progress)
    Opts.Progress->phase("finding files", 0);
  // Discovery.
  std::vector<std::string> Excludes;
  if (!Opts.ConfigOverride.empty() && Configs.load(Opts.ConfigOverride))
    Excludes = Configs.config(Opts.ConfigOverride).PathExcludes;
  if (!Res.Errors.empty())
    return Res;
  DiscoveryProblems Found;
  std::vector<DiscoveredFile> Files = discoverFiles(Opts.Paths, Excludes, Found);
  for (const auto &M : Found.Missing) {
    // An editor's buffer that was never saved is a file for this run.
    if (W.buffer(normalizePath(M)))
      Files.push_back({M, true});
    else
      Res.Errors.push_back(ConfigError{M, 0, 0, "no such file or directory"});
  }
  for (const auto &P : Found.NotRegular) // a FIFO or device: reading would block or never end
    Res.Errors.push_back(ConfigError{P, 0, 0, "not a regular file"});
  Res.Notices.insert(Res.Notices.end(), Found.Notes.begin(), Found.Notes.end());
  const size_t PathErrors = Res.Errors.size(); // reported, and the other paths still checked
  if (Opts.UseStdin) {
    Files.push_back({Opts.StdinFilename, true});
    W.setBuffer(normalizePath(Opts.StdinFilename), Opts.StdinText);
  }
  std::string First = !Opts.Paths.empty() ? Opts.Paths.front()
                      : Opts.UseStdin     ? Opts.StdinFilename
                                          : ".";
  Res.ProjectRoot = projectRootFor(First);
  std::string RunCfg = Configs.pathFor(First);
  if (Configs.load(RunCfg))
    Res.RunConfig = Configs.config(RunCfg);
  Res.BaselinePath = Opts.BaselinePath;
  if (Res.BaselinePath.empty() && Opts.ConfigBaseline) {
    Res.BaselinePath = Res.RunConfig.baselinePath();
    Res.BaselineFromConfig = !Res.BaselinePath.empty();
  }
  if (Res.Errors.size() > PathErrors)
    return Res;

  std::vector<Unit> Units = planUnits(Files, Opts, Configs, W, Res);
  if (Res.Errors.size() > PathErrors)
    return Res;
  size_t ToRead = 0;
  for (const Unit &U : Units) {
    ToRead += U.Spec.Files.size();
    Res.FilesChecked += U.Spec.Given.size();
  }
  if (Opts.Progress)
    Opts.Progress->phase("checking", ToRead);
  std::vector<std::string> Failures;
  std::vector<UnitResult> Results = runUnits(Units, Configs, W, Opts, Failures);
  // Fail closed: a unit that could not be read is an exit-2 error naming
  // its files, never a silent gap (the other units' findings still count).
  for (size_t I = 0; I < Units.size(); ++I)
    if (!Failures[I].empty())
      for (const auto &F : Units[I].Spec.Files)
        Res.Errors.push_back(ConfigError{F, 0, 0,
                                         "internal error while reading this file (" + Failures[I] +
                                             "); its findings are missing; please report it"});
  std::set<std::string> CheckedFiles; // whose findings are reported
  for (size_t I = 0; I < Units.size(); ++I) {
    UnitResult &R = Results[I];
    std::vector<std::string> Read;
    for (const auto &F : R.Files)
      Read.push_back(normalizePath(F->path()));
    for (const auto &P : R.Peeked) // scanned: what they say may change the findings
      Read.push_back(normalizePath(P.Path));
    W.recordReads(Units[I].Spec.Given, Read);
    CheckedFiles.insert(Units[I].Spec.Given.begin(), Units[I].Spec.Given.end());
    if (Units[I].Spec.ReportAll)
      CheckedFiles.insert(Read.begin(), Read.end());
    for (auto &F : R.Findings)
      Res.Findings.push_back(std::move(F));
    for (auto &E : R.Inventory)
      Res.Inventory.push_back(std::move(E));
    for (auto &F : R.Files)
      Res.Files.push_back(std::move(F));
    for (auto &N : R.Notices)
      Res.Notices.push_back(std::move(N));
    for (auto &K : R.KeepAlive)
      Res.KeepAlive.push_back(std::move(K));
  }
  if (Opts.Progress && (!Opts.DiffBase.empty() || !Res.BaselinePath.empty()))
    Opts.Progress->phase(!Opts.DiffBase.empty() ? "reading git's diff" : "matching the baseline",
                         0);
  filterResults(Opts, CheckedFiles, Res);
  return Res;
}

} // namespace privlint
