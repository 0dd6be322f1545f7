#include "Frontend/TypeOrm/TsProject.h"

#include "Support/PathCache.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace privlint::tsx {

using ts::NodeId;
using ts::NoNode;

namespace {

constexpr int MaxDepth = 16; // import and re-export chains (cycles cut off)

std::string stripExtension(const std::string &Path) {
  for (std::string_view Ext : {".d.ts", ".tsx", ".ts", ".mts", ".cts"})
    if (Path.size() > Ext.size() && Path.ends_with(Ext))
      return Path.substr(0, Path.size() - Ext.size());
  return Path;
}

std::string normalizedNoExt(const std::string &Path) {
  return stripExtension(absolutePath(Path).lexically_normal().string());
}

void indexDeclaration(Module &M, NodeId D) {
  const ts::SyntaxTree &T = M.Tree;
  std::string_view Ty = T.node(D).Type;
  auto Name = [&](NodeId N) { return std::string(T.text(N)); };
  if (Ty == "class_declaration" || Ty == "abstract_class_declaration") {
    if (NodeId N = T.child(D, "name"); N != NoNode)
      M.Classes.emplace(Name(N), D);
  } else if (Ty == "lexical_declaration" || Ty == "variable_declaration") {
    for (NodeId V : T.namedChildren(D)) {
      if (T.node(V).Type != "variable_declarator")
        continue;
      NodeId N = T.child(V, "name"), Val = T.child(V, "value");
      if (N != NoNode && Val != NoNode && T.node(N).Type == "identifier")
        M.Values.emplace(Name(N), Val);
    }
  } else if (Ty == "function_declaration") {
    // A factory: transformer: makeCipher()
    if (NodeId N = T.child(D, "name"); N != NoNode)
      M.Values.emplace(Name(N), D);
  } else if (Ty == "enum_declaration") {
    if (NodeId N = T.child(D, "name"); N != NoNode)
      M.Enums.emplace(Name(N), D);
  } else if (Ty == "type_alias_declaration") {
    NodeId N = T.child(D, "name"), V = T.child(D, "value");
    if (N != NoNode && V != NoNode)
      M.TypeAliases.emplace(Name(N), V);
  }
}

void indexModule(Module &M) {
  const ts::SyntaxTree &T = M.Tree;
  for (NodeId S : T.namedChildren(T.root())) {
    std::string_view Ty = T.node(S).Type;
    if (Ty == "import_statement") {
      auto Src = stringValue(T, T.child(S, "source"));
      NodeId Clause = T.childOfType(S, "import_clause");
      if (!Src || Clause == NoNode)
        continue;
      for (NodeId C : T.namedChildren(Clause)) {
        std::string_view CT = T.node(C).Type;
        if (CT == "identifier") {
          M.Imports[std::string(T.text(C))] = {*Src, "default"};
        } else if (CT == "namespace_import") {
          if (NodeId Id = T.childOfType(C, "identifier"); Id != NoNode)
            M.Imports[std::string(T.text(Id))] = {*Src, "*"};
        } else if (CT == "named_imports") {
          for (NodeId Spec : T.namedChildren(C)) {
            if (T.node(Spec).Type != "import_specifier")
              continue;
            NodeId N = T.child(Spec, "name"), A = T.child(Spec, "alias");
            std::string Imported = stringValue(T, N).value_or(std::string(T.text(N)));
            M.Imports[std::string(T.text(A != NoNode ? A : N))] = {*Src, Imported};
          }
        }
      }
    } else if (Ty == "export_statement") {
      NodeId Decl = T.child(S, "declaration");
      if (Decl != NoNode) {
        indexDeclaration(M, Decl);
        continue;
      }
      auto Src = stringValue(T, T.child(S, "source"));
      NodeId Clause = T.childOfType(S, "export_clause");
      if (Clause != NoNode) {
        for (NodeId Spec : T.namedChildren(Clause)) {
          if (T.node(Spec).Type != "export_specifier")
            continue;
          NodeId N = T.child(Spec, "name"), A = T.child(Spec, "alias");
          std::string Local = stringValue(T, N).value_or(std::string(T.text(N)));
          std::string Exported =
              A != NoNode ? stringValue(T, A).value_or(std::string(T.text(A))) : Local;
          M.ExportAliases[Exported] = {Src.value_or(""), Local};
        }
      } else if (Src) {
        if (T.childOfType(S, "namespace_export") == NoNode)
          M.StarExports.push_back(*Src);
      } else if (NodeId V = T.child(S, "value"); V != NoNode) {
        // export default <expression>
        if (T.node(V).Type == "identifier")
          M.ExportAliases["default"] = {"", std::string(T.text(V))};
        else
          M.Values.emplace("default", V);
      }
      // `export default class X {}` is a declaration with the default name too.
      for (NodeId C : T.namedChildren(S))
        if (T.node(C).Type == "class" || T.node(C).Type == "class_declaration")
          M.Classes.emplace("default", C);
    } else {
      indexDeclaration(M, S);
    }
  }
  // `export default class User {}`: also reachable as "default".
  for (NodeId S : T.namedChildren(T.root())) {
    if (T.node(S).Type != "export_statement")
      continue;
    bool Default = false;
    for (NodeId C : T.children(S))
      if (T.text(C) == "default" && !T.node(C).Named)
        Default = true;
    NodeId Decl = T.child(S, "declaration");
    if (Default && Decl != NoNode)
      if (NodeId N = T.child(Decl, "name"); N != NoNode)
        M.ExportAliases.emplace("default", ImportBinding{"", std::string(T.text(N))});
  }
}

} // namespace

