// The only place the OpenAPI frontend calls yaml-cpp: it throws, so every
// call is wrapped and a failure becomes a DocError at its mark.
#include "Frontend/OpenApi/DocTree.h"

#include <yaml-cpp/yaml.h>

namespace privlint {

const DocNode *DocNode::get(std::string_view Key) const {
  int I = indexOf(Key);
  return I < 0 ? nullptr : &Values[static_cast<size_t>(I)];
}

int DocNode::indexOf(std::string_view Key) const {
  if (K != Kind::Map)
    return -1;
  for (size_t I = 0; I < Keys.size(); ++I)
    if (Keys[I] == Key)
      return static_cast<int>(I);
  return -1;
}

std::string_view DocNode::str(std::string_view Key) const {
  const DocNode *N = get(Key);
  return N && N->isScalar() ? std::string_view(N->Text) : std::string_view();
}

namespace {

uint32_t offsetOf(const YAML::Node &N) {
  YAML::Mark M = N.Mark();
  return M.pos > 0 ? static_cast<uint32_t>(M.pos) : 0;
}

// The end of a scalar token as written: plain scalars end where their text
// does; quoted ones one byte later (good enough for a caret range).
uint32_t scalarEnd(const std::string &Text, uint32_t Begin, const std::string &Value) {
  if (Begin < Text.size() && (Text[Begin] == '"' || Text[Begin] == '\'')) {
    size_t Close = Text.find(Text[Begin], Begin + 1);
    if (Close != std::string::npos && Close - Begin < 4096)
      return static_cast<uint32_t>(Close + 1);
  }
  size_t E = Begin;
  while (E < Text.size() && E - Begin < Value.size() && Text[E] != '\n')
    ++E;
  return static_cast<uint32_t>(std::max<size_t>(E, Begin + 1));
}

// Aliases share nodes: a document of nested aliases ("billion laughs")
// expands exponentially, so the conversion has a budget.
constexpr size_t MaxNodes = 2000000;

bool convert(const YAML::Node &N, const std::string &Text, DocNode &Out, unsigned Depth,
             DocError &Err, size_t &Budget) {
  if (Depth > 512) {
    Err = {offsetOf(N), "malformed YAML: nested more than 512 levels deep"};
    return false;
  }
  if (++Budget > MaxNodes) {
    Err = {offsetOf(N), "malformed YAML: aliases expand to more than 2000000 nodes"};
    return false;
  }
  Out.Begin = offsetOf(N);
  switch (N.Type()) {
  case YAML::NodeType::Scalar:
    Out.K = DocNode::Kind::Scalar;
    Out.Text = N.Scalar();
    Out.End = scalarEnd(Text, Out.Begin, Out.Text);
    return true;
  case YAML::NodeType::Sequence:
    Out.K = DocNode::Kind::Seq;
    for (const auto &Item : N) {
      Out.Values.emplace_back();
      if (!convert(Item, Text, Out.Values.back(), Depth + 1, Err, Budget))
        return false;
    }
    return true;
  case YAML::NodeType::Map:
    Out.K = DocNode::Kind::Map;
    for (const auto &KV : N) {
      Out.Keys.push_back(KV.first.IsScalar() ? KV.first.Scalar() : std::string());
      uint32_t KB = offsetOf(KV.first);
      Out.KeyBegin.push_back(KB);
      Out.KeyEnd.push_back(scalarEnd(Text, KB, Out.Keys.back()));
      Out.Values.emplace_back();
      if (!convert(KV.second, Text, Out.Values.back(), Depth + 1, Err, Budget))
        return false;
    }
    return true;
  default:
    Out.K = DocNode::Kind::Null;
    return true;
  }
}

} // namespace

std::optional<DocNode> parseYamlDoc(const std::string &Text, DocError &Err) {
  try {
    YAML::Node Root = YAML::Load(Text);
    DocNode Out;
    size_t Budget = 0;
    if (!convert(Root, Text, Out, 0, Err, Budget))
      return std::nullopt;
    return Out;
  } catch (const YAML::Exception &E) {
    Err.Offset = E.mark.pos > 0 ? static_cast<uint32_t>(E.mark.pos) : 0;
    Err.Message = "malformed YAML: " + E.msg;
    return std::nullopt;
  } catch (const std::exception &E) {
    Err.Offset = 0;
    Err.Message = std::string("malformed YAML: ") + E.what();
    return std::nullopt;
  }
}

} // namespace privlint
