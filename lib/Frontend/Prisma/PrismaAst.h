// The syntax of one Prisma schema file: blocks, fields, attributes and the
// comments Prisma attaches to fields, with byte offsets into the file.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace privlint::prisma {

struct Span {
  uint32_t Begin = 0;
  uint32_t End = 0;
};

/// One comment line: `///` (Doc) or `//`, text without the slashes.
struct CommentLine {
  bool Doc = false;
  std::string Text;
  Span Where; // the whole comment, slashes included
};

/// One attribute argument: `name: value` or a positional value. Only the
/// shapes the frontend reads are kept (string, identifiers of a list).
struct Argument {
  std::string Name; // empty for a positional argument
  bool IsString = false;
  std::string StringValue;        // decoded, when IsString
  std::vector<std::string> Names; // identifiers of [a, b] or of a bare path
  Span Where;
};

/// `@name(args)` on a field or `@@name(args)` on a block.
struct Attribute {
  std::string Name;     // dotted path without the @: map, db.VarChar
  std::string ArgsText; // the argument list as written, parentheses included
  std::vector<Argument> Args;
  Span Where;

  /// The first positional argument, or the one named Key.
  const Argument *arg(const char *Key) const;
};

struct FieldDecl {
  std::string Name;
  Span NameWhere;
  std::string TypeName;        // String, Role, Unsupported
  std::string UnsupportedType; // the string of Unsupported("...")
  Span TypeWhere;
  bool Optional = false; // ?
  bool List = false;     // []
  std::vector<Attribute> Attributes;
  std::vector<CommentLine> Comments; // the comment block above, then the trailing comment
};

enum class BlockKind : uint8_t { Model, View, Type, Enum, Datasource, Generator, TypeAlias };

struct Block {
  BlockKind Kind = BlockKind::Model;
  std::string Name;
  Span NameWhere;
  std::vector<FieldDecl> Fields;     // enum values are fields without a type
  std::vector<Attribute> Attributes; // @@map, @@schema, ...
  std::string AliasOf;               // type alias: the base type
};

struct SyntaxProblem {
  uint32_t Offset = 0;
  uint32_t Length = 1;
  std::string Message;
};

struct SchemaAst {
  std::vector<Block> Blocks;
  std::vector<SyntaxProblem> Problems;
};

} // namespace privlint::prisma
