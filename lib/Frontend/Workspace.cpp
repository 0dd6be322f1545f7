#include "Frontend/Workspace.h"

#include "Support/Utf8.h"

#include "Engine/Discovery.h"
#include "Support/PathCache.h"

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace privlint {

void Workspace::setBuffer(const std::string &Normalized, std::string Text) {
  Buffers[Normalized] = std::move(Text);
}

void Workspace::clearBuffer(const std::string &Normalized) { Buffers.erase(Normalized); }

const std::string *Workspace::buffer(const std::string &Normalized) const {
  auto It = Buffers.find(Normalized);
  return It == Buffers.end() ? nullptr : &It->second;
}

std::string Workspace::head(const std::string &Path, size_t Max) const {
  if (const std::string *B = buffer(absolutePath(Path).lexically_normal().string()))
    return B->substr(0, Max);
  std::ifstream In(Path, std::ios::binary);
  std::string Head(Max, '\0');
  In.read(Head.data(), static_cast<std::streamsize>(Head.size()));
  Head.resize(static_cast<size_t>(In.gcount()));
  // Content sniffing sees UTF-16 and UTF-32 files as they are loaded: decoded.
  if (std::string Decoded; decodeUtf16Or32(Head, Decoded))
    return Decoded.substr(0, Max);
  return Head;
}

std::vector<std::string>
Workspace::walk(const std::string &Root, const std::vector<std::string> &Excludes,
                const std::function<bool(const std::string &)> &Filter) const {
  std::vector<std::string> Missing, Out;
  for (const auto &DF : discoverFiles({Root.empty() ? "." : Root}, Excludes, Missing))
    if (Filter(DF.Path))
      Out.push_back(Root.empty() && DF.Path.starts_with("./") ? DF.Path.substr(2) : DF.Path);
  return Out;
}

void Workspace::recordReads(const std::set<std::string> &Checked,
                            const std::vector<std::string> &Read) {
  auto Shared = std::make_shared<const std::set<std::string>>(Checked);
  for (const auto &R : Read) {
    auto &Sets = Dependents[R];
    if (Sets.empty() || Sets.back() != Shared) // a file the unit read twice
      Sets.push_back(Shared);
  }
}

std::vector<std::string> Workspace::dependentsOf(const std::string &Normalized) const {
  auto It = Dependents.find(Normalized);
  if (It == Dependents.end())
    return {};
  std::set<std::string> All;
  for (const auto &S : It->second)
    All.insert(S->begin(), S->end());
  return {All.begin(), All.end()};
}

std::shared_ptr<const void> Workspace::cached(const std::string &Key) const {
  std::lock_guard<std::mutex> Lock(CacheMu);
  auto It = Cache.find(Key);
  return It == Cache.end() ? nullptr : It->second;
}

void Workspace::forgetFile(const std::string &Normalized) const {
  std::lock_guard<std::mutex> Lock(CacheMu);
  Cache.erase(fileKey(Normalized));
}

void Workspace::store(const std::string &Key, std::shared_ptr<const void> Value) const {
  std::lock_guard<std::mutex> Lock(CacheMu);
  Cache[Key] = std::move(Value);
}

} // namespace privlint
