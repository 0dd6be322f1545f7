#include "Frontend/Python/PythonProject.h"

namespace privlint::py {

using ts::NodeId;
using ts::NoNode;

namespace {

constexpr int MaxHops = 16;

void addDefinitions(const Module &M, NodeId Block, std::map<std::string, Symbol> &Out, int Depth) {
  const ts::SyntaxTree &T = M.Tree;
  if (Block == NoNode || Depth > 32) // nested syntax errors, as the Django class index reads them
    return;
  std::string Prefix = M.Name.empty() ? std::string() : M.Name + ".";
  for (NodeId S : T.namedChildren(Block)) {
    std::string_view Ty = T.node(S).Type;
    if (Ty == "class_definition" || Ty == "function_definition" || Ty == "decorated_definition") {
      NodeId C = Ty == "decorated_definition" ? T.child(S, "definition") : S;
      if (C == NoNode)
        continue;
      bool IsClass = T.node(C).Type == "class_definition";
      // A function is a definition too: a wrapper of Column(...) is an alias.
      if (!IsClass && T.node(C).Type != "function_definition")
        continue;
      NodeId Name = T.child(C, "name");
      if (Name != NoNode)
        Out[Prefix + std::string(T.text(Name))] = Symbol{&M, C, Name, IsClass};
    } else if (Ty == "expression_statement") {
      auto Kids = T.namedChildren(S);
      if (Kids.empty() || T.node(Kids[0]).Type != "assignment")
        continue;
      NodeId Left = T.child(Kids[0], "left"), Right = T.child(Kids[0], "right");
      if (Left == NoNode || Right == NoNode || T.node(Left).Type != "identifier")
        continue;
      // A later definition of the same name replaces an earlier one.
      Out[Prefix + std::string(T.text(Left))] = Symbol{&M, Right, Left, false};
    } else if (T.node(S).Error) {
      // Definitions tree-sitter kept inside an error node.
      addDefinitions(M, S, Out, Depth + 1);
    }
  }
}

bool isNameNode(const ts::SyntaxTree &T, NodeId N) {
  std::string_view Ty = T.node(N).Type;
  return Ty == "identifier" || Ty == "attribute";
}

} // namespace

Project::Project(const ModuleList &Mods) : Modules(Mods) {
  for (const auto &M : Mods) {
    Index.emplace(&M, static_cast<int>(Index.size()));
    ByName.emplace(M.Name, &M);
    addDefinitions(M, M.Tree.root(), Symbols, 0);
  }
}

const Symbol *Project::symbol(const std::string &Q) const {
  auto It = Symbols.find(Q);
  return It == Symbols.end() ? nullptr : &It->second;
}

const Module *Project::module(const std::string &Name) const {
  auto It = ByName.find(Name);
  return It == ByName.end() ? nullptr : It->second;
}

bool Project::defines(const Module &M, const std::string &Head) const {
  return M.Imports.contains(Head) || Symbols.contains(M.Name.empty() ? Head : M.Name + "." + Head);
}

bool Project::binds(const Module &M, std::string_view Head) const {
  return !M.StarImports.empty() || defines(M, std::string(Head));
}

std::string Project::canonical(const Module &M, std::string_view Dotted, Unresolved How) const {
  return canonicalAt(M, Dotted, How, 0);
}

std::string Project::canonical(const Module &M, NodeId N, Unresolved How) const {
  if (N == NoNode)
    return {};
  std::string D = dottedName(M.Tree, N);
  return D.empty() ? D : canonicalAt(M, D, How, 0);
}

std::string Project::canonicalQualified(const std::string &Qualified) const {
  return Qualified.empty() ? Qualified : normalize(Qualified, Unresolved::AsWritten, 0);
}

std::string Project::canonicalAt(const Module &M, std::string_view Dotted, Unresolved How,
                                 int Depth) const {
  if (Dotted.empty() || Depth > MaxHops)
    return std::string(Dotted);
  std::string Head(Dotted.substr(0, Dotted.find('.')));
  if (!defines(M, Head)) {
    // `from x import *`: a project module that defines the name, else the
    // first star-imported module outside the project (from sqlalchemy import *).
    for (const auto &S : M.StarImports)
      if (const Module *SM = module(S); SM && SM != &M && defines(*SM, Head))
        return canonicalAt(*SM, Dotted, How, Depth + 1);
    for (const auto &S : M.StarImports)
      if (!module(S))
        return normalize(S + "." + std::string(Dotted), How, Depth + 1);
    if (How == Unresolved::AsWritten)
      return normalize(std::string(Dotted), How, Depth + 1);
  }
  return normalize(M.qualify(Dotted, /*Local=*/true), How, Depth + 1);
}

std::string Project::normalize(std::string Q, Unresolved How, int Depth) const {
  for (; Depth <= MaxHops; ++Depth) {
    // The longest prefix that names a definition: follow an alias.
    bool Followed = false;
    for (size_t End = Q.size(); End != std::string::npos && End > 0;
         End = End == 0 ? std::string::npos : Q.rfind('.', End - 1)) {
      auto It = Symbols.find(Q.substr(0, End));
      if (It == Symbols.end())
        continue;
      const Symbol &S = It->second;
      if (S.IsClass || !isNameNode(S.Mod->Tree, S.Node))
        return Q;
      std::string Target = canonicalAt(*S.Mod, dottedName(S.Mod->Tree, S.Node), How, Depth + 1);
      if (Target.empty() || Target == Q.substr(0, End))
        return Q;
      Q = Target + Q.substr(End);
      Followed = true;
      break;
    }
    if (Followed)
      continue;
    // The longest prefix that names a project module: the rest was imported
    // into it (a package re-exporting its submodules' names).
    for (size_t End = Q.rfind('.'); End != std::string::npos && End > 0;
         End = Q.rfind('.', End - 1)) {
      const Module *Mod = module(Q.substr(0, End));
      if (!Mod)
        continue;
      std::string Rest = Q.substr(End + 1);
      std::string Head = Rest.substr(0, Rest.find('.'));
      if (auto Imp = Mod->Imports.find(Head); Imp != Mod->Imports.end()) {
        Q = Imp->second + Rest.substr(Head.size());
        Followed = true;
      } else {
        for (const auto &S : Mod->StarImports)
          if (const Module *SM = module(S); SM && SM != Mod && defines(*SM, Head)) {
            Q = (SM->Name.empty() ? std::string() : SM->Name + ".") + Rest;
            Followed = true;
            break;
          }
      }
      break;
    }
    if (!Followed)
      return Q;
  }
  return Q;
}

} // namespace privlint::py
