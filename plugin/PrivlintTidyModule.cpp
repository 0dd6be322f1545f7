// libprivlint-tidy.so: clang-tidy --load=libprivlint-tidy.so
// --checks='-*,privlint-*'. The module registers one check privlint-<id> per
// rule marked clang_tidy in rules/rules.yaml. Like clazy's checks, they share
// one analysis per translation unit: the first check to see a unit analyses
// it and every check reports its own rule's findings from the result.
// clang-tidy applies NOLINT, NOLINTNEXTLINE and NOLINTBEGIN/END.
// .privlint.yaml (found upward from the main file) is the base configuration;
// CheckOptions override it per check:
//   privlint-<rule>.ConfigFile      another .privlint.yaml
//   privlint-<rule>.EncryptedTypes  ';'-separated, replaces cxx.encrypted_types
//   privlint-<rule>.HeaderFilter    POSIX extended regex, replaces cxx.header_filter
// Checks whose options differ cannot share: one analysis per distinct set.
#include "ClangFindings.h"

#include "Engine/RuleRegistry.h"

#include "ClangTidyCheck.h"
#include "ClangTidyModule.h"
#include "ClangTidyModuleRegistry.h"

#include <clang/ASTMatchers/ASTMatchFinder.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/Regex.h>

#include <map>
#include <memory>

namespace privlint {
namespace {

using namespace clang::ast_matchers;

/// The analyses of the current translation unit, one per distinct set of
/// overrides, shared by every check the module created.
class SharedAnalysis {
public:
  struct Result {
    std::vector<ClangFinding> Findings;
    std::string Error;
    bool ErrorReported = false; // a configuration error is reported once per unit
  };

  Result &get(clang::ASTContext &Ctx, const ClangOverrides &Overrides) {
    if (&Ctx != Unit) {
      Results.clear();
      Unit = &Ctx;
    }
    auto [It, Inserted] = Results.try_emplace(keyOf(Overrides));
    if (Inserted)
      It->second.Findings = analyzeTranslationUnit(Ctx, Overrides, It->second.Error);
    return It->second;
  }
  void endOfTranslationUnit() {
    Results.clear();
    Unit = nullptr;
  }

private:
  static std::string keyOf(const ClangOverrides &O) {
    std::string K = O.ConfigPath;
    K += '\0';
    if (O.EncryptedTypes)
      K += "types=" + llvm::join(*O.EncryptedTypes, ";");
    K += '\0';
    if (O.HeaderFilter)
      K += "filter=" + *O.HeaderFilter;
    return K;
  }

  const clang::ASTContext *Unit = nullptr;
  std::map<std::string, Result> Results;
};

class PrivlintRuleCheck : public clang::tidy::ClangTidyCheck {
public:
  PrivlintRuleCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context, std::string Rule,
                    std::shared_ptr<SharedAnalysis> Shared)
      : ClangTidyCheck(Name, Context), RuleId(std::move(Rule)), Shared(std::move(Shared)) {
    Overrides.ConfigPath = Options.get("ConfigFile", "").str();
    if (auto Types = Options.get("EncryptedTypes")) {
      llvm::SmallVector<llvm::StringRef> Parts;
      llvm::SplitString(*Types, Parts, ";, ");
      Overrides.EncryptedTypes.emplace();
      for (llvm::StringRef P : Parts)
        Overrides.EncryptedTypes->push_back(P.str());
    }
    if (auto Filter = Options.get("HeaderFilter")) {
      std::string Why;
      if (llvm::Regex(*Filter).isValid(Why))
        Overrides.HeaderFilter = Filter->str();
      else
        configurationDiag("invalid regular expression in %0.HeaderFilter '%1': %2")
            << Name << *Filter << Why;
    }
  }

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "ConfigFile", Overrides.ConfigPath);
    if (Overrides.EncryptedTypes)
      Options.store(Opts, "EncryptedTypes", llvm::join(*Overrides.EncryptedTypes, ";"));
    if (Overrides.HeaderFilter)
      Options.store(Opts, "HeaderFilter", *Overrides.HeaderFilter);
  }
  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  }
  void check(const MatchFinder::MatchResult &Result) override {
    SharedAnalysis::Result &A = Shared->get(*Result.Context, Overrides);
    if (!A.Error.empty()) {
      if (!A.ErrorReported)
        configurationDiag("privlint: %0") << A.Error;
      A.ErrorReported = true;
      return;
    }
    for (const auto &F : A.Findings) {
      if (F.RuleId != RuleId)
        continue;
      auto Level = F.Sev == Severity::Error  ? clang::DiagnosticIDs::Error
                   : F.Sev == Severity::Note ? clang::DiagnosticIDs::Note
                                             : clang::DiagnosticIDs::Warning;
      diag(F.Loc, "%0", Level) << F.Message;
      for (const auto &N : F.Notes)
        diag(N.Loc, "%0", clang::DiagnosticIDs::Note) << N.Message;
    }
  }
  void onEndOfTranslationUnit() override { Shared->endOfTranslationUnit(); }

private:
  std::string RuleId;
  std::shared_ptr<SharedAnalysis> Shared;
  ClangOverrides Overrides;
};

class PrivlintModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    auto Shared = std::make_shared<SharedAnalysis>();
    for (const RuleInfo &Rule : allRules()) {
      if (!Rule.ClangTidy)
        continue;
      Factories.registerCheckFactory(
          "privlint-" + Rule.Id,
          [Id = Rule.Id, Shared](llvm::StringRef Name, clang::tidy::ClangTidyContext *Context) {
            return std::make_unique<PrivlintRuleCheck>(Name, Context, Id, Shared);
          });
    }
  }
};

} // namespace
} // namespace privlint

static clang::tidy::ClangTidyModuleRegistry::Add<privlint::PrivlintModule>
    X("privlint-module",
      "privlint: contact data stored in plaintext or exposed without authentication.");
