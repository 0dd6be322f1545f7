// SQLAlchemy declarative mappings: classes derived from a declarative base
// (declarative_base(), DeclarativeBase, registry().generate_base(),
// @registry.mapped, @as_declarative, Flask-SQLAlchemy db.Model, SQLModel
// table=True), the columns they, their mixins and abstract bases declare,
// and imperative Table(...) objects. Names resolve through the imports of the
// project's modules (Python/PythonProject.h); nothing is imported or run.
#include "Classify/Markers.h"
#include "Classify/Tokenizer.h"
#include "Frontend/Python/PythonModule.h"
#include "Frontend/Python/PythonProject.h"
#include "Frontend/SqlAlchemy/SqlAlchemyTypes.h"
#include "Frontend/TreeSitter/CommentIndex.h"
#include "Support/Text.h"

#include <algorithm>
#include <map>
#include <memory>
#include <ranges>
#include <set>

namespace privlint {

namespace {

using py::Symbol;
using ts::NodeId;
using ts::NoNode;

std::string_view lastOf(std::string_view Q) { return py::lastComponent(Q); }

std::string_view prefixOf(std::string_view Q) {
  size_t P = Q.rfind('.');
  return P == std::string_view::npos ? std::string_view() : Q.substr(0, P);
}

bool isLibraryName(std::string_view Q) {
  for (std::string_view P : {"sqlalchemy.", "sqlalchemy_utils.", "sqlmodel.", "flask_sqlalchemy."})
    if (Q.starts_with(P))
      return true;
  return false;
}

// The assignment an expression statement holds (`Left = Right`, `Left: T`),
// else NoNode.
NodeId assignmentIn(const ts::SyntaxTree &T, NodeId S) {
  if (T.node(S).Type != "expression_statement")
    return NoNode;
  auto Kids = T.namedChildren(S);
  return !Kids.empty() && T.node(Kids[0]).Type == "assignment" ? Kids[0] : NoNode;
}

// The function a class-body statement defines (decorators skipped) when it
// is named Name, else NoNode.
NodeId functionNamed(const ts::SyntaxTree &T, NodeId S, std::string_view Name) {
  NodeId Def = T.node(S).Type == "decorated_definition" ? T.child(S, "definition") : S;
  if (Def == NoNode || T.node(Def).Type != "function_definition")
    return NoNode;
  NodeId N = T.child(Def, "name");
  return N != NoNode && T.text(N) == Name ? Def : NoNode;
}

// Alembic revision scripts describe the same columns as the models (op.add_column):
// the models are authoritative, so revisions are not read.
bool isAlembicRevision(const py::Module &M) {
  const std::string &Path = M.File->path();
  for (std::string_view Dir : {"alembic/versions/", "migrations/versions/"})
    if (Path.find(Dir) != std::string::npos)
      return true;
  const ts::SyntaxTree &T = M.Tree;
  bool Revision = false, Down = false;
  for (NodeId S : T.namedChildren(T.root())) {
    NodeId A = assignmentIn(T, S);
    if (A == NoNode)
      continue;
    NodeId Left = T.child(A, "left");
    if (Left == NoNode)
      continue;
    std::string_view Name = T.text(Left);
    Revision |= Name == "revision";
    Down |= Name == "down_revision";
  }
  return Revision && Down;
}

// ------------------------------------------------------------- annotations

/// A type annotation read from its text: `Mapped[Optional[str]]`,
/// `so.Mapped[str | None]`, `"Mapped[List['Address']]"`.
struct TypeExpr {
  std::string Head; // dotted name as written; empty for None and anything else
  std::vector<TypeExpr> Args;
  bool IsNone = false;
};

class TypeExprParser {
public:
  explicit TypeExprParser(std::string_view S) : S(S) {}
  TypeExpr parse(int Depth = 0) { return unionOf(Depth); }

private:
  std::string_view S;
  size_t P = 0;

  void space() {
    while (P < S.size() &&
           (S[P] == ' ' || S[P] == '\t' || S[P] == '\n' || S[P] == '\r' || S[P] == '\\'))
      ++P;
  }
  TypeExpr unionOf(int Depth) {
    TypeExpr First = primary(Depth);
    space();
    if (P >= S.size() || S[P] != '|')
      return First;
    TypeExpr U;
    U.Head = "Union";
    U.Args.push_back(std::move(First));
    while (P < S.size() && S[P] == '|') {
      ++P;
      U.Args.push_back(primary(Depth));
      space();
    }
    return U;
  }
  // Skips a balanced run up to a ',' or a closing bracket at this level.
  void skipOther() {
    int Level = 0;
    while (P < S.size()) {
      char C = S[P];
      if (C == '"' || C == '\'') {
        size_t E = S.find(C, P + 1);
        P = E == std::string_view::npos ? S.size() : E + 1;
        continue;
      }
      if (C == '(' || C == '[' || C == '{')
        ++Level;
      else if (C == ')' || C == ']' || C == '}') {
        if (Level == 0)
          return;
        --Level;
      } else if (C == ',' && Level == 0)
        return;
      ++P;
    }
  }
  TypeExpr primary(int Depth) {
    space();
    TypeExpr E;
    if (Depth > 16 || P >= S.size())
      return E;
    char C = S[P];
    if (C == '"' || C == '\'') { // a forward reference
      size_t End = S.find(C, P + 1);
      End = End == std::string_view::npos ? S.size() : End;
      E = TypeExprParser(S.substr(P + 1, End - P - 1)).parse(Depth + 1);
      P = End < S.size() ? End + 1 : End;
      return E;
    }
    size_t B = P;
    while (P < S.size() &&
           (std::isalnum(static_cast<unsigned char>(S[P])) || S[P] == '_' || S[P] == '.'))
      ++P;
    if (P == B) {
      skipOther();
      return E;
    }
    E.Head = std::string(S.substr(B, P - B));
    E.IsNone = E.Head == "None";
    space();
    if (P < S.size() && S[P] == '[') {
      ++P;
      for (;;) {
        E.Args.push_back(unionOf(Depth + 1));
        space();
        if (P < S.size() && S[P] == ',') {
          ++P;
          continue;
        }
        if (P < S.size() && S[P] != ']') {
          skipOther();
          if (P < S.size() && S[P] == ',') {
            ++P;
            continue;
          }
        }
        if (P < S.size() && S[P] == ']')
          ++P;
        break;
      }
    } else if (P < S.size() && S[P] == '(') {
      skipOther(); // a call inside Annotated[...]: not a type
    }
    return E;
  }
};

// ------------------------------------------------------------------ reader

enum class Flavor : uint8_t { None, Declarative, Flask, SqlModel };

struct ClassInfo {
  const py::Module *Mod = nullptr;
  NodeId Node = NoNode, NameNode = NoNode;
  std::string Q, Name;
  bool Analysed = false, Busy = false;
  Flavor Fl = Flavor::None;
  bool IsBase = false; // the declarative base itself (class Base(DeclarativeBase), @as_declarative)
  bool Abstract = false; // __abstract__ = True
  bool Mapped = false;
  int MappedParent = -1;       // the nearest mapped ancestor (joined or single-table inheritance)
  std::vector<int> FieldBases; // project classes whose columns it inherits, in MRO order
  std::vector<const Symbol *> BaseValues; // declarative_base(cls=Mixin) values it derives from
  std::optional<std::string> TableName;   // own literal __tablename__
  bool HasTableNameAttr = false;          // __tablename__ of any form (declared_attr too)
  NodeId TableCall = NoNode;              // __table__ = Table(...)
  const py::Module *TableMod = nullptr;   // the module of TableCall
  std::string Schema;                     // __table_args__ = {"schema": ...}
  bool OwnRead = false;
  bool OwnPrimaryKey = false;
  std::vector<Field> OwnFields;
};

/// A column's type evaluated: class, names, and protection with evidence.
struct TypeEval {
  TypeClass Class = TypeClass::Unknown;
  std::string TypeName; // lower-case last component, read like a domain by the classifier
  std::string Hint;
  Protection Prot = Protection::Plaintext;
  Evidence Why;
  bool Known = false;
};

class Reader {
public:
  Reader(const py::Project &P, const OrmSettings &S, Model &M)
      : Modules(P.modules()), S(S), M(M), P(P) {}

