// "did you mean": the known name closest to a mistyped flag, value,
// subcommand, rule id or configuration key. CLI11 and yaml-cpp have no
// suggestions of their own.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

/// The candidate closest to Typed by edit distance (a transposition counts
/// as one edit), when it is close enough to be a typo: at most one edit in
/// three characters; else the only candidate that Typed is a prefix of. Ties go to the earlier
/// candidate, so the answer does not depend on anything but the order of Candidates.
std::optional<std::string> closestMatch(std::string_view Typed,
                                        const std::vector<std::string> &Candidates);

/// "; did you mean 'X'?" for the closest candidate, or "".
std::string didYouMean(std::string_view Typed, const std::vector<std::string> &Candidates);

} // namespace privlint
