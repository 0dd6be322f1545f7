// The frontend shape shared by ORM code readers (Python, TypeScript, Java):
// one unit per source root, whose files of the language are the context
// names resolve in; findings are reported for the given files.
#pragma once

#include "Frontend/Frontend.h"
#include "Frontend/Orm/OrmProject.h"

#include <initializer_list>
#include <vector>

namespace privlint {

using OrmProjectReader = void (*)(const std::vector<OrmFile> &, const OrmSettings &, Model &);

class OrmSourceFrontend : public Frontend {
public:
  struct Spec {
    std::string_view Id;
    std::string_view Group;                   // unit group (and order)
    std::vector<std::string_view> Extensions; // lower case, with the dot
    std::vector<const char *> RootMarkers;    // files that mark a source root
    bool SkipDeclarationFiles = false;        // TypeScript: *.d.ts describe compiled code
    OrmProjectReader Reader = nullptr;
  };
  explicit OrmSourceFrontend(Spec S) : S(std::move(S)) {}

  std::string_view id() const override { return S.Id; }
  bool mayClaim(std::string_view Path) const override;
  Claim claim(const FileProbe &P) const override;
  std::vector<std::string> unitFiles(const UnitSpec &U, const Workspace &W) const override;
  Model read(UnitInput &In) const override;
  void declareOptions(OptionSchema &Schema) const override;

private:
  Spec S;
};

/// The root of the source project holding NormalizedPath: the nearest
/// directory upward with one of Markers, a .privlint.yaml or .git, else the
/// directory above the outermost Python package holding the file (a chain of
/// __init__.py), else the file's directory.
std::string sourceRootFor(const std::string &NormalizedPath,
                          const std::vector<const char *> &Markers);

} // namespace privlint
