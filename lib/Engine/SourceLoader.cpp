#include "Engine/SourceLoader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace privlint {

bool loadSource(const std::string &Path, const std::string *Override,
                std::unique_ptr<SourceFile> &Out, std::vector<InputProblem> &Problems) {
  std::string Text;
  if (Override) {
    Text = *Override;
  } else {
    std::error_code EC;
    auto Size = fs::file_size(Path, EC);
    if (!EC && Size > MaxFileBytes) {
      Out = std::make_unique<SourceFile>(Path, "");
      Problems.push_back({SourceRange{Out.get(), 0, 0},
                          "file is too large to check (" + std::to_string(Size >> 20) +
                              " MiB; the limit is " + std::to_string(MaxFileBytes >> 20) + " MiB)"});
      return false;
    }
    std::ifstream In(Path, std::ios::binary);
    if (!In) {
      int E = errno;
      Out = std::make_unique<SourceFile>(Path, "");
      Problems.push_back({SourceRange{Out.get(), 0, 0},
                          std::string("cannot read file: ") + std::strerror(E ? E : EIO)});
      return false;
    }
    std::stringstream SS;
    SS << In.rdbuf();
    Text = SS.str();
  }
  // A UTF-8 byte order mark is dropped here, once for every frontend: offsets,
  // lines and columns count from the first byte after it (as editors show them).
  if (Text.compare(0, 3, "\xEF\xBB\xBF") == 0)
    Text.erase(0, 3);
  size_t Probe = std::min<size_t>(Text.size(), 8192);
  bool Binary = std::memchr(Text.data(), '\0', Probe) != nullptr;
  Out = std::make_unique<SourceFile>(Path, Binary ? std::string() : std::move(Text));
  if (Binary) {
    Problems.push_back({SourceRange{Out.get(), 0, 0}, "binary file (it contains NUL bytes); not read"});
    return false;
  }
  long Bad = findInvalidUtf8(Out->text());
  if (Bad >= 0)
    Problems.push_back({SourceRange{Out.get(), static_cast<uint32_t>(Bad), static_cast<uint32_t>(Bad) + 1},
                        "invalid UTF-8 at this byte; the file was read as far as the parser accepts it"});
  return true;
}

} // namespace privlint
