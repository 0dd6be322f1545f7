// The boundary between the CLI and libprivlint-cxx.so (loaded with dlopen
// only when C++ inputs are present, so plain runs never load libLLVM). Plain
// C++ types: both sides are built by this project with the same compiler.
#pragma once

#include "Model/Model.h"

#include <memory>
#include <string>
#include <vector>

namespace privlint {

struct CxxRequest {
  std::vector<std::string> Files;     // translation units (headers are reached through them)
  std::string BuildDir;               // -p: directory with compile_commands.json
  std::vector<std::string> ExtraArgs; // arguments after "--" (no compilation database)
  std::string ProjectRoot;
  std::vector<std::string> EncryptedTypes;
  std::string HeaderFilter;
  /// No compilation database and no "--" arguments: compile with fallback
  /// flags (as clangd does), skip headers that are not found, and read the
  /// fields of types Clang cannot resolve by their names.
  bool Fallback = false;
  /// Unsaved buffers (absolute path, text) Clang reads instead of the disk.
  std::vector<std::pair<std::string, std::string>> Overlays;
};

struct CxxResult {
  Model M;
  std::vector<std::unique_ptr<SourceFile>> Files;
  std::vector<std::string> Errors; // tool-level failures (no compilation database, ...)
  std::vector<std::string> Notes;  // what the user should know about the analysis
};

using CxxCollectFn = void (*)(const CxxRequest &, CxxResult &);

} // namespace privlint

extern "C" void privlint_cxx_collect(const privlint::CxxRequest &Req, privlint::CxxResult &Res);
