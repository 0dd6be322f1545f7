// Baselines: record the current findings (by fingerprint v1, never by line)
// and later report only findings that are not in the record.
#pragma once

#include "Engine/Finding.h"

#include <optional>
#include <string>
#include <vector>

namespace privlint {

/// Writes a baseline file; returns false and sets Error when it cannot.
bool writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                   const std::string &Root, std::string &Error);

/// One recorded finding. Matching uses the fingerprint only; the rest is for
/// people (and tells which file a stale entry was about).
struct BaselineEntry {
  std::string Rule, Fingerprint, File, Message;
};

/// Reads the entries of a baseline file, in file order.
std::optional<std::vector<BaselineEntry>> readBaseline(const std::string &Path, std::string &Error);

} // namespace privlint
