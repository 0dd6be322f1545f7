#include "Frontend/Python/PythonReader.h"

#include "Frontend/Python/PythonModule.h"
#include "Frontend/Python/PythonProject.h"
#include "Frontend/TreeSitter/ParseSource.h"
#include "Support/PathCache.h"

#include <filesystem>
#include <string_view>

namespace fs = std::filesystem;

namespace privlint {

namespace {

using ts::NodeId;
using ts::NoNode;

// Context files are parsed only when they can matter: a model, serializer,
// view or settings module, or SQLAlchemy mappings. Given files are always
// parsed (their syntax errors are reported).
bool mayMatter(std::string_view Text) {
  for (std::string_view Needle :
       {"models", "Model", "serializers", "Serializer", "permission", "View", "REST_FRAMEWORK",
        "sqlalchemy", "Column", "mapped_column", "Base"})
    if (Text.find(Needle) != std::string_view::npos)
      return true;
  return false;
}

std::string moduleNameOf(const std::string &Path, const std::string &Root, bool &IsPackage) {
  fs::path Abs = absolutePath(Path).lexically_normal();
  fs::path Rel = Abs.lexically_relative(fs::path(Root));
  if (Rel.empty() || *Rel.begin() == "..")
    Rel = Abs.filename();
  Rel.replace_extension();
  std::string Out;
  for (const auto &Part : Rel)
    Out += (Out.empty() ? "" : ".") + Part.string();
  IsPackage = Rel.filename() == "__init__";
  if (IsPackage) {
    size_t P = Out.rfind('.');
    Out = P == std::string::npos ? std::string() : Out.substr(0, P);
  }
  return Out;
}

// The package a relative import starts from: one dot is the module's own
// package, each further dot goes one level up.
std::string relativeBase(const py::Module &Mod, size_t Dots) {
  std::string Pkg =
      Mod.IsPackage
          ? Mod.Name
          : Mod.Name.substr(0, Mod.Name.rfind('.') == std::string::npos ? 0 : Mod.Name.rfind('.'));
  for (size_t I = 1; I < Dots && !Pkg.empty(); ++I) {
    size_t P = Pkg.rfind('.');
    Pkg = P == std::string::npos ? std::string() : Pkg.substr(0, P);
  }
  return Pkg;
}

void collectImports(py::Module &Mod) {
  const ts::SyntaxTree &T = Mod.Tree;
  for (NodeId S : T.namedChildren(T.root())) {
    std::string_view Ty = T.node(S).Type;
    if (Ty == "import_statement") {
      for (NodeId C : T.children(S)) {
        if (T.node(C).Field != "name")
          continue;
        if (T.node(C).Type == "aliased_import") {
          NodeId Alias = T.child(C, "alias");
          if (Alias != NoNode)
            Mod.Imports[std::string(T.text(Alias))] = py::dottedName(T, T.child(C, "name"));
        } else {
          std::string Full = py::dottedName(T, C);
          std::string Head = Full.substr(0, Full.find('.'));
          Mod.Imports[Head] = Head;
        }
      }
    } else if (Ty == "import_from_statement") {
      NodeId From = T.child(S, "module_name");
      if (From == NoNode)
        continue;
      std::string Base;
      if (T.node(From).Type == "relative_import") {
        std::string_view Text = T.text(From);
        size_t Dots = Text.find_first_not_of('.');
        Dots = Dots == std::string_view::npos ? Text.size() : Dots;
        Base = relativeBase(Mod, Dots);
        NodeId Sub = T.childOfType(From, "dotted_name");
        if (Sub != NoNode)
          Base += (Base.empty() ? "" : ".") + py::dottedName(T, Sub);
      } else {
        Base = py::dottedName(T, From);
      }
      if (T.childOfType(S, "wildcard_import") != NoNode) {
        Mod.StarImports.push_back(Base);
        continue;
      }
      for (NodeId C : T.children(S)) {
        if (T.node(C).Field != "name")
          continue;
        std::string Name, Local;
        if (T.node(C).Type == "aliased_import") {
          Name = py::dottedName(T, T.child(C, "name"));
          NodeId Alias = T.child(C, "alias");
          Local = Alias != NoNode ? std::string(T.text(Alias)) : Name;
        } else {
          Name = py::dottedName(T, C);
          Local = Name;
        }
        if (!Name.empty())
          Mod.Imports[Local] = Base + (Base.empty() ? "" : ".") + Name;
      }
    }
  }
}

} // namespace

void readPythonProject(const std::vector<OrmFile> &Files, const OrmSettings &S, Model &M) {
  std::vector<py::Module> Modules;
  Modules.reserve(Files.size());
  for (const auto &F : Files) {
    // A package's __init__.py may re-export its modules' classes (a models/
    // package doing `from .order import Order`): always parsed.
    bool Init = fs::path(F.File->path()).filename() == "__init__.py";
    if (!F.Given && !Init && !mayMatter(F.File->text()))
      continue;
    py::Module Mod;
    Mod.File = F.File;
    Mod.Given = F.Given;
    Mod.Name = moduleNameOf(F.File->path(), S.Root, Mod.IsPackage);
    std::vector<InputProblem> Problems;
    if (!ts::parseSource(ts::Grammar::Python, *F.File, Mod.Tree, Problems)) {
      M.Problems.insert(M.Problems.end(), Problems.begin(), Problems.end());
      continue;
    }
    M.Problems.insert(M.Problems.end(), Problems.begin(), Problems.end());
    collectImports(Mod);
    Modules.push_back(std::move(Mod));
  }
  py::Project P(Modules); // the names both readers resolve
  readDjango(P, S, M);
  readSqlAlchemy(P, S, M);
}

} // namespace privlint
