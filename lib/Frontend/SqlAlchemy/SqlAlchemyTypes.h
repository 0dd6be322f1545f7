// Column types of SQLAlchemy, its dialects and SQLAlchemy-Utils, and the
// Python types of `Mapped[...]` annotations, as privlint type classes with
// the strong type signals some of them carry (EmailType, PhoneNumberType,
// EmailStr).
#pragma once

#include "Model/Model.h"

#include <optional>
#include <string_view>

namespace privlint::sqla {

struct KnownType {
  TypeClass Class = TypeClass::Unknown;
  std::string_view Hint; // Field::SourceHint, e.g. "emailtype"; may be empty
  bool Hashed = false;   // the type stores a one-way hash (PasswordType)
  bool Array = false;    // ARRAY(item): the class is the item's
  bool Wrapper = false;  // the first argument is the stored type (MutableDict.as_mutable(JSONB))
};

/// A SQL type class by its class name as written (String, sa.JSONB,
/// EmailType), case-insensitive on the last component; nullopt when unknown.
std::optional<KnownType> columnType(std::string_view Name);

/// A Python type used in a `Mapped[...]` annotation or a SQLModel field
/// (str, int, datetime, uuid.UUID, EmailStr), by its last component.
std::optional<KnownType> annotationType(std::string_view Name);

} // namespace privlint::sqla
