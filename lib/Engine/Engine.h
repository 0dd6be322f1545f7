// Runs the pipeline: discover -> parse -> link -> classify -> evaluate ->
// filter. Units (a migration directory, a file) are independent and run in
// parallel; results are sorted so output never depends on timing.
#pragma once

#include "Engine/Config.h"
#include "Engine/Finding.h"

#include <memory>
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
  bool Explain = false;       // inventory --explain: also fields a rule rejected
  std::string BaselinePath;   // --baseline: report only findings not in it
  std::string DiffBase;       // --diff-base REV: only findings on changed lines
  std::string Dialect;        // --dialect postgres|mysql|sqlite (else sql.dialect, else sniffed)
  std::string CompileCommandsDir;     // -p: compile_commands.json for C++ inputs
  std::vector<std::string> CompilerArgs; // after "--": compile flags when there is no database
  bool HaveCompilerArgs = false;
};

struct InventoryEntry {
  SourceRange Where;
  std::string Entity, EntityKind, Table, Field, ColumnName, DeclaredType, TypeClass;
  std::vector<CategoryMatch> Categories;
  std::string Protection;
  std::vector<std::string> ProtectionEvidence;
  struct Exp {
    std::string Audience, Role, Channel, Via;
    SourceRange Where;
  };
  std::vector<Exp> Exposures;
  std::vector<std::string> Rejections; // --explain: why a matching name was turned down
};

struct EngineResult {
  std::vector<Finding> Findings;       // sorted, filtered
  std::vector<InventoryEntry> Inventory; // sorted
  std::vector<std::string> Notices;    // printed to stderr (skipped files, dialect notes)
  std::vector<ConfigError> Errors;     // exit-2 conditions (configuration, missing paths)
  std::string ProjectRoot;
  Config RunConfig;            // --config, else the configuration of the project root
  size_t BaselineMatched = 0;  // findings hidden by --baseline
  size_t OutsideDiff = 0;      // findings hidden by --diff-base
  std::vector<std::unique_ptr<SourceFile>> Files; // owns every buffer the results point into
};

EngineResult runEngine(const EngineOptions &Opts);

/// Classifies M and runs every enabled rule with Cfg's settings (no
/// suppressions, no filtering): the evaluation the Clang front doors share.
std::vector<Finding> evaluateRules(Model &M, const Config &Cfg, const Taxonomy &Tax);
/// Runs every rule Cfg enables over an already classified model.
std::vector<Finding> runRules(const Model &M, const Config &Cfg);

/// Every registered rule id (for configuration validation).
std::vector<std::string> knownRuleIds();

} // namespace privlint
