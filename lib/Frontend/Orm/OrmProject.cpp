#include "Frontend/Orm/OrmProject.h"

#include "Frontend/Frontend.h"

namespace privlint {

void OrmFile::use() const {
  if (Unit && !Given)
    Unit->use(File);
}

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
