#include "model.h"
#include <string>
int countA(const Influencer &I) { return static_cast<int>(I.emails.size()); }
