#include "Frontend/Python/PythonReader.h"

#include "Frontend/Orm/OrmProtection.h"
#include "Frontend/Python/PythonModule.h"
#include "Frontend/Python/PythonProject.h"
#include "Frontend/TreeSitter/ParseSource.h"
#include "Frontend/Workspace.h"
#include "Support/PathCache.h"
#include "Support/Paths.h"

#include <algorithm>
#include <array>
#include <cstdint>
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

// An identifier character (ASCII: privlint never sets a locale, so this is
// what isalnum() says, without a call per character of the source root).
bool isWordChar(char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9') || C == '_';
}

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
  NodeId St = NoNode; // the statement (decorators included)
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
    Out = {D, T.child(D, "name"), St};
  } else if (Ty == "expression_statement" && !T.namedChildren(D).empty() &&
             T.node(T.namedChildren(D)[0]).Type == "assignment") {
    NodeId A = T.namedChildren(D)[0];
    Out = {A, T.child(A, "left"), St};
  }
  if (Out.Name != NoNode && T.node(Out.Name).Type != "identifier")
    Out.Name = NoNode;
  return Out;
}

// The last top-level statement of a module defining Name, as Python binds
// it; NoNode when none does.
TopLevelDefinition definitionNamed(const ts::SyntaxTree &T, std::string_view Name) {
  TopLevelDefinition Found;
  for (NodeId St : T.namedChildren(T.root()))
    if (TopLevelDefinition D = topLevelDefinition(T, St);
        D.Name != NoNode && T.text(D.Name) == Name)
      Found = D;
  return Found;
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

// Whether Text mentions one of Words other than in an import statement
// (`from x import A, B`, parenthesized over lines): a module that only
// imports a name uses it nowhere, and what imports it from there is
// resolved through its imports without reading more of it. An import
// under another name (`import A as B`) counts as a mention.
// The identifiers of a text as a Bloom filter (4,096 bits, two hashes):
// which candidates may mention a word is asked once per word and round, of
// every candidate, and a text is searched only when the filter may hold
// one (a search per word over the whole source root cost more than the
// parsing it saved).
class WordBloom {
public:
  static constexpr uint64_t Seed = 1469598103934665603ULL, Prime = 1099511628211ULL; // FNV-1a
  static uint64_t hash(std::string_view W) {
    uint64_t H = Seed;
    for (char C : W)
      H = (H ^ static_cast<unsigned char>(C)) * Prime;
    return H;
  }
  static WordBloom of(std::string_view Text) {
    // One pass: each identifier hashed as it is read (hash() of it).
    WordBloom B;
    uint64_t H = Seed;
    bool In = false;
    for (char C : Text) {
      if (isWordChar(C)) {
        H = (H ^ static_cast<unsigned char>(C)) * Prime;
        In = true;
      } else if (In) {
        B.add(H);
        H = Seed;
        In = false;
      }
    }
    if (In)
      B.add(H);
    return B;
  }
  bool mayHold(uint64_t H) const { return test(H & Mask) && test((H >> 12) & Mask); }

private:
  static constexpr uint64_t Mask = 4095;
  std::array<uint64_t, 64> Bits{};
  void add(uint64_t H) {
    set(H & Mask);
    set((H >> 12) & Mask);
  }
  void set(uint64_t Bit) { Bits[Bit / 64] |= uint64_t(1) << (Bit % 64); }
  bool test(uint64_t Bit) const { return (Bits[Bit / 64] >> (Bit % 64)) & 1; }
};

// Where a weak name may matter: in the header of a top-level class (a base)
// or in a top-level statement other than a definition (an alias, a
// `declarative_base(cls=...)`). Not in a class or function body, where
// only a strong name counts.
bool inBaseOrTopLevelValue(std::string_view Text, size_t P) {
  // The line the statement holding P starts on: the last one before P that
  // starts with something other than blanks or a closing bracket.
  size_t B = P;
  while (true) {
    size_t L = B == 0 ? std::string_view::npos : Text.rfind('\n', B - 1);
    size_t Start = L == std::string_view::npos ? 0 : L + 1;
    char C = Start < Text.size() ? Text[Start] : ' ';
    if (C != ' ' && C != '\t' && C != ')' && C != ']' && C != '}' && C != '\n' && C != '\r' &&
        C != '#') {
      B = Start;
      break;
    }
    if (Start == 0)
      return true; // indented from the first line: undecided, so it counts
    B = Start - 1;
  }
  std::string_view St = Text.substr(B);
  if (St.starts_with("class "))
    return Text.substr(B, P - B).find(':') == std::string_view::npos; // still in the header
  return !St.starts_with("def ") && !St.starts_with("async ") && !St.starts_with("@");
}

bool mentionsOutsideImports(std::string_view Text, const std::vector<std::string> &Words,
                            const std::map<std::string, int> &Strength) {
  // The import statements: [begin, end) of each, top-level ones only.
  std::vector<std::pair<size_t, size_t>> Imports;
  bool Scanned = false;
  auto InImport = [&](size_t P) {
    if (!Scanned) {
      Scanned = true;
      for (size_t B = 0; B < Text.size();) {
        size_t E = Text.find('\n', B);
        E = E == std::string_view::npos ? Text.size() : E;
        std::string_view Line = Text.substr(B, E - B);
        if (Line.starts_with("from ") || Line.starts_with("import ")) {
          size_t Open = Line.find('(');
          if (Open != std::string_view::npos && Line.find(')', Open) == std::string_view::npos) {
            size_t Close = Text.find(')', B + Open);
            E = Close == std::string_view::npos ? Text.size() : Close;
          } else {
            while (E < Text.size() && E > B && Text[E - 1] == '\\') { // continued line
              size_t N = Text.find('\n', E + 1);
              E = N == std::string_view::npos ? Text.size() : N;
            }
          }
          Imports.emplace_back(B, E);
        }
        B = E + 1;
      }
    }
    for (const auto &[B, E] : Imports)
      if (P >= B && P < E)
        return true;
    return false;
  };
  for (const auto &W : Words) {
    if (W.empty())
      continue;
    for (size_t P = 0; (P = Text.find(W, P)) != std::string_view::npos; P += W.size()) {
      bool Before = P > 0 && isWordChar(Text[P - 1]);
      bool After = P + W.size() < Text.size() && isWordChar(Text[P + W.size()]);
      if (Before || After)
        continue;
      if (!InImport(P)) {
        auto S = Strength.find(W);
        if (S == Strength.end() || S->second >= 2 || inBaseOrTopLevelValue(Text, P))
          return true;
        continue;
      }
      size_t A = P + W.size();
      while (A < Text.size() && (Text[A] == ' ' || Text[A] == '\t'))
        ++A;
      if (Text.substr(A, 3) == "as " || Text.substr(A, 3) == "as\t")
        return true;
    }
  }
  return false;
}

// The modules of one source root that a run needs, and only those. Two
// searches feed each other:
// - Taint: what a finding of a given file may pass through. The given
//   files' classes and values, then the classes that use a tainted one
//   and may carry its findings on, by their role (Role): a subclass of
//   anything tainted, a model pointing at a model, a serializer of a model,
//   a view of a serializer. A form, table, filter set, GraphQL type, admin
//   or test that names a model carries nothing: it is not read, and its
//   own users are not looked for. Users are found by a text scan of the
//   source root for the tainted names (outside import statements), then
//   resolved through the candidate's imports to the definition they name.
// - Demand: what the readers resolve from what is read. Every statement
//   of a given module and of a settings module's REST_FRAMEWORK, every
//   carrier class, and, transitively, the definitions their names resolve
//   to (bases, field classes, Meta.model, serializer_class, permission
//   classes, labels) and the modules the resolution goes through.
// Read are the modules holding a demanded statement (the readers read them
// whole). Context files are peeked at and parsed only when the search
// finds them. A given settings module (REST_FRAMEWORK) concerns every view:
// then every module is read, as in a whole-project run.
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
    int State = 0; // 0 unparsed, 1 parsed (not needed yet), 2 needed, -1 does not parse
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
  std::vector<WordBloom> Blooms; // per candidate, built at the first search
  std::multimap<std::string, size_t> ByName;
  std::multimap<std::string, size_t> ClassDefs; // top-level `class Name` in the text
  bool ClassDefsBuilt = false;
  // Qualified names the given files' findings may reach, with how far the
  // taint goes on: Strong for what carries a finding to whatever names it (a
  // model, a serializer, a view, an alias or re-export of one), Weak for
  // what carries one only to the classes built on it (a plain mixin that
  // names a serializer, `Base = declarative_base(cls=Mixin)`).
  enum Strength : int { None = 0, Weak = 1, Strong = 2 };
  std::map<std::string, int> Tainted;
  std::map<std::string, int> TaintedWords; // their last components, strongest
  std::vector<std::string> NewWords;
  std::vector<size_t> Work; // needed candidates to read

  // What a class is to the readers, decided from its bases alone: Carrier
  // when a reader may take it for a Django model, a DRF serializer or view
  // (what names it may carry a finding on: a serializer of a model, a view
  // of a serializer, a model a serializer nests through a foreign key), or
  // when a base cannot be resolved; Mapped for a SQLAlchemy class (read
  // when it names a tainted name, since __table__ may hold a given Table,
  // but only its subclasses carry it on: no reader follows a relationship
  // or a foreign key to another class's columns); Inert when it derives
  // from a form, table, filter set, GraphQL type, admin, test or Django
  // (not DRF) view class; Neutral otherwise (a plain mixin).
  enum class Role { Neutral, Inert, Mapped, Carrier };
  // What a name written in a module stands for, following imports,
  // re-exports, star imports and aliases through the candidates.
  struct Target {
    enum Kind { NotFound, External, Class, Value, Unknown } K = NotFound;
    std::string Qualified; // External
    size_t Cand = 0;       // Class, Value: where it is defined
    NodeId Node = NoNode;  // Class: its class_definition
    NodeId St = NoNode;    // Class, Value: the top-level statement defining it
    std::string Def;       // Class, Value: its qualified name
  };
  std::map<std::pair<size_t, NodeId>, Role> Roles;
  // resolveIn's answers, with the modules each went through.
  std::map<std::pair<size_t, std::string>, std::pair<Target, std::vector<size_t>>> Resolved;
  std::set<std::string> StarsSeen; // by the current search
  // Whether the project may have DRF views at all (a candidate names
  // rest_framework): without them no finding goes from a model to what
  // names it, and no view handler is read.
  bool Drf = false;
  // Top-level statements whose names the readers may resolve (a given
  // module's, a carrier class, what those name, transitively).
  std::set<std::pair<size_t, NodeId>> Demanded;
  std::vector<std::pair<size_t, NodeId>> DemandWork;

  bool parse(Cand &C);
  void need(size_t I);
  void needModule(std::string_view Dotted);
  void needClassNamed(std::string_view Name);
  void taint(const std::string &Q, int S);
  int taintOf(const std::string &Q) const;
  bool evaluate(size_t I, const std::vector<std::string> *Words, std::vector<NodeId> &Carriers);
  void demand(size_t I, NodeId St);
  void follow(size_t I, NodeId St);
  Target resolveIn(size_t I, std::string_view Dotted, std::vector<size_t> *Path = nullptr);
  Target findIn(size_t I, std::string_view Dotted, int Depth, std::vector<size_t> *Path);
  Target findQualified(const std::string &Q, int Depth, std::vector<size_t> *Path);
  Target resolveQualified(const std::string &Q, std::vector<size_t> *Path = nullptr);
  Role roleOf(size_t I, NodeId Class, int Depth);
  bool madeBySqlAlchemy(const Target &V, int Depth);
  bool mayMakeBase(size_t I, NodeId Call);
  bool mayServeViews(size_t I, NodeId Decorated);
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
  // Only a class a reader may take for a model (a label, a forward
  // reference of SQLAlchemy) or a permission: not a form, GraphQL type or
  // plain class of the same name.
  std::string Last(py::lastComponent(Name));
  auto [B, E] = ClassDefs.equal_range(Last);
  for (auto It = B; It != E; ++It) {
    if (!parse(Cands[It->second]))
      continue;
    TopLevelDefinition D = definitionNamed(Cands[It->second].Mod->Tree, Last);
    if (D.St != NoNode && Cands[It->second].Mod->Tree.node(D.Def).Type == "class_definition" &&
        (roleOf(It->second, D.Def, 0) == Role::Carrier ||
         roleOf(It->second, D.Def, 0) == Role::Mapped))
      demand(It->second, D.St);
  }
}

