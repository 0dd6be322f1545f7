// Inline suppressions applied to a unit's findings: a finding is dropped when
// a suppression at its primary or any related location names its rule. The
// rules of the suppressions stage (unused-suppression) then see the
// suppressions of the reported files, with which of them were used.
#pragma once

#include "Engine/Config.h"
#include "Engine/Finding.h"

#include <functional>
#include <memory>
#include <vector>

namespace privlint {

/// Returns the findings of Raw that are not suppressed and have a location
/// (primary or related) in a reported file (IsGiven), followed by the findings of the
/// suppressions-stage rules over the reported files among Files.
std::vector<Finding> applySuppressions(std::vector<Finding> Raw,
                                       const std::vector<std::unique_ptr<SourceFile>> &Files,
                                       const std::function<bool(const SourceRange &)> &IsGiven,
                                       const Config &Cfg);

} // namespace privlint
