// Python sources: Django models (+ Django REST Framework serializers, views
// and settings) and SQLAlchemy declarative classes. Parsed with
// tree-sitter-python; never imported or executed.
#pragma once

#include "Frontend/Orm/OrmProject.h"
#include "Model/Model.h"

namespace privlint {

/// Reads the Python files of one source root into M: entities from the
/// model classes, exposures from DRF views, syntax errors as problems.
void readPythonProject(const std::vector<OrmFile> &Files, const OrmSettings &S, Model &M);

} // namespace privlint