Project::Project(const std::vector<OrmFile> &Files)
    : LazyProject(ts::Grammar::TypeScript, Files, indexModule) {
  for (size_t I = 0; I < size(); ++I) {
    Module &M = module(I);
    M.PathNoExt = normalizedNoExt(M.File->path());
    ByPath.emplace(M.PathNoExt, I);
  }
}

size_t Project::indexOf(const Module &M) const { return ByPath.at(M.PathNoExt); }

std::optional<size_t> Project::moduleFor(const Module &From, const std::string &Spec) {
  auto Try = [&](const std::string &P) -> std::optional<size_t> {
    std::string Base = stripExtension(P);
    // ESM TypeScript writes the compiled name: ./user.entity.js
    for (std::string_view Ext : {".js", ".mjs", ".cjs"})
      if (Base.size() > Ext.size() && Base.ends_with(Ext))
        Base = Base.substr(0, Base.size() - Ext.size());
    for (const std::string &C : {Base, Base + "/index"})
      if (auto It = ByPath.find(C); It != ByPath.end())
        return It->second;
    return std::nullopt;
  };
  if (Spec.starts_with("./") || Spec.starts_with("../") || Spec == "." || Spec == "..") {
    fs::path Dir = fs::path(From.PathNoExt).parent_path();
    return Try((Dir / Spec).lexically_normal().string());
  }
  // Path aliases (tsconfig "paths", baseUrl): "@/entities/address",
  // "src/entities/address". Match the specifier, or the specifier without
  // its first segment, against the end of a project path. A bare name
  // ("typeorm") is a package.
  if (Spec.find('/') == std::string::npos)
    return std::nullopt;
  if (auto It = AliasCache.find(Spec); It != AliasCache.end())
    return It->second;
  std::optional<size_t> &Cached = AliasCache[Spec];
  std::vector<std::string> Tails{Spec};
  if (size_t Slash = Spec.find('/'); Slash != std::string::npos)
    Tails.push_back(Spec.substr(Slash + 1));
  for (const auto &Tail : Tails) {
    if (Tail.empty())
      continue;
    std::string Clean = stripExtension(Tail);
    for (const auto &[Path, Index] : ByPath) {
      for (const std::string &C : {Clean, Clean + "/index"}) {
        if (Path.size() > C.size() && Path.ends_with(C) && Path[Path.size() - C.size() - 1] == '/')
          return Cached = Index;
      }
    }
  }
  return std::nullopt;
}

std::optional<size_t> Project::uniqueClassNamed(const std::string &Name) {
  if (auto It = ClassFallback.find(Name); It != ClassFallback.end())
    return It->second;
  std::optional<size_t> Found;
  bool Ambiguous = false;
  for (size_t I = 0; I < size() && !Ambiguous; ++I) {
    const std::string &Text = module(I).File->text();
    if (Text.find("class " + Name) == std::string::npos)
      continue;
    if (!loadQuietly(I))
      continue;
    if (module(I).Classes.contains(Name)) {
      Ambiguous = Found.has_value();
      Found = I;
    }
  }
  if (Ambiguous)
    Found.reset();
  ClassFallback[Name] = Found;
  return Found;
}

Resolved Project::resolveLocal(size_t ModIndex, const std::string &Name, int Depth) {
  Module &M = module(ModIndex);
  Resolved R;
  R.Mod = &M;
  R.Name = Name;
  if (auto It = M.Classes.find(Name); It != M.Classes.end()) {
    R.What = Resolved::Class;
    R.Node = It->second;
    return R;
  }
  if (auto It = M.Values.find(Name); It != M.Values.end()) {
    R.What = Resolved::Value;
    R.Node = It->second;
    return R;
  }
  if (auto It = M.Enums.find(Name); It != M.Enums.end()) {
    R.What = Resolved::Enum;
    R.Node = It->second;
    return R;
  }
  if (auto It = M.TypeAliases.find(Name); It != M.TypeAliases.end()) {
    R.What = Resolved::TypeAlias;
    R.Node = It->second;
    return R;
  }
  if (auto It = M.Imports.find(Name); It != M.Imports.end() && Depth < MaxDepth) {
    const ImportBinding &B = It->second;
    auto Target = moduleFor(M, B.Source);
    if (!Target) {
      R = Resolved();
      R.What = Resolved::External;
      R.Package = B.Source;
      R.Name = B.Imported == "default" || B.Imported == "*" ? Name : B.Imported;
      return R;
    }
    if (B.Imported == "*")
      return Resolved(); // a namespace: resolved by resolve() for ns.Name
    return resolveExport(*Target, B.Imported, Depth + 1);
  }
  return Resolved();
}

