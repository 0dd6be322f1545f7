// Prisma schemas (schema.prisma): models, fields, @map/@@map, native types,
// enums, relations and prisma-field-encryption markers.
#pragma once

#include "Model/Model.h"

namespace privlint {

/// Reads File into M: one entity per model, view and composite type, with
/// its fields and their protection; syntax errors become M.Problems. Returns
/// true (false is kept for builds without a Prisma reader: the engine then
/// says the file was skipped).
bool readPrismaSchema(const SourceFile &File, Model &M);

} // namespace privlint
