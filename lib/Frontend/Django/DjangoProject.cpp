#include "Frontend/Django/DjangoProject.h"
#include "Support/Text.h"

#include <algorithm>
#include <cctype>

namespace privlint::django {

using ts::NodeId;
using ts::NoNode;

namespace {

// Top-level classes, and those tree-sitter kept inside an ERROR node at the
// top level (a syntax error elsewhere in the file must not hide them).
void collectClasses(const ts::SyntaxTree &T, NodeId Block, std::vector<NodeId> &Out, int Depth) {
  if (Depth > 32)
    return;
  for (NodeId C : T.namedChildren(Block)) {
    const auto &N = T.node(C);
    if (N.Type == "class_definition") {
      Out.push_back(C);
    } else if (N.Type == "decorated_definition") {
      NodeId D = T.child(C, "definition");
      if (D != NoNode && T.node(D).Type == "class_definition")
        Out.push_back(D);
    } else if (N.Error) {
      collectClasses(T, C, Out, Depth + 1);
    }
  }
}

} // namespace

Project::Project(const py::Project &Names) : Names(Names) {
  const py::ModuleList &Modules = Names.modules();
  for (size_t I = 0; I < Modules.size(); ++I) {
    const py::Module &M = Modules[I];
    if (M.Tree.root() == NoNode)
      continue;
    std::vector<NodeId> Found;
    collectClasses(M.Tree, M.Tree.root(), Found, 0);
    for (NodeId C : Found) {
      NodeId Name = M.Tree.child(C, "name");
      if (Name == NoNode)
        continue;
      ClassInfo CI;
      CI.Module = I;
      CI.Node = C;
      CI.Name = std::string(M.text(Name));
      CI.Qualified = M.Name.empty() ? CI.Name : M.Name + "." + CI.Name;
      // A name defined twice in one module: the later definition wins, as in Python.
      auto [It, New] = ClassByName.emplace(CI.Qualified, static_cast<int>(Classes.size()));
      if (!New)
        It->second = static_cast<int>(Classes.size());
      Classes.push_back(std::move(CI));
    }
  }
  Bases.resize(Classes.size());
  for (size_t I = 0; I < Classes.size(); ++I) {
    const ClassInfo &C = Classes[I];
    const py::Module &M = Modules[C.Module];
    NodeId Sup = M.Tree.child(C.Node, "superclasses");
    if (Sup == NoNode)
      continue;
    for (NodeId B : M.Tree.namedChildren(Sup)) {
      std::string_view Ty = M.Tree.node(B).Type;
      if (Ty == "keyword_argument" || Ty == "comment")
        continue; // metaclass=...
      NodeId Expr = B;
      if (Ty == "subscript") // Generic[T]-style bases
        Expr = M.Tree.child(B, "value");
      Resolved R = resolveNode(M, Expr);
      std::string Written = py::dottedName(M.Tree, Expr);
      std::string Head = Written.substr(0, Written.find('.'));
      R.Unbound =
          !Head.empty() && !R.project() && !Names.binds(M, Head) && !py::isBuiltinName(Head);
      R.Node = Expr;
      Bases[I].push_back(std::move(R));
    }
  }
}

Resolved Project::classNamed(std::string Qualified) const {
  auto It = ClassByName.find(Qualified);
  return {It == ClassByName.end() ? -1 : It->second, std::move(Qualified)};
}

Resolved Project::resolveQualified(const std::string &Q) const {
  return classNamed(Names.canonicalQualified(Q));
}

Resolved Project::resolve(const py::Module &M, std::string_view Dotted) const {
  if (Dotted.empty())
    return {};
  return classNamed(Names.canonical(M, Dotted, py::Unresolved::AsWritten));
}

Resolved Project::resolveNode(const py::Module &M, NodeId N) const {
  std::string D = py::dottedName(M.Tree, N);
  if (D.empty())
    return {};
  return resolve(M, D);
}

std::vector<NodeId> statementsOf(const ts::SyntaxTree &T, NodeId Block) {
  std::vector<NodeId> Out;
  if (Block == NoNode)
    return Out;
  for (NodeId C : T.namedChildren(Block)) {
    const auto &N = T.node(C);
    if (N.Type == "comment")
      continue;
    if (N.Error) {
      // Statements tree-sitter could not place: those it still recognised
      // as whole statements are read.
      for (NodeId S : statementsOf(T, C))
        Out.push_back(S);
      continue;
    }
    Out.push_back(C);
  }
  return Out;
}

std::pair<NodeId, NodeId> simpleAssignment(const ts::SyntaxTree &T, NodeId S) {
  NodeId A = S;
  if (T.node(S).Type == "expression_statement") {
    auto Kids = T.namedChildren(S);
    if (Kids.size() != 1)
      return {NoNode, NoNode};
    A = Kids[0];
  }
  if (T.node(A).Type != "assignment")
    return {NoNode, NoNode};
  NodeId L = T.child(A, "left"), R = T.child(A, "right");
  if (L == NoNode || R == NoNode || T.node(L).Type != "identifier")
    return {NoNode, NoNode};
  return {L, R};
}

NodeId classBody(const ts::SyntaxTree &T, NodeId Class) {
  return Class == NoNode ? NoNode : T.child(Class, "body");
}

NodeId nestedClass(const ts::SyntaxTree &T, NodeId Class, std::string_view Name) {
  NodeId Found = NoNode;
  for (NodeId C : py::classesIn(T, classBody(T, Class))) {
    NodeId N = T.child(C, "name");
    if (N != NoNode && T.text(N) == Name)
      Found = C; // the last definition wins
  }
  return Found;
}

NodeId method(const ts::SyntaxTree &T, NodeId Class, std::string_view Name) {
  NodeId Found = NoNode;
  for (NodeId S : statementsOf(T, classBody(T, Class))) {
    NodeId D = S;
    if (T.node(S).Type == "decorated_definition")
      D = T.child(S, "definition");
    if (D == NoNode || T.node(D).Type != "function_definition")
      continue;
    NodeId N = T.child(D, "name");
    if (N != NoNode && T.text(N) == Name)
      Found = D;
  }
  return Found;
}

std::string where(const SourceRange &R) {
  if (!R.File)
    return "";
  return R.File->path() + ":" + std::to_string(R.File->lineOf(R.Begin));
}

} // namespace privlint::django
