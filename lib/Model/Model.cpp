#include "Model/Model.h"

namespace privlint {

const char *typeClassName(TypeClass T) {
  switch (T) {
  case TypeClass::Text:
    return "text";
  case TypeClass::Binary:
    return "binary";
  case TypeClass::Number:
    return "number";
  case TypeClass::Boolean:
    return "boolean";
  case TypeClass::Time:
    return "time";
  case TypeClass::Json:
    return "json";
  case TypeClass::Uuid:
    return "uuid";
  case TypeClass::Network:
    return "network";
  case TypeClass::Enum:
    return "enum";
  case TypeClass::Reference:
    return "reference";
  case TypeClass::Geometry:
    return "geometry";
  case TypeClass::Unknown:
    return "unknown";
  }
  return "unknown";
}

std::optional<TypeClass> parseTypeClass(std::string_view S) {
  static const TypeClass All[] = {TypeClass::Text,      TypeClass::Binary,   TypeClass::Number,
                                  TypeClass::Boolean,   TypeClass::Time,     TypeClass::Json,
                                  TypeClass::Uuid,      TypeClass::Network,  TypeClass::Enum,
                                  TypeClass::Reference, TypeClass::Geometry, TypeClass::Unknown};
  for (TypeClass T : All)
    if (S == typeClassName(T))
      return T;
  return std::nullopt;
}

const char *protectionName(Protection P) {
  switch (P) {
  case Protection::Plaintext:
    return "plaintext";
  case Protection::Encrypted:
    return "encrypted";
  case Protection::Hashed:
    return "hashed";
  case Protection::Unknown:
    return "unknown";
  }
  return "unknown";
}

const char *subjectName(Subject S) {
  switch (S) {
  case Subject::Person:
    return "person";
  case Subject::Organisation:
    return "organisation";
  case Subject::System:
    return "system";
  }
  return "person";
}

const char *entityKindName(EntityKind K) {
  switch (K) {
  case EntityKind::Table:
    return "table";
  case EntityKind::View:
    return "view";
  case EntityKind::MaterializedView:
    return "materialized view";
  case EntityKind::Function:
    return "function";
  case EntityKind::Model:
    return "model";
  case EntityKind::Record:
    return "record";
  case EntityKind::ApiObject:
    return "object";
  }
  return "entity";
}

} // namespace privlint
