// What privlint may do to the streams it writes for people: colour them and
// show a progress line. Decided once per run from the flags, whether the
// stream is a terminal, and the conventions of the environment that ruff and
// most command-line tools follow (NO_COLOR, FORCE_COLOR, CLICOLOR_FORCE,
// CLICOLOR, TERM=dumb, CI).
#pragma once

#include <string>

namespace privlint {

/// Whether to colour what goes to standard output, for --color Flag
/// ("auto", "always" or "never"). With "auto": never into a file
/// (--output), FORCE_COLOR (non-empty) or CLICOLOR_FORCE (not 0) colour,
/// else NO_COLOR (non-empty), CLICOLOR=0 and TERM=dumb turn colour off, else
/// standard output is coloured when it is a terminal.
bool colorStdout(const std::string &Flag, bool ToFile);

/// Whether a progress line may be drawn on standard error: only when it is a
/// terminal, TERM is not dumb and the run is not in CI (CI set, other than
/// "false" or "0").
bool progressAllowed();

/// Whether standard output is a terminal.
bool stdoutIsTerminal();

} // namespace privlint
