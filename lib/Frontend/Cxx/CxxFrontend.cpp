// C++ structs and classes, analysed through Clang in libprivlint-cxx.so,
// which is loaded (dlopen) only when C++ inputs are read, so other runs never
// load libLLVM. One unit for all translation units of a run; findings are
// reported in every project file they include.
#include "Frontend/Cxx/CxxBridge.h"
#include "Frontend/Frontend.h"
#include "Frontend/LoadedLibrary.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <dlfcn.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

namespace fs = std::filesystem;

namespace privlint {

namespace {

// dlopen()s libprivlint-cxx.so next to the binary (build tree: ../lib,
// installed: ../lib/privlint), or PRIVLINT_CXX_LIBRARY.
CxxCollectFn loadCxxFrontend(std::string &Err) {
  return reinterpret_cast<CxxCollectFn>(loadFrontendSymbol(
      "libprivlint-cxx.so", "PRIVLINT_CXX_LIBRARY", "privlint_cxx_collect", Err));
}

// The directory of the compile_commands.json that governs a file, found as
// clangd finds it: in the file's directory or an ancestor up to the project
// root (a database outside the project does not describe it), or in a
// build/ subdirectory of one of them; empty when there is none. Cached per
// directory (claims run for every walked C++ file).
std::string findCompilationDatabase(const std::string &Normalized, const std::string &RootIn) {
  std::error_code RootEC;
  std::string Root =
      RootIn.empty() ? RootIn : fs::absolute(RootIn, RootEC).lexically_normal().string();
  while (Root.size() > 1 && Root.back() == '/')
    Root.pop_back();
  static std::mutex Lock;
  static std::map<std::string, std::string> Cache;
  fs::path Dir = fs::path(Normalized).parent_path();
  std::lock_guard<std::mutex> Guard(Lock);
  std::vector<std::string> Visited;
  std::string Found;
  std::error_code EC;
  for (fs::path D = Dir; !D.empty(); D = D.parent_path()) {
    if (auto It = Cache.find(Root + '\n' + D.string()); It != Cache.end()) {
      Found = It->second;
      break;
    }
    Visited.push_back(Root + '\n' + D.string());
    if (fs::is_regular_file(D / "compile_commands.json", EC)) {
      Found = D.string();
      break;
    }
    if (fs::is_regular_file(D / "build" / "compile_commands.json", EC)) {
      Found = (D / "build").string();
      break;
    }
    if (D == D.root_path() || D.string() == Root)
      break;
  }
  for (const auto &V : Visited)
    Cache[V] = Found;
  return Found;
}

// Whether the compile_commands.json in Dir lists Normalized (parsed once per
// database): a database found by walking describes its own sources only.
bool databaseLists(const std::string &Dir, const std::string &Normalized) {
  static std::mutex Lock;
  static std::map<std::string, std::set<std::string>> Listed;
  std::lock_guard<std::mutex> Guard(Lock);
  auto [It, New] = Listed.try_emplace(Dir);
  if (New) {
    std::ifstream In(fs::path(Dir) / "compile_commands.json");
    nlohmann::json J = nlohmann::json::parse(In, nullptr, /*allow_exceptions=*/false);
    if (J.is_array())
      for (const auto &E : J) {
        if (!E.is_object() || !E.contains("file") || !E["file"].is_string())
          continue;
        fs::path F = E["file"].get<std::string>();
        if (F.is_relative() && E.contains("directory") && E["directory"].is_string())
          F = fs::path(E["directory"].get<std::string>()) / F;
        It->second.insert(F.lexically_normal().string());
      }
  }
  return It->second.contains(Normalized);
}

class CxxFrontend : public Frontend {
public:
  std::string_view id() const override { return "cxx"; }

  bool mayClaim(std::string_view Path) const override {
    std::string Ext = fs::path(Path).extension().string();
    for (char &C : Ext)
      C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
    // Upper-case .C is C++ (as for GCC and Clang); lower-case .c stays C.
    return Ext == ".cpp" || Ext == ".cc" || Ext == ".cxx" || Ext == ".c++" || Ext == ".h" ||
           Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx" ||
           fs::path(Path).extension().string() == ".C";
  }

  Claim claim(const FileProbe &P) const override {
    Claim C;
    if (!mayClaim(P.Path))
      return C;
    C.Strength = 1;
    C.Group = "c++";
    C.Root = P.ProjectRoot;
    C.ReportAll = true;
    // Walks pick C++ files with -p, or with a compile_commands.json found
    // as clangd finds it. A walked file that a database governs but does
    // not list is left out (its build does not compile it); without any
    // database every file is read with fallback flags (see read()).
    bool Governed = false;
    if (!P.Explicit && P.Options.CompileCommandsDir.empty()) {
      std::string Db = findCompilationDatabase(P.Normalized, P.ProjectRoot);
      Governed = !Db.empty();
      if (Governed && databaseLists(Db, P.Normalized))
        C.Variant = std::move(Db);
    }
    C.Deferred = Governed && C.Variant.empty();
    return C;
  }

  std::string deferredNote(size_t Count) const override {
    return "note: " + std::to_string(Count) +
           " C++ files found while walking directories were not checked: the "
           "compile_commands.json that governs them (in their directory, a parent or a build/ "
           "subdirectory of one) does not list them; pass -p BUILD_DIR or name them";
  }

  void declareOptions(OptionSchema &Schema) const override {
    OptionSpec Types;
    Types.Section = "cxx";
    Types.SectionRank = 60;
    Types.Name = "encrypted_types"; // wrapper types holding ciphertext
    Types.Kind = OptionSpec::Type::List;
    Schema.add(Types);
    OptionSpec Filter = Types;
    Filter.Name = "header_filter"; // regex of the files whose records are analysed
    Filter.Kind = OptionSpec::Type::Regex;
    Filter.DumpQuoted = true;
    Schema.add(Filter);
  }

  // clang reads the headers and the compilation database itself.
  bool cacheable() const override { return false; }

  Model read(UnitInput &In) const override {
    std::string Err;
    CxxCollectFn Collect = loadCxxFrontend(Err);
    if (!Collect) {
      for (const auto &Path : In.Spec.Files)
        In.note(Path + ": note: C++ files need libprivlint-cxx.so: " + Err + "; skipped");
      return {};
    }
    CxxRequest Req;
    Req.Files = In.Spec.Files;
    Req.BuildDir =
        In.options().CompileCommandsDir.empty() ? In.Spec.Variant : In.options().CompileCommandsDir;
    Req.ExtraArgs = In.options().CompilerArgs;
    Req.ProjectRoot = In.Spec.ProjectRoot;
    Req.EncryptedTypes = In.config().list("cxx.encrypted_types");
    Req.HeaderFilter = In.config().string("cxx.header_filter");
    Req.Fallback = Req.BuildDir.empty() && !In.options().HaveCompilerArgs;
    for (const auto &[Path, Text] : In.workspace().buffers())
      if (mayClaim(Path) || fs::path(Path).extension() == ".c")
        Req.Overlays.emplace_back(Path, Text);
    CxxResult Res;
    Collect(Req, Res);
    for (auto &F : Res.Files)
      In.adopt(std::move(F));
    for (const auto &E : Res.Errors)
      In.note(std::string("error: ") + E);
    for (const auto &N : Res.Notes)
      In.note(std::string("note: ") + N);
    return std::move(Res.M);
  }
};

} // namespace

const Frontend &cxxFrontend() {
  static const CxxFrontend F;
  return F;
}

} // namespace privlint
