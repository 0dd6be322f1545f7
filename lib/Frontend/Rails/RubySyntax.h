// Reading Ruby literals and calls from a tree-sitter-ruby syntax tree: the
// shapes schema.rb and model declarations use (`name "str", :sym, key: value`),
// never evaluating anything.
#pragma once

#include "Frontend/TreeSitter/TreeSitterAdapter.h"
#include "Model/Model.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace privlint::rails {

/// A literal string or symbol argument: its value and the byte range of the
/// value itself (inside the quotes, after the colon).
struct NameArg {
  std::string Value;
  uint32_t Begin = 0;
  uint32_t End = 0;
};

/// A keyword option (`null: false`, `:comment => "x"`): the value node and,
/// when it is a literal, its text (strings unquoted, symbols without colon,
/// true/false/nil/numbers as written).
struct OptionArg {
  ts::NodeId Value = ts::NoNode;
  std::optional<std::string> Literal;
};

/// A method call seen as `receiver.method positional..., key: value... do |p| body end`.
struct CallView {
  ts::NodeId Node = ts::NoNode;
  ts::NodeId Receiver = ts::NoNode;
  std::string_view Method;
  ts::NodeId MethodNode = ts::NoNode;
  std::vector<ts::NodeId> Positional;       // non-pair arguments, in order
  std::map<std::string, OptionArg> Options; // keyword arguments
  std::string BlockParam;                   // first block parameter, or empty
  std::vector<ts::NodeId> BlockStatements;  // statements of the attached block
};

/// Reads a `call` node (or a bare identifier statement, as a call without
/// arguments). Returns nullopt for any other node.
std::optional<CallView> viewCall(const ts::SyntaxTree &T, ts::NodeId N);

/// A string without interpolation, or a symbol (`:email`, `:"email"`).
std::optional<NameArg> literalName(const ts::SyntaxTree &T, ts::NodeId N);

/// Whether an option is literally `true`.
bool optionIsTrue(const CallView &C, const std::string &Key);
/// An option's literal text, or empty.
std::string optionText(const CallView &C, const std::string &Key);

/// Statements of a body node (body_statement, block_body, program,
/// begin_block ...): its named children except comments.
std::vector<ts::NodeId> statementsOf(const ts::SyntaxTree &T, ts::NodeId Body);

/// Parses SF as Ruby; syntax errors become parse-error problems. On failure
/// (the grammar does not load) records a problem and returns false.
bool parseRuby(const SourceFile &SF, ts::SyntaxTree &T, std::vector<InputProblem> &Problems);

} // namespace privlint::rails
