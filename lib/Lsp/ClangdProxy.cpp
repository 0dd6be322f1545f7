#include "Lsp/ClangdProxy.h"

namespace privlint::lsp {

int runClangdProxy(ServerOptions Opts, Log &L, const std::string &Clangd,
                   const std::vector<std::string> &ClangdArgs, int InFd, int OutFd) {
  L.line("--clangd is not implemented yet");
  return 2;
}

} // namespace privlint::lsp