  void read();

private:
  const py::ModuleList &Modules;
  const OrmSettings &S;
  Model &M;
  const py::Project &P;
  std::vector<ClassInfo> Classes;
  std::map<std::string, int> ClassIndex;
  std::multimap<std::string, int> ClassesByName;
  std::set<std::string> FlaskFallback; // `db` objects imported from outside the project
  std::set<const Symbol *> UsedTables; // Table(...) objects a class maps with __table__
  std::map<const py::Module *, std::unique_ptr<ts::CommentIndex>> Comments;
  std::set<const py::Module *> Revisions; // Alembic revision scripts: not read

  const ts::SyntaxTree &tree(const py::Module &Mod) const { return Mod.Tree; }

  const ts::CommentIndex &commentsOf(const py::Module &Mod) {
    auto &C = Comments[&Mod];
    if (!C)
      C = std::make_unique<ts::CommentIndex>(Mod.Tree, *Mod.File);
    return *C;
  }

  // ---- what a name is
  const Symbol *valueSymbol(const std::string &Q) const {
    const Symbol *Sym = P.symbol(Q);
    return Sym && !Sym->IsClass ? Sym : nullptr;
  }
  int classOf(const std::string &Q) const {
    auto It = ClassIndex.find(Q);
    return It == ClassIndex.end() ? -1 : It->second;
  }
  /// The canonical name of the function a call calls ("" for `f()()` and the like).
  std::string callee(const py::Module &Mod, NodeId Call) const {
    if (Call == NoNode || tree(Mod).node(Call).Type != "call")
      return {};
    return P.canonical(Mod, tree(Mod).child(Call, "function"));
  }
  bool isFlaskDb(std::string_view Q) const {
    if (Q.empty())
      return false;
    if (FlaskFallback.contains(std::string(Q)))
      return true;
    const Symbol *Sym = valueSymbol(std::string(Q));
    if (!Sym || tree(*Sym->Mod).node(Sym->Node).Type != "call")
      return false;
    return isFlaskSqlAlchemyClass(callee(*Sym->Mod, Sym->Node), 0);
  }
  /// flask_sqlalchemy.SQLAlchemy, or a project class deriving from it.
  bool isFlaskSqlAlchemyClass(const std::string &F, int Depth) const {
    if (lastOf(F) == "SQLAlchemy" &&
        (F.starts_with("flask_sqlalchemy") || F.starts_with("flask.ext")))
      return true;
    int J = classOf(F);
    if (J < 0 || Depth > 8)
      return false;
    const ClassInfo &C = Classes[J];
    const ts::SyntaxTree &T = tree(*C.Mod);
    if (NodeId Supers = T.child(C.Node, "superclasses"); Supers != NoNode)
      for (NodeId B : T.namedChildren(Supers))
        if (std::string Q = P.canonical(*C.Mod, B);
            !Q.empty() && Q != F && isFlaskSqlAlchemyClass(Q, Depth + 1))
          return true;
    return false;
  }
  /// Column or mapped_column of SQLAlchemy or of a Flask-SQLAlchemy `db`.
  bool isColumnName(const std::string &F) const {
    std::string_view Last = lastOf(F);
    return (Last == "Column" || Last == "mapped_column") && isOrmName(F);
  }
  /// A project alias of Column or mapped_column that a call goes through:
  /// `Column = functools.partial(db.Column, nullable=False)` (the partial
  /// call, whose keywords are defaults) or a function returning a column
  /// (NoNode defaults). Null when F is no such alias.
  std::optional<std::pair<const py::Module *, NodeId>> columnFactory(const std::string &F,
                                                                     int Depth = 0) const {
    const Symbol *Sym = valueSymbol(F);
    if (!Sym || Depth > 8)
      return std::nullopt;
    const ts::SyntaxTree &T = tree(*Sym->Mod);
    std::string_view Ty = T.node(Sym->Node).Type;
    if (Ty == "call") {
      std::string Fn = callee(*Sym->Mod, Sym->Node);
      if (lastOf(Fn) != "partial" || !(Fn == "functools.partial" || Fn.ends_with(".partial")))
        return std::nullopt;
      auto Args = py::positionalArguments(T, Sym->Node);
      if (Args.empty())
        return std::nullopt;
      std::string Inner = P.canonical(*Sym->Mod, Args[0]);
      if (isColumnName(Inner) || columnFactory(Inner, Depth + 1))
        return std::make_pair(Sym->Mod, Sym->Node);
      return std::nullopt;
    }
    if (Ty != "function_definition")
      return std::nullopt;
    for (NodeId St : T.namedChildren(T.child(Sym->Node, "body"))) {
      if (T.node(St).Type != "return_statement")
        continue;
      auto Kids = T.namedChildren(St);
      if (Kids.empty() || T.node(Kids[0]).Type != "call")
        continue;
      std::string Inner = callee(*Sym->Mod, Kids[0]);
      if (isColumnName(Inner) || columnFactory(Inner, Depth + 1))
        return std::make_pair(Sym->Mod, NoNode);
    }
    return std::nullopt;
  }
  /// A name of SQLAlchemy, SQLModel or of a Flask-SQLAlchemy `db` object.
  bool isOrmName(std::string_view Q) const { return isLibraryName(Q) || isFlaskDb(prefixOf(Q)); }
  bool isRegistry(const std::string &Q) const {
    const Symbol *Sym = valueSymbol(Q);
    if (!Sym)
      return false;
    std::string F = callee(*Sym->Mod, Sym->Node);
    return lastOf(F) == "registry" && isLibraryName(F);
  }
  /// A value a class can derive from to be declarative: declarative_base(),
  /// registry.generate_base(); null otherwise.
  const Symbol *declarativeBaseValue(const std::string &Q) const {
    const Symbol *Sym = valueSymbol(Q);
    if (!Sym)
      return nullptr;
    const ts::SyntaxTree &T = tree(*Sym->Mod);
    if (T.node(Sym->Node).Type != "call")
      return nullptr;
    std::string F = callee(*Sym->Mod, Sym->Node);
    if (lastOf(F) == "declarative_base" && isLibraryName(F))
      return Sym;
    if (lastOf(F) == "generate_base") {
      if (isRegistry(std::string(prefixOf(F))))
        return Sym;
      // registry().generate_base()
      NodeId Fn = T.child(Sym->Node, "function");
      NodeId Obj = T.node(Fn).Type == "attribute" ? T.child(Fn, "object") : NoNode;
      std::string Inner = callee(*Sym->Mod, Obj);
      if (lastOf(Inner) == "registry" && isLibraryName(Inner))
        return Sym;
    }
    return nullptr;
  }