Resolved Project::resolveExport(size_t ModIndex, const std::string &Name, int Depth) {
  if (Depth > MaxDepth || !loadQuietly(ModIndex))
    return Resolved();
  Module &M = module(ModIndex);
  if (auto It = M.ExportAliases.find(Name); It != M.ExportAliases.end()) {
    const ImportBinding &B = It->second;
    if (B.Source.empty())
      return resolveLocal(ModIndex, B.Imported, Depth + 1);
    auto Target = moduleFor(M, B.Source);
    if (!Target) {
      Resolved R;
      R.What = Resolved::External;
      R.Package = B.Source;
      R.Name = B.Imported;
      return R;
    }
    return resolveExport(*Target, B.Imported, Depth + 1);
  }
  Resolved R = resolveLocal(ModIndex, Name, Depth + 1);
  if (R.What != Resolved::None)
    return R;
  for (const auto &Src : M.StarExports) {
    auto Target = moduleFor(M, Src);
    if (!Target)
      continue;
    Resolved S = resolveExport(*Target, Name, Depth + 1);
    if (S.What != Resolved::None)
      return S;
  }
  return Resolved();
}

Resolved Project::resolve(Module &From, std::string_view Written) {
  std::string Name(Written);
  size_t Dot = Name.find('.');
  size_t Index = indexOf(From);
  if (Dot != std::string::npos) {
    // ns.Name through `import * as ns from "..."`
    std::string Ns = Name.substr(0, Dot), Member = Name.substr(Dot + 1);
    auto It = From.Imports.find(Ns);
    if (It == From.Imports.end() || It->second.Imported != "*" ||
        Member.find('.') != std::string::npos)
      return Resolved();
    auto Target = moduleFor(From, It->second.Source);
    if (!Target) {
      Resolved R;
      R.What = Resolved::External;
      R.Package = It->second.Source;
      R.Name = Member;
      return R;
    }
    return resolveExport(*Target, Member, 1);
  }
  Resolved R = resolveLocal(Index, Name, 0);
  if (R.What != Resolved::None && R.What != Resolved::External)
    return R;
  // No import at all, or a relative import of a file outside the project:
  // a class declared once in the project by that name.
  if (R.What == Resolved::None || (R.What == Resolved::External && R.Package.starts_with("."))) {
    std::string Wanted = R.What == Resolved::External ? R.Name : Name;
    if (auto U = uniqueClassNamed(Wanted))
      return resolveLocal(*U, Wanted, 1);
  }
  return R;
}

std::optional<std::string> stringValue(const ts::SyntaxTree &T, NodeId N) {
  if (N == NoNode)
    return std::nullopt;
  std::string_view Ty = T.node(N).Type;
  if (Ty != "string" && Ty != "template_string")
    return std::nullopt;
  std::string Out;
  for (NodeId C : T.namedChildren(N)) {
    std::string_view CT = T.node(C).Type;
    if (CT == "string_fragment") {
      Out += T.text(C);
    } else if (CT == "escape_sequence") {
      std::string_view E = T.text(C);
      char X = E.size() > 1 ? E[1] : '\\';
      Out += X == 'n' ? '\n' : X == 't' ? '\t' : X;
    } else if (CT == "template_substitution") {
      return std::nullopt;
    }
  }
  return Out;
}

NodeId unwrapExpression(const ts::SyntaxTree &T, NodeId N) {
  for (int I = 0; I < 32 && N != NoNode; ++I) {
    std::string_view Ty = T.node(N).Type;
    if (Ty == "parenthesized_expression" || Ty == "as_expression" || Ty == "satisfies_expression" ||
        Ty == "non_null_expression") {
      auto Kids = T.namedChildren(N);
      N = Kids.empty() ? NoNode : Kids.front();
    } else if (Ty == "type_assertion") {
      NodeId Next = NoNode;
      for (NodeId C : T.namedChildren(N))
        if (T.node(C).Type != "type_arguments")
          Next = C;
      N = Next;
    } else {
      break;
    }
  }
  return N;
}

std::map<std::string, NodeId> objectPairs(const ts::SyntaxTree &T, NodeId Object) {
  std::map<std::string, NodeId> Out;
  Object = unwrapExpression(T, Object);
  if (Object == NoNode || T.node(Object).Type != "object")
    return Out;
  for (NodeId C : T.namedChildren(Object)) {
    if (T.node(C).Type == "pair") {
      NodeId K = T.child(C, "key");
      std::string Key = stringValue(T, K).value_or(std::string(T.text(K)));
      Out[Key] = T.child(C, "value");
    } else if (T.node(C).Type == "shorthand_property_identifier") {
      Out[std::string(T.text(C))] = C;
    }
  }
  return Out;
}

std::vector<NodeId> callArguments(const ts::SyntaxTree &T, NodeId Call) {
  std::vector<NodeId> Out;
  NodeId Args = T.child(Call, "arguments");
  if (Args == NoNode)
    return Out;
  for (NodeId A : T.namedChildren(Args))
    if (T.node(A).Type != "comment")
      Out.push_back(A);
  return Out;
}

} // namespace privlint::tsx
