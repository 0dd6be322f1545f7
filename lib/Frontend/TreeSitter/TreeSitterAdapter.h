// The one file that talks to tree-sitter: parses a buffer with a named
// grammar into a plain, immutable syntax tree (node types, field names, byte
// ranges, error nodes) that frontends walk without tree-sitter's headers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privlint::ts {

/// The grammars compiled into this build (cmake/TreeSitterGrammars.cmake).
enum class Grammar { Ruby, Python, TypeScript, Java };
const char *grammarName(Grammar G);

using NodeId = uint32_t;
inline constexpr NodeId NoNode = UINT32_MAX;

/// One node of a parsed tree. Type and Field point into the grammar's static
/// tables and stay valid for the life of the program.
struct SyntaxNode {
  std::string_view Type;  // grammar symbol, e.g. "call", "string_content", "ERROR"
  std::string_view Field; // field name in the parent ("method", "receiver"), or empty
  uint32_t Begin = 0;     // byte range in the parsed buffer (half open)
  uint32_t End = 0;
  NodeId Parent = NoNode;
  uint32_t FirstChild = 0; // index into SyntaxTree's child list
  uint32_t ChildCount = 0;
  bool Named = false;    // false for punctuation and keywords
  bool Error = false;    // an ERROR node: input the grammar could not place
  bool Missing = false;  // a token the parser inserted to recover (e.g. a missing `end`)
  bool HasError = false; // this node or a descendant is Error or Missing
};

/// A place where the input does not follow the grammar.
struct SyntaxError {
  uint32_t Offset = 0;
  uint32_t End = 0;
  std::string Message; // "unexpected '...'", "missing 'end'"
};

class SyntaxTree {
public:
  NodeId root() const { return Nodes.empty() ? NoNode : 0; }
  const SyntaxNode &node(NodeId Id) const { return Nodes[Id]; }
  size_t size() const { return Nodes.size(); }

  /// All children (named and anonymous), in source order.
  std::vector<NodeId> children(NodeId Id) const;
  /// Named children only, in source order.
  std::vector<NodeId> namedChildren(NodeId Id) const;
  /// The first child in field Field, or NoNode.
  NodeId child(NodeId Id, std::string_view Field) const;
  /// The first named child of type Type, or NoNode.
  NodeId childOfType(NodeId Id, std::string_view Type) const;
  /// The source text of a node.
  std::string_view text(NodeId Id) const;
  std::string_view source() const { return Source; }

  /// One error per outermost ERROR node (placed at its first nested ERROR or
  /// MISSING node when it has one) and per MISSING token, in source order.
  std::vector<SyntaxError> errors() const;

private:
  NodeId firstNestedError(NodeId Id) const;
  friend bool parse(Grammar, std::string_view, SyntaxTree &, SyntaxError &);
  std::string_view Source;
  std::vector<SyntaxNode> Nodes;
  std::vector<NodeId> Children;
};

/// Parses Text (which must outlive Out) with grammar G. Returns false with
/// the reason in Failure when the grammar does not load into this runtime,
/// the parser gives up, or the input nests deeper than MaxNesting (Debian's
/// tree-sitter 0.20.7 corrupts its heap on tens of thousands of unclosed
/// blocks, so such input is refused before parsing). Syntax errors in Text
/// are not failures (see SyntaxTree::errors()).
bool parse(Grammar G, std::string_view Text, SyntaxTree &Out, SyntaxError &Failure);

/// The deepest nesting of blocks and brackets parse() accepts.
inline constexpr uint32_t MaxNesting = 10000;

} // namespace privlint::ts