void Closure::taint(const std::string &Q, int S) {
  if (S == None)
    return;
  int &Have = Tainted[Q];
  if (Have >= S)
    return;
  Have = S;
  // Every new name sends its modules' users to be looked at again, even for
  // a known word: a re-export read late makes a use elsewhere reach it.
  std::string W(py::lastComponent(Q));
  if (W.empty())
    return; // a name cut short by a syntax error ("models.")
  int &WS = TaintedWords[W];
  WS = std::max(WS, S);
  NewWords.push_back(W);
}

int Closure::taintOf(const std::string &Q) const {
  auto It = Tainted.find(Q);
  return It == Tainted.end() ? None : It->second;
}

// Entry points: memoized, and each search visits a star-imported module
// once (star imports may reach one module along many paths, and import
// each other).
Closure::Target Closure::resolveIn(size_t I, std::string_view Dotted, std::vector<size_t> *Path) {
  auto Key = std::make_pair(I, std::string(Dotted));
  auto It = Resolved.find(Key);
  if (It == Resolved.end()) {
    StarsSeen.clear();
    std::vector<size_t> Through;
    Target T = findIn(I, Dotted, 0, &Through);
    It = Resolved.emplace(Key, std::make_pair(std::move(T), std::move(Through))).first;
  }
  if (Path)
    Path->insert(Path->end(), It->second.second.begin(), It->second.second.end());
  return It->second.first;
}

