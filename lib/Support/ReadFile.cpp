#include "Support/ReadFile.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace privlint {

int readWholeFile(const std::string &Path, std::string &Text) {
  int Fd = ::open(Path.c_str(), O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return errno;
  char Buf[1 << 16];
  while (true) {
    ssize_t N = ::read(Fd, Buf, sizeof Buf);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0) {
      int E = errno;
      ::close(Fd);
      return E;
    }
    if (N == 0)
      break;
    Text.append(Buf, static_cast<size_t>(N));
  }
  ::close(Fd);
  return 0;
}

} // namespace privlint
