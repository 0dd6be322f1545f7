// libprivlint-tidy.so: clang-tidy --load=libprivlint-tidy.so
// --checks='-*,privlint-*'. Each check reports its rule's findings from the
// shared analysis; clang-tidy applies NOLINT, NOLINTNEXTLINE and
// NOLINTBEGIN/END. .privlint.yaml (found upward from the main file) is the
// base configuration; CheckOptions override it per check:
//   privlint-<rule>.ConfigFile      another .privlint.yaml
//   privlint-<rule>.EncryptedTypes  ';'-separated, replaces cxx.encrypted_types
//   privlint-<rule>.HeaderFilter    POSIX extended regex, replaces cxx.header_filter
#include "ClangFindings.h"

#include "ClangTidyCheck.h"
#include "ClangTidyModule.h"
#include "ClangTidyModuleRegistry.h"

#include <clang/ASTMatchers/ASTMatchFinder.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/Regex.h>

namespace privlint {
namespace {

using namespace clang::ast_matchers;

class PrivlintRuleCheck : public clang::tidy::ClangTidyCheck {
public:
  PrivlintRuleCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context, std::string Rule)
      : ClangTidyCheck(Name, Context), RuleId(std::move(Rule)) {
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
    std::string Error;
    auto Findings = analyzeTranslationUnit(*Result.Context, Overrides, Error);
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
  ClangOverrides Overrides;
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