Closure::Target Closure::resolveQualified(const std::string &Q, std::vector<size_t> *Path) {
  StarsSeen.clear();
  return findQualified(Q, 0, Path);
}

Closure::Target Closure::findIn(size_t I, std::string_view Dotted, int Depth,
                                std::vector<size_t> *Path) {
  Target Unknown;
  Unknown.K = Target::Unknown;
  if (Depth > 16 || Dotted.empty())
    return Unknown;
  const py::Module &Mod = *Cands[I].Mod;
  std::string Head(Dotted.substr(0, Dotted.find('.')));
  std::string_view Rest = Dotted.substr(Head.size());
  if (auto It = Mod.Imports.find(Head); It != Mod.Imports.end()) {
    // Imported from a module the project does not bind it in (or from no
    // module of the project): the readers see it by its qualified name.
    std::string Q = It->second + std::string(Rest);
    Target T = findQualified(Q, Depth + 1, Path);
    if (T.K == Target::NotFound) {
      T.K = Target::External;
      T.Qualified = Q;
    }
    return T;
  }
  if (Cands[I].defined().contains(Head)) {
    const ts::SyntaxTree &T = Mod.Tree;
    TopLevelDefinition D = definitionNamed(T, Head);
    if (D.Def == NoNode)
      return Unknown;
    std::string_view Ty = T.node(D.Def).Type;
    if (Ty == "class_definition") {
      if (!Rest.empty()) {
        // A nested class or an attribute of one: no reader resolves it to
        // a class, so it stands for its qualified name.
        Target Out;
        Out.K = Target::External;
        Out.Qualified = (Mod.Name.empty() ? "" : Mod.Name + ".") + std::string(Dotted);
        return Out;
      }
      Target Out;
      Out.K = Target::Class;
      Out.Cand = I;
      Out.Node = D.Def;
      Out.St = D.St;
      Out.Def = (Mod.Name.empty() ? "" : Mod.Name + ".") + Head;
      return Out;
    }
    if (Ty == "assignment") {
      NodeId R = T.child(D.Def, "right");
      if (R != NoNode && (T.node(R).Type == "identifier" || T.node(R).Type == "attribute")) {
        std::string Alias = py::dottedName(T, R); // `Model = db.Model`
        if (!Alias.empty() && Alias != Head)
          return findIn(I, Alias + std::string(Rest), Depth + 1, Path);
        return Unknown;
      }
    }
    Target Out; // a function, or a value computed at run time
    Out.K = Target::Value;
    Out.Cand = I;
    Out.St = D.St;
    Out.Def = (Mod.Name.empty() ? "" : Mod.Name + ".") + Head;
    return Out;
  }
  // A star import of a module the project has (the readers skip others).
  for (const auto &Star : Mod.StarImports)
    if (ByName.contains(Star) && StarsSeen.insert(Star).second)
      if (Target T = findQualified(Star + "." + std::string(Dotted), Depth + 1, Path);
          T.K != Target::NotFound)
        return T;
  return {}; // NotFound: bound nowhere here
}

