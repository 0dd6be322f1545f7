#include "Frontend/Jpa/JavaProject.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace privlint::java {

using ts::NodeId;
using ts::NoNode;

namespace {

bool isTypeDeclaration(std::string_view Ty) {
  return Ty == "class_declaration" || Ty == "record_declaration" || Ty == "enum_declaration" ||
         Ty == "interface_declaration" || Ty == "annotation_type_declaration";
}

void collectTypes(Unit &U, NodeId Parent, const std::string &Outer) {
  const ts::SyntaxTree &T = U.Tree;
  for (NodeId C : T.namedChildren(Parent)) {
    std::string_view Ty = T.node(C).Type;
    if (!isTypeDeclaration(Ty))
      continue;
    NodeId N = T.child(C, "name");
    if (N == NoNode)
      continue;
    TypeDecl D;
    D.Name = std::string(T.text(N));
    D.Qualified = Outer.empty() ? D.Name : Outer + "." + D.Name;
    D.Node = C;
    U.Types.push_back(D);
    if (NodeId Body = T.child(C, "body"); Body != NoNode)
      collectTypes(U, Body, D.Qualified);
  }
}

void indexUnit(Unit &U) {
  const ts::SyntaxTree &T = U.Tree;
  for (NodeId S : T.namedChildren(T.root())) {
    std::string_view Ty = T.node(S).Type;
    if (Ty == "package_declaration") {
      for (NodeId C : T.namedChildren(S))
        if (T.node(C).Type == "scoped_identifier" || T.node(C).Type == "identifier")
          U.Package = std::string(T.text(C));
    } else if (Ty == "import_declaration") {
      bool Static = false, Star = false;
      std::string Name;
      for (NodeId C : T.children(S)) {
        std::string_view CT = T.node(C).Type;
        if (CT == "static")
          Static = true;
        else if (CT == "asterisk")
          Star = true;
        else if (CT == "scoped_identifier" || CT == "identifier")
          Name = std::string(T.text(C));
      }
      if (Static || Name.empty())
        continue;
      if (Star) {
        U.WildcardImports.push_back(Name);
      } else {
        size_t Dot = Name.rfind('.');
        U.Imports[Dot == std::string::npos ? Name : Name.substr(Dot + 1)] = Name;
      }
    }
  }
  std::string Prefix = U.Package;
  collectTypes(U, T.root(), "");
  if (!Prefix.empty())
    for (auto &D : U.Types)
      D.Qualified = Prefix + "." + D.Qualified;
}

// The part of a written type before generic arguments and array brackets.
std::string baseName(std::string_view Written) {
  std::string Out;
  for (char C : Written) {
    if (C == '<' || C == '[')
      break;
    if (C != ' ' && C != '\n' && C != '\t' && C != '\r')
      Out += C;
  }
  return Out;
}

} // namespace

const TypeDecl *Unit::declared(std::string_view Name) const {
  // A top-level type of that name first, then a nested one.
  const TypeDecl *Nested = nullptr;
  for (const auto &D : Types) {
    if (D.Name != Name)
      continue;
    bool TopLevel = D.Qualified == (Package.empty() ? D.Name : Package + "." + D.Name);
    if (TopLevel)
      return &D;
    if (!Nested)
      Nested = &D;
  }
  return Nested;
}

Project::Project(const std::vector<OrmFile> &Files)
    : LazyProject(ts::Grammar::Java, Files, indexUnit) {
  for (size_t I = 0; I < size(); ++I) {
    Unit &U = unit(I);
    U.Stem = fs::path(U.File->path()).stem().string();
    ByStem.emplace(U.Stem, I);
  }
}

// Units that may declare a type of this simple name: the file named after
// it (javac's convention for public types), else any file whose text
// declares it (nested and package-private types).
std::vector<size_t> Project::candidates(const std::string &Simple) {
  std::vector<size_t> Out;
  auto [B, E] = ByStem.equal_range(Simple);
  for (auto It = B; It != E; ++It)
    Out.push_back(It->second);
  auto Cached = ByText.find(Simple);
  if (Cached == ByText.end()) {
    std::vector<size_t> Found;
    for (size_t I = 0; I < size(); ++I) {
      if (unit(I).Stem == Simple)
        continue;
      const std::string &Text = unit(I).File->text();
      for (std::string_view Kw : {"class ", "record ", "enum ", "interface "}) {
        std::string Needle = std::string(Kw) + Simple;
        size_t P = Text.find(Needle);
        if (P != std::string::npos) {
          size_t After = P + Needle.size();
          if (After >= Text.size() ||
              (!std::isalnum(static_cast<unsigned char>(Text[After])) && Text[After] != '_')) {
            Found.push_back(I);
            break;
          }
        }
      }
    }
    Cached = ByText.emplace(Simple, std::move(Found)).first;
  }
  Out.insert(Out.end(), Cached->second.begin(), Cached->second.end());
  return Out;
}

const TypeDecl *Project::findIn(size_t I, const std::string &Qualified) {
  if (!loadQuietly(I))
    return nullptr;
  for (const auto &D : unit(I).Types)
    if (D.Qualified == Qualified)
      return &D;
  return nullptr;
}

