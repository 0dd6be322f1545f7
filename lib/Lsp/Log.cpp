#include "Lsp/Log.h"

#include <cerrno>
#include <cstring>

namespace privlint::lsp {

bool Log::open(const std::string &Path, std::string &Error) {
  if (Path.empty())
    return true;
  FILE *F = std::fopen(Path.c_str(), "ae");
  if (!F) {
    Error = "cannot write '" + Path + "': " + std::strerror(errno);
    return false;
  }
  Out = F;
  return true;
}

void Log::line(const std::string &Text) {
  std::lock_guard<std::mutex> Lock(Mu);
  std::fprintf(Out, "privlint lsp: %s\n", Text.c_str());
  std::fflush(Out);
}

} // namespace privlint::lsp