Closure::Target Closure::findQualified(const std::string &Q, int Depth, std::vector<size_t> *Path) {
  Target Unknown;
  Unknown.K = Target::Unknown;
  if (Depth > 16)
    return Unknown;
  // The longest prefix that names a candidate module.
  for (size_t End = Q.rfind('.'); End != std::string::npos && End > 0;
       End = Q.rfind('.', End - 1)) {
    auto [B, E] = ByName.equal_range(Q.substr(0, End));
    if (B == E)
      continue;
    std::string_view Name = std::string_view(Q).substr(End + 1);
    for (auto It = B; It != E; ++It) {
      Cand &C = Cands[It->second];
      if (!parse(C))
        return Unknown;
      Target T = findIn(It->second, Name, Depth + 1, Path);
      if (T.K != Target::NotFound) {
        if (Path)
          Path->push_back(It->second);
        return T;
      }
    }
    return {}; // the module binds no such name
  }
  Target Out;
  Out.K = Target::External;
  Out.Qualified = Q;
  return Out;
}

namespace {

// A class outside the project (or of a module no reader sees) that a
// reader may take a class built on it for a model, serializer, view or
// mapped class by: DjangoModels (django.db.models, django.contrib.auth's
// abstract users, any "...Model" of a package it cannot see), DjangoRest
// (rest_framework, "...ModelSerializer"), SqlAlchemyReader (its libraries,
// Flask-SQLAlchemy's db.Model).
bool readerLibraryClass(std::string_view Q) {
  for (std::string_view P : {"django.db.models", "django.contrib.auth.models.",
                             "django.contrib.auth.base_user.", "rest_framework", "wagtail."})
    if (Q.starts_with(P))
      return true;
  return Q.ends_with("Model") || Q.ends_with("ModelSerializer");
}

// SQLAlchemy, SQLModel, Flask-SQLAlchemy (SqlAlchemyReader's isLibraryName).
bool sqlAlchemyName(std::string_view Q) {
  for (std::string_view P : {"sqlalchemy.", "sqlalchemy_utils.", "sqlmodel.", "flask_sqlalchemy."})
    if (Q.starts_with(P))
      return true;
  return false;
}

// Bases of plain classes: Python's own, typing, abc, enum, and Django's
// (whose classes are models only by name: readerLibraryClass).
bool neutralLibraryClass(std::string_view Q) {
  for (std::string_view P :
       {"builtins.", "typing.", "typing_extensions.", "abc.", "enum.", "collections.", "django."})
    if (Q.starts_with(P))
      return true;
  return Q == "object";
}

// Library classes whose subclasses no reader takes for a model, serializer
// or view (and whose attributes no reader follows): forms, tables, filter
// sets, GraphQL types, admin classes, tests, factories, Django's own views.
bool inertLibraryClass(std::string_view Q) {
  for (std::string_view P :
       {"django.forms.", "django.contrib.admin.", "django.contrib.auth.forms.", "django.test.",
        "django.views.", "django.apps.", "django.core.management.", "unittest.",
        "rest_framework.test.", "django_tables2.", "django_filters.", "graphene.",
        "graphene_django.", "strawberry.", "strawberry_django.", "pydantic.", "factory.",
        "import_export."})
    if (Q.starts_with(P))
      return true;
  return false;
}

} // namespace

