// Where a command writes its report: standard output or --output FILE, as a
// std::ostream that remembers why a write failed. A full disk or a closed
// pipe is an error (exit 2), never a silent exit 0 with a truncated report.
#pragma once

#include <memory>
#include <ostream>
#include <string>

namespace privlint {

class ReportOutput {
public:
  /// Standard output when Path is empty, else Path (created or truncated).
  explicit ReportOutput(const std::string &Path);
  ~ReportOutput();
  ReportOutput(const ReportOutput &) = delete;
  ReportOutput &operator=(const ReportOutput &) = delete;

  /// False when the file could not be opened; error() says why.
  bool isOpen() const;
  std::ostream &stream();
  /// Flushes, and closes a file. True when every byte reached the OS.
  bool finish();
  /// "cannot write 'FILE': <OS reason>" (or "standard output").
  std::string error() const;

private:
  class FdBuffer;
  std::string Name;
  int OpenFailure = 0; // errno of open(2)
  std::unique_ptr<FdBuffer> Buffer;
  std::unique_ptr<std::ostream> Stream;
};

} // namespace privlint
