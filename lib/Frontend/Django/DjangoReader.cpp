// Django models and Django REST Framework exposure: the classes of every
// module of the source root are indexed once; models become entities, and
// views whose permission lets anonymous users read become exposures of the
// model fields their serializers return.
#include "Frontend/Django/DjangoModels.h"
#include "Frontend/Django/DjangoRest.h"

namespace privlint {

void readDjango(const py::Project &Names, const OrmSettings &S, Model &M) {
  django::Project P(Names);
  django::DjangoModels Models(P, S, M);
  django::readRestFramework(P, Models, M);
}

} // namespace privlint
