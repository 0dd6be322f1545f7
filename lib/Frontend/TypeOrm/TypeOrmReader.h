// TypeScript sources: TypeORM entities (@Entity classes and their @Column
// fields, embedded entities, typeorm-encrypted transformers). Parsed with
// tree-sitter-typescript; never compiled or run.
#pragma once

#include "Frontend/Orm/OrmProject.h"
#include "Model/Model.h"

namespace privlint {

/// Reads the TypeScript files of one source root into M.
void readTypeOrmProject(const std::vector<OrmFile> &Files, const OrmSettings &S, Model &M);

} // namespace privlint