Closure::Role Closure::roleOf(size_t I, NodeId Class, int Depth) {
  auto Key = std::make_pair(I, Class);
  if (auto It = Roles.find(Key); It != Roles.end())
    return It->second;
  if (Depth > 16)
    return Role::Carrier;
  Roles[Key] = Role::Carrier; // a cycle: undecided, so it carries
  const ts::SyntaxTree &T = Cands[I].Mod->Tree;
  Role Out = Role::Neutral;
  bool Unseen = false; // a base from a module no reader sees (a library, an unread module)
  NodeId Sup = T.child(Class, "superclasses");
  for (NodeId B : Sup == NoNode ? std::vector<NodeId>{} : T.namedChildren(Sup)) {
    std::string_view Ty = T.node(B).Type;
    if (Ty == "keyword_argument" || Ty == "comment")
      continue;                                                // metaclass=...
    NodeId Expr = Ty == "subscript" ? T.child(B, "value") : B; // Generic[T]
    std::string Dotted = Expr == NoNode ? std::string() : py::dottedName(T, Expr);
    Role R = Role::Carrier;
    if (!Dotted.empty()) {
      Target Tg = resolveIn(I, Dotted);
      if (Tg.K == Target::NotFound && py::isBuiltinName(Dotted.substr(0, Dotted.find('.'))))
        R = Role::Neutral; // object, Exception, dict
      else if (Tg.K == Target::External) {
        R = sqlAlchemyName(Tg.Qualified)       ? Role::Mapped
            : readerLibraryClass(Tg.Qualified) ? Role::Carrier
            : inertLibraryClass(Tg.Qualified)  ? Role::Inert
                                               : Role::Neutral;
        Unseen = Unseen || (R == Role::Neutral && !neutralLibraryClass(Tg.Qualified));
      } else if (Tg.K == Target::Class)
        R = roleOf(Tg.Cand, Tg.Node, Depth + 1);
      else if (Tg.K == Target::Value && madeBySqlAlchemy(Tg, Depth + 1))
        R = Role::Mapped; // Base = declarative_base(), db = SQLAlchemy(): db.Model
    }
    if (R == Role::Carrier) {
      Out = Role::Carrier;
      break;
    }
    if (R == Role::Mapped || (R == Role::Inert && Out != Role::Mapped))
      Out = R;
  }
  // A class built on a base no reader sees is a Django model when its body
  // declares model fields, a SQLAlchemy class when it declares columns
  // (DjangoModels, SqlAlchemyReader): told by the words, not resolved.
  if (Unseen && Out != Role::Carrier) {
    NodeId Body = T.child(Class, "body");
    std::string_view Text = Body == NoNode ? std::string_view() : T.text(Body);
    if (Text.find("Field(") != std::string_view::npos ||
        Text.find("ForeignKey(") != std::string_view::npos ||
        Text.find("ParentalKey(") != std::string_view::npos)
      Out = Role::Carrier;
    else if (Text.find("Column(") != std::string_view::npos ||
             Text.find("column(") != std::string_view::npos)
      Out = Role::Mapped;
  }
  Roles[Key] = Out;
  return Out;
}

// Whether a call may return a class to build on (`declarative_base(cls=
// Mixin)`, `SQLAlchemy(model_class=Mixin)`, a project function, `type()`):
// not an instance of a project class, nor another library's value.
bool Closure::mayMakeBase(size_t I, NodeId Call) {
  const ts::SyntaxTree &T = Cands[I].Mod->Tree;
  NodeId Fn = T.child(Call, "function");
  std::string Callee = Fn == NoNode ? std::string() : py::dottedName(T, Fn);
  if (Callee.empty())
    return true;
  Target C = resolveIn(I, Callee);
  if (C.K == Target::Class)
    return false;
  if (C.K == Target::External)
    return sqlAlchemyName(C.Qualified) || C.Qualified == "builtins.type";
  if (C.K == Target::NotFound && py::isBuiltinName(Callee.substr(0, Callee.find('.'))))
    return Callee == "type";
  return true;
}

// Whether a module-level value is built by SQLAlchemy or Flask-SQLAlchemy:
// `Base = declarative_base()`, `db = SQLAlchemy()`, `reg = registry()`
// then `Base = reg.generate_base()`.
bool Closure::madeBySqlAlchemy(const Target &V, int Depth) {
  if (Depth > 16 || V.St == NoNode)
    return false;
  const ts::SyntaxTree &T = Cands[V.Cand].Mod->Tree;
  TopLevelDefinition D = topLevelDefinition(T, V.St);
  if (D.Def == NoNode || T.node(D.Def).Type != "assignment")
    return false;
  NodeId R = T.child(D.Def, "right");
  if (R == NoNode || T.node(R).Type != "call")
    return false;
  NodeId Fn = T.child(R, "function");
  std::string Callee = Fn == NoNode ? std::string() : py::dottedName(T, Fn);
  if (Callee.empty())
    return false;
  Target C = resolveIn(V.Cand, Callee);
  if (C.K == Target::External)
    return sqlAlchemyName(C.Qualified);
  return C.K == Target::Value && madeBySqlAlchemy(C, Depth + 1);
}

// Whether a decorated function may be an @api_view of DRF: a decorator
// that resolves to rest_framework's, or that cannot be resolved. A route of
// another framework (`@router.get` of a router made here, FastAPI's, a
// project function) serves no serializer the readers follow.
bool Closure::mayServeViews(size_t I, NodeId Decorated) {
  const ts::SyntaxTree &T = Cands[I].Mod->Tree;
  for (NodeId Dec : T.namedChildren(Decorated)) {
    if (T.node(Dec).Type != "decorator" || T.namedChildren(Dec).empty())
      continue;
    NodeId E = T.namedChildren(Dec)[0];
    NodeId Fn = T.node(E).Type == "call" ? T.child(E, "function") : E;
    std::string Dotted = Fn == NoNode ? std::string() : py::dottedName(T, Fn);
    if (Dotted.empty())
      return true;
    Target Tg = resolveIn(I, Dotted);
    if (Tg.K == Target::External && !Tg.Qualified.starts_with("rest_framework"))
      continue;
    if (Tg.K == Target::Class || Tg.K == Target::Value)
      continue;
    return true;
  }
  return false;
}

namespace {

// A string alone in its statement (a docstring) names nothing a reader
// resolves.
bool isDocstring(const ts::SyntaxTree &T, NodeId Str) {
  NodeId P = T.node(Str).Parent;
  return P != NoNode && T.node(P).Type == "expression_statement";
}

// The methods whose bodies a reader looks into: the handlers of a DRF view
// and what picks its serializer, a TypeDecorator's process_bind_param, a
// computed __tablename__. Decorated ones (@declared_attr, @action) too.
bool readMethod(const ts::SyntaxTree &T, NodeId Def, bool Drf) {
  if (T.node(Def).Parent != NoNode && T.node(T.node(Def).Parent).Type == "decorated_definition")
    return true;
  NodeId N = T.child(Def, "name");
  std::string_view Name = N == NoNode ? "" : T.text(N);
  if (Name == "process_bind_param" || Name == "__tablename__")
    return true;
  for (std::string_view M : {"get", "list", "retrieve", "put", "patch", "update", "partial_update",
                             "get_serializer_class", "get_serializer"})
    if (Drf && Name == M)
      return true;
  return false;
}

} // namespace

