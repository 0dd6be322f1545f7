// The language server's log: standard error, or --log FILE. Never standard
// output, which carries the protocol.
#pragma once

#include <cstdio>
#include <mutex>
#include <string>

namespace privlint::lsp {

class Log {
public:
  /// Standard error when Path is empty; false when the file cannot be opened.
  bool open(const std::string &Path, std::string &Error);
  void line(const std::string &Text);

private:
  std::mutex Mu;
  FILE *Out = stderr;
};

} // namespace privlint::lsp
