// libprivlint-tidy.so: clang-tidy --load=libprivlint-tidy.so
// --checks='-*,privlint-*'. Each check reports its rule's findings from the
// shared analysis; clang-tidy applies NOLINT, NOLINTNEXTLINE and
// NOLINTBEGIN/END. CheckOptions: privlint-<rule>.ConfigFile overrides the
// .privlint.yaml found upward from the main file.
#include "ClangFindings.h"

#include "ClangTidyCheck.h"
#include "ClangTidyModule.h"
#include "ClangTidyModuleRegistry.h"

#include <clang/ASTMatchers/ASTMatchFinder.h>

namespace privlint {
namespace {

using namespace clang::ast_matchers;

class PrivlintRuleCheck : public clang::tidy::ClangTidyCheck {
public:
  PrivlintRuleCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context, std::string Rule)
      : ClangTidyCheck(Name, Context), RuleId(std::move(Rule)),
        ConfigFile(Options.get("ConfigFile", "")) {}

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "ConfigFile", ConfigFile);
  }
  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  }
  void check(const MatchFinder::MatchResult &Result) override {
    std::string Error;
    auto Findings = analyzeTranslationUnit(*Result.Context, ConfigFile, Error);
    if (!Error.empty()) {
      configurationDiag("privlint: %0") << Error;
      return;
    }
    for (const auto &F : Findings) {
      if (F.RuleId != RuleId)
        continue;
      auto Level = F.Sev == Severity::Error ? clang::DiagnosticIDs::Error
                   : F.Sev == Severity::Note ? clang::DiagnosticIDs::Note
                                             : clang::DiagnosticIDs::Warning;
      diag(F.Loc, "%0", Level) << F.Message;
      for (const auto &N : F.Notes)
        diag(N.Loc, "%0", clang::DiagnosticIDs::Note) << N.Message;
    }
  }

private:
  std::string RuleId;
  std::string ConfigFile;
};

template <const char *Rule> class RuleCheck : public PrivlintRuleCheck {
public:
  RuleCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : PrivlintRuleCheck(Name, Context, Rule) {}
};

constexpr char PlaintextContactField[] = "plaintext-contact-field";
constexpr char ContactExposedWithoutAuth[] = "contact-exposed-without-auth";

class PrivlintModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<RuleCheck<PlaintextContactField>>("privlint-plaintext-contact-field");
    Factories.registerCheck<RuleCheck<ContactExposedWithoutAuth>>("privlint-contact-exposed-without-auth");
  }
};

} // namespace
} // namespace privlint

static clang::tidy::ClangTidyModuleRegistry::Add<privlint::PrivlintModule>
    X("privlint-module", "privlint: contact data stored in plaintext or exposed without authentication.");
