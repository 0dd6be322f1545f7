// The run-wide filters applied after every unit has been read: the changed
// lines of --diff-base, the --baseline record, and one report of a finding
// that several units produced. Also puts findings and the inventory in their
// output order.
#pragma once

#include "Engine/Engine.h"

#include <set>
#include <string>

namespace privlint {

/// Filters and sorts Res's findings and inventory as Opts asks; conditions
/// that stop the filtering (git fails, an unreadable baseline) become
/// Res.Errors and leave Res.Checked false. CheckedFiles are the normalized
/// paths of the files whose findings the run reports (stale baseline entries
/// are looked for among them).
void filterResults(const EngineOptions &Opts, const std::set<std::string> &CheckedFiles,
                   EngineResult &Res);

} // namespace privlint
