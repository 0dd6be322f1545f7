#include "ClangFindings.h"

#include "Engine/Discovery.h"
#include "Engine/Engine.h"
#include "Engine/Suppressions.h"
#include "Frontend/Cxx/CxxAnalysis.h"

#include <clang/AST/ASTContext.h>
#include <clang/Basic/FileManager.h>
#include <clang/Basic/SourceManager.h>

namespace privlint {

std::vector<ClangFinding> analyzeTranslationUnit(clang::ASTContext &Ctx,
                                                 const ClangOverrides &Overrides,
                                                 std::string &Error) {
  const std::string &ConfigPath = Overrides.ConfigPath;
  std::vector<ClangFinding> Out;
  clang::SourceManager &SM = Ctx.getSourceManager();
  auto Main = SM.getFileEntryRefForID(SM.getMainFileID());
  std::string MainPath = Main ? Main->getName().str() : std::string(".");

  Config Cfg;
  std::string CfgPath = ConfigPath.empty() ? findConfigFor(MainPath) : ConfigPath;
  if (!CfgPath.empty()) {
    std::vector<ConfigError> Errs;
    auto C = loadConfigFile(CfgPath, knownRuleIds(), Errs);
    if (!C) {
      // One diagnostic: every error of the file, one per line.
      for (const auto &E : Errs)
        Error += (Error.empty() ? "" : "\n") + E.format();
      return Out;
    }
    Cfg = *C;
  }
  std::vector<std::string> TaxErrors;
  Taxonomy Tax = Taxonomy::build(Cfg.Classify, TaxErrors);

  CxxOptions Opts;
  Opts.ProjectRoot = projectRootFor(MainPath);
  Opts.EncryptedTypes =
      Overrides.EncryptedTypes ? *Overrides.EncryptedTypes : Cfg.list("cxx.encrypted_types");
  Opts.HeaderFilter =
      Overrides.HeaderFilter ? *Overrides.HeaderFilter : Cfg.string("cxx.header_filter");
  CxxCollector Collector(Opts);
  Collector.collect(Ctx);
  std::vector<Finding> Findings = evaluateRules(Collector.model(), Cfg, Tax);
  std::sort(Findings.begin(), Findings.end(), findingLess);

  auto LocOf = [&](const SourceRange &R) -> clang::SourceLocation {
    if (!R.File)
      return {};
    auto It = Collector.paths().find(R.File);
    if (It == Collector.paths().end())
      return {};
    auto FE = SM.getFileManager().getOptionalFileRef(It->second);
    if (!FE)
      return {};
    clang::FileID FID = SM.translateFile(*FE);
    if (FID.isInvalid())
      return {};
    return SM.getLocForStartOfFile(FID).getLocWithOffset(static_cast<int>(R.Begin));
  };
  // privlint-ignore comments and NOLINT(privlint-<rule>) / NOLINTNEXTLINE(...),
  // matched as the CLI matches them (clang-tidy applies its own NOLINT
  // handling as well).
  SuppressionIndex Sups;
  for (const auto &F : Findings) {
    ClangFinding CF;
    CF.Loc = LocOf(F.Where);
    if (CF.Loc.isInvalid() || Sups.suppresses(F))
      continue;
    CF.RuleId = F.RuleId;
    CF.Sev = F.Sev;
    CF.Message = F.Message;
    for (const auto &R : F.Related)
      if (auto L = LocOf(R.Where); L.isValid())
        CF.Notes.push_back({L, R.Message});
    Out.push_back(std::move(CF));
  }
  return Out;
}

} // namespace privlint
