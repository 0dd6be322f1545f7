// libprivlint-cxx.so: the CLI's C++ frontend. Runs the analysis over
// translation units with LibTooling (compile_commands.json like clang-tidy,
// or fixed arguments after "--") and hands the model back to the engine.
#include "Frontend/Cxx/CxxAnalysis.h"
#include "Frontend/Cxx/CxxBridge.h"

#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/Basic/Diagnostic.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/Path.h>

namespace {

using namespace privlint;

class CollectConsumer : public clang::ASTConsumer {
public:
  explicit CollectConsumer(CxxCollector &C) : Collector(C) {}
  void HandleTranslationUnit(clang::ASTContext &Ctx) override { Collector.collect(Ctx); }

private:
  CxxCollector &Collector;
};

class CollectAction : public clang::ASTFrontendAction {
public:
  explicit CollectAction(CxxCollector &C) : Collector(C) {}
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &,
                                                        llvm::StringRef) override {
    return std::make_unique<CollectConsumer>(Collector);
  }

private:
  CxxCollector &Collector;
};

class CollectFactory : public clang::tooling::FrontendActionFactory {
public:
  explicit CollectFactory(CxxCollector &C) : Collector(C) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<CollectAction>(Collector);
  }

private:
  CxxCollector &Collector;
};

// Compile errors become parse-error problems at their place; the rest of the
// project is still analysed.
class ProblemCollector : public clang::DiagnosticConsumer {
public:
  ProblemCollector(CxxCollector &C, Model &M) : Collector(C), Out(M) {}
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < clang::DiagnosticsEngine::Error || !Info.hasSourceManager() ||
        Info.getLocation().isInvalid())
      return;
    const clang::SourceManager &SM = Info.getSourceManager();
    clang::SourceLocation L = SM.getSpellingLoc(Info.getLocation());
    clang::FileID FID = SM.getFileID(L);
    auto Entry = SM.getFileEntryRefForID(FID);
    if (!Entry)
      return;
    llvm::SmallString<256> Msg;
    Info.FormatDiagnostic(Msg);
    const SourceFile *SF = Collector.fileFor(Entry->getName().str(), SM.getBufferData(FID).str());
    uint32_t Off = SM.getFileOffset(L);
    Out.Problems.push_back(
        {SourceRange{SF, Off, Off + 1}, "C++ compile error: " + Msg.str().str()});
  }

private:
  CxxCollector &Collector;
  Model &Out;
};

} // namespace

extern "C" void privlint_cxx_collect(const privlint::CxxRequest &Req, privlint::CxxResult &Res) {
  using namespace clang::tooling;
  std::string Error;
  std::unique_ptr<CompilationDatabase> DB;
  if (!Req.BuildDir.empty()) {
    DB = CompilationDatabase::loadFromDirectory(Req.BuildDir, Error);
    if (!DB) {
      Res.Errors.push_back("cannot load compile_commands.json from '" + Req.BuildDir +
                           "': " + Error);
      return;
    }
  } else {
    DB = std::make_unique<FixedCompilationDatabase>(".", Req.ExtraArgs);
  }
  // Headers named on the command line are not in compile_commands.json:
  // borrow the command of the closest source file, as clangd does.
  DB = inferMissingCompileCommands(std::move(DB));
  std::vector<std::string> Files = Req.Files;
  if (Files.empty() && !Req.BuildDir.empty())
    Files = DB->getAllFiles();
  std::sort(Files.begin(), Files.end()); // deterministic order of translation units
  CxxOptions Opts;
  Opts.ProjectRoot = Req.ProjectRoot;
  Opts.EncryptedTypes = Req.EncryptedTypes;
  Opts.HeaderFilter = Req.HeaderFilter;
  CxxCollector Collector(Opts);
  ClangTool Tool(*DB, Files);
  Tool.appendArgumentsAdjuster(getInsertArgumentAdjuster(
      "-resource-dir=" PRIVLINT_CLANG_RESOURCE_DIR, ArgumentInsertPosition::END));
  Tool.appendArgumentsAdjuster(
      getInsertArgumentAdjuster("-fsyntax-only", ArgumentInsertPosition::END));
  // A header given alone is C++ (clang would read a .h as C): a later -x in
  // the command (one inferred from a C++ file) still wins.
  Tool.appendArgumentsAdjuster([](const CommandLineArguments &Args, llvm::StringRef File) {
    llvm::StringRef Ext = llvm::sys::path::extension(File);
    if (!(Ext == ".h" || Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx" || Ext == ".h++" ||
          Ext == ".inl") ||
        Args.empty())
      return Args;
    CommandLineArguments Out(Args.begin(), Args.begin() + 1);
    Out.push_back("-xc++-header");
    Out.insert(Out.end(), Args.begin() + 1, Args.end());
    return Out;
  });
  // An editor's unsaved buffers replace the files on disk (the engine's
  // Workspace, as for every other frontend).
  for (const auto &[Path, Text] : Req.Overlays)
    Tool.mapVirtualFile(Path, Text);
  ProblemCollector Problems(Collector, Res.M);
  Tool.setDiagnosticConsumer(&Problems);
  CollectFactory Factory(Collector);
  Tool.run(&Factory);
  Model &M = Collector.model();
  size_t Base = Res.M.Entities.size();
  for (auto &E : M.Entities)
    Res.M.Entities.push_back(std::move(E));
  for (auto &X : M.Exposures) {
    X.EntityIndex += Base;
    Res.M.Exposures.push_back(std::move(X));
  }
  for (auto &F : Collector.takeFiles())
    Res.Files.push_back(std::move(F));
}
