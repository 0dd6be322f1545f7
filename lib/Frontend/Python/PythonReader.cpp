#include "Frontend/Python/PythonReader.h"

#include "Frontend/Orm/OrmProtection.h"
#include "Frontend/Python/PythonModule.h"
#include "Frontend/Python/PythonProject.h"
#include "Frontend/TreeSitter/ParseSource.h"
#include "Frontend/Workspace.h"
#include "Support/PathCache.h"
#include "Support/Paths.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
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
  std::string Out;
  // The usual case with strings only (every file of a source root is named):
  // a normal path under a normal root, to its dotted name without extension.
  std::string Abs = normalizePath(Path);
  std::string_view R(Root);
  if (!R.empty() && R.front() == '/' && R.back() != '/' && Abs.size() > R.size() + 1 &&
      Abs.starts_with(R) && Abs[R.size()] == '/' && normalizePath(Root) == Root) {
    std::string_view Rel = std::string_view(Abs).substr(R.size() + 1);
    size_t Slash = Rel.rfind('/');
    size_t Dot = Rel.rfind('.');
    if (Dot != std::string_view::npos && (Slash == std::string_view::npos || Dot > Slash + 1))
      Rel = Rel.substr(0, Dot);
    for (char C : Rel)
      Out.push_back(C == '/' ? '.' : C);
    IsPackage = Rel == "__init__" || Rel.ends_with("/__init__");
    if (IsPackage) {
      size_t P = Out.rfind('.');
      Out = P == std::string::npos ? std::string() : Out.substr(0, P);
    }
    return Out;
  }
  fs::path Abs2 = absolutePath(Path).lexically_normal();
  fs::path Rel = Abs2.lexically_relative(fs::path(Root));
  if (Rel.empty() || *Rel.begin() == "..")
    Rel = Abs2.filename();
  Rel.replace_extension();
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

