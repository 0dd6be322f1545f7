#include "Support/Paths.h"

#include <filesystem>

namespace privlint {

std::string relativeToRoot(const std::string &Path, const std::string &Root) {
  namespace fs = std::filesystem;
  std::error_code EC;
  fs::path Abs = fs::absolute(Path, EC).lexically_normal();
  fs::path Rel = Abs.lexically_relative(fs::absolute(Root, EC).lexically_normal());
  if (Rel.empty() || Rel.native().rfind("..", 0) == 0)
    return Abs.generic_string();
  return Rel.generic_string();
}

} // namespace privlint
