#include "Frontend/Orm/OrmSourceFrontend.h"

#include "Frontend/Workspace.h"
#include "Support/PathCache.h"
#include "Support/Paths.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace privlint {

std::string sourceRootFor(const std::string &NormalizedPath,
                          const std::vector<const char *> &Markers) {
  std::vector<const char *> All{".privlint.yaml", ".git"};
  All.insert(All.end(), Markers.begin(), Markers.end());
  fs::path Start = fs::path(NormalizedPath).parent_path();
  for (fs::path D = Start; !D.empty(); D = D.parent_path()) {
    for (const char *M : All)
      if (existsCached(D / M)) // the same directories for every file under them
        return D.string();
    if (D == D.root_path())
      break;
  }
  // No marker: the directory above the outermost Python package (a chain
  // of __init__.py files), so `from shop.base import X` in shop/models.py
  // names shop/base.py; else the file's own directory.
  fs::path Root = Start;
  while (Root.has_parent_path() && Root != Root.root_path() && existsCached(Root / "__init__.py"))
    Root = Root.parent_path();
  return Root.string();
}

bool OrmSourceFrontend::mayClaim(std::string_view Path) const {
  fs::path P(Path);
  std::string Ext = P.extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  if (std::find(S.Extensions.begin(), S.Extensions.end(), Ext) == S.Extensions.end())
    return false;
  if (S.SkipDeclarationFiles) {
    std::string Name = P.filename().string();
    if (Name.size() > Ext.size() + 2 && Name.compare(Name.size() - Ext.size() - 2, 2, ".d") == 0)
      return false;
  }
  return true;
}

Claim OrmSourceFrontend::claim(const FileProbe &P) const {
  if (!mayClaim(P.Path))
    return {};
  // One unit per source root: models, views and settings together.
  return Claim::of(std::string(S.Group), sourceRootFor(P.Normalized, S.RootMarkers));
}

// Context: every source file of the language under the source root (the walk
// skips what .gitignore, paths.exclude and vendor folders exclude).
std::vector<std::string> OrmSourceFrontend::unitFiles(const UnitSpec &U, const Workspace &W) const {
  UnitFileList List(U.Files);
  std::string Display = displayRoot(U.Files.front(), U.Root);
  for (auto &F :
       W.walk(Display, U.Cfg->PathExcludes, [&](const std::string &P) { return mayClaim(P); }))
    List.add(std::move(F));
  std::sort(List.Files.begin(), List.Files.end());
  return std::move(List.Files);
}

// orm.encrypted_types: field classes, column types, transformers or
// converters whose values hold ciphertext (shared by the ORM frontends).
void OrmSourceFrontend::declareOptions(OptionSchema &Schema) const {
  OptionSpec S;
  S.Section = "orm";
  S.SectionRank = 50;
  S.Name = "encrypted_types";
  S.Kind = OptionSpec::Type::List;
  Schema.add(S);
}

Model OrmSourceFrontend::read(UnitInput &In) const {
  // Given files are read; context files only peeked at, until a reader
  // parses them: in a large project a given file needs a few of them.
  std::vector<OrmFile> Files;
  for (const auto &Path : In.Spec.Files) {
    if (In.Spec.Given.contains(normalizePath(Path))) {
      if (SourceFile *SF = In.load(Path))
        Files.push_back({SF, true, &In});
    } else if (SourceFile *SF = In.peek(Path); In.usable(SF)) {
      Files.push_back({SF, false, &In});
    }
  }
  OrmSettings Settings;
  Settings.Root = In.Spec.Root;
  Settings.EncryptedTypes = In.config().list("orm.encrypted_types");
  Settings.Notes = &In.Notes;
  if (In.workspace().keepsContext())
    Settings.Session = &In.workspace();
  Settings.KeepAlive = &In.KeepAlive;
  Model M;
  S.Reader(Files, Settings, M);
  return M;
}

} // namespace privlint
