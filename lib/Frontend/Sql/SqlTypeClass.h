// The type class of a built-in SQL type name: one table for the SQL readers
// and for the readers of ORM schemas that name SQL types (Rails' db/schema.rb),
// so a type is not known to one and unknown to another.
#pragma once

#include "Model/Model.h"

#include <string_view>

namespace privlint {

/// The type class of a built-in type of PostgreSQL, MySQL or SQLite, or of a
/// common alias (string, clob, datetime ...), named in lower case without its
/// schema, modifiers or array brackets: Unknown for any other name
/// (tsvector and tsquery too, which are built in but hold no one value).
TypeClass sqlTypeClass(std::string_view LowerName);

} // namespace privlint
