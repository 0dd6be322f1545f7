// Baselines: record the current findings (by fingerprint v1, never by line)
// and later report only findings that are not in the record.
#pragma once

#include "Engine/Finding.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace privlint {

/// Writes a baseline file; returns false and sets Error when it cannot.
bool writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                   const std::string &Root, std::string &Error);

/// Reads the fingerprints of a baseline file.
std::optional<std::multiset<std::string>> readBaseline(const std::string &Path, std::string &Error);

} // namespace privlint
