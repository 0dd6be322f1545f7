// SQLAlchemy declarative mappings.
#include "Frontend/Python/PythonModule.h"

namespace privlint {

void readSqlAlchemy(const std::vector<py::Module> &, const OrmSettings &, Model &) {
  // Declarative classes: being written (issue 5).
}

} // namespace privlint
