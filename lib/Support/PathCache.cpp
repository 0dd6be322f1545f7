#include "Support/PathCache.h"

#include <mutex>
#include <optional>
#include <unordered_map>

namespace fs = std::filesystem;

namespace privlint {
namespace {

struct Cache {
  std::mutex Mu;
  std::optional<fs::path> Cwd;
  std::unordered_map<std::string, bool> Exists;
};

Cache &cache() {
  static Cache C;
  return C;
}

} // namespace

const fs::path &cachedCurrentDirectory() {
  Cache &C = cache();
  std::lock_guard<std::mutex> Lock(C.Mu);
  if (!C.Cwd) {
    std::error_code EC;
    C.Cwd = fs::current_path(EC);
  }
  return *C.Cwd;
}

fs::path absolutePath(const fs::path &P) {
  if (P.is_absolute())
    return P;
  const fs::path &Cwd = cachedCurrentDirectory();
  std::error_code EC;
  if (P.empty() || Cwd.empty()) // as fs::absolute has it
    return fs::absolute(P, EC);
  return Cwd / P;
}

bool existsCached(const fs::path &P) {
  Cache &C = cache();
  {
    std::lock_guard<std::mutex> Lock(C.Mu);
    if (auto It = C.Exists.find(P.native()); It != C.Exists.end())
      return It->second;
  }
  std::error_code EC;
  bool E = fs::exists(P, EC);
  std::lock_guard<std::mutex> Lock(C.Mu);
  C.Exists.emplace(P.native(), E);
  return E;
}

void clearPathCache() {
  Cache &C = cache();
  std::lock_guard<std::mutex> Lock(C.Mu);
  C.Cwd.reset();
  C.Exists.clear();
}

} // namespace privlint
