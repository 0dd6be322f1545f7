// Python sources: Django models with DRF serializers, views and settings, and
// SQLAlchemy mappings (PythonReader.cpp), per source root.
#include "Frontend/Orm/OrmSourceFrontend.h"
#include "Frontend/Python/PythonReader.h"

namespace privlint {

const Frontend &pythonFrontend() {
  static const OrmSourceFrontend F({"python",
                                    "python",
                                    {".py", ".pyi"},
                                    {"manage.py", "pyproject.toml", "setup.py", "setup.cfg"},
                                    false,
                                    readPythonProject});
  return F;
}

} // namespace privlint
