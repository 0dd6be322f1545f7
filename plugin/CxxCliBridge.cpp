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
#include <clang/Lex/PPCallbacks.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/Path.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace {

using namespace privlint;

class CollectConsumer : public clang::ASTConsumer {
public:
  explicit CollectConsumer(CxxCollector &C) : Collector(C) {}
  void HandleTranslationUnit(clang::ASTContext &Ctx) override { Collector.collect(Ctx); }

private:
  CxxCollector &Collector;
};

// What a fallback compilation (no compilation database) could not see.
struct FallbackStats {
  std::set<std::string> MissingHeaders;
  size_t Errors = 0;
  size_t Files = 0;
  size_t FilesWithProblems = 0;
};

// Without a compilation database the include paths of the project's
// dependencies are unknown: a header that is not found is skipped (and
// counted) instead of ending the translation unit.
class SkipMissingHeaders : public clang::PPCallbacks {
public:
  explicit SkipMissingHeaders(FallbackStats &S) : Stats(S) {}
  bool FileNotFound(llvm::StringRef FileName) override {
    Stats.MissingHeaders.insert(FileName.str());
    return true;
  }

private:
  FallbackStats &Stats;
};

class CollectAction : public clang::ASTFrontendAction {
public:
  CollectAction(CxxCollector &C, FallbackStats *S) : Collector(C), Fallback(S) {}
  bool BeginSourceFileAction(clang::CompilerInstance &CI) override {
    if (Fallback)
      CI.getPreprocessor().addPPCallbacks(std::make_unique<SkipMissingHeaders>(*Fallback));
    return true;
  }
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &,
                                                        llvm::StringRef) override {
    return std::make_unique<CollectConsumer>(Collector);
  }

private:
  CxxCollector &Collector;
  FallbackStats *Fallback;
};

class CollectFactory : public clang::tooling::FrontendActionFactory {
public:
  CollectFactory(CxxCollector &C, FallbackStats *S) : Collector(C), Fallback(S) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<CollectAction>(Collector, Fallback);
  }

private:
  CxxCollector &Collector;
  FallbackStats *Fallback;
};