// What a module defines that a finding of a given file may pass through,
// and which of its statements the readers must read (Carriers). Every class
// and value of a given module is tainted. Elsewhere, a name is resolved
// (imports, re-exports, star imports, aliases followed) to the definition
// it names. A class built on a tainted class is tainted and read, whatever
// it is (it holds what its base lends: fields, Meta, serializer_class). A
// class whose body names a Strong name (a model pointing at a model, a
// serializer naming a model, a view naming a serializer) is Strong and read
// when it may be a Django model, serializer or view (Role::Carrier); Weak
// and read when it is a SQLAlchemy class (or a Django model without DRF:
// only its subclasses carry it on); Weak when it is a plain mixin; nothing
// when it is a form, table, filter set or the like. An alias passes its
// target's taint on; a value built by a call that may return a class is
// Weak (`Base = declarative_base(cls=Mixin)`); an import under another
// name adds that name to the search. A decorated function that may be an
// @api_view naming a Strong name is read; functions pass nothing on.
bool Closure::evaluate(size_t I, const std::vector<std::string> *Words,
                       std::vector<NodeId> &Carriers) {
  Cand &C = Cands[I];
  const py::Module &Mod = *C.Mod;
  std::string Prefix = Mod.Name.empty() ? std::string() : Mod.Name + ".";
  const ts::SyntaxTree &T = Mod.Tree;
  if (Mod.Given) {
    // Its classes and assignments; not its functions (nothing reaches a
    // finding through a call) nor its dunders (__all__). Without DRF a
    // class carries its findings only to its subclasses; a value (a
    // Table(...) a class maps with __table__) to what names it.
    for (NodeId St : T.namedChildren(T.root())) {
      TopLevelDefinition D = topLevelDefinition(T, St);
      if (D.Name == NoNode || T.node(D.Def).Type == "function_definition")
        continue;
      std::string_view Name = T.text(D.Name);
      bool Class = T.node(D.Def).Type == "class_definition";
      if (!(Name.starts_with("__") && Name.ends_with("__")))
        taint(Prefix + std::string(Name), Class && !Drf ? Weak : Strong);
    }
    return true;
  }
  // A migration is read by no reader as a model, and nothing builds on it.
  if (Mod.Name == "migrations" || Mod.Name.starts_with("migrations.") ||
      Mod.Name.find(".migrations.") != std::string::npos || Mod.Name.ends_with(".migrations"))
    return false;
  bool Needed = false;
  // A name imported under another name: its users here are found by that
  // name (the import itself passes nothing on: a use elsewhere is resolved
  // to the definition, re-exports and star imports followed).
  for (const auto &[Local, Q] : Mod.Imports)
    if (std::string_view L = py::lastComponent(Q);
        L != Local && TaintedWords.contains(std::string(L)))
      if (Target Tg = resolveQualified(Q); Tg.K == Target::Class || Tg.K == Target::Value)
        taint(Prefix + Local, taintOf(Tg.Def));
  // How strongly a name written here reaches a tainted one: each prefix
  // ending in a tainted word, resolved to the definition it names.
  auto Reaches = [&](std::string_view Dotted) -> int {
    int Out = None;
    for (size_t B = 0;;) {
      size_t E = Dotted.find('.', B);
      std::string_view Word = Dotted.substr(B, E == std::string_view::npos ? E : E - B);
      if (TaintedWords.contains(std::string(Word))) {
        Target Tg = resolveIn(I, Dotted.substr(0, E));
        if (Tg.K == Target::Class || Tg.K == Target::Value)
          Out = std::max(Out, taintOf(Tg.Def));
      }
      if (E == std::string_view::npos)
        break;
      B = E + 1;
    }
    // Never bound here: the readers may still find it by its simple name.
    std::string Head(Dotted.substr(0, Dotted.find('.')));
    if (!Mod.Imports.contains(Head) && !C.defined().contains(Head))
      if (auto It = TaintedWords.find(std::string(py::lastComponent(Dotted)));
          It != TaintedWords.end())
        Out = std::max(Out, It->second);
    return Out;
  };
  // The strongest tainted name a subtree reaches (its strings: labels and
  // forward references by their last word).
  auto Strongest = [&](NodeId Root, bool InClassBody = false) {
    int Best = None;
    std::vector<std::pair<NodeId, bool>> Stack{{Root, InClassBody}}; // node, inside a class
    while (!Stack.empty() && Best < Strong) {
      auto [N, InClass] = Stack.back();
      Stack.pop_back();
      const auto &Node = T.node(N);
      if (Node.Type == "function_definition" && InClass && !readMethod(T, N, Drf))
        continue; // a method no reader looks into
      if (Node.Type == "call") {
        // A generic relation is no field of the model: what it names is
        // not carried (Django's GenericRelation, GenericForeignKey).
        NodeId Fn = T.child(N, "function");
        std::string Callee = Fn == NoNode ? std::string() : py::dottedName(T, Fn);
        std::string_view L = py::lastComponent(Callee);
        if (L == "GenericRelation" || L == "GenericForeignKey")
          continue;
      }
      if (Node.Type == "identifier" || Node.Type == "attribute") {
        std::string Dotted = py::dottedName(T, N);
        if (!Dotted.empty())
          Best = std::max(Best, Reaches(Dotted));
      } else if (Node.Type == "string" && !isDocstring(T, N)) {
        if (auto V = py::stringValue(T, N))
          wordsOf(*V, [&](std::string_view W) {
            if (auto It = TaintedWords.find(std::string(py::lastComponent(W)));
                It != TaintedWords.end())
              Best = std::max(Best, It->second);
          });
      }
      bool Inside = InClass || Node.Type == "class_definition";
      for (NodeId K : T.namedChildren(N))
        Stack.emplace_back(K, Inside);
    }
    return Best;
  };
  for (NodeId St : T.namedChildren(T.root())) {
    TopLevelDefinition Def = topLevelDefinition(T, St);
    if (Def.Name == NoNode)
      continue;
    std::string Name(T.text(Def.Name));
    std::string_view Ty = T.node(Def.Def).Type;
    bool IsClass = Ty == "class_definition";
    bool IsFunction = Ty == "function_definition";
    bool IsAlias = false;
    if (Ty == "assignment") {
      NodeId R = T.child(Def.Def, "right");
      IsAlias = R != NoNode && (T.node(R).Type == "identifier" || T.node(R).Type == "attribute");
    }
    int Have = Name.empty() ? Strong : taintOf(Prefix + Name);
    if (Have == Strong)
      continue;
    if (IsFunction && T.node(St).Type != "decorated_definition")
      continue;
    if (!IsClass && !IsFunction && !IsAlias && Have >= Weak)
      continue;
    // Cheap first: a definition that mentions none of the words looked for
    // (those of the names tainted since it was last looked at) uses none.
    std::string_view Text = T.text(St);
    bool Mentions = false;
    if (Words) {
      for (const auto &W : *Words)
        if (orm::mentionsWord(Text, W)) {
          Mentions = true;
          break;
        }
    } else {
      for (const auto &[W, S] : TaintedWords)
        if (orm::mentionsWord(Text, W)) {
          Mentions = true;
          break;
        }
    }
    if (!Mentions)
      continue;
    if (IsFunction) {
      if (!Demanded.contains({I, St}) && Strongest(St) == Strong && mayServeViews(I, St)) {
        Needed = true;
        Carriers.push_back(St);
      }
      continue;
    }
    if (!IsClass) {
      // An alias passes on what it names; a value built by a call may be a
      // base (`Base = declarative_base(cls=Mixin)`); other values (a
      // tuple of names, __all__) are nothing a reader builds on.
      NodeId R = T.child(Def.Def, "right");
      bool Dunder = Name.starts_with("__") && Name.ends_with("__");
      if (IsAlias)
        taint(Prefix + Name, Strongest(Def.Def));
      else if (R != NoNode && T.node(R).Type == "call" && !Dunder && mayMakeBase(I, R))
        taint(Prefix + Name, std::min(Strongest(Def.Def), int(Weak)));
      continue;
    }
    int BaseHit = None;
    if (NodeId Sup = T.child(Def.Def, "superclasses"); Sup != NoNode)
      for (NodeId B : T.namedChildren(Sup)) {
        if (T.node(B).Type == "keyword_argument" || T.node(B).Type == "comment")
          continue;
        NodeId Expr = T.node(B).Type == "subscript" ? T.child(B, "value") : B;
        if (Expr != NoNode)
          BaseHit = std::max(BaseHit, Strongest(Expr));
      }
    // What a class body names (not the arguments of a generic base, nor its
    // decorators: neither is inherited nor read as a field).
    NodeId Body = T.child(Def.Def, "body");
    bool Uses = BaseHit > None || (Body != NoNode && Strongest(Body, true) == Strong);
    if (!Uses)
      continue;
    Role R = roleOf(I, Def.Def, 0);
    if (R == Role::Carrier && !Drf)
      R = Role::Mapped; // a Django model: read, but only its subclasses carry it on
    if (R == Role::Mapped) {
      taint(Prefix + Name, Weak);
      Needed = true;
      Carriers.push_back(St);
    } else if (R == Role::Carrier) {
      taint(Prefix + Name, Strong);
      Needed = true;
      Carriers.push_back(St);
    } else if (BaseHit > None) {
      // Built on a tainted class: it holds what the base lends (fields,
      // Meta, serializer_class) whatever it is, so it is read.
      taint(Prefix + Name, Weak);
      Needed = true;
      Carriers.push_back(St);
    } else if (R == Role::Neutral) {
      taint(Prefix + Name, Weak);
    }
  }
  return Needed;
}

