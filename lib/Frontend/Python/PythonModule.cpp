#include "Frontend/Python/PythonModule.h"

#include <set>

namespace privlint::py {

using ts::NodeId;
using ts::NoNode;

SourceRange Module::range(NodeId N) const {
  const auto &Node = Tree.node(N);
  return SourceRange{File, Node.Begin, Node.End};
}

// Builtin classes a class may derive from without importing them.
bool isBuiltinName(std::string_view Name) {
  static const std::set<std::string_view> Builtins = {"object",
                                                      "type",
                                                      "dict",
                                                      "list",
                                                      "set",
                                                      "tuple",
                                                      "str",
                                                      "int",
                                                      "float",
                                                      "bytes",
                                                      "Exception",
                                                      "BaseException",
                                                      "ValueError",
                                                      "TypeError",
                                                      "RuntimeError",
                                                      "KeyError",
                                                      "LookupError",
                                                      "AttributeError",
                                                      "NotImplementedError",
                                                      "frozenset"};
  return Builtins.contains(Name);
}

std::string_view lastComponent(std::string_view Dotted) {
  size_t P = Dotted.rfind('.');
  return P == std::string_view::npos ? Dotted : Dotted.substr(P + 1);
}

std::string Module::qualify(std::string_view Dotted, bool Local) const {
  std::string_view Head = Dotted.substr(0, Dotted.find('.'));
  std::string_view Rest =
      Head.size() < Dotted.size() ? Dotted.substr(Head.size()) : std::string_view();
  if (auto It = Imports.find(std::string(Head)); It != Imports.end())
    return It->second + std::string(Rest);
  if (Local && !Name.empty())
    return Name + "." + std::string(Dotted);
  return std::string(Dotted);
}

std::optional<std::string> stringValue(const ts::SyntaxTree &T, NodeId N) {
  if (N == NoNode)
    return std::nullopt;
  const auto &Node = T.node(N);
  if (Node.Type == "concatenated_string") {
    std::string Out;
    for (NodeId C : T.namedChildren(N)) {
      auto Part = stringValue(T, C);
      if (!Part)
        return std::nullopt;
      Out += *Part;
    }
    return Out;
  }
  if (Node.Type == "parenthesized_expression") {
    auto Kids = T.namedChildren(N);
    return Kids.size() == 1 ? stringValue(T, Kids[0]) : std::nullopt;
  }
  if (Node.Type != "string")
    return std::nullopt;
  std::string Out;
  for (NodeId C : T.namedChildren(N)) {
    std::string_view Ty = T.node(C).Type;
    if (Ty == "interpolation")
      return std::nullopt;
    if (Ty == "string_content")
      Out += T.text(C);
    else if (Ty == "escape_sequence")
      Out += T.text(C); // kept as written: names never need escapes
  }
  return Out;
}

std::string dottedName(const ts::SyntaxTree &T, NodeId N) {
  if (N == NoNode)
    return {};
  const auto &Node = T.node(N);
  if (Node.Type == "identifier")
    return std::string(T.text(N));
  if (Node.Type == "attribute") {
    std::string Obj = dottedName(T, T.child(N, "object"));
    NodeId Attr = T.child(N, "attribute");
    if (Obj.empty() || Attr == NoNode)
      return {};
    return Obj + "." + std::string(T.text(Attr));
  }
  if (Node.Type == "dotted_name") {
    std::string Out;
    for (NodeId C : T.namedChildren(N))
      Out += (Out.empty() ? "" : ".") + std::string(T.text(C));
    return Out;
  }
  return {};
}

NodeId keywordArgument(const ts::SyntaxTree &T, NodeId Call, std::string_view Name) {
  NodeId Args = T.child(Call, "arguments");
  if (Args == NoNode)
    return NoNode;
  for (NodeId A : T.namedChildren(Args)) {
    if (T.node(A).Type != "keyword_argument")
      continue;
    NodeId K = T.child(A, "name");
    if (K != NoNode && T.text(K) == Name)
      return T.child(A, "value");
  }
  return NoNode;
}

std::vector<NodeId> positionalArguments(const ts::SyntaxTree &T, NodeId Call) {
  std::vector<NodeId> Out;
  NodeId Args = T.child(Call, "arguments");
  if (Args == NoNode)
    return Out;
  for (NodeId A : T.namedChildren(Args)) {
    std::string_view Ty = T.node(A).Type;
    if (Ty == "keyword_argument" || Ty == "comment" || Ty == "list_splat" ||
        Ty == "dictionary_splat")
      continue;
    Out.push_back(A);
  }
  return Out;
}

std::vector<NodeId> sequenceElements(const ts::SyntaxTree &T, NodeId N) {
  std::vector<NodeId> Out;
  if (N == NoNode)
    return Out;
  std::string_view Ty = T.node(N).Type;
  if (Ty == "parenthesized_expression") {
    auto Kids = T.namedChildren(N);
    return Kids.size() == 1 ? sequenceElements(T, Kids[0]) : Out;
  }
  if (Ty != "list" && Ty != "tuple" && Ty != "set" && Ty != "expression_list")
    return Out;
  for (NodeId C : T.namedChildren(N))
    if (T.node(C).Type != "comment")
      Out.push_back(C);
  return Out;
}

std::vector<NodeId> classesIn(const ts::SyntaxTree &T, NodeId Block) {
  std::vector<NodeId> Out;
  if (Block == NoNode)
    return Out;
  for (NodeId C : T.namedChildren(Block)) {
    std::string_view Ty = T.node(C).Type;
    if (Ty == "class_definition") {
      Out.push_back(C);
    } else if (Ty == "decorated_definition") {
      NodeId D = T.child(C, "definition");
      if (D != NoNode && T.node(D).Type == "class_definition")
        Out.push_back(D);
    }
  }
  return Out;
}

} // namespace privlint::py
