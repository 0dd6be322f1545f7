// git, asked the same way wherever privlint needs it (--diff-base, what a
// work tree ignores): no shell, no pager, no fsmonitor hook, no optional
// locks, and names as they are (core.quotePath=false).
#pragma once

#include "Support/Process.h"

#include <optional>
#include <string>
#include <vector>

namespace privlint {

/// Runs `git -C Dir ARGS...` with the fixed options above.
ProcessResult runGit(const std::string &Dir, const std::vector<std::string> &Args);

/// The top level of the work tree holding Dir (symbolic links resolved), or
/// nullopt when Dir is not inside one (or git cannot be run).
std::optional<std::string> gitTopLevel(const std::string &Dir);

/// Splits NUL-terminated records (`-z` output).
std::vector<std::string> splitNul(const std::string &Text);

} // namespace privlint
