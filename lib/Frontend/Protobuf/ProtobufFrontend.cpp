// protobuf .proto files, parsed by libprotobuf's own parser in
// libprivlint-proto.so, which is loaded (dlopen) only when .proto files are
// read: a run without them never loads libprotobuf. One unit per source root
// (buf.yaml, buf.work.yaml, .git, .privlint.yaml), with the project files
// the given ones import.
#include "Frontend/Frontend.h"
#include "Frontend/LoadedLibrary.h"
#include "Frontend/Orm/OrmSourceFrontend.h"
#include "Frontend/Protobuf/ProtobufReader.h"
#include "Support/Paths.h"
#include "Support/Text.h"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <dlfcn.h>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

namespace fs = std::filesystem;

namespace privlint {

namespace {

bool isProtoFile(std::string_view Path) {
  return lowerAscii(fs::path(Path).extension().string()) == ".proto";
}

// dlopen()s libprivlint-proto.so next to the binary (build tree: ../lib,
// installed: ../lib/privlint), or PRIVLINT_PROTO_LIBRARY.
ProtoParseFn loadProtoParser(std::string &Err) {
  return reinterpret_cast<ProtoParseFn>(loadFrontendSymbol(
      "libprivlint-proto.so", "PRIVLINT_PROTO_LIBRARY", "privlint_proto_parse", Err));
}

// The paths of `import "x.proto";` statements, by a textual scan (for unit
// planning, before any parsing).
std::vector<std::string> importsOf(std::string_view Text) {
  std::vector<std::string> Out;
  for (size_t P = 0; (P = Text.find("import", P)) != std::string_view::npos; P += 6) {
    if (P > 0 && !std::isspace(static_cast<unsigned char>(Text[P - 1])) && Text[P - 1] != ';')
      continue;
    size_t Q = Text.find_first_of("\"';\n", P + 6);
    if (Q == std::string_view::npos || (Text[Q] != '"' && Text[Q] != '\''))
      continue;
    size_t E = Text.find(Text[Q], Q + 1);
    if (E == std::string_view::npos)
      continue;
    Out.emplace_back(Text.substr(Q + 1, E - Q - 1));
  }
  return Out;
}

// An import resolved against the unit root, then each directory from the
// importing file's up to the root (protoc -I conventions); "" if absent.
std::string resolveImport(const std::string &Import, const std::string &FromDisplay,
                          const std::string &RootDisplay, const Workspace &W) {
  std::vector<fs::path> Dirs{fs::path(RootDisplay)};
  fs::path RootNorm = fs::path(normalizePath(RootDisplay.empty() ? "." : RootDisplay));
  for (fs::path D = fs::path(FromDisplay).parent_path();; D = D.parent_path()) {
    Dirs.push_back(D);
    if (D.empty() || fs::path(normalizePath(D.empty() ? "." : D.string())) == RootNorm ||
        !fs::path(normalizePath(D.empty() ? "." : D.string()))
             .string()
             .starts_with(RootNorm.string()))
      break;
  }
  for (const auto &D : Dirs) {
    std::string Candidate = (D / Import).lexically_normal().string();
    std::error_code EC;
    if (W.buffer(normalizePath(Candidate)) || fs::is_regular_file(Candidate, EC))
      return Candidate;
  }
  return {};
}

// `edition = "2023";`: protobuf editions, which libprotobuf 3.21 does not
// parse. The statement's span and its text, or {npos, ""}.
std::pair<size_t, std::string> editionStatement(std::string_view Text) {
  for (size_t P = 0; (P = Text.find("edition", P)) != std::string_view::npos; P += 7) {
    size_t LineStart = Text.rfind('\n', P);
    LineStart = LineStart == std::string_view::npos ? 0 : LineStart + 1;
    if (Text.substr(LineStart, P - LineStart).find_first_not_of(" \t") != std::string_view::npos)
      continue;
    size_t Semi = Text.find(';', P);
    if (Semi == std::string_view::npos)
      return {std::string_view::npos, {}};
    std::string_view Stmt = Text.substr(P, Semi - P + 1);
    if (Stmt.find('=') == std::string_view::npos)
      continue;
    return {P, std::string(Stmt)};
  }
  return {std::string_view::npos, {}};
}

class ProtobufFrontend : public Frontend {
public:
  std::string_view id() const override { return "protobuf"; }

