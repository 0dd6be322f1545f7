#include "Frontend/Orm/OrmProject.h"

namespace privlint {

bool listedType(const std::string &Name, const std::vector<std::string> &Types) {
  auto Last = [](const std::string &S) {
    size_t P = S.find_last_of(".:");
    return P == std::string::npos ? S : S.substr(P + 1);
  };
  for (const auto &T : Types)
    if (T == Name || Last(T) == Last(Name))
      return true;
  return false;
}

} // namespace privlint
