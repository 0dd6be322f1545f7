// Running a program (git) without a shell: arguments are passed as they are,
// so no path or revision is ever re-parsed by sh, and both output streams
// are captured.
#pragma once

#include <string>
#include <vector>

namespace privlint {

struct ProcessResult {
  /// False when the program could not be started (StartError says why).
  bool Started = false;
  std::string StartError;
  /// The exit status; -1 when the program was killed by a signal.
  int ExitCode = -1;
  std::string Out, Err;

  bool succeeded() const { return Started && ExitCode == 0; }
  /// The first line of standard error, or the start error: for messages.
  std::string reason() const;
};

/// Runs Argv[0] (looked up in PATH) with standard input from /dev/null and
/// waits for it. Never throws.
ProcessResult runProcess(const std::vector<std::string> &Argv);

} // namespace privlint
