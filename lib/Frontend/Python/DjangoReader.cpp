// Django models and Django REST Framework exposure.
#include "Frontend/Python/PythonModule.h"

namespace privlint {

void readDjango(const std::vector<py::Module> &, const OrmSettings &, Model &) {
  // Models, serializers, views and settings: being written (issue 5).
}

} // namespace privlint
