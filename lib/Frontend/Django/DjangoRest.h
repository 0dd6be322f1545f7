// Django REST Framework: which model fields a ModelSerializer returns, which
// views and viewsets serve those serializers, and whether their effective
// permission (permission_classes, else REST_FRAMEWORK's
// DEFAULT_PERMISSION_CLASSES, else DRF's AllowAny) lets anonymous users
// read. Each readable field becomes an Exposure at the view.
#pragma once

#include "Frontend/Django/DjangoModels.h"

namespace privlint::django {

void readRestFramework(const Project &P, const DjangoModels &Models, Model &M);

} // namespace privlint::django
