// Runs the pipeline: discover -> parse -> link -> classify -> evaluate ->
// filter. Units (a migration directory, a file) are independent and run in
// parallel; results are sorted so output never depends on timing.
#pragma once

#include "Engine/Baseline.h"
#include "Engine/Config.h"
#include "Engine/Finding.h"
#include "Engine/Inventory.h"
#include "Engine/Progress.h"
#include "Engine/RuleRunner.h"
#include "Frontend/Frontend.h"

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace privlint {

struct EngineOptions {
  std::vector<std::string> Paths;
  bool UseStdin = false;
  std::string StdinFilename;
  std::string StdinText;
  std::string ConfigOverride; // --config
  unsigned Jobs = 0;          // 0: all cores
  bool WantInventory = false;
  bool Explain = false;     // inventory --explain: also fields a rule rejected
  std::string BaselinePath; // --baseline: report only findings not in it
  /// Without BaselinePath, the run configuration's `baseline:` applies
  /// (check and the language server; not --write-baseline or inventory).
  bool ConfigBaseline = false;
  std::string DiffBase;   // --diff-base REV: only findings on changed lines
  InputOptions Inputs;    // passed to the frontends untouched (--dialect, -p, -- ARGS)
  Workspace *W = nullptr; // buffers and context kept across runs (editor); else one per run
  ProgressObserver *Progress = nullptr; // a terminal's progress line, or none
  /// Set by an editor session when the run's buffers changed: the units not
  /// yet started are skipped (the caller drops the result).
  const std::atomic<bool> *Cancel = nullptr;
  /// The result cache's directory (Engine/ResultCache.h); "" (the default,
  /// and --no-cache): every unit is read.
  std::string CacheDir;
};

struct EngineResult {
  std::vector<Finding> Findings;         // sorted, filtered
  std::vector<InventoryEntry> Inventory; // sorted
  std::vector<std::string> Notices;      // printed to stderr (skipped files, dialect notes)
  std::vector<ConfigError> Errors;       // exit-2 conditions (configuration, missing paths)
  /// The inputs were read and filtered: Findings is their report, also when
  /// Errors holds conditions that stopped only part of the run (a missing
  /// path). False when the run stopped before (configuration, --diff-base).
  bool Checked = false;
  std::string ProjectRoot;
  Config RunConfig; // --config, else the configuration of the project root
  /// The baseline applied: --baseline, else the run configuration's
  /// `baseline:` (resolved against its directory); "" for none.
  std::string BaselinePath;
  bool BaselineFromConfig = false;
  size_t BaselineMatched = 0; // findings hidden by the baseline
  size_t OutsideDiff = 0;     // findings hidden by --diff-base
  /// With --baseline: its entries that hid nothing although their file was
  /// checked (or is gone), i.e. fixed findings; --write-baseline drops them.
  std::optional<std::vector<BaselineEntry>> StaleBaseline;
  /// Files read by some frontend among those given or found by walking
  /// (context files read along with them not counted). 0: nothing to check.
  size_t FilesChecked = 0;
  std::vector<std::unique_ptr<SourceFile>> Files; // owns every buffer the results point into
  /// The run's own workspace when none was given: frontends' cached context
  /// (which results may point into) lives there.
  std::shared_ptr<Workspace> OwnWorkspace;
  /// Workspace cache entries results point into (UnitInput::KeepAlive).
  std::vector<std::shared_ptr<const void>> KeepAlive;
};

EngineResult runEngine(const EngineOptions &Opts);

} // namespace privlint