  bool mayClaim(std::string_view Path) const override { return isProtoFile(Path); }

  Claim claim(const FileProbe &P) const override {
    if (!isProtoFile(P.Path))
      return {};
    return Claim::of("protobuf", sourceRootFor(P.Normalized, {"buf.yaml", "buf.work.yaml"}));
  }

  // Context: the project files the given ones import, transitively.
  std::vector<std::string> unitFiles(const UnitSpec &U, const Workspace &W) const override {
    UnitFileList List(U.Files);
    std::string Root = displayRoot(U.Files.front(), U.Root);
    std::deque<std::string> Queue(U.Files.begin(), U.Files.end());
    while (!Queue.empty() && List.Files.size() < 10000) {
      std::string Cur = Queue.front();
      Queue.pop_front();
      for (const auto &Imp : importsOf(W.head(Cur, 1 << 20))) {
        std::string Found = resolveImport(Imp, Cur, Root, W);
        if (!Found.empty() && List.add(Found))
          Queue.push_back(Found);
      }
    }
    std::sort(List.Files.begin(), List.Files.end());
    return std::move(List.Files);
  }

  Model read(UnitInput &In) const override {
    std::string Err;
    ProtoParseFn Parse = loadProtoParser(Err);
    if (!Parse) {
      for (const auto &Path : In.Spec.Files)
        In.note(Path + ": note: .proto files need libprivlint-proto.so: " + Err + "; skipped");
      return {};
    }
    Model M;
    std::vector<ProtoUnitFile> Files;
    std::string Root = displayRoot(In.Spec.Files.front(), In.Spec.Root);
    for (const auto &Path : In.Spec.Files) {
      SourceFile *SF = In.load(Path);
      if (!SF)
        continue;
      ProtoUnitFile U;
      U.File = SF;
      bool Given = In.isGiven(normalizePath(Path)); // notes only for the files checked
      std::string Text = SF->text();
      auto [At, Stmt] = editionStatement(Text);
      if (At != std::string::npos && Given) {
        // Read the rest with proto3's grammar (no labels, like editions):
        // the statement becomes `syntax = "proto3";` on the same line.
        In.note(Path + ":" + std::to_string(SF->lineOf(static_cast<uint32_t>(At))) + ":" +
                std::to_string(SF->columnOf(static_cast<uint32_t>(At))) + ": note: '" +
                collapseSpaces(Stmt) +
                "' is protobuf editions syntax, newer than this build's parser (libprotobuf 3.21) "
                "reads; read as "
                "proto3");
      }
      if (At != std::string::npos)
        Text.replace(At, Stmt.size(), "syntax = \"proto3\";");
      Parse(Text, U.Info);
      for (const auto &E : U.Info.Errors) {
        uint32_t Off = protoOffset(*SF, E.At);
        M.Problems.push_back({SourceRange{SF, Off, Off + 1}, E.Message});
      }
      for (size_t I = 0; I < U.Info.Imports.size(); ++I) {
        const std::string &Imp = U.Info.Imports[I];
        if (!Given || Imp.starts_with("google/protobuf/"))
          continue; // the well-known types protoc ships
        if (resolveImport(Imp, Path, Root, In.workspace()).empty()) {
          uint32_t Off = protoOffset(*SF, U.Info.ImportAt[I]);
          In.note(Path + ":" + std::to_string(SF->lineOf(Off)) + ":" +
                  std::to_string(SF->columnOf(Off)) + ": note: import '" + Imp +
                  "' is not in the project; the types it defines are not followed");
        }
      }
      Files.push_back(std::move(U));
    }
    buildProtoModel(Files, M);
    return M;
  }
};

} // namespace

const Frontend &protobufFrontend() {
  static const ProtobufFrontend F;
  return F;
}

} // namespace privlint