  void indexClasses();
  void analyse(int I);
  void readOwn(ClassInfo &C);
  void readStatement(ClassInfo &C, NodeId S);
  void readAssignment(ClassInfo &C, NodeId A, NodeId Statement, int Depth);
  std::optional<Field> columnField(const py::Module &Mod, Flavor Fl, NodeId NameNode,
                                   std::string Name, NodeId Ann, NodeId Value, NodeId Statement,
                                   bool *PrimaryKey);
  void readColumnCall(const py::Module &Mod, NodeId Call, Field &F, NodeId &TypeNode,
                      bool &HaveNullable, bool *PrimaryKey, std::string *FkTarget, bool SkipName);
  NodeId columnCall(const py::Module &Mod, NodeId Value, int Depth = 0) const;
  TypeEval evalType(const py::Module &Mod, NodeId Node, int Depth = 0);
  TypeEval evalProjectType(const ClassInfo &C, const std::string &Written, int Depth);
  TypeEval evalAnnotation(const py::Module &Mod, const TypeExpr &E, bool &Nullable,
                          bool &Relationship, NodeId &AliasColumn, const py::Module *&AliasMod,
                          int Depth = 0);
  void collectFields(int I, std::vector<Field> &Out, std::set<std::string> &Seen,
                     std::set<int> &Visited, int Depth);
  std::string tableNameOf(int I, int Depth = 0);
  void finishField(const py::Module &Mod, Field &F, NodeId Statement, const TypeEval &Ty);
  void readTableColumns(const py::Module &Mod, NodeId TableCall, std::vector<Field> &Out);
  void emitTables();
};

// ---------------------------------------------------------------- classes

void Reader::indexClasses() {
  for (const auto &[Q, Sym] : P.symbols()) {
    if (!Sym.IsClass)
      continue;
    ClassInfo C;
    C.Mod = Sym.Mod;
    C.Node = Sym.Node;
    C.NameNode = Sym.NameNode;
    C.Q = Q;
    C.Name = std::string(tree(*Sym.Mod).text(Sym.NameNode));
    ClassIndex[Q] = static_cast<int>(Classes.size());
    ClassesByName.emplace(C.Name, static_cast<int>(Classes.size()));
    Classes.push_back(std::move(C));
  }
  // `from somewhere import db` with `db` outside the project: a class
  // deriving from db.Model whose body calls db.Column is Flask-SQLAlchemy.
  for (const ClassInfo &C : Classes) {
    const ts::SyntaxTree &T = tree(*C.Mod);
    NodeId Supers = T.child(C.Node, "superclasses");
    if (Supers == NoNode)
      continue;
    for (NodeId B : T.namedChildren(Supers)) {
      std::string Written = py::dottedName(T, B);
      if (lastOf(Written) != "Model" || prefixOf(Written).empty())
        continue;
      std::string Q = P.canonical(*C.Mod, Written);
      std::string Db(prefixOf(Q));
      if (Q.starts_with("django") || isLibraryName(Q) || P.symbol(Db) || ClassIndex.contains(Db))
        continue;
      std::string Body(T.text(T.child(C.Node, "body")));
      std::string Obj(prefixOf(Written));
      if (Body.find(Obj + ".Column(") != std::string::npos ||
          Body.find(Obj + ".mapped_column(") != std::string::npos)
        FlaskFallback.insert(Db);
    }
  }
}

void Reader::analyse(int I) {
  ClassInfo &C = Classes[I];
  if (C.Analysed || C.Busy)
    return;
  C.Busy = true;
  const ts::SyntaxTree &T = tree(*C.Mod);
  bool TableKeyword = false;
  NodeId Unbound = NoNode; // a base never imported nor defined
  NodeId Unknown = NoNode; // a base imported from a module that was not read
  std::string UnknownName;
  if (NodeId Supers = T.child(C.Node, "superclasses"); Supers != NoNode) {
    for (NodeId B : T.namedChildren(Supers)) {
      std::string_view Ty = T.node(B).Type;
      if (Ty == "keyword_argument") {
        NodeId K = T.child(B, "name"), V = T.child(B, "value");
        if (K != NoNode && T.text(K) == "table" && V != NoNode && T.node(V).Type == "true")
          TableKeyword = true;
        continue;
      }
      std::string Q = P.canonical(*C.Mod, B);
      if (Q.empty())
        continue;
      std::string_view Last = lastOf(Q);
      if (int J = classOf(Q); J >= 0 && J != I) {
        analyse(J);
        const ClassInfo &Base = Classes[J];
        if (C.Fl == Flavor::None)
          C.Fl = Base.Fl;
        if (Base.Mapped) {
          if (C.MappedParent < 0)
            C.MappedParent = J;
        } else {
          C.FieldBases.push_back(J);
        }
      } else if (isLibraryName(Q) &&
                 (Last == "DeclarativeBase" || Last == "DeclarativeBaseNoMeta")) {
        C.Fl = Flavor::Declarative;
        C.IsBase = true;
      } else if (Q.starts_with("sqlmodel.") && Last == "SQLModel") {
        if (C.Fl == Flavor::None)
          C.Fl = Flavor::SqlModel;
      } else if (const Symbol *V = declarativeBaseValue(Q)) {
        if (C.Fl == Flavor::None)
          C.Fl = Flavor::Declarative;
        C.BaseValues.push_back(V);
        // declarative_base(cls=Mixin): the mixin's columns are every model's.
        if (NodeId Cls = py::keywordArgument(tree(*V->Mod), V->Node, "cls"); Cls != NoNode)
          if (int J = classOf(P.canonical(*V->Mod, Cls)); J >= 0 && J != I) {
            analyse(J);
            C.FieldBases.push_back(J);
          }
      } else if (Last == "Model" && isFlaskDb(prefixOf(Q))) {
        if (C.Fl == Flavor::None)
          C.Fl = Flavor::Flask;
      } else if (std::string W = py::dottedName(T, B); !W.empty() && Unbound == NoNode) {
        std::string Head = W.substr(0, W.find('.'));
        if (!P.binds(*C.Mod, Head) && !py::isBuiltinName(Head)) {
          Unbound = B;
        } else if (Unknown == NoNode && !isLibraryName(Q) && !py::isBuiltinName(Head)) {
          Unknown = B;
          UnknownName = Q;
        }
      }
    }
  }
  // A base that is never imported (a file with errors, a name nothing
  // binds): a mapped class when its body declares columns of imported
  // Column or mapped_column, said in a note.
  // The same for a base imported from a module that was not read (a
  // package outside the project, a project module under a root privlint
  // could not place): `from app.db import Base`.
  if (NodeId B = Unbound != NoNode ? Unbound : Unknown; C.Fl == Flavor::None && B != NoNode) {
    bool Columns = false;
    for (NodeId S : T.namedChildren(T.child(C.Node, "body"))) {
      NodeId A = assignmentIn(T, S);
      if (A != NoNode && columnCall(*C.Mod, T.child(A, "right")) != NoNode) {
        Columns = true;
        break;
      }
    }
    if (Columns) {
      C.Fl = Flavor::Declarative;
      if (C.Mod->Given) {
        const auto &N = T.node(B);
        S.note(C.Mod->File->path() + ":" + std::to_string(C.Mod->File->lineOf(N.Begin)) + ":" +
               std::to_string(C.Mod->File->columnOf(N.Begin)) + ": note: base '" +
               std::string(T.text(B)) + "' of class '" + C.Name + "' " +
               (B == Unbound ? std::string("is neither imported nor defined")
                             : "(" + UnknownName + ") is not defined in the files read") +
               "; read as a SQLAlchemy model because its body declares columns (columns the "
               "base adds are not seen)");
      }
    }
  }
  bool Decorated = false;
  if (NodeId Parent = T.node(C.Node).Parent;
      Parent != NoNode && T.node(Parent).Type == "decorated_definition") {
    for (NodeId D : T.namedChildren(Parent)) {
      if (T.node(D).Type != "decorator")
        continue;
      auto Kids = T.namedChildren(D);
      if (Kids.empty())
        continue;
      NodeId E = Kids[0];
      std::string Q = T.node(E).Type == "call" ? callee(*C.Mod, E) : P.canonical(*C.Mod, E);
      std::string_view Last = lastOf(Q);
      if ((Last == "mapped" || Last == "mapped_as_dataclass") &&
          (isRegistry(std::string(prefixOf(Q))) || isLibraryName(Q))) {
        Decorated = true;
        if (C.Fl == Flavor::None)
          C.Fl = Flavor::Declarative;
      } else if (Last == "as_declarative" && isLibraryName(Q)) {
        C.Fl = Flavor::Declarative;
        C.IsBase = true;
      }
    }
  }
  // Own settings: __abstract__, __tablename__, __table__, __table_args__.
  for (NodeId S : T.namedChildren(T.child(C.Node, "body"))) {
    if (T.node(S).Type == "decorated_definition") {
      if (functionNamed(T, S, "__tablename__") != NoNode)
        C.HasTableNameAttr = true;
      continue;
    }
    NodeId A = assignmentIn(T, S);
    if (A == NoNode)
      continue;
    NodeId Left = T.child(A, "left"), Right = T.child(A, "right");
    if (Left == NoNode || Right == NoNode)
      continue;
    std::string_view Name = T.text(Left);
    if (Name == "__abstract__") {
      C.Abstract = T.node(Right).Type == "true";
    } else if (Name == "__tablename__") {
      C.HasTableNameAttr = true;
      if (auto V = py::stringValue(T, Right))
        C.TableName = *V;
    } else if (Name == "__table__") {
      const py::Module *TableMod = C.Mod;
      NodeId Call = Right;
      if (T.node(Right).Type != "call") {
        // __table__ = users_table: a Table(...) defined at module level, here or elsewhere
        const Symbol *Sym = valueSymbol(P.canonical(*C.Mod, Right));
        TableMod = Sym ? Sym->Mod : nullptr;
        Call = Sym ? Sym->Node : NoNode;
        if (Sym)
          UsedTables.insert(Sym);
      }
      if (TableMod && Call != NoNode && tree(*TableMod).node(Call).Type == "call" &&
          lastOf(callee(*TableMod, Call)) == "Table") {
        C.TableCall = Call;
        C.TableMod = TableMod;
      }
    } else if (Name == "__table_args__") {
      NodeId Dict = Right;
      if (auto Elems = py::sequenceElements(T, Right); !Elems.empty())
        Dict = Elems.back();
      if (T.node(Dict).Type == "dictionary")
        for (NodeId Pair : T.namedChildren(Dict))
          if (T.node(Pair).Type == "pair")
            if (auto K = py::stringValue(T, T.child(Pair, "key")); K && *K == "schema")
              if (auto V = py::stringValue(T, T.child(Pair, "value")))
                C.Schema = *V;
    }
  }
  C.Mapped = C.Fl != Flavor::None && !C.IsBase && !C.Abstract &&
             (C.Fl != Flavor::SqlModel || TableKeyword);
  if (Decorated && !C.Abstract)
    C.Mapped = true;
  if (C.Fl == Flavor::SqlModel && !TableKeyword)
    C.MappedParent = -1; // a SQLModel data model: not a table, not inheriting one
  C.Busy = false;
  C.Analysed = true;
}

// Flask-SQLAlchemy's default table name: CamelCase -> camel_case.
std::string snakeCase(std::string_view Name) {
  std::string Out;
  auto Up = [](char C) { return C >= 'A' && C <= 'Z'; };
  auto LowOrDigit = [](char C) { return (C >= 'a' && C <= 'z') || (C >= '0' && C <= '9'); };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (Up(C) && I > 0 &&
        (LowOrDigit(Name[I - 1]) ||
         (I + 1 < Name.size() && Name[I + 1] >= 'a' && Name[I + 1] <= 'z')))
      Out += '_';
    Out += static_cast<char>(Up(C) ? C - 'A' + 'a' : C);
  }
  size_t B = Out.find_first_not_of('_');
  return B == std::string::npos ? std::string() : Out.substr(B);
}

std::string Reader::tableNameOf(int I, int Depth) {
  ClassInfo &C = Classes[I];
  if (Depth > 32)
    return {};
  if (C.TableName)
    return *C.TableName;
  if (C.TableCall != NoNode) {
    auto Args = py::positionalArguments(tree(*C.TableMod), C.TableCall);
    if (!Args.empty())
      if (auto V = py::stringValue(tree(*C.TableMod), Args[0]))
        return *V;
  }
  if (C.HasTableNameAttr)
    return {}; // computed (declared_attr)
  if (C.Fl == Flavor::Flask && (C.OwnPrimaryKey || C.MappedParent < 0))
    return snakeCase(C.Name);
  if (C.Fl == Flavor::SqlModel)
    return lowerAscii(C.Name); // SQLModel's default __tablename__
  if (C.MappedParent >= 0)
    return tableNameOf(C.MappedParent, Depth + 1); // single-table inheritance
  // A literal __tablename__ of a mixin or abstract base applies too.
  for (int J : C.FieldBases)
    if (const auto &Name = Classes[J].TableName; Name.has_value())
      return *Name;
  return {};
}

// ----------------------------------------------------------------- columns

NodeId Reader::columnCall(const py::Module &Mod, NodeId Value, int Depth) const {
  const ts::SyntaxTree &T = tree(Mod);
  if (Value == NoNode || Depth > 4 || T.node(Value).Type != "call")
    return NoNode;
  std::string F = callee(Mod, Value);
  std::string_view Last = lastOf(F);
  if (isColumnName(F) || columnFactory(F))
    return Value;
  // deferred(Column(...)), column_property(Column(...)): still a column.
  if ((Last == "deferred" || Last == "column_property") && isOrmName(F)) {
    auto Args = py::positionalArguments(T, Value);
    return Args.empty() ? NoNode : columnCall(Mod, Args[0], Depth + 1);
  }
  return NoNode;
}

void Reader::readColumnCall(const py::Module &Mod, NodeId Call, Field &F, NodeId &TypeNode,
                            bool &HaveNullable, bool *PrimaryKey, std::string *FkTarget,
                            bool SkipName) {
  const ts::SyntaxTree &T = tree(Mod);
  bool First = true;
  for (NodeId A : py::positionalArguments(T, Call)) {
    bool WasFirst = First;
    First = false;
    if (T.node(A).Type == "string") {
      if (WasFirst && !SkipName)
        if (auto V = py::stringValue(T, A); V && *V != F.Name)
          F.ColumnName = *V;
      continue;
    }
    std::string Q = T.node(A).Type == "call" ? callee(Mod, A) : P.canonical(Mod, A);
    std::string_view Last = lastOf(Q);
    if (Last == "ForeignKey") {
      F.IsForeignKey = true;
      if (FkTarget) {
        auto Args = py::positionalArguments(T, A);
        if (!Args.empty())
          if (auto V = py::stringValue(T, Args[0]))
            *FkTarget = *V;
      }
      continue;
    }
    if (Last == "Sequence" || Last == "Identity" || Last == "Computed" || Last == "FetchedValue" ||
        Last == "DefaultClause" || Last == "CheckConstraint" || Last == "UniqueConstraint" ||
        Last == "Index")
      continue;
    if (TypeNode == NoNode)
      TypeNode = A;
  }
  if (NodeId Ty = py::keywordArgument(T, Call, "type_"); Ty != NoNode)
    TypeNode = Ty;
  if (NodeId N = py::keywordArgument(T, Call, "name"); N != NoNode && !SkipName)
    if (auto V = py::stringValue(T, N); V && *V != F.Name)
      F.ColumnName = *V;
  if (NodeId N = py::keywordArgument(T, Call, "nullable"); N != NoNode) {
    if (T.node(N).Type == "true" || T.node(N).Type == "false") {
      F.Nullable = T.node(N).Type == "true";
      HaveNullable = true;
    }
  }
  if (NodeId N = py::keywordArgument(T, Call, "primary_key");
      N != NoNode && T.node(N).Type == "true") {
    if (!HaveNullable)
      F.Nullable = false;
    if (PrimaryKey)
      *PrimaryKey = true;
  }
  for (std::string_view K : {"comment", "doc"})
    if (NodeId N = py::keywordArgument(T, Call, K); N != NoNode)
      if (auto V = py::stringValue(T, N)) {
        F.Comments.push_back(*V);
        parseMarkers(*V, Mod.range(N), F.Markers);
      }
  // functools.partial(db.Column, nullable=False): the partial's keywords
  // apply unless the call gives its own.
  if (auto Factory = columnFactory(callee(Mod, Call)); Factory && Factory->second != NoNode) {
    const ts::SyntaxTree &FT = tree(*Factory->first);
    if (NodeId N = py::keywordArgument(FT, Factory->second, "nullable");
        N != NoNode && !HaveNullable && (FT.node(N).Type == "true" || FT.node(N).Type == "false")) {
      F.Nullable = FT.node(N).Type == "true";
      HaveNullable = true;
    }
    if (NodeId N = py::keywordArgument(FT, Factory->second, "primary_key");
        N != NoNode && FT.node(N).Type == "true" && PrimaryKey)
      *PrimaryKey = true;
  }
}

bool nameSaysEncrypted(std::string_view Name) {
  for (const auto &Tok : tokenizeIdentifier(Name)) {
    if (Tok.starts_with("decrypt"))
      return false;
    if (Tok.starts_with("encrypt") || Tok.starts_with("cipher") || Tok == "crypt" ||
        Tok == "crypto" || Tok == "crypted" || Tok == "fernet" || Tok == "aead" || Tok == "sealed")
      return true;
  }
  return false;
}

// The first call below N whose function name passes Pred, or NoNode.
template <typename PredT> NodeId findCall(const ts::SyntaxTree &T, NodeId N, PredT Pred) {
  std::vector<NodeId> Stack{N};
  while (!Stack.empty()) {
    NodeId C = Stack.back();
    Stack.pop_back();
    if (T.node(C).Type == "call") {
      NodeId Fn = T.child(C, "function");
      if (Fn != NoNode && Pred(lowerAscii(py::dottedName(T, Fn))))
        return C;
    }
    auto Kids = T.namedChildren(C);
    for (unsigned int &Kid : std::ranges::reverse_view(Kids))
      Stack.push_back(Kid);
  }
  return NoNode;
}

// A TypeDecorator (or another type class) defined in the project: its
// stored type from `impl`, and what process_bind_param does to values.
TypeEval Reader::evalProjectType(const ClassInfo &C, const std::string &Written, int Depth) {
  TypeEval R;
  if (Depth > 8)
    return R;
  const ts::SyntaxTree &T = tree(*C.Mod);
  NodeId Body = T.child(C.Node, "body");
  NodeId Bind = NoNode;
  for (NodeId S : T.namedChildren(Body)) {
    if (NodeId Def = functionNamed(T, S, "process_bind_param"); Def != NoNode)
      Bind = Def;
    NodeId A = assignmentIn(T, S);
    if (A == NoNode)
      continue;
    NodeId Left = T.child(A, "left"), Right = T.child(A, "right");
    if (Left != NoNode && Right != NoNode && T.text(Left) == "impl")
      R = evalType(*C.Mod, Right, Depth + 1);
  }
  if (!R.Known) {
    // class EncryptedEmail(EncryptedString): the base's impl.
    if (NodeId Supers = T.child(C.Node, "superclasses"); Supers != NoNode)
      for (NodeId B : T.namedChildren(Supers))
        if (int J = classOf(P.canonical(*C.Mod, B)); J >= 0 && &Classes[J] != &C) {
          TypeEval Base = evalProjectType(Classes[J], Written, Depth + 1);
          if (Base.Known) {
            R = Base;
            break;
          }
        }
  }
  R.Known = true;
  if (R.Prot != Protection::Plaintext)
    return R; // its impl or base already decided (an encrypted type inside)
  std::string Where =
      C.Mod->File->path() + ":" + std::to_string(C.Mod->File->lineOf(T.node(C.NameNode).Begin));
  if (Bind != NoNode) {
    NodeId Enc = findCall(T, Bind, [](const std::string &N) {
      std::string_view Last = py::lastComponent(N);
      return Last.find("encrypt") != std::string_view::npos;
    });
    if (Enc != NoNode) {
      R.Prot = Protection::Encrypted;
      R.Why = {"type '" + Written + "' (" + Where + ") encrypts values in process_bind_param: " +
                   collapseSpaces(T.text(T.child(Enc, "function"))) + "(...)",
               C.Mod->range(Enc)};
      return R;
    }
    NodeId Hash = findCall(T, Bind, [](const std::string &N) {
      std::string_view Last = py::lastComponent(N);
      return Last == "hashpw" || Last == "hexdigest" || Last == "digest" || Last == "hash" ||
             Last == "sha256" || Last == "sha512" || Last == "sha1" || Last == "blake2b" ||
             Last == "generate_password_hash" || N == "crypt.crypt" || N == "hmac.new";
    });
    if (Hash != NoNode) {
      R.Prot = Protection::Hashed;
      R.Why = {"type '" + Written + "' (" + Where + ") hashes values in process_bind_param: " +
                   collapseSpaces(T.text(T.child(Hash, "function"))) + "(...)",
               C.Mod->range(Hash)};
      return R;
    }
  }
  if (nameSaysEncrypted(C.Name)) {
    R.Prot = Protection::Encrypted;
    R.Why = {"type '" + Written + "' (" + Where + "): its name says values are stored encrypted",
             C.Mod->range(C.NameNode)};
  }
  return R;
}

const char *engineDescription(std::string_view Engine) {
  if (Engine == "AesGcmEngine")
    return "AES-GCM";
  if (Engine == "AesEngine")
    return "AES-CBC";
  if (Engine == "FernetEngine")
    return "Fernet";
  return nullptr;
}

TypeEval Reader::evalType(const py::Module &Mod, NodeId Node, int Depth) {
  TypeEval R;
  const ts::SyntaxTree &T = tree(Mod);
  if (Node == NoNode || Depth > 8)
    return R;
  NodeId Fn = Node, Call = NoNode;
  if (T.node(Node).Type == "call") {
    Call = Node;
    Fn = T.child(Node, "function");
    // String(50).with_variant(...), JSON().with_variant(JSONB, "postgresql")
    if (Fn != NoNode && T.node(Fn).Type == "attribute") {
      NodeId Obj = T.child(Fn, "object");
      if (Obj != NoNode && T.node(Obj).Type == "call")
        return evalType(Mod, Obj, Depth + 1);
    }
  }
  std::string Written = py::dottedName(T, Fn);
  if (Written.empty())
    return R;
  std::string Q = P.canonical(Mod, Written);
  std::string_view Last = lastOf(Q);
  std::vector<NodeId> Args =
      Call != NoNode ? py::positionalArguments(T, Call) : std::vector<NodeId>();
  auto Inner = [&](NodeId N) { return N == NoNode ? TypeEval{} : evalType(Mod, N, Depth + 1); };
  auto Fill = [&](TypeEval &E, const TypeEval &In, TypeClass Default) {
    E.Class = In.Known ? In.Class : Default;
    E.TypeName = In.Known ? In.TypeName : lowerAscii(Last);
    E.Hint = In.Hint;
    E.Known = true;
  };

  // SQLAlchemy-Utils: StringEncryptedType(type_in, key, engine, padding).
  if (Last == "StringEncryptedType" || Last == "EncryptedType") {
    NodeId TypeIn = py::keywordArgument(T, Call, "type_in");
    if (TypeIn == NoNode && !Args.empty())
      TypeIn = Args[0];
    NodeId Engine = py::keywordArgument(T, Call, "engine");
    if (Engine == NoNode && Args.size() > 2)
      Engine = Args[2];
    Fill(R, Inner(TypeIn), TypeClass::Text);
    std::string EngineName =
        Engine == NoNode ? "AesEngine" : std::string(lastOf(py::dottedName(T, Engine)));
    const char *Desc = engineDescription(EngineName);
    bool Utils = Q.starts_with("sqlalchemy_utils");
    R.Prot = Protection::Encrypted;
    R.Why = {std::string(Last) +
                 (Utils ? " (SQLAlchemy-Utils)" : " (" + std::string(prefixOf(Q)) + ")") +
                 " with " + (EngineName.empty() ? std::string("an engine") : EngineName) +
                 (Engine == NoNode ? ", the default engine" : "") + ": values are stored as " +
                 (Desc ? std::string(Desc) + " " : "") + "ciphertext",
             Mod.range(Node)};
    return R;
  }
  if (listedType(Written, S.EncryptedTypes) || listedType(Q, S.EncryptedTypes)) {
    int J = classOf(Q);
    if (J >= 0)
      R = evalProjectType(Classes[J], Written, Depth + 1);
    else
      Fill(R, Inner(Args.empty() ? NoNode : Args[0]), TypeClass::Unknown);
    R.Known = true;
    R.Prot = Protection::Encrypted;
    R.Why = {"type '" + Written + "' is listed in orm.encrypted_types", Mod.range(Node)};
    return R;
  }
  if (int J = classOf(Q); J >= 0) {
    R = evalProjectType(Classes[J], Written, Depth + 1);
    if (R.TypeName.empty())
      R.TypeName = lowerAscii(Last);
    return R;
  }
  // A type alias of the project: Email = EmailType(length=255), Phone = db.String(32).
  if (const Symbol *Sym = valueSymbol(Q);
      Sym && Call == NoNode && tree(*Sym->Mod).node(Sym->Node).Type == "call") {
    TypeEval Aliased = evalType(*Sym->Mod, Sym->Node, Depth + 1);
    if (Aliased.Known || Aliased.Prot != Protection::Plaintext)
      return Aliased;
  }
  if (auto K = sqla::columnType(Last)) {
    if (K->Wrapper) // MutableDict.as_mutable(JSONB)
      return Inner(Args.empty() ? NoNode : Args[0]);
    R.Known = true;
    R.Class = K->Class;
    R.TypeName = lowerAscii(Last);
    R.Hint = std::string(K->Hint);
    if (K->Array) { // ARRAY(String): the items' class
      TypeEval Item = Inner(Args.empty() ? py::keywordArgument(T, Call, "item_type") : Args[0]);
      R.Class = Item.Known ? Item.Class : TypeClass::Unknown;
      R.Hint = Item.Hint;
    }
    if (K->Hashed) {
      R.Prot = Protection::Hashed;
      R.Why = {std::string(Last) + " (SQLAlchemy-Utils) stores a one-way password hash",
               Mod.range(Node)};
    }
    return R;
  }
  // A type from a library privlint does not know: its name may say enough.
  R.TypeName = lowerAscii(Last);
  if (nameSaysEncrypted(Last)) {
    Fill(R, Inner(Args.empty() ? NoNode : Args[0]), TypeClass::Unknown);
    R.Prot = Protection::Encrypted;
    R.Why = {"type '" + Written + "': its name says values are stored encrypted", Mod.range(Node)};
  }
  return R;
}

TypeEval Reader::evalAnnotation(const py::Module &Mod, const TypeExpr &E, bool &Nullable,
                                bool &Relationship, NodeId &AliasColumn,
                                const py::Module *&AliasMod, int Depth) {
  TypeEval R;
  if (Depth > 8 || E.Head.empty())
    return R;
  std::string Q = P.canonical(Mod, E.Head);
  std::string_view Last = lastOf(Q);
  if (Last == "Optional" && !E.Args.empty()) {
    Nullable = true;
    return evalAnnotation(Mod, E.Args[0], Nullable, Relationship, AliasColumn, AliasMod, Depth + 1);
  }
  if (Last == "Union") {
    const TypeExpr *Only = nullptr;
    for (const auto &A : E.Args) {
      if (A.IsNone)
        Nullable = true;
      else if (!Only)
        Only = &A;
    }
    return Only ? evalAnnotation(Mod, *Only, Nullable, Relationship, AliasColumn, AliasMod,
                                 Depth + 1)
                : R;
  }
  if (Last == "Annotated" && !E.Args.empty())
    return evalAnnotation(Mod, E.Args[0], Nullable, Relationship, AliasColumn, AliasMod, Depth + 1);
  // str50 = Annotated[str, mapped_column(String(50))]
  if (const Symbol *Sym = valueSymbol(Q);
      Sym && tree(*Sym->Mod).node(Sym->Node).Type == "subscript") {
    const ts::SyntaxTree &T = tree(*Sym->Mod);
    NodeId Value = T.child(Sym->Node, "value");
    if (lastOf(P.canonical(*Sym->Mod, Value)) == "Annotated") {
      std::vector<NodeId> Parts;
      for (NodeId C : T.children(Sym->Node))
        if (T.node(C).Field == "subscript")
          Parts.push_back(C);
      for (size_t I = 1; I < Parts.size(); ++I)
        if (NodeId Col = columnCall(*Sym->Mod, Parts[I]); Col != NoNode && AliasColumn == NoNode) {
          AliasColumn = Col;
          AliasMod = Sym->Mod;
        }
      if (!Parts.empty()) {
        TypeExpr Inner = TypeExprParser(T.text(Parts[0])).parse();
        return evalAnnotation(*Sym->Mod, Inner, Nullable, Relationship, AliasColumn, AliasMod,
                              Depth + 1);
      }
    }
  }
  // Mapped[List["Address"]]: a collection of mapped objects.
  static const std::set<std::string_view> Collections = {
      "List",     "list",  "Set",   "set",       "Sequence", "Collection",
      "Iterable", "tuple", "Tuple", "frozenset", "FrozenSet"};
  auto IsMappedClass = [&](const TypeExpr &A) {
    if (A.Head.empty())
      return false;
    int J = classOf(P.canonical(Mod, A.Head));
    if (J < 0) {
      auto Range = ClassesByName.equal_range(std::string(py::lastComponent(A.Head)));
      for (auto It = Range.first; It != Range.second; ++It) {
        analyse(It->second);
        if (Classes[It->second].Mapped)
          return true;
      }
      return false;
    }
    analyse(J);
    return Classes[J].Mapped;
  };
  if (Collections.contains(Last)) {
    for (const auto &A : E.Args)
      if (IsMappedClass(A))
        Relationship = true;
  }
  if (auto K = sqla::annotationType(Last)) {
    R.Known = true;
    R.Class = K->Class;
    R.Hint = std::string(K->Hint);
    R.TypeName = lowerAscii(Last);
    return R;
  }
  R.TypeName = lowerAscii(Last);
  if (int J = classOf(Q); J >= 0 || IsMappedClass(E)) {
    if (J >= 0)
      analyse(J);
    if (J < 0 || Classes[J].Mapped) {
      R.Known = true;
      R.Class = TypeClass::Reference; // Mapped["User"]: the related object
      return R;
    }
    // enum.Enum subclasses
    const ts::SyntaxTree &T = tree(*Classes[J].Mod);
    if (NodeId Supers = T.child(Classes[J].Node, "superclasses"); Supers != NoNode)
      for (NodeId B : T.namedChildren(Supers)) {
        std::string BQ = P.canonical(*Classes[J].Mod, B);
        if (BQ.starts_with("enum.") || lastOf(BQ) == "Enum" || lastOf(BQ) == "StrEnum" ||
            lastOf(BQ) == "IntEnum") {
          R.Known = true;
          R.Class = TypeClass::Enum;
          return R;
        }
      }
  }
  if (Q.starts_with("enum.")) {
    R.Known = true;
    R.Class = TypeClass::Enum;
  }
  return R;
}

void Reader::finishField(const py::Module &Mod, Field &F, NodeId Statement, const TypeEval &Ty) {
  F.Type = Ty.Class;
  F.TypeName = Ty.TypeName;
  F.SourceHint = Ty.Hint;
  if (Statement != NoNode) {
    const auto &N = tree(Mod).node(Statement);
    for (const auto &[Text, Where] : commentsOf(Mod).aroundAndWithin(N.Begin, N.End))
      parseMarkers(Text, Where, F.Markers);
  }
  if (Ty.Prot != Protection::Plaintext) {
    F.Prot = Ty.Prot;
    F.ProtectionEvidence.push_back(Ty.Why);
  }
  inferProtection(F);
}

std::optional<Field> Reader::columnField(const py::Module &Mod, Flavor Fl, NodeId NameNode,
                                         std::string Name, NodeId Ann, NodeId Value,
                                         NodeId Statement, bool *PrimaryKey) {
  const ts::SyntaxTree &T = tree(Mod);
  // The annotation: Mapped[...] declares a column by itself (SQLAlchemy 2.0),
  // any annotation does in a SQLModel table.
  bool Mapped = false, Relationship = false;
  std::optional<TypeExpr> Inner;
  if (Ann != NoNode) {
    TypeExpr E = TypeExprParser(T.text(Ann)).parse();
    std::string OuterName = P.canonical(Mod, E.Head);
    std::string_view Outer = lastOf(OuterName);
    if (Outer == "ClassVar" || Outer == "WriteOnlyMapped" || Outer == "DynamicMapped")
      return std::nullopt;
    if (Outer == "Mapped") {
      Mapped = true;
      if (!E.Args.empty())
        Inner = E.Args[0];
    } else if (Fl == Flavor::SqlModel) {
      Inner = E;
    }
  }
  NodeId Call = NoNode, SqlModelField = NoNode, SaType = NoNode;
  if (Value != NoNode) {
    Call = columnCall(Mod, Value);
    if (Call == NoNode && Fl == Flavor::SqlModel) {
      std::string F = callee(Mod, Value);
      if (lastOf(F) == "Relationship")
        return std::nullopt;
      if (lastOf(F) == "Field" && F.starts_with("sqlmodel.")) {
        SqlModelField = Value;
        Call = columnCall(Mod, py::keywordArgument(T, Value, "sa_column"));
        SaType = py::keywordArgument(T, Value, "sa_type");
      } else if (T.node(Value).Type == "call" && !Inner) {
        return std::nullopt;
      }
    } else if (Call == NoNode) {
      return std::nullopt; // relationship(), synonym(), column_property(select ...), plain values
    }
  } else if (!Mapped && (Fl != Flavor::SqlModel || !Inner)) {
    return std::nullopt;
  }

  Field F;
  F.Name = std::move(Name);
  F.Range = Mod.range(NameNode);
  F.Order = FactOrder{0, T.node(NameNode).Begin};
  F.Nullable = true;
  TypeEval AnnType;
  NodeId AliasColumn = NoNode;
  const py::Module *AliasMod = nullptr;
  bool AnnNullable = false;
  if (Inner) {
    AnnType = evalAnnotation(Mod, *Inner, AnnNullable, Relationship, AliasColumn, AliasMod);
    if (Relationship)
      return std::nullopt;
    F.Nullable = AnnNullable;
  }
  NodeId TypeNode = SaType;
  bool HaveNullable = false;
  std::string FkTarget;
  const py::Module *TypeMod = &Mod;
  if (Call != NoNode) {
    readColumnCall(Mod, Call, F, TypeNode, HaveNullable, PrimaryKey, &FkTarget, false);
  } else if (AliasColumn != NoNode) {
    // intpk = Annotated[int, mapped_column(primary_key=True)]: the alias's column.
    readColumnCall(*AliasMod, AliasColumn, F, TypeNode, HaveNullable, PrimaryKey, &FkTarget, true);
    TypeMod = AliasMod;
  }
  if (SqlModelField != NoNode) {
    if (NodeId N = py::keywordArgument(T, SqlModelField, "primary_key");
        N != NoNode && T.node(N).Type == "true") {
      F.Nullable = false;
      if (PrimaryKey)
        *PrimaryKey = true;
    }
    if (NodeId N = py::keywordArgument(T, SqlModelField, "foreign_key"); N != NoNode) {
      F.IsForeignKey = true;
      if (auto V = py::stringValue(T, N))
        FkTarget = *V;
    }
    for (std::string_view K : {"description", "title"})
      if (NodeId N = py::keywordArgument(T, SqlModelField, K); N != NoNode)
        if (auto V = py::stringValue(T, N)) {
          F.Comments.push_back(*V);
          parseMarkers(*V, Mod.range(N), F.Markers);
        }
  }
  TypeEval Ty;
  if (TypeNode != NoNode) {
    Ty = evalType(*TypeMod, TypeNode);
    F.DeclaredType = collapseSpaces(TypeMod->Tree.text(TypeNode));
  } else if (Inner) {
    Ty = AnnType;
    F.DeclaredType = collapseSpaces(T.text(Ann));
  }
  if (F.DeclaredType.empty() && F.IsForeignKey)
    F.DeclaredType = "ForeignKey(\"" + FkTarget + "\")";
  if (F.IsForeignKey) {
    // A key referencing another table is a reference, unless it holds the
    // value itself (owner_email = Column(String, ForeignKey("users.email"))).
    std::string_view Col = lastOf(FkTarget);
    auto Toks = tokenizeIdentifier(Col);
    bool IdLike =
        Toks.empty() || Toks.back() == "id" || Toks.back() == "uuid" || Toks.back() == "pk";
    if (Ty.Known ? Ty.Class != TypeClass::Text : IdLike)
      Ty.Class = TypeClass::Reference;
  }
  finishField(Mod, F, Statement, Ty);
  return F;
}

void Reader::readStatement(ClassInfo &C, NodeId S) {
  const py::Module &Mod = *C.Mod;
  const ts::SyntaxTree &T = tree(Mod);
  std::string_view Ty = T.node(S).Type;
  if (T.node(S).Error) {
    for (NodeId K : T.namedChildren(S))
      readStatement(C, K);
    return;
  }
  if (Ty == "decorated_definition") {
    // @declared_attr def account_id(cls): return Column(ForeignKey(...))
    NodeId Def = T.child(S, "definition");
    if (Def == NoNode || T.node(Def).Type != "function_definition")
      return;
    bool DeclaredAttr = false;
    for (NodeId D : T.namedChildren(S))
      if (T.node(D).Type == "decorator")
        for (NodeId E : T.namedChildren(D))
          if (lastOf(P.canonical(Mod, E)) == "declared_attr")
            DeclaredAttr = true;
    NodeId Name = T.child(Def, "name");
    if (!DeclaredAttr || Name == NoNode || T.text(Name).starts_with("__"))
      return;
    for (NodeId B : T.namedChildren(T.child(Def, "body"))) {
      if (T.node(B).Type != "return_statement")
        continue;
      auto Kids = T.namedChildren(B);
      if (Kids.empty() || columnCall(Mod, Kids[0]) == NoNode)
        continue;
      bool Pk = false;
      if (auto F = columnField(Mod, C.Fl, Name, std::string(T.text(Name)),
                               T.child(Def, "return_type"), Kids[0], Def, &Pk)) {
        C.OwnPrimaryKey |= Pk;
        C.OwnFields.push_back(std::move(*F));
      }
      break;
    }
    return;
  }
  if (NodeId A = assignmentIn(T, S); A != NoNode)
    readAssignment(C, A, S, 0);
}

void Reader::readAssignment(ClassInfo &C, NodeId A, NodeId Statement, int Depth) {
  const py::Module &Mod = *C.Mod;
  const ts::SyntaxTree &T = tree(Mod);
  NodeId Left = T.child(A, "left"), Value = T.child(A, "right");
  if (Left == NoNode || T.node(Left).Type != "identifier" || Depth > 8)
    return;
  // `a = b = Column(...)` binds both names; tree-sitter also chains a broken
  // line with the next one: `phone = <ERROR Column(...))> email = Column(...)`.
  // The error's call is then the first name's value.
  NodeId Broken = NoNode;
  for (NodeId K : T.children(A))
    if (T.node(K).Error) {
      Broken = K;
      for (NodeId E : T.namedChildren(K))
        if (T.node(E).Type == "call") {
          Value = E;
          Statement = K;
          break;
        }
      break;
    }
  NodeId Chained = T.child(A, "right");
  if (Chained != NoNode && T.node(Chained).Type == "assignment") {
    readAssignment(C, Chained, Broken != NoNode ? Chained : Statement, Depth + 1);
    if (Broken == NoNode)
      while (Value != NoNode && T.node(Value).Type == "assignment")
        Value = T.child(Value, "right");
  }
  std::string Name(T.text(Left));
  if (Name.starts_with("__") && Name.size() > 4 && Name.ends_with("__"))
    return; // __tablename__, __table_args__, __mapper_args__ ...
  bool Pk = false;
  auto F = columnField(Mod, C.Fl, Left, Name, T.child(A, "type"), Value, Statement, &Pk);
  // A name assigned twice in a body: the last assignment is the attribute.
  auto Same = std::find_if(C.OwnFields.begin(), C.OwnFields.end(),
                           [&](const Field &X) { return X.Name == Name; });
  if (Same != C.OwnFields.end())
    C.OwnFields.erase(Same);
  if (F) {
    C.OwnPrimaryKey |= Pk;
    C.OwnFields.push_back(std::move(*F));
  }
}

void Reader::readOwn(ClassInfo &C) {
  if (C.OwnRead)
    return;
  C.OwnRead = true;
  const ts::SyntaxTree &T = tree(*C.Mod);
  if (C.TableCall != NoNode)
    readTableColumns(*C.TableMod, C.TableCall, C.OwnFields);
  for (NodeId S : T.namedChildren(T.child(C.Node, "body")))
    readStatement(C, S);
}

void Reader::collectFields(int I, std::vector<Field> &Out, std::set<std::string> &Seen,
                           std::set<int> &Visited, int Depth) {
  if (Depth > 32 || !Visited.insert(I).second)
    return;
  ClassInfo &C = Classes[I];
  analyse(I);
  readOwn(C);
  for (const Field &F : C.OwnFields)
    if (Seen.insert(F.Name).second)
      Out.push_back(F);
  for (int J : C.FieldBases)
    if (!Classes[J].Mapped)
      collectFields(J, Out, Seen, Visited, Depth + 1);
}

// Table("users", metadata, Column("email", String), ..., schema="crm")
void Reader::readTableColumns(const py::Module &Mod, NodeId TableCall, std::vector<Field> &Out) {
  const ts::SyntaxTree &T = tree(Mod);
  for (NodeId A : py::positionalArguments(T, TableCall)) {
    NodeId Call = columnCall(Mod, A);
    if (Call == NoNode)
      continue;
    auto Args = py::positionalArguments(T, Call);
    if (Args.empty() || T.node(Args[0]).Type != "string")
      continue;
    auto Name = py::stringValue(T, Args[0]);
    if (!Name)
      continue;
    NodeId NameNode = T.childOfType(Args[0], "string_content");
    Field F;
    F.Name = *Name;
    F.Range = Mod.range(NameNode != NoNode ? NameNode : Args[0]);
    F.Order = FactOrder{0, F.Range.Begin};
    NodeId TypeNode = NoNode;
    bool HaveNullable = false;
    std::string FkTarget;
    readColumnCall(Mod, Call, F, TypeNode, HaveNullable, nullptr, &FkTarget, true);
    TypeEval Ty = evalType(Mod, TypeNode);
    F.DeclaredType = TypeNode != NoNode ? collapseSpaces(T.text(TypeNode)) : std::string();
    if (F.IsForeignKey && F.DeclaredType.empty())
      F.DeclaredType = "ForeignKey(\"" + FkTarget + "\")";
    if (F.IsForeignKey && Ty.Class != TypeClass::Text)
      Ty.Class = TypeClass::Reference;
    finishField(Mod, F, A, Ty);
    Out.push_back(std::move(F));
  }
}

void Reader::emitTables() {
  for (const auto &[Q, Sym] : P.symbols()) {
    if (Sym.IsClass || UsedTables.contains(&Sym) || Revisions.contains(Sym.Mod))
      continue;
    const ts::SyntaxTree &T = tree(*Sym.Mod);
    if (T.node(Sym.Node).Type != "call")
      continue;
    std::string F = callee(*Sym.Mod, Sym.Node);
    if (lastOf(F) != "Table" || !isOrmName(F))
      continue;
    auto Args = py::positionalArguments(T, Sym.Node);
    if (Args.empty())
      continue;
    auto Name = py::stringValue(T, Args[0]);
    if (!Name)
      continue;
    Entity E;
    E.Kind = EntityKind::Table;
    E.Name = *Name;
    if (NodeId Schema = py::keywordArgument(T, Sym.Node, "schema"); Schema != NoNode)
      if (auto V = py::stringValue(T, Schema))
        E.Schema = *V;
    E.QualifiedName = E.Schema.empty() ? E.Name : E.Schema + "." + E.Name;
    NodeId NameNode = T.childOfType(Args[0], "string_content");
    E.Range = Sym.Mod->range(NameNode != NoNode ? NameNode : Args[0]);
    readTableColumns(*Sym.Mod, Sym.Node, E.Fields);
    M.Entities.push_back(std::move(E));
  }
}

void Reader::read() {
  for (const auto &Mod : Modules)
    if (isAlembicRevision(Mod))
      Revisions.insert(&Mod);
  indexClasses();
  for (size_t I = 0; I < Classes.size(); ++I)
    analyse(static_cast<int>(I));
  // Entities in module order, classes in source order.
  std::vector<int> Order;
  for (size_t I = 0; I < Classes.size(); ++I)
    Order.push_back(static_cast<int>(I));
  std::map<const py::Module *, size_t> ModulePos;
  for (size_t I = 0; I < Modules.size(); ++I)
    ModulePos[&Modules[I]] = I;
  std::sort(Order.begin(), Order.end(), [&](int A, int B) {
    const ClassInfo &X = Classes[A], &Y = Classes[B];
    if (X.Mod != Y.Mod)
      return ModulePos[X.Mod] < ModulePos[Y.Mod];
    return tree(*X.Mod).node(X.Node).Begin < tree(*Y.Mod).node(Y.Node).Begin;
  });
  for (int I : Order) {
    ClassInfo &C = Classes[I];
    if (!C.Mapped || Revisions.contains(C.Mod))
      continue;
    Entity E;
    E.Kind = EntityKind::Model;
    E.Name = C.Name;
    E.QualifiedName = C.Name;
    E.Range = C.Mod->range(C.NameNode);
    E.Schema = C.Schema;
    std::set<std::string> Seen;
    std::set<int> Visited;
    collectFields(I, E.Fields, Seen, Visited, 0);
    E.Table = tableNameOf(I);
    if (E.Schema.empty() && C.MappedParent >= 0 && !C.TableName && C.TableCall == NoNode)
      E.Schema = Classes[C.MappedParent].Schema;
    M.Entities.push_back(std::move(E));
  }
  emitTables();
}

} // namespace

void readSqlAlchemy(const py::Project &P, const OrmSettings &S, Model &M) {
  Reader R(P, S, M);
  R.read();
}

} // namespace privlint
