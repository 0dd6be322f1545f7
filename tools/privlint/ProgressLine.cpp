#include "ProgressLine.h"

#include <unistd.h>

namespace privlint {
namespace {

constexpr std::chrono::milliseconds Interval(100);

void writeAll(const std::string &S) {
  const char *P = S.data();
  size_t Left = S.size();
  while (Left) {
    ssize_t N = ::write(STDERR_FILENO, P, Left);
    if (N <= 0)
      return; // a progress line is never worth an error
    P += N;
    Left -= static_cast<size_t>(N);
  }
}

} // namespace

ProgressLine::~ProgressLine() { clear(); }

void ProgressLine::phase(std::string_view Name, size_t Count) {
  std::lock_guard<std::mutex> Lock(M);
  Phase = Name;
  Done = 0;
  Total = Count;
  draw(true);
}

void ProgressLine::advance(size_t Files) {
  std::lock_guard<std::mutex> Lock(M);
  Done += Files;
  draw(Done == Total);
}

void ProgressLine::clear() {
  std::lock_guard<std::mutex> Lock(M);
  if (Drawn)
    writeAll("\r\033[K");
  Drawn = false;
}

void ProgressLine::draw(bool Force) {
  auto Now = std::chrono::steady_clock::now();
  if (!Force && Drawn && Now - LastDraw < Interval)
    return;
  std::string Line = "\r\033[Kprivlint: " + Phase;
  if (Total)
    Line += " " + std::to_string(Done) + "/" + std::to_string(Total) + " files";
  Line += "...";
  writeAll(Line);
  Drawn = true;
  LastDraw = Now;
}

} // namespace privlint
