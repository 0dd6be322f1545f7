#include "Terminal.h"

#include <cstdlib>
#include <string_view>
#include <unistd.h>

namespace privlint {
namespace {

// An unset variable reads as empty: every convention here treats the two alike.
std::string_view env(const char *Name) {
  const char *V = std::getenv(Name);
  return V ? V : "";
}

} // namespace

bool colorStdout(const std::string &Flag, bool ToFile) {
  if (Flag != "auto")
    return Flag == "always";
  if (ToFile)
    return false;
  if (!env("FORCE_COLOR").empty())
    return true;
  std::string_view Force = env("CLICOLOR_FORCE");
  if (!Force.empty() && Force != "0")
    return true;
  if (!env("NO_COLOR").empty() || env("CLICOLOR") == "0" || env("TERM") == "dumb")
    return false;
  return stdoutIsTerminal();
}

bool progressAllowed() {
  std::string_view Ci = env("CI");
  bool InCi = !Ci.empty() && Ci != "false" && Ci != "0";
  return !InCi && env("TERM") != "dumb" && isatty(STDERR_FILENO);
}

bool stdoutIsTerminal() { return isatty(STDOUT_FILENO); }

} // namespace privlint
