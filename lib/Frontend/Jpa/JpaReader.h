// Java sources: JPA / Hibernate entities (@Entity, @Table, @Column, fields
// and getters, @Convert converters, @ColumnTransformer). Parsed with
// tree-sitter-java; never compiled or run.
#pragma once

#include "Frontend/Orm/OrmProject.h"
#include "Model/Model.h"

namespace privlint {

/// Reads the Java files of one source root into M.
void readJpaProject(const std::vector<OrmFile> &Files, const OrmSettings &S, Model &M);

} // namespace privlint
