// One field, one finding: the same schema is often described in several
// places (schema.prisma and the SQL migrations Prisma generates from it;
// db/schema.rb, db/structure.sql and db/migrate). The authoritative
// description (the file a developer edits) is the primary model; the derived
// ones are merged into it so each column is one field with every place that
// defines it.
#pragma once

#include "Model/Model.h"

namespace privlint {

/// Merges Derived into Primary. Entities match by table name (Entity::Table,
/// else Name; exact, else ignoring case) and fields by column name
/// (Field::ColumnName, else Name). A matched field keeps the primary's
/// definition and verdict and gains the derived definitions as
/// OtherDefinitions (the rules report them as related locations). Derived
/// entities and fields with no primary counterpart are added as they are;
/// exposures and problems are carried over, re-pointed at the merged fields.
void mergeDerivedModel(Model &Primary, Model &&Derived);

} // namespace privlint