void Closure::demand(size_t I, NodeId St) {
  need(I);
  if (Cands[I].State == 2 && Demanded.insert({I, St}).second)
    DemandWork.emplace_back(I, St);
}

// What a demanded statement's names lead to: the modules a reader goes
// through to resolve each (re-exports included) and the definitions they
// resolve to, demanded in turn; the classes and modules its strings and
// unimported annotations name. Method bodies no reader looks into are
// skipped.
void Closure::follow(size_t I, NodeId St) {
  const py::Module &Mod = *Cands[I].Mod;
  const ts::SyntaxTree &T = Mod.Tree;
  std::vector<std::pair<NodeId, bool>> Stack{{St, false}}; // node, inside a class
  while (!Stack.empty()) {
    auto [N, InClass] = Stack.back();
    Stack.pop_back();
    const auto &Node = T.node(N);
    if (Node.Type == "function_definition" && InClass && !readMethod(T, N, Drf))
      continue;
    if (Node.Type == "string") {
      if (auto V = isDocstring(T, N) ? std::nullopt : py::stringValue(T, N))
        wordsOf(*V, [&](std::string_view W) {
          if (W.find('.') != std::string_view::npos) {
            needModule(W);
            std::vector<size_t> Path;
            Target Tg = resolveQualified(std::string(W), &Path);
            for (size_t P : Path)
              need(P);
            if ((Tg.K == Target::Class || Tg.K == Target::Value) && Tg.St != NoNode)
              demand(Tg.Cand, Tg.St);
          }
          needClassNamed(W);
        });
      continue;
    }
    if (Node.Type == "identifier" || Node.Type == "attribute") {
      std::string Dotted = py::dottedName(T, N);
      if (!Dotted.empty()) {
        std::vector<size_t> Path;
        Target Tg = resolveIn(I, Dotted, &Path);
        for (size_t P : Path)
          need(P);
        if ((Tg.K == Target::Class || Tg.K == Target::Value) && Tg.St != NoNode)
          demand(Tg.Cand, Tg.St);
        if (Tg.K == Target::NotFound && Node.Type == "identifier" && Node.Parent != NoNode) {
          // A name in an annotation that nothing here binds (imported under
          // `if TYPE_CHECKING:`): SQLAlchemy resolves it by its simple name.
          bool InType = false;
          for (NodeId P = Node.Parent; P != NoNode && !InType; P = T.node(P).Parent)
            InType = T.node(P).Type == "type";
          if (InType)
            needClassNamed(Dotted);
        }
        if (Node.Type == "identifier")
          continue;
      }
    }
    bool Inside = InClass || Node.Type == "class_definition";
    for (NodeId K : T.namedChildren(N))
      Stack.emplace_back(K, Inside);
  }
}

