// The privlint command line. CommandLine.cpp declares the commands and their
// flags (CLI11); here each command calls the library and writes through a
// ReportOutput, so a report that did not reach its file is an error.
#include "CommandLine.h"
#include "ConfigDump.h"
#include "MarkdownTerminal.h"
#include "ProgressLine.h"
#include "ReportOutput.h"
#include "Terminal.h"

#include "Engine/Baseline.h"
#include "Engine/Discovery.h"
#include "Engine/Engine.h"
#include "Engine/ResultCache.h"
#include "Engine/RuleRegistry.h"
#include "Engine/RuleRunner.h"
#include "Lsp/ClangdProxy.h"
#include "Lsp/Server.h"
#include "Report/Reporters.h"
#include "Support/DidYouMean.h"
#include "Support/KeepUntilExit.h"

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <optional>
#include <sstream>

using namespace privlint;

namespace {

int usageError(const UsageError &E) {
  std::cerr << "privlint: error: " << E.Message << "\ntry '" << E.Command << " --help'\n";
  return 2;
}

/// Status, or 2 with the OS reason when the output did not get every byte.
int finishOutput(ReportOutput &Out, int Status) {
  if (Out.finish())
    return Status;
  std::cerr << "privlint: error: " << Out.error() << '\n';
  return 2;
}

int printText(const std::string &Text) {
  ReportOutput Out("");
  Out.stream() << Text;
  return finishOutput(Out, 0);
}

// --- explain ---------------------------------------------------------------

void unknownRule(const std::string &Id) {
  std::vector<std::string> Ids;
  for (const auto &R : allRules())
    Ids.push_back(R.Id);
  // A clang-tidy check name with a typo: the id after "privlint-".
  bool Prefixed = Id.starts_with("privlint-");
  std::optional<std::string> Near = closestMatch(Prefixed ? Id.substr(9) : Id, Ids);
  std::string Hint = Near ? "; did you mean '" + *Near + "'?" : "";
  std::cerr << "privlint: error: unknown rule '" << Id << "'";
  if (Hint.empty()) {
    std::cerr << "; known rules:";
    for (const auto &X : Ids)
      std::cerr << ' ' << X;
  }
  std::cerr << Hint << '\n';
}

// A rule by its id or by its clang-tidy check name (privlint-<id>).
const RuleInfo *ruleNamed(const std::string &Name) {
  if (const RuleInfo *R = findRule(Name))
    return R;
  return Name.starts_with("privlint-") ? findRule(Name.substr(9)) : nullptr;
}

// One line per rule: its id, then its summary (so `cut -d' ' -f1` gives the ids).
int listRules() {
  size_t Width = 0;
  for (const auto &R : allRules())
    Width = std::max(Width, R.Id.size());
  std::string Text;
  for (const auto &R : allRules())
    Text += R.Id + std::string(Width + 2 - R.Id.size(), ' ') + R.Summary + '\n';
  return printText(Text);
}

int runExplain(const Invocation &I) {
  if (I.ListRules)
    return listRules();
  const RuleInfo *R = ruleNamed(I.RuleId);
  if (!R) {
    unknownRule(I.RuleId);
    return 2;
  }
  bool EndsLine = !R->Doc.empty() && R->Doc.back() == '\n';
  std::string Page = R->Doc + (R->Doc.empty() || EndsLine ? "" : "\n");
  // Formatted for a terminal (or when colour is forced); the Markdown source
  // in a pipe or a file.
  bool Color = colorStdout("auto", false);
  if (stdoutIsTerminal() || Color)
    Page = renderMarkdownForTerminal(Page, Color);
  return printText(Page);
}

// --- config ----------------------------------------------------------------

int runConfig(const std::string &File) {
  std::string Path = findConfigFor(File);
  Config C;
  if (!Path.empty()) {
    std::vector<ConfigError> Errs;
    auto Loaded = loadConfigFile(Path, knownRuleIds(), Errs);
    if (!Loaded) {
      for (const auto &E : Errs)
        std::cerr << E.format() << '\n';
      return 2;
    }
    C = *Loaded;
  }
  ReportOutput Out("");
  dumpConfig(Out.stream(), File, Path, C);
  return finishOutput(Out, 0);
}

// --- check and inventory ---------------------------------------------------

// What the frontends are given untouched (lib/Frontend/Frontend.h).
void setInputOptions(EngineOptions &Opts, const RunFlags &F) {
  InputOptions &In = Opts.Inputs;
  In.Dialect = F.Dialect;
  In.CompileCommandsDir = F.CompileCommandsDir;
  In.CompilerArgs = F.CompilerArgs;
  In.HaveCompilerArgs = F.HaveCompilerArgs;
}

EngineOptions engineOptions(const Invocation &I) {
  EngineOptions Opts;
  Opts.Paths = I.Run.Paths;
  if (Opts.Paths.empty() && !I.UseStdin)
    Opts.Paths.push_back(".");
  Opts.UseStdin = I.UseStdin;
  Opts.StdinFilename = I.Run.StdinFilename;
  if (I.UseStdin) {
    std::stringstream SS;
    SS << std::cin.rdbuf();
    Opts.StdinText = SS.str();
  }
  Opts.ConfigOverride = I.Run.Config;
  Opts.Jobs = I.Jobs;
  Opts.WantInventory = I.Kind == CommandKind::Inventory;
  Opts.Explain = I.Run.Explain;
  // Rewriting a baseline records every current finding (and so drops the
  // stale entries): the old record hides nothing from the new one.
  Opts.BaselinePath = I.Run.WriteBaseline.empty() ? I.Run.Baseline : "";
  // check: the configuration's `baseline:` when no --baseline is given.
  Opts.ConfigBaseline = I.Kind == CommandKind::Check && I.Run.WriteBaseline.empty();
  Opts.DiffBase = I.Run.DiffBase;
  // The result cache: unchanged units are not read again (same output).
  if (!I.Run.NoCache)
    Opts.CacheDir = defaultCacheDirectory();
  setInputOptions(Opts, I.Run);
  return Opts;
}

std::string plural(size_t N, const char *Word) {
  return std::to_string(N) + ' ' + Word + (N == 1 ? "" : "s");
}

// The counts under a report meant for people, on standard error (not with
// --quiet). Each filter is counted only when its flag was given.
void printSummary(const EngineResult &R, const Invocation &I) {
  size_t Count[3] = {0, 0, 0};
  for (const auto &F : R.Findings)
    ++Count[static_cast<int>(F.Sev)];
  if (!R.Findings.empty())
    std::cerr << plural(R.Findings.size(), "finding") << " ("
              << plural(Count[static_cast<int>(Severity::Error)], "error") << ", "
              << plural(Count[static_cast<int>(Severity::Warning)], "warning") << ", "
              << plural(Count[static_cast<int>(Severity::Note)], "note") << ")\n";
  bool Baseline = !R.BaselinePath.empty(), Diff = !I.Run.DiffBase.empty();
  if (R.BaselineMatched || R.OutsideDiff) {
    std::cerr << "privlint: not shown: ";
    if (Baseline)
      std::cerr << R.BaselineMatched << " in the baseline" << (Diff ? ", " : "");
    if (Diff)
      std::cerr << R.OutsideDiff << " outside the changed lines";
    std::cerr << '\n';
  }
  if (R.StaleBaseline && !R.StaleBaseline->empty()) {
    size_t N = R.StaleBaseline->size();
    std::cerr << "privlint: " << N
              << (N == 1 ? " baseline entry matches" : " baseline entries match")
              << " no finding anymore (fixed); --write-baseline drops " << (N == 1 ? "it" : "them")
              << '\n';
  }
}

// 1 when a finding is at least as severe as --fail-on (else fail_on).
int findingsStatus(const EngineResult &R, const Invocation &I) {
  Severity Threshold = I.FailOn.value_or(R.RunConfig.FailOn.value_or(Severity::Warning));
  return std::any_of(R.Findings.begin(), R.Findings.end(),
                     [&](const Finding &F) { return F.Sev >= Threshold; })
             ? 1
             : 0;
}

int writeBaselineFile(const std::string &Path, const EngineResult &R, bool Quiet) {
  std::string Err;
  if (!writeBaseline(Path, R.Findings, R.ProjectRoot, Err)) {
    std::cerr << "privlint: error: " << Err << '\n';
    return 2;
  }
  if (!Quiet)
    std::cerr << "privlint: wrote " << R.Findings.size() << " findings to baseline '" << Path
              << "'\n";
  return 0;
}

// The notes of a run (skipped files, symbolic link loops, dialects), and
// "no files to check" when nothing given was read: a gate that read nothing
// says so, though it has nothing to fail on (exit status unaffected, as ruff
// does; docs/ci.md).
void printNotices(const EngineResult &R) {
  for (const auto &N : R.Notices)
    std::cerr << "privlint: " << N << '\n';
  if (R.FilesChecked == 0 && R.Errors.empty())
    std::cerr << "privlint: note: no files to check\n";
}

EngineResult runWithProgress(const Invocation &I) {
  EngineOptions Opts = engineOptions(I);
  std::optional<ProgressLine> Progress;
  if (!I.Run.Quiet && progressAllowed()) {
    Progress.emplace();
    Opts.Progress = &*Progress;
  }
  return runEngine(Opts); // the line is erased before anything else is written
}

// One run is one short process that allocates a few hundred MiB and frees
// much of it as it goes (a large SQL file's parse trees, chunk by chunk):
// freed memory is kept for the next allocation instead of going back to the
// kernel to be faulted in again page by page, and every thread allocates
// from the one heap (whose free memory then serves all). Measured on a
// 10 MB DDL file: about 10 % less CPU, and the one heap 20 MiB less peak
// memory than a heap per thread. Not for
// the language server, which lives long. (Transparent huge pages for the
// heap took another 15 % off that file but cost TypeORM projects as much
// in kernel time: left out.)
void tuneMemory() {
#if defined(__GLIBC__)
  constexpr int MiB = 1 << 20;
  mallopt(M_MMAP_THRESHOLD, 256 * MiB);
  mallopt(M_TRIM_THRESHOLD, INT_MAX);
  mallopt(M_TOP_PAD, 64 * MiB);
  mallopt(M_ARENA_MAX, 1);
#endif
}

int runAnalysis(const Invocation &I) {
  tuneMemory();
  setKeepUntilExit(true); // the models and catalogs of the run: the exit frees them
  EngineResult R = runWithProgress(I);
  if (!I.Run.Quiet)
    printNotices(R);
  ReportOutput Out(I.Run.Output);
  if (!Out.isOpen()) {
    std::cerr << "privlint: error: " << Out.error() << '\n';
    return 2;
  }
  ReportOptions Options{colorStdout(I.Run.Color, !I.Run.Output.empty()), I.Run.Explain};
  for (const auto &E : R.Errors)
    std::cerr << E.format() << '\n';
  // The run stopped before anything was checked (configuration, --diff-base,
  // baseline): only the error document.
  if (!R.Errors.empty() && !R.Checked) {
    if (I.Format->ErrorDocument)
      I.Format->Write(Out.stream(), R, Options);
    return finishOutput(Out, 2);
  }
  if (I.Kind == CommandKind::Check && !I.Run.WriteBaseline.empty()) {
    // A baseline of a partial run would forget the findings it missed.
    if (!R.Errors.empty()) {
      std::cerr << "privlint: error: baseline '" << I.Run.WriteBaseline
                << "' not written: not every path was checked\n";
      return finishOutput(Out, 2);
    }
    return finishOutput(Out, writeBaselineFile(I.Run.WriteBaseline, R, I.Run.Quiet));
  }
  // Findings can accompany errors that stopped part of the run (a missing
  // path): they are reported in every format, and the exit status is 2.
  bool Statistics = I.Kind == CommandKind::Check && I.Run.Statistics;
  if (Statistics)
    writeStatistics(Out.stream(), R);
  else
    I.Format->Write(Out.stream(), R, Options);
  if (finishOutput(Out, 0) != 0)
    return 2;
  int Status = R.Errors.empty() ? 0 : 2;
  if (I.Kind == CommandKind::Inventory)
    return Status;
  if (I.Format->StderrSummary && !I.Run.Quiet)
    printSummary(R, I);
  // --exit-zero forgives findings, never errors: a gate fails closed.
  if (Status || I.Run.ExitZero)
    return Status;
  return findingsStatus(R, I);
}

// --- lsp -------------------------------------------------------------------

int runLsp(const Invocation &I) {
  lsp::Log Log;
  std::string Err;
  if (!Log.open(I.Lsp.Log, Err)) {
    std::cerr << "privlint: error: " << Err << '\n';
    return 2;
  }
  // Standard output carries the protocol and nothing else: the server keeps
  // its own descriptor, and whatever else writes to descriptor 1 (a library,
  // a stray print) lands on standard error.
  int Protocol = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (Protocol < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    std::cerr << "privlint: error: cannot set up standard output\n";
    return 2;
  }
  std::signal(SIGPIPE, SIG_IGN); // a client that is gone is a failed write, not a signal
  lsp::ServerOptions O;
  O.Config = I.Lsp.Config;
  O.Baseline = I.Lsp.Baseline;
  O.CompileCommandsDir = I.Lsp.CompileCommandsDir;
  O.DebounceMs = I.DebounceMs;
  O.Jobs = I.Jobs;
  if (I.Lsp.Clangd.empty()) {
    O.CompilerArgs = I.Lsp.Args;
    O.HaveCompilerArgs = I.Lsp.HaveArgs;
    return lsp::Server::runStdio(std::move(O), Log, STDIN_FILENO, Protocol);
  }
  return lsp::runClangdProxy(std::move(O), Log, I.Lsp.Clangd, I.Lsp.Args, STDIN_FILENO, Protocol);
}

} // namespace

int main(int argc, char **argv) {
  auto Parsed = parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
  if (const auto *E = std::get_if<UsageError>(&Parsed))
    return usageError(*E);
  const Invocation &I = std::get<Invocation>(Parsed);
  switch (I.Kind) {
  case CommandKind::Check:
  case CommandKind::Inventory:
    return runAnalysis(I);
  case CommandKind::Explain:
    return runExplain(I);
  case CommandKind::Config:
    return runConfig(I.DumpFile);
  case CommandKind::Help:
    return printText(I.HelpText);
  case CommandKind::Version:
    return printText(std::string("privlint ") + PRIVLINT_VERSION + "\n");
  case CommandKind::Lsp:
    return runLsp(I);
  }
  return 2;
}
