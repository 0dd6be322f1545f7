// A GraphQL SDL parser written from the specification's grammar (type
// system definitions and extensions; executable definitions are skipped).
// Errors are values: a syntax error is recorded with its offset and parsing
// resumes at the next top-level definition.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct GqlValue {
  enum class Kind : uint8_t { Scalar, List, Object } K = Kind::Scalar;
  std::string Text;              // scalars, enum values, strings (unquoted)
  std::vector<std::string> Keys; // objects
  std::vector<GqlValue> Items;   // lists; objects: one per key
};

struct GqlDirective {
  std::string Name; // without '@'
  uint32_t Begin = 0, End = 0;
  std::vector<std::string> ArgNames;
  std::vector<GqlValue> ArgValues;
  const GqlValue *arg(std::string_view N) const;
};

struct GqlType {
  std::string Text;  // as written: [User!]!
  std::string Named; // User
};

struct GqlField {
  std::string Name;
  uint32_t Begin = 0, End = 0;
  GqlType Type;
  std::string Description;
  std::vector<std::string> Comments; // '#' lines just above
  std::vector<GqlDirective> Directives;
};

struct GqlTypeDef {
  enum class Kind : uint8_t {
    Object,
    Interface,
    Input,
    Union,
    Enum,
    Scalar,
    Schema
  } K = Kind::Object;
  bool Extension = false;
  std::string Name;
  uint32_t Begin = 0, End = 0; // the name token
  std::string Description;
  std::vector<std::string> Implements;
  std::vector<GqlDirective> Directives;
  std::vector<GqlField> Fields;     // objects, interfaces, inputs
  std::vector<std::string> Members; // unions
  // schema { query: Q ... }: operation type -> type name
  std::vector<std::pair<std::string, std::string>> RootTypes;
};

struct GqlError {
  uint32_t Offset = 0;
  std::string Message;
};

struct GqlDocument {
  std::vector<GqlTypeDef> Defs;
  std::vector<GqlError> Errors;
};

GqlDocument parseGraphQl(std::string_view Text);

} // namespace privlint