std::vector<const py::Module *> Closure::run(Model &M) {
  bool All = false;
  for (size_t I = 0; I < Files.size(); ++I) {
    const OrmFile &F = Files[I];
    // Every module is a candidate, as in a whole-project run (where every
    // file is given): a field class re-exported by a module that names no
    // model, a subclass imported from a package, count there too. Only the
    // modules the search finds are parsed.
    std::string_view Text = F.File->text();
    Cand C;
    C.File = I;
    C.Name = moduleNameOf(F.File->path(), S.Root, C.IsPackage);
    if (F.Given && Text.find("REST_FRAMEWORK") != std::string_view::npos)
      All = true; // the default permissions of every view
    Drf = Drf || Text.find("rest_framework") != std::string_view::npos;
    ByName.emplace(C.Name, Cands.size());
    Cands.push_back(std::move(C));
  }
  // Demanded from the start: every statement of a given module but its
  // imports (what they import is demanded where it is used), and the
  // statements of a settings module that set REST_FRAMEWORK.
  for (size_t I = 0; I < Cands.size(); ++I) {
    std::string_view Text = Files[Cands[I].File].File->text();
    bool Given = Files[Cands[I].File].Given;
    if (All)
      need(I);
    if (!Given && Text.find("REST_FRAMEWORK") == std::string_view::npos)
      continue;
    need(I);
    if (Cands[I].State != 2)
      continue;
    const ts::SyntaxTree &T = Cands[I].Mod->Tree;
    for (NodeId St : T.namedChildren(T.root())) {
      std::string_view Ty = T.node(St).Type;
      if (Ty == "import_statement" || Ty == "import_from_statement" ||
          Ty == "future_import_statement" || Ty == "comment")
        continue;
      if (Given || T.text(St).find("REST_FRAMEWORK") != std::string_view::npos)
        demand(I, St);
    }
  }
  while (!Work.empty() || !DemandWork.empty() || !NewWords.empty()) {
    while (!Work.empty() || !DemandWork.empty()) {
      if (!Work.empty()) {
        size_t I = Work.back();
        Work.pop_back();
        std::vector<NodeId> Carriers;
        evaluate(I, nullptr, Carriers);
        for (NodeId St : Carriers)
          demand(I, St);
        continue;
      }
      auto [I, St] = DemandWork.back();
      DemandWork.pop_back();
      follow(I, St);
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
    if (Blooms.empty())
      for (const auto &C : Cands)
        Blooms.push_back(WordBloom::of(Files[C.File].File->text()));
    std::vector<uint64_t> Hashes;
    for (const auto &W : Words)
      Hashes.push_back(WordBloom::hash(W));
    std::vector<std::string> Maybe; // the words a candidate may hold
    for (size_t I = 0; I < Cands.size(); ++I) {
      Cand &C = Cands[I];
      if (C.State == -1)
        continue;
      Maybe.clear();
      for (size_t K = 0; K < Words.size(); ++K)
        if (Blooms[I].mayHold(Hashes[K]))
          Maybe.push_back(Words[K]);
      if (Maybe.empty())
        continue;
      std::string_view Text = Files[C.File].File->text();
      if (!mentionsOutsideImports(Text, Maybe, TaintedWords) || !parse(C))
        continue;
      std::vector<NodeId> Carriers;
      evaluate(I, &Words, Carriers);
      for (NodeId St : Carriers)
        demand(I, St);
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
      DemandWork.clear();
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
