#include "Engine/SourceLoader.h"
#include "Support/Utf8.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace privlint {

namespace {

// Reads Path into Text. Only regular files are read (a FIFO would block, a
// device may never end), and never more than MaxFileBytes + 1 bytes: the size
// a file had when it was listed is no promise. Returns an error message, or
// empty on success; TooLarge is set when the cap was reached, with SizeSeen
// the file's size when it was known beforehand, else 0.
std::string readRegularFile(const std::string &Path, std::string &Text, bool &TooLarge,
                            uint64_t &SizeSeen, FileStamp *Stamp) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  int Fd = ::open(Path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (Fd < 0)
    return std::string("cannot read file: ") + std::strerror(errno);
  struct stat St;
  if (::fstat(Fd, &St) != 0 || !S_ISREG(St.st_mode)) {
    ::close(Fd);
    return "not a regular file; not read";
  }
  if (Stamp) {
    Stamp->Dev = static_cast<uint64_t>(St.st_dev);
    Stamp->Ino = static_cast<uint64_t>(St.st_ino);
    Stamp->Size = static_cast<uint64_t>(St.st_size);
    Stamp->MtimeNs = int64_t(St.st_mtim.tv_sec) * 1000000000 + St.st_mtim.tv_nsec;
    Stamp->CtimeNs = int64_t(St.st_ctim.tv_sec) * 1000000000 + St.st_ctim.tv_nsec;
    Stamp->Valid = true;
  }
  SizeSeen = static_cast<uint64_t>(St.st_size);
  if (SizeSeen > MaxFileBytes) {
    ::close(Fd);
    TooLarge = true;
    return {};
  }
  Text.resize(std::max<size_t>(static_cast<size_t>(SizeSeen) + 1, 4096));
  size_t Have = 0;
  while (true) {
    if (Have == Text.size()) {
      if (Have > MaxFileBytes)
        break;
      Text.resize(std::min<size_t>(Text.size() * 2, MaxFileBytes + 1));
    }
    ssize_t N = ::read(Fd, Text.data() + Have, Text.size() - Have);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0) {
      int E = errno;
      ::close(Fd);
      Text.clear();
      return std::string("cannot read file: ") + std::strerror(E);
    }
    if (N == 0)
      break;
    Have += static_cast<size_t>(N);
  }
  ::close(Fd);
  Text.resize(Have);
  if (Have > MaxFileBytes) {
    TooLarge = true;
    SizeSeen = 0; // it grew while read, or says size 0 (a /proc file)
    Text.clear();
  }
  return {};
}

} // namespace

bool loadSource(const std::string &Path, const std::string *Override,
                std::unique_ptr<SourceFile> &Out, std::vector<InputProblem> &Problems,
                FileStamp *Stamp) {
  std::string Text;
  if (Override) {
    Text = *Override;
  } else {
    bool TooLarge = false;
    uint64_t Size = 0;
    std::string Err = readRegularFile(Path, Text, TooLarge, Size, Stamp);
    if (!Err.empty() || TooLarge) {
      Out = std::make_unique<SourceFile>(Path, "");
      if (TooLarge)
        Err = "file is too large to check (" +
              (Size ? std::to_string(Size >> 20) + " MiB"
                    : std::string("more than ") + std::to_string(MaxFileBytes >> 20) + " MiB") +
              "; the limit is " + std::to_string(MaxFileBytes >> 20) + " MiB)";
      Problems.push_back({SourceRange{Out.get(), 0, 0}, Err});
      return false;
    }
  }
  // A UTF-8 byte order mark is dropped here, once for every frontend: offsets,
  // lines and columns count from the first byte after it (as editors show them).
  if (Text.starts_with("\xEF\xBB\xBF"))
    Text.erase(0, 3);
  // UTF-16 and UTF-32 (Windows editors save them) are decoded to UTF-8:
  // offsets, lines and columns count in the decoded text.
  if (std::string Decoded; decodeUtf16Or32(Text, Decoded))
    Text = std::move(Decoded);
  size_t Probe = std::min<size_t>(Text.size(), 8192);
  bool Binary = std::string_view(Text).substr(0, Probe).find('\0') != std::string_view::npos;
  Out = std::make_unique<SourceFile>(Path, Binary ? std::string() : std::move(Text));
  if (Binary) {
    Problems.push_back(
        {SourceRange{Out.get(), 0, 0}, "binary file (it contains NUL bytes); not read"});
    return false;
  }
  long Bad = findInvalidUtf8(Out->text());
  if (Bad >= 0)
    Problems.push_back(
        {SourceRange{Out.get(), static_cast<uint32_t>(Bad), static_cast<uint32_t>(Bad) + 1},
         "invalid UTF-8 at this byte; the file was read as far as the parser accepts it"});
  return true;
}

} // namespace privlint
