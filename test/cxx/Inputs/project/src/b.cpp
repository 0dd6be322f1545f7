#include "model.h"
struct Local {
  std::string email;
};
int countB(const Influencer &I, const Local &L) { return static_cast<int>(I.id + L.email.size()); }