namespace {

bool isWordChar(char C) { return std::isalnum(static_cast<unsigned char>(C)) || C == '_'; }

// The words of a short string literal that may name a class or a module: a
// label ("shop.Customer"), a forward reference ("Address",
// "Mapped[List['Address']]"), a dotted path in settings.
template <class Fn> void wordsOf(std::string_view S, Fn Each) {
  if (S.size() > 200)
    return;
  for (size_t I = 0; I < S.size();) {
    if (!isWordChar(S[I])) {
      ++I;
      continue;
    }
    size_t B = I;
    while (I < S.size() && (isWordChar(S[I]) || S[I] == '.'))
      ++I;
    std::string_view W = S.substr(B, I - B);
    while (!W.empty() && W.back() == '.')
      W.remove_suffix(1);
    Each(W);
  }
}

// What a top-level statement defines: the class or function it is
// (decorators skipped) or the assignment it makes, and the identifier that
// names it (NoNode for anything else, or a target that is not a plain name).
struct TopLevelDefinition {
  NodeId Def = NoNode; // class_definition, function_definition or assignment
  NodeId Name = NoNode;
};

TopLevelDefinition topLevelDefinition(const ts::SyntaxTree &T, NodeId St) {
  NodeId D = St;
  if (T.node(D).Type == "decorated_definition")
    D = T.child(D, "definition");
  if (D == NoNode)
    return {};
  std::string_view Ty = T.node(D).Type;
  TopLevelDefinition Out;
  if (Ty == "class_definition" || Ty == "function_definition") {
    Out = {D, T.child(D, "name")};
  } else if (Ty == "expression_statement" && !T.namedChildren(D).empty() &&
             T.node(T.namedChildren(D)[0]).Type == "assignment") {
    NodeId A = T.namedChildren(D)[0];
    Out = {A, T.child(A, "left")};
  }
  if (Out.Name != NoNode && T.node(Out.Name).Type != "identifier")
    Out.Name = NoNode;
  return Out;
}

// A module parsed from File: its tree and imports, its top-level names,
// and its syntax problems; false when the text could not be parsed at all.
bool parseModule(const SourceFile &File, bool Given, const std::string &Name, bool IsPackage,
                 py::Module &Mod, std::vector<InputProblem> &Problems,
                 std::set<std::string> &Defined) {
  Mod.File = &File;
  Mod.Given = Given;
  Mod.Name = Name;
  Mod.IsPackage = IsPackage;
  if (!ts::parseSource(ts::Grammar::Python, File, Mod.Tree, Problems))
    return false;
  collectImports(Mod);
  const ts::SyntaxTree &T = Mod.Tree;
  for (NodeId St : T.namedChildren(T.root()))
    if (NodeId N = topLevelDefinition(T, St).Name; N != NoNode)
      Defined.insert(std::string(T.text(N)));
  return true;
}

// A context module an editor session keeps between runs: parsed from the
// cache's own copy of the file (the module's ranges point into it), reused
// while the file's text is the same. One entry per file and source root,
// replaced when the text changes; the runs whose results point into an
// entry keep it alive (OrmSettings::KeepAlive).
struct KeptModule {
  std::unique_ptr<SourceFile> File;
  py::Module Mod;
  std::vector<InputProblem> Problems;
  std::set<std::string> Defined;
  bool Parsed = false;
};

std::shared_ptr<const KeptModule> keptModule(const SourceFile &File, const std::string &Name,
                                             bool IsPackage, const OrmSettings &S) {
  std::string Key = "python-module\n" + S.Root + "\n" + File.path() + "\n" + File.stableName();
  auto Hit = std::static_pointer_cast<const KeptModule>(S.Session->cached(Key));
  if (Hit && Hit->File->text() == File.text())
    return Hit;
  auto K = std::make_shared<KeptModule>();
  K->File = std::make_unique<SourceFile>(File.path(), File.text());
  K->File->setStableName(File.stableName());
  K->Parsed =
      parseModule(*K->File, /*Given=*/false, Name, IsPackage, K->Mod, K->Problems, K->Defined);
  S.Session->store(Key, K);
  return K;
}

// The modules of one source root that a run needs, and only those: the
// given files, every module that defines or re-exports what a given file
// defines and is used by another (a subclass, a serializer of its model, a
// view of that serializer, a model pointing at it), and what each of those
// imports, transitively. Context files are peeked at (their text is
// scanned for the names in question) and parsed only when they may matter.
// A given settings module (REST_FRAMEWORK) concerns every view: then every
// module is read, as in a whole-project run.
class Closure {
public:
  Closure(const std::vector<OrmFile> &Files, const OrmSettings &S) : Files(Files), S(S) {}

  /// The modules needed, in file order; the closure owns those it parsed.
  std::vector<const py::Module *> run(Model &M);

private:
  struct Cand {
    size_t File = 0;
    std::string Name;
    bool IsPackage = false;
    bool StarInit = false; // `import *`: a re-exporter whose text need not show the name
    int State = 0;         // 0 unparsed, 1 parsed (not needed yet), 2 needed, -1 does not parse
    const py::Module *Mod = nullptr;
    std::unique_ptr<py::Module> Own;        // parsed for this run
    std::shared_ptr<const KeptModule> Kept; // or kept by an editor session
    std::vector<InputProblem> Problems;
    std::set<std::string> OwnDefined; // top-level names, when parsed for this run
    const std::set<std::string> &defined() const { return Kept ? Kept->Defined : OwnDefined; }
  };
  const std::vector<OrmFile> &Files;
  const OrmSettings &S;
  std::vector<Cand> Cands;
  std::multimap<std::string, size_t> ByName;
  std::multimap<std::string, size_t> ClassDefs; // top-level `class Name` in the text
  bool ClassDefsBuilt = false;
  std::set<std::string> Tainted;      // qualified names the given files' findings may reach
  std::set<std::string> TaintedWords; // their last components
  std::vector<std::string> NewWords;
  std::vector<size_t> Work; // needed candidates to read