bool isMacroName(const std::string &W) {
  if (W.size() < 3 || !(W[0] >= 'A' && W[0] <= 'Z'))
    return false;
  for (char C : W)
    if (!((C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9') || C == '_'))
      return false;
  return true;
}

// Identifiers of a line (letters, digits, '_'), in order, with the position
// just after each.
std::vector<std::pair<std::string, size_t>> identifiers(const std::string &Line) {
  std::vector<std::pair<std::string, size_t>> Out;
  for (size_t I = 0; I < Line.size();) {
    unsigned char C = static_cast<unsigned char>(Line[I]);
    if (std::isalpha(C) || C == '_') {
      size_t J = I;
      while (J < Line.size() &&
             (std::isalnum(static_cast<unsigned char>(Line[J])) || Line[J] == '_'))
        ++J;
      Out.emplace_back(Line.substr(I, J - I), J);
      I = J;
    } else {
      ++I;
    }
  }
  return Out;
}

// The -D arguments that stand in for the decoration macros of headers that
// will not be found: an export or visibility macro between 'class' and the
// class's name (class FOO_EXPORT Name), and a line that is nothing but a
// macro use in a class body (Q_OBJECT, Q_PROPERTY(...)). Only names no file
// of the run #defines; each expands to nothing.
std::vector<std::string> decorationMacros(const std::vector<std::string> &Texts) {
  std::set<std::string> Defined, ObjectLike, FunctionLike;
  for (const auto &Text : Texts) {
    std::istringstream In(Text);
    std::string Line;
    while (std::getline(In, Line)) {
      auto Ids = identifiers(Line);
      if (Ids.empty())
        continue;
      size_t First = Line.find_first_not_of(" \t");
      if (Line[First] == '#') {
        if (Ids.size() >= 2 && Ids[0].first == "define")
          Defined.insert(Ids[1].first);
        continue;
      }
      for (size_t I = 0; I + 2 < Ids.size(); ++I)
        if ((Ids[I].first == "class" || Ids[I].first == "struct") && isMacroName(Ids[I + 1].first))
          ObjectLike.insert(Ids[I + 1].first);
      // A whole line that is one macro use: NAME or NAME(...), no ';'.
      std::string Trimmed = Line.substr(First);
      while (!Trimmed.empty() &&
             (Trimmed.back() == ' ' || Trimmed.back() == '\t' || Trimmed.back() == '\r'))
        Trimmed.pop_back();
      const std::string &Name = Ids[0].first;
      if (!isMacroName(Name) || !Trimmed.starts_with(Name) ||
          Trimmed.find(';') != std::string::npos)
        continue;
      std::string Rest = Trimmed.substr(Name.size());
      size_t R = Rest.find_first_not_of(" \t");
      if (R == std::string::npos)
        ObjectLike.insert(Name);
      else if (Rest[R] == '(' && Rest.back() == ')')
        FunctionLike.insert(Name);
    }
  }
  std::vector<std::string> Args;
  for (const auto &N : ObjectLike)
    if (!Defined.contains(N) && !FunctionLike.contains(N))
      Args.push_back("-D" + N + "=");
  for (const auto &N : FunctionLike)
    if (!Defined.contains(N))
      Args.push_back("-D" + N + "(...)=");
  return Args;
}

// Fallback arguments for a run without a compilation database: C++17, the
// project's usual include directories, the decoration macros, and no limit
// on errors (the rest of a translation unit is still read). System headers
// are not read (-nostdinc): what they declare is a type like std::string,
// which a field's spelling says as well, and reading them for every
// translation unit cost 30 times the time (drogon, 434 files: 206 s
// against 7 s).
std::vector<std::string> fallbackArguments(const privlint::CxxRequest &Req) {
  namespace fs = std::filesystem;
  std::vector<std::string> Args = {"-std=c++17", "-ferror-limit=0", "-fno-caret-diagnostics",
                                   "-nostdinc"};
  std::set<std::string> Dirs;
  std::error_code EC;
  if (!Req.ProjectRoot.empty())
    for (const char *Sub : {"", "include", "src"}) {
      fs::path D = fs::path(Req.ProjectRoot) / Sub;
      if (fs::is_directory(D, EC))
        Dirs.insert(fs::absolute(D, EC).lexically_normal().string());
    }
  std::map<std::string, const std::string *> Overlay;
  for (const auto &[Path, Text] : Req.Overlays)
    Overlay[Path] = &Text;
  for (const auto &F : Req.Files)
    Dirs.insert(fs::absolute(F, EC).lexically_normal().parent_path().string());
  // The files of the run and the project headers they include (found in
  // the include directories), so that a macro a header #defines is known.
  std::vector<std::string> Texts;
  std::set<std::string> Scanned;
  std::vector<fs::path> Queue;
  for (const auto &F : Req.Files)
    Queue.push_back(fs::absolute(F, EC).lexically_normal());
  while (!Queue.empty() && Scanned.size() < 5000) {
    fs::path Abs = Queue.back();
    Queue.pop_back();
    if (!Scanned.insert(Abs.string()).second)
      continue;
    std::string Text;
    if (auto It = Overlay.find(Abs.string()); It != Overlay.end()) {
      Text = *It->second;
    } else {
      std::ifstream In(Abs, std::ios::binary);
      std::ostringstream S;
      S << In.rdbuf();
      Text = S.str();
    }
    std::istringstream Lines(Text);
    std::string Line;
    while (std::getline(Lines, Line)) {
      size_t Hash = Line.find_first_not_of(" \t");
      if (Hash == std::string::npos || Line[Hash] != '#' ||
          Line.find("include") == std::string::npos)
        continue;
      size_t Open = Line.find_first_of("\"<", Hash);
      if (Open == std::string::npos)
        continue;
      size_t Close = Line.find(Line[Open] == '"' ? '"' : '>', Open + 1);
      if (Close == std::string::npos)
        continue;
      std::string Name = Line.substr(Open + 1, Close - Open - 1);
      std::vector<fs::path> Candidates = {Abs.parent_path() / Name};
      for (const auto &D : Dirs)
        Candidates.push_back(fs::path(D) / Name);
      for (const auto &C : Candidates)
        if (fs::is_regular_file(C, EC)) {
          Queue.push_back(fs::absolute(C, EC).lexically_normal());
          break;
        }
    }
    Texts.push_back(std::move(Text));
  }
  for (const auto &D : Dirs)
    Args.push_back("-I" + D);
  for (auto &D : decorationMacros(Texts))
    Args.push_back(std::move(D));
  return Args;
}

// Compile errors become parse-error problems at their place; the rest of the
// project is still analysed.
// In a fallback compilation they are counted instead: without the project's
// flags they say more about the missing flags than about the code.
class ProblemCollector : public clang::DiagnosticConsumer {
public:
  ProblemCollector(CxxCollector &C, Model &M, FallbackStats *S)
      : Collector(C), Out(M), Fallback(S) {}
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    clang::DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level >= clang::DiagnosticsEngine::Error && Fallback) {
      ++Fallback->Errors;
      return;
    }
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
    const SourceFile *SF =
        Collector.fileFor(displayPath(Entry->getName().str()), SM.getBufferData(FID).str());
    uint32_t Off = SM.getFileOffset(L);
    Out.Problems.push_back(
        {SourceRange{SF, Off, Off + 1}, "C++ compile error: " + Msg.str().str()});
  }

private:
  CxxCollector &Collector;
  Model &Out;
  FallbackStats *Fallback;
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
    DB = std::make_unique<FixedCompilationDatabase>(".", Req.Fallback ? fallbackArguments(Req)
                                                                      : Req.ExtraArgs);
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
  FallbackStats Stats;
  FallbackStats *Fallback = Req.Fallback ? &Stats : nullptr;
  ProblemCollector Problems(Collector, Res.M, Fallback);
  CollectFactory Factory(Collector, Fallback);
  // One tool per translation unit: ClangTool prints a progress line for
  // each file of a multi-file run, which is not the CLI's output.
  for (const auto &File : Files) {
    ClangTool Tool(*DB, {File});
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
    Tool.setDiagnosticConsumer(&Problems);
    Tool.setPrintErrorMessage(false);
    size_t Before = Stats.Errors + Stats.MissingHeaders.size();
    Tool.run(&Factory);
    ++Stats.Files;
    if (Stats.Errors + Stats.MissingHeaders.size() != Before)
      ++Stats.FilesWithProblems;
  }
  if (Fallback && Stats.FilesWithProblems > 0) {
    std::string Note = std::to_string(Stats.Files) +
                       " C++ files were read without a compilation database (fallback flags, "
                       "without system headers): ";
    if (!Stats.MissingHeaders.empty()) {
      Note += std::to_string(Stats.MissingHeaders.size()) + " headers were not found (";
      size_t Shown = 0;
      for (const auto &H : Stats.MissingHeaders) {
        if (Shown == 3) {
          Note += ", ...";
          break;
        }
        Note += (Shown++ ? ", '" : "'") + H + "'";
      }
      Note += ")";
      if (Stats.Errors)
        Note += " and ";
    }
    if (Stats.Errors)
      Note += std::to_string(Stats.Errors) + " compile errors were reported";
    Note += " in " + std::to_string(Stats.FilesWithProblems) +
            " of them; fields whose types were not resolved were read by their names; pass -p "
            "BUILD_DIR for the full analysis";
    Res.Notes.push_back(std::move(Note));
  }
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
