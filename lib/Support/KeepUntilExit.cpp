#include "Support/KeepUntilExit.h"

#include <atomic>
#include <mutex>
#include <vector>

namespace privlint {
namespace {

std::atomic<bool> On{false};

// Never destroyed: reachable to the end (a leak checker sees it), freed by
// the exit itself.
struct Kept {
  std::mutex Lock;
  std::vector<std::shared_ptr<void>> Objects;
};
Kept &kept() {
  static Kept *K = new Kept;
  return *K;
}

} // namespace

void setKeepUntilExit(bool Keep) { On = Keep; }

bool keepingUntilExit() { return On; }

namespace detail {
void keep(std::shared_ptr<void> Object) {
  Kept &K = kept();
  std::lock_guard<std::mutex> G(K.Lock);
  K.Objects.push_back(std::move(Object));
}
} // namespace detail

} // namespace privlint
