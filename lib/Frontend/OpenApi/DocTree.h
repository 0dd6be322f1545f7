// A YAML or JSON document as a tree that keeps every node's byte offset, so
// OpenAPI findings point at their line and column. Two adapters build it:
// yaml-cpp for YAML (YamlDocAdapter.cpp) and a small JSON scanner
// (JsonDocScanner.cpp); neither throws.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct DocNode {
  enum class Kind : uint8_t { Null, Scalar, Map, Seq };
  Kind K = Kind::Null;
  std::string Text;              // scalars
  uint32_t Begin = 0;            // byte offset of the node
  uint32_t End = 0;              // for scalars: the end of the token
  std::vector<std::string> Keys; // maps: keys in document order
  std::vector<uint32_t> KeyBegin, KeyEnd;
  std::vector<DocNode> Values; // maps: one per key; sequences: the items

  bool isMap() const { return K == Kind::Map; }
  bool isSeq() const { return K == Kind::Seq; }
  bool isScalar() const { return K == Kind::Scalar; }
  /// The value of Key in a map (the first one), or nullptr.
  const DocNode *get(std::string_view Key) const;
  /// Index of Key in a map, or -1.
  int indexOf(std::string_view Key) const;
  /// The scalar text of Key, or "" when absent or not a scalar.
  std::string_view str(std::string_view Key) const;
};

/// A parse failure at a byte offset.
struct DocError {
  uint32_t Offset = 0;
  std::string Message;
};

/// Parses YAML (yaml-cpp); the first document of a stream.
std::optional<DocNode> parseYamlDoc(const std::string &Text, DocError &Err);
/// Parses JSON (RFC 8259); nesting deeper than 512 levels is an error.
std::optional<DocNode> parseJsonDoc(std::string_view Text, DocError &Err);

} // namespace privlint