ResolvedType Project::resolve(Unit &From, std::string_view Written) {
  ResolvedType R;
  std::string Name = baseName(Written);
  if (Name.empty())
    return R;
  R.Qualified = Name;
  std::string First = Name.substr(0, Name.find('.'));
  std::string Rest = Name.size() > First.size() ? Name.substr(First.size()) : std::string();
  std::string Simple = Name.substr(Name.rfind('.') + 1);
  auto Found = [&](size_t I, const TypeDecl *D) {
    R.U = &unit(I);
    R.Decl = D;
    R.Qualified = D->Qualified;
    return R;
  };
  auto LookQualified = [&](const std::string &Q) -> const TypeDecl * {
    for (size_t I : candidates(Simple))
      if (const TypeDecl *D = findIn(I, Q)) {
        R.U = &unit(I);
        return D;
      }
    return nullptr;
  };
  size_t Self = 0;
  for (; Self < size(); ++Self)
    if (&unit(Self) == &From)
      break;
  // 1. Declared in this file (an outer or nested type).
  for (const auto &D : From.Types) {
    if (D.Name == First) {
      std::string Q = D.Qualified + Rest;
      if (Rest.empty())
        return Found(Self, &D);
      if (const TypeDecl *N = findIn(Self, Q))
        return Found(Self, N);
    }
  }
  // 2. A single-type import.
  if (auto It = From.Imports.find(First); It != From.Imports.end()) {
    std::string Q = It->second + Rest;
    R.Qualified = Q;
    if (const TypeDecl *D = LookQualified(Q)) {
      R.Decl = D;
      R.Qualified = D->Qualified;
      return R;
    }
    R.U = nullptr;
    return R;
  }
  // 3. A fully qualified name.
  if (Name.find('.') != std::string::npos)
    if (const TypeDecl *D = LookQualified(Name)) {
      R.Decl = D;
      R.Qualified = D->Qualified;
      return R;
    }
  // 4. The same package, then wildcard imports.
  std::vector<std::string> Packages{From.Package};
  Packages.insert(Packages.end(), From.WildcardImports.begin(), From.WildcardImports.end());
  for (const auto &Pkg : Packages) {
    std::string Q = (Pkg.empty() ? "" : Pkg + ".") + Name;
    if (const TypeDecl *D = LookQualified(Q)) {
      R.Decl = D;
      R.Qualified = D->Qualified;
      return R;
    }
  }
  // 5. A type declared once in the project under that simple name (sources
  // whose package does not match their folder, a missing import).
  if (Name.find('.') == std::string::npos) {
    const TypeDecl *Only = nullptr;
    Unit *OnlyUnit = nullptr;
    int Count = 0;
    for (size_t I : candidates(Simple)) {
      if (!loadQuietly(I))
        continue;
      for (const auto &D : unit(I).Types)
        if (D.Name == Simple) {
          ++Count;
          Only = &D;
          OnlyUnit = &unit(I);
        }
    }
    if (Count == 1) {
      R.U = OnlyUnit;
      R.Decl = Only;
      R.Qualified = Only->Qualified;
      return R;
    }
  }
  R.U = nullptr;
  R.Decl = nullptr;
  return R;
}

std::optional<std::string> stringValue(const ts::SyntaxTree &T, NodeId N) {
  if (N == NoNode)
    return std::nullopt;
  std::string_view Ty = T.node(N).Type;
  if (Ty == "parenthesized_expression") {
    auto Kids = T.namedChildren(N);
    return Kids.empty() ? std::nullopt : stringValue(T, Kids.front());
  }
  if (Ty == "binary_expression") {
    NodeId L = T.child(N, "left"), R = T.child(N, "right");
    auto A = stringValue(T, L), B = stringValue(T, R);
    if (!A || !B)
      return std::nullopt;
    return *A + *B;
  }
  if (Ty != "string_literal")
    return std::nullopt;
  std::string Out;
  for (NodeId C : T.namedChildren(N)) {
    std::string_view CT = T.node(C).Type;
    if (CT == "string_fragment" || CT == "multiline_string_fragment") {
      Out += T.text(C);
    } else if (CT == "escape_sequence") {
      std::string_view E = T.text(C);
      char X = E.size() > 1 ? E[1] : '\\';
      Out += X == 'n' ? '\n' : X == 't' ? '\t' : X;
    } else {
      return std::nullopt;
    }
  }
  return Out;
}

std::vector<NodeId> annotationsOf(const ts::SyntaxTree &T, NodeId Decl) {
  std::vector<NodeId> Out;
  auto Take = [&](NodeId Holder) {
    for (NodeId C : T.namedChildren(Holder)) {
      std::string_view Ty = T.node(C).Type;
      if (Ty == "annotation" || Ty == "marker_annotation")
        Out.push_back(C);
    }
  };
  for (NodeId C : T.namedChildren(Decl))
    if (T.node(C).Type == "modifiers")
      Take(C);
  Take(Decl); // method declarations may hold annotations directly
  return Out;
}

std::string_view annotationName(const ts::SyntaxTree &T, NodeId Ann) {
  NodeId N = T.child(Ann, "name");
  if (N == NoNode)
    return {};
  std::string_view S = T.text(N);
  size_t Dot = S.rfind('.');
  return Dot == std::string_view::npos ? S : S.substr(Dot + 1);
}

NodeId annotationValue(const ts::SyntaxTree &T, NodeId Ann, std::string_view Key) {
  NodeId Args = T.child(Ann, "arguments");
  if (Args == NoNode)
    return NoNode;
  for (NodeId C : T.namedChildren(Args)) {
    std::string_view Ty = T.node(C).Type;
    if (Ty == "element_value_pair") {
      NodeId K = T.child(C, "key");
      if (K != NoNode && T.text(K) == Key)
        return T.child(C, "value");
    } else if (Key == "value" && Ty != "line_comment" && Ty != "block_comment") {
      return C;
    }
  }
  return NoNode;
}

bool hasModifier(const ts::SyntaxTree &T, NodeId Decl, std::string_view Word) {
  for (NodeId C : T.namedChildren(Decl))
    if (T.node(C).Type == "modifiers")
      for (NodeId M : T.children(C))
        if (!T.node(M).Named && T.text(M) == Word)
          return true;
  return false;
}

} // namespace privlint::java
