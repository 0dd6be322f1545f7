// Prisma schemas (schema.prisma): models, fields, @map/@@map, native types,
// enums, relations and prisma-field-encryption markers.
#pragma once

#include "Model/Model.h"

namespace privlint {

/// Reads File into M (entities, fields, problems). Returns false when this
/// build has no Prisma reader (the engine then says the file was skipped).
bool readPrismaSchema(const SourceFile &File, Model &M);

} // namespace privlint
