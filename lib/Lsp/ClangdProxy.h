// `privlint lsp --clangd PATH [-- ARGS]`: privlint in front of clangd. The
// client talks to one server; clangd runs as a child and sees every message
// about C and C++ files, privlint adds its diagnostics and code actions to
// clangd's and answers for every other file itself.
#pragma once

#include "Lsp/Log.h"
#include "Lsp/Server.h"

#include <string>
#include <vector>

namespace privlint::lsp {

/// Runs the proxy until exit; returns the exit code.
int runClangdProxy(ServerOptions Opts, Log &L, const std::string &Clangd,
                   const std::vector<std::string> &ClangdArgs, int InFd, int OutFd);

} // namespace privlint::lsp
