#include "Frontend/LoadedLibrary.h"

#include <cstdlib>
#include <dlfcn.h>
#include <filesystem>
#include <map>
#include <mutex>
#include <vector>

namespace fs = std::filesystem;

namespace privlint {

void *loadFrontendSymbol(const char *LibName, const char *EnvVar, const char *Symbol,
                         std::string &Err) {
  static std::mutex Mu;
  static std::map<std::string, std::pair<void *, std::string>> Loaded; // symbol -> (fn, error)
  std::lock_guard<std::mutex> Lock(Mu);
  if (auto It = Loaded.find(Symbol); It != Loaded.end()) {
    Err = It->second.second;
    return It->second.first;
  }
  std::vector<std::string> Candidates;
  if (const char *Env = std::getenv(EnvVar))
    Candidates.emplace_back(Env);
  std::error_code EC;
  fs::path Exe = fs::read_symlink("/proc/self/exe", EC);
  if (!EC) {
    Candidates.push_back((Exe.parent_path() / ".." / "lib" / LibName).string());
    Candidates.push_back((Exe.parent_path() / ".." / "lib" / "privlint" / LibName).string());
  }
  std::string LoadError;
  void *Fn = nullptr;
  for (const auto &C : Candidates) {
    void *H = dlopen(C.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!H) {
      LoadError = dlerror();
      continue;
    }
    Fn = dlsym(H, Symbol);
    if (Fn) {
      LoadError.clear();
      break;
    }
    LoadError = std::string(Symbol) + " not found in " + C;
  }
  if (!Fn && LoadError.empty())
    LoadError = std::string(LibName) + " not found";
  Loaded[Symbol] = {Fn, LoadError};
  Err = LoadError;
  return Fn;
}

} // namespace privlint
