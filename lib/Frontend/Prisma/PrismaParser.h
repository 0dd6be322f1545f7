// A hand-written parser for the Prisma schema language
// (https://www.prisma.io/docs/orm/reference/prisma-schema-reference),
// following the grammar of prisma-engines' datamodel.pest.
#pragma once

#include "Frontend/Prisma/PrismaAst.h"

#include <string_view>

namespace privlint::prisma {

/// Parses Text; never fails: syntax errors become Problems and parsing
/// resumes with the next line of a block or the next top-level block.
SchemaAst parsePrismaSchema(std::string_view Text);

} // namespace privlint::prisma
