#include "ReportOutput.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <streambuf>
#include <unistd.h>
#include <vector>

namespace privlint {

// A streambuf over a file descriptor. std::ofstream hides errno; this keeps
// the first failure's, so the message can give the OS reason.
class ReportOutput::FdBuffer : public std::streambuf {
public:
  FdBuffer(int Fd, bool Owned) : Fd(Fd), Owned(Owned), Space(1 << 16) {
    setp(Space.data(), Space.data() + Space.size());
  }
  ~FdBuffer() override { close(); }

  int fd() const { return Fd; }
  int failure() const { return Errno; }

  /// Closes an owned descriptor; close(2) can report a delayed write error.
  void close() {
    if (Fd < 0 || !Owned)
      return;
    if (::close(Fd) != 0 && !Errno)
      Errno = errno;
    Fd = -1;
  }

protected:
  int_type overflow(int_type C) override {
    if (!drain())
      return traits_type::eof();
    if (!traits_type::eq_int_type(C, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(C);
      pbump(1);
    }
    return traits_type::not_eof(C);
  }
  int sync() override { return drain() ? 0 : -1; }

private:
  bool drain() {
    if (Errno || Fd < 0)
      return false;
    const char *P = pbase();
    while (P < pptr()) {
      ssize_t N = ::write(Fd, P, static_cast<size_t>(pptr() - P));
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0) {
        Errno = N < 0 ? errno : EIO;
        return false;
      }
      P += N;
    }
    setp(Space.data(), Space.data() + Space.size());
    return true;
  }

  int Fd;
  bool Owned;
  int Errno = 0;
  std::vector<char> Space;
};

ReportOutput::ReportOutput(const std::string &Path)
    : Name(Path.empty() ? "standard output" : "'" + Path + "'") {
  int Fd = STDOUT_FILENO;
  int OpenErrno = 0;
  if (!Path.empty()) {
    Fd = ::open(Path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    OpenErrno = errno;
  }
  Buffer = std::make_unique<FdBuffer>(Fd, !Path.empty());
  Stream = std::make_unique<std::ostream>(Buffer.get());
  if (Fd < 0) {
    OpenFailure = OpenErrno;
    Stream->setstate(std::ios::badbit);
  }
}

ReportOutput::~ReportOutput() = default;

bool ReportOutput::isOpen() const { return !OpenFailure; }

std::ostream &ReportOutput::stream() { return *Stream; }

bool ReportOutput::finish() {
  Stream->flush();
  Buffer->close();
  return !OpenFailure && !Buffer->failure() && !Stream->fail();
}

std::string ReportOutput::error() const {
  int E = OpenFailure ? OpenFailure : Buffer->failure();
  return "cannot write " + Name + ": " + std::strerror(E ? E : EIO);
}

} // namespace privlint
