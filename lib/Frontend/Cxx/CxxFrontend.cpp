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
#include <mutex>

namespace fs = std::filesystem;

namespace privlint {

namespace {

// dlopen()s libprivlint-cxx.so next to the binary (build tree: ../lib,
// installed: ../lib/privlint), or PRIVLINT_CXX_LIBRARY.
CxxCollectFn loadCxxFrontend(std::string &Err) {
  return reinterpret_cast<CxxCollectFn>(loadFrontendSymbol(
      "libprivlint-cxx.so", "PRIVLINT_CXX_LIBRARY", "privlint_cxx_collect", Err));
}

class CxxFrontend : public Frontend {
public:
  std::string_view id() const override { return "cxx"; }

  bool mayClaim(std::string_view Path) const override {
    std::string Ext = fs::path(Path).extension().string();
    for (char &C : Ext)
      C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
    return Ext == ".cpp" || Ext == ".cc" || Ext == ".cxx" || Ext == ".c++" || Ext == ".h" ||
           Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx";
  }

  Claim claim(const FileProbe &P) const override {
    Claim C;
    if (!mayClaim(P.Path))
      return C;
    C.Strength = 1;
    C.Group = "c++";
    C.Root = P.ProjectRoot;
    C.ReportAll = true;
    // Walks pick C++ files only with -p: without a compilation database a
    // translation unit's flags are unknown.
    C.Deferred = !P.Explicit && P.Options.CompileCommandsDir.empty();
    return C;
  }

  std::string deferredNote(size_t Count) const override {
    return "note: " + std::to_string(Count) +
           " C++ files found while walking directories were not checked; pass "
           "-p BUILD_DIR (compile_commands.json) or name them";
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
    Req.BuildDir = In.options().CompileCommandsDir;
    Req.ExtraArgs = In.options().CompilerArgs;
    Req.ProjectRoot = In.Spec.ProjectRoot;
    Req.EncryptedTypes = In.config().list("cxx.encrypted_types");
    Req.HeaderFilter = In.config().string("cxx.header_filter");
    for (const auto &[Path, Text] : In.workspace().buffers())
      if (mayClaim(Path) || fs::path(Path).extension() == ".c")
        Req.Overlays.emplace_back(Path, Text);
    CxxResult Res;
    Collect(Req, Res);
    for (auto &F : Res.Files)
      In.adopt(std::move(F));
    for (const auto &E : Res.Errors)
      In.note(std::string("error: ") + E);
    return std::move(Res.M);
  }
};

} // namespace

const Frontend &cxxFrontend() {
  static const CxxFrontend F;
  return F;
}

} // namespace privlint
