// libprivlint-plugin.so: clang++ -fplugin=libprivlint-plugin.so warns during a
// normal build. -fplugin-arg-privlint-werror turns the findings into errors
// (clang's custom diagnostics ignore -Werror); -fplugin-arg-privlint-config=FILE
// names the configuration.
#include "ClangFindings.h"

#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendPluginRegistry.h>

namespace privlint {
namespace {

class PluginConsumer : public clang::ASTConsumer {
public:
  PluginConsumer(clang::CompilerInstance &CI, bool Werror, std::string Config)
      : CI(CI), Werror(Werror), Config(std::move(Config)) {}

  void HandleTranslationUnit(clang::ASTContext &Ctx) override {
    clang::DiagnosticsEngine &D = CI.getDiagnostics();
    std::string Error;
    ClangOverrides Overrides;
    Overrides.ConfigPath = Config;
    auto Findings = analyzeTranslationUnit(Ctx, Overrides, Error);
    if (!Error.empty()) {
      D.Report(D.getCustomDiagID(clang::DiagnosticsEngine::Error, "privlint: %0")) << Error;
      return;
    }
    for (const auto &F : Findings) {
      auto Level = Werror || F.Sev == Severity::Error ? clang::DiagnosticsEngine::Error
                   : F.Sev == Severity::Note          ? clang::DiagnosticsEngine::Remark
                                                      : clang::DiagnosticsEngine::Warning;
      D.Report(F.Loc, D.getCustomDiagID(Level, "%0 [%1]")) << F.Message << F.RuleId;
      for (const auto &N : F.Notes)
        D.Report(N.Loc, D.getCustomDiagID(clang::DiagnosticsEngine::Note, "%0")) << N.Message;
    }
  }

private:
  clang::CompilerInstance &CI;
  bool Werror;
  std::string Config;
};

class PluginAction : public clang::PluginASTAction {
protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &CI,
                                                        llvm::StringRef) override {
    return std::make_unique<PluginConsumer>(CI, Werror, Config);
  }
  bool ParseArgs(const clang::CompilerInstance &CI, const std::vector<std::string> &Args) override {
    for (const auto &A : Args) {
      if (A == "werror") {
        Werror = true;
      } else if (A.rfind("config=", 0) == 0) {
        Config = A.substr(7);
      } else {
        clang::DiagnosticsEngine &D = CI.getDiagnostics();
        D.Report(D.getCustomDiagID(
            clang::DiagnosticsEngine::Error,
            "privlint: unknown plugin argument '%0' (known: werror, config=FILE)"))
            << A;
        return false;
      }
    }
    return true;
  }
  ActionType getActionType() override { return AddAfterMainAction; }

private:
  bool Werror = false;
  std::string Config;
};

} // namespace
} // namespace privlint

static clang::FrontendPluginRegistry::Add<privlint::PluginAction>
    X("privlint", "privlint: contact data stored in plaintext or exposed without authentication");