  bool parse(Cand &C);
  void need(size_t I);
  void needModule(std::string_view Dotted);
  void needClassNamed(std::string_view Name);
  void taint(const std::string &Q);
  bool evaluate(Cand &C, const std::vector<std::string> *Words);
  void forward(Cand &C);
};

bool Closure::parse(Cand &C) {
  if (C.State != 0)
    return C.State > 0;
  const OrmFile &F = Files[C.File];
  if (S.Session && S.KeepAlive && !F.Given) {
    C.Kept = keptModule(*F.File, C.Name, C.IsPackage, S);
    C.Problems = C.Kept->Problems;
    C.Mod = &C.Kept->Mod;
    C.State = C.Kept->Parsed ? 1 : -1;
    return C.Kept->Parsed;
  }
  C.Own = std::make_unique<py::Module>();
  if (!parseModule(*F.File, F.Given, C.Name, C.IsPackage, *C.Own, C.Problems, C.OwnDefined)) {
    C.State = -1;
    return false;
  }
  C.Mod = C.Own.get();
  C.State = 1;
  return true;
}

void Closure::need(size_t I) {
  Cand &C = Cands[I];
  if (C.State == 2 || C.State == -1)
    return;
  Files[C.File].use(); // read: its content reaches the results
  if (!parse(C))
    return;
  C.State = 2;
  Work.push_back(I);
}

// Every module a dotted name may go through (a.b.c: a, a.b, a.b.c), each
// with all the files that carry its name.
void Closure::needModule(std::string_view Dotted) {
  for (size_t End = 0; End != std::string_view::npos;) {
    End = Dotted.find('.', End + 1);
    std::string Prefix(Dotted.substr(0, End));
    auto [B, E] = ByName.equal_range(Prefix);
    for (auto It = B; It != E; ++It)
      need(It->second);
  }
}

// A class a name may reach without an import: a model label or a forward
// reference in a string, an annotation naming a class it never imports.
void Closure::needClassNamed(std::string_view Name) {
  if (!ClassDefsBuilt) {
    ClassDefsBuilt = true;
    for (size_t I = 0; I < Cands.size(); ++I) {
      std::string_view T = Files[Cands[I].File].File->text();
      for (size_t P = T.starts_with("class ") ? 0 : T.find("\nclass "); P != std::string_view::npos;
           P = T.find("\nclass ", P + 1)) {
        size_t B = T[P] == '\n' ? P + 7 : P + 6;
        size_t E = B;
        while (E < T.size() && isWordChar(T[E]))
          ++E;
        if (E > B)
          ClassDefs.emplace(std::string(T.substr(B, E - B)), I);
      }
    }
  }
  std::string Last(py::lastComponent(Name));
  auto [B, E] = ClassDefs.equal_range(Last);
  for (auto It = B; It != E; ++It)
    need(It->second);
}

void Closure::taint(const std::string &Q) {
  if (!Tainted.insert(Q).second)
    return;
  // Every new name sends its modules' users to be looked at again, even for
  // a known word: a re-export read late makes a use elsewhere reach it.
  std::string W(py::lastComponent(Q));
  if (W.empty())
    return; // a name cut short by a syntax error ("models.")
  TaintedWords.insert(W);
  NewWords.push_back(W);
}

// What a module defines that a finding of a given file may pass through:
// every definition of a given module; elsewhere, an import of a tainted name
// (a re-export or an alias), a star import of a module defining one, and a
// definition whose text uses one (a subclass, a serializer naming a model,
// a label in a string). True when it tainted something.
bool Closure::evaluate(Cand &C, const std::vector<std::string> *Words) {
  const py::Module &Mod = *C.Mod;
  std::string Prefix = Mod.Name.empty() ? std::string() : Mod.Name + ".";
  size_t Before = Tainted.size();
  bool Uses = false;
  if (Mod.Given) {
    for (const auto &D : C.defined())
      taint(Prefix + D);
    return true;
  }
  for (const auto &[Local, Q] : Mod.Imports)
    if (Tainted.contains(Q)) {
      taint(Prefix + Local);
      Uses = true;
    }
  for (const auto &Star : Mod.StarImports) {
    std::string From = Star + ".";
    for (auto It = Tainted.lower_bound(From); It != Tainted.end() && It->starts_with(From); ++It)
      if (It->find('.', From.size()) == std::string::npos) {
        taint(Prefix + It->substr(From.size()));
        Uses = true;
      }
  }
  // Does a name written here reach a tainted one?
  auto Reaches = [&](std::string_view Dotted) {
    std::string_view Head = Dotted.substr(0, Dotted.find('.'));
    std::string_view Rest = Dotted.substr(Head.size());
    std::vector<std::string> Qs;
    if (auto It = Mod.Imports.find(std::string(Head)); It != Mod.Imports.end())
      Qs.push_back(It->second + std::string(Rest));
    else if (C.defined().contains(std::string(Head)))
      Qs.push_back(Prefix + std::string(Dotted));
    else {
      for (const auto &Star : Mod.StarImports)
        Qs.push_back(Star + "." + std::string(Dotted));
      // Never bound here: the readers may still find it by its simple name.
      if (TaintedWords.contains(std::string(py::lastComponent(Dotted))))
        return true;
    }
    for (const auto &Q : Qs)
      for (size_t End = Q.size(); End != std::string::npos && End > 0;
           End = End == 0 ? std::string::npos : Q.rfind('.', End - 1))
        if (Tainted.contains(Q.substr(0, End)))
          return true;
    return false;
  };
  const ts::SyntaxTree &T = Mod.Tree;
  for (NodeId St : T.namedChildren(T.root())) {
    TopLevelDefinition Def = topLevelDefinition(T, St);
    if (Def.Name == NoNode)
      continue;
    std::string Name(T.text(Def.Name));
    // What uses a tainted name is read (an @api_view function serving a
    // serializer); only a class (a subclass, a model pointing at a model, a
    // serializer, a view) or an alias (`X = models.Customer`) passes the
    // taint on to its own users: nothing reaches a finding through a call
    // of a function or another computed value.
    bool Propagates = T.node(Def.Def).Type == "class_definition";
    if (T.node(Def.Def).Type == "assignment") {
      NodeId R = T.child(Def.Def, "right");
      Propagates = R != NoNode && (T.node(R).Type == "identifier" || T.node(R).Type == "attribute");
    }
    if (Name.empty() || Tainted.contains(Prefix + Name) || (!Propagates && C.State == 2))
      continue;
    // Cheap first: a definition that mentions none of the words looked for
    // (those of the names tainted since it was last looked at) uses none.
    std::string_view Text = T.text(St);
    bool Mentions = false;
    for (const auto &W :
         Words ? *Words : std::vector<std::string>(TaintedWords.begin(), TaintedWords.end()))
      if (orm::mentionsWord(Text, W)) {
        Mentions = true;
        break;
      }
    if (!Mentions)
      continue;
    bool Hit = false;
    std::vector<NodeId> Stack{St};
    while (!Stack.empty() && !Hit) {
      NodeId N = Stack.back();
      Stack.pop_back();
      const auto &Node = T.node(N);
      if (Node.Type == "identifier" || Node.Type == "attribute") {
        std::string Dotted = py::dottedName(T, N);
        Hit = !Dotted.empty() && Reaches(Dotted);
      } else if (Node.Type == "string") {
        if (auto V = py::stringValue(T, N))
          wordsOf(*V, [&](std::string_view W) {
            Hit = Hit || TaintedWords.contains(std::string(py::lastComponent(W)));
          });
      }
      for (NodeId K : T.namedChildren(N))
        Stack.push_back(K);
    }
    if (Hit) {
      if (Propagates)
        taint(Prefix + Name);
      Uses = true;
    }
  }
  return Uses || Tainted.size() > Before;
}

// What a needed module's names may lead to: the modules it imports, and
// the classes and modules its strings and unimported annotations name.
void Closure::forward(Cand &C) {
  const py::Module &Mod = *C.Mod;
  for (const auto &[Local, Q] : Mod.Imports)
    needModule(Q);
  for (const auto &Star : Mod.StarImports)
    needModule(Star);
  const ts::SyntaxTree &T = Mod.Tree;
  for (NodeId N = 0; N < T.size(); ++N) {
    const auto &Node = T.node(N);
    if (Node.Type == "string") {
      if (auto V = py::stringValue(T, N))
        wordsOf(*V, [&](std::string_view W) {
          if (W.find('.') != std::string_view::npos)
            needModule(W);
          needClassNamed(W);
        });
    } else if (Node.Type == "identifier" && Node.Parent != NoNode) {
      // A name in an annotation that nothing here binds (imported under
      // `if TYPE_CHECKING:`): SQLAlchemy resolves it by its simple name.
      bool InType = false;
      for (NodeId P = Node.Parent; P != NoNode && !InType; P = T.node(P).Parent)
        InType = T.node(P).Type == "type";
      std::string Name(T.text(N));
      if (InType && !Mod.Imports.contains(Name) && !C.defined().contains(Name))
        needClassNamed(Name);
    }
  }
}

std::vector<const py::Module *> Closure::run(Model &M) {
  bool All = false;
  for (size_t I = 0; I < Files.size(); ++I) {
    const OrmFile &F = Files[I];
    // A package's __init__.py may re-export its modules' classes (a models/
    // package doing `from .order import Order`): always a candidate.
    bool Init = fs::path(F.File->path()).filename() == "__init__.py";
    std::string_view Text = F.File->text();
    if (!F.Given && !Init && !mayMatter(Text))
      continue;
    Cand C;
    C.File = I;
    C.Name = moduleNameOf(F.File->path(), S.Root, C.IsPackage);
    C.StarInit = Text.find("import *") != std::string_view::npos;
    if (F.Given && Text.find("REST_FRAMEWORK") != std::string_view::npos)
      All = true; // the default permissions of every view
    ByName.emplace(C.Name, Cands.size());
    Cands.push_back(std::move(C));
  }
  for (size_t I = 0; I < Cands.size(); ++I) {
    std::string_view Text = Files[Cands[I].File].File->text();
    if (All || Files[Cands[I].File].Given || Text.find("REST_FRAMEWORK") != std::string_view::npos)
      need(I);
  }
  while (!Work.empty() || !NewWords.empty()) {
    while (!Work.empty()) {
      size_t I = Work.back();
      Work.pop_back();
      evaluate(Cands[I], nullptr);
      forward(Cands[I]);
    }
    if (NewWords.empty())
      break;
    // Which other modules use the names just tainted: needed ones again
    // (a definition of theirs may now be tainted), and the rest when they
    // mention one (parsed to see whether the mention is a use).
    std::vector<std::string> Words;
    Words.swap(NewWords);
    std::sort(Words.begin(), Words.end());
    Words.erase(std::unique(Words.begin(), Words.end()), Words.end());
    for (size_t I = 0; I < Cands.size(); ++I) {
      Cand &C = Cands[I];
      if (C.State == -1)
        continue;
      std::string_view Text = Files[C.File].File->text();
      bool Mentions = C.StarInit;
      for (const auto &W : Words)
        if (!Mentions && orm::mentionsWord(Text, W))
          Mentions = true;
      if (!Mentions || !parse(C))
        continue;
      if (evaluate(C, &Words) && C.State == 1)
        need(I);
    }
    // Much of the project is needed (a mixin every model uses, a model that
    // forms, tables, serializers and views all name): read it all, as a
    // whole-project run would, rather than keep searching.
    size_t Needed = 0;
    for (const auto &C : Cands)
      Needed += C.State == 2;
    if (Needed * 4 > Cands.size()) {
      for (size_t I = 0; I < Cands.size(); ++I)
        need(I);
      Work.clear();
      break;
    }
  }
  // In file order, as a whole-project run has them.
  std::vector<const py::Module *> Modules;
  for (auto &C : Cands) {
    if (Files[C.File].Given || C.State == 2)
      M.Problems.insert(M.Problems.end(), C.Problems.begin(), C.Problems.end());
    if (C.State == 2) {
      Modules.push_back(C.Mod);
      if (C.Kept)
        S.KeepAlive->push_back(C.Kept);
    }
  }
  return Modules;
}

} // namespace

void readPythonProject(const std::vector<OrmFile> &Files, const OrmSettings &S, Model &M) {
  Closure C(Files, S); // owns the modules it parsed
  py::ModuleList Modules(C.run(M));
  py::Project P(Modules); // the names both readers resolve
  readDjango(P, S, M);
  readSqlAlchemy(P, S, M);
}

} // namespace privlint
