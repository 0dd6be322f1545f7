#include "Frontend/Rails/RubySyntax.h"

#include "Frontend/TreeSitter/ParseSource.h"

#include <algorithm>

namespace privlint::rails {

namespace {

// Decodes the escapes that matter in identifiers and comments (\" \' \\);
// others stay as written.
void appendEscape(std::string &Out, std::string_view Esc) {
  if (Esc.size() == 2 && (Esc[1] == '"' || Esc[1] == '\'' || Esc[1] == '\\'))
    Out += Esc[1];
  else
    Out += Esc;
}

// The value of a string-like node made of string_content and escapes only.
std::optional<NameArg> stringValue(const ts::SyntaxTree &T, ts::NodeId N) {
  NameArg A;
  const auto &Node = T.node(N);
  bool Any = false;
  for (ts::NodeId C : T.namedChildren(N)) {
    const auto &CN = T.node(C);
    if (CN.Type == "string_content")
      A.Value += T.text(C);
    else if (CN.Type == "escape_sequence")
      appendEscape(A.Value, T.text(C));
    else
      return std::nullopt; // interpolation: not a literal
    if (!Any)
      A.Begin = CN.Begin;
    A.End = CN.End;
    Any = true;
  }
  if (!Any) { // "" : an empty range just inside the opening quote
    A.Begin = A.End = std::min(Node.Begin + 1, Node.End);
  }
  return A;
}

} // namespace

std::optional<NameArg> literalName(const ts::SyntaxTree &T, ts::NodeId N) {
  if (N == ts::NoNode)
    return std::nullopt;
  const auto &Node = T.node(N);
  if (Node.Type == "string" || Node.Type == "delimited_symbol")
    return stringValue(T, N);
  if (Node.Type == "simple_symbol" || Node.Type == "hash_key_symbol") {
    std::string_view S = T.text(N);
    uint32_t Skip = !S.empty() && S.front() == ':' ? 1 : 0;
    return NameArg{std::string(S.substr(Skip)), Node.Begin + Skip, Node.End};
  }
  return std::nullopt;
}

std::optional<CallView> viewCall(const ts::SyntaxTree &T, ts::NodeId N) {
  if (N == ts::NoNode)
    return std::nullopt;
  const auto &Node = T.node(N);
  CallView C;
  C.Node = N;
  if (Node.Type == "identifier") { // `primary_abstract_class`, `timestamps`
    C.Method = T.text(N);
    C.MethodNode = N;
    return C;
  }
  if (Node.Type != "call")
    return std::nullopt;
  C.Receiver = T.child(N, "receiver");
  C.MethodNode = T.child(N, "method");
  if (C.MethodNode == ts::NoNode)
    return std::nullopt;
  C.Method = T.text(C.MethodNode);
  if (ts::NodeId Args = T.child(N, "arguments"); Args != ts::NoNode) {
    for (ts::NodeId A : T.namedChildren(Args)) {
      const auto &AN = T.node(A);
      if (AN.Type == "comment")
        continue;
      if (AN.Type == "pair") {
        auto Key = literalName(T, T.child(A, "key"));
        if (!Key)
          continue;
        OptionArg O;
        O.Value = T.child(A, "value");
        if (O.Value != ts::NoNode) {
          if (auto L = literalName(T, O.Value))
            O.Literal = L->Value;
          else if (const auto &VT = T.node(O.Value).Type;
                   VT == "true" || VT == "false" || VT == "nil" || VT == "integer" || VT == "float")
            O.Literal = std::string(T.text(O.Value));
        }
        C.Options.emplace(Key->Value, O);
      } else {
        C.Positional.push_back(A);
      }
    }
  }
  if (ts::NodeId B = T.child(N, "block"); B != ts::NoNode) {
    if (ts::NodeId Params = T.child(B, "parameters"); Params != ts::NoNode)
      if (ts::NodeId P = T.childOfType(Params, "identifier"); P != ts::NoNode)
        C.BlockParam = std::string(T.text(P));
    if (ts::NodeId Body = T.child(B, "body"); Body != ts::NoNode)
      C.BlockStatements = statementsOf(T, Body);
  }
  return C;
}

bool optionIsTrue(const CallView &C, const std::string &Key) {
  auto It = C.Options.find(Key);
  return It != C.Options.end() && It->second.Literal.value_or("") == "true";
}

std::string optionText(const CallView &C, const std::string &Key) {
  auto It = C.Options.find(Key);
  return It != C.Options.end() ? It->second.Literal.value_or(std::string()) : std::string();
}

std::vector<ts::NodeId> statementsOf(const ts::SyntaxTree &T, ts::NodeId Body) {
  std::vector<ts::NodeId> Out;
  if (Body == ts::NoNode)
    return Out;
  for (ts::NodeId S : T.namedChildren(Body))
    if (T.node(S).Type != "comment")
      Out.push_back(S);
  return Out;
}

bool parseRuby(const SourceFile &SF, ts::SyntaxTree &T, std::vector<InputProblem> &Problems) {
  return ts::parseSource(ts::Grammar::Ruby, SF, T, Problems);
}

} // namespace privlint::rails
