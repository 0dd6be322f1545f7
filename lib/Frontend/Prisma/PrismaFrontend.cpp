#include "Frontend/Prisma/PrismaFrontend.h"

namespace privlint {

// Not written yet (issue: more database schemas).
bool readPrismaSchema(const SourceFile &, Model &) { return false; }

} // namespace privlint
