// What a run reports while it works, for a progress line on a terminal. The
// engine calls it from its worker threads; an observer synchronises itself.
// Observing never changes what the run computes or reports.
#pragma once

#include <cstddef>
#include <string_view>

namespace privlint {

class ProgressObserver {
public:
  virtual ~ProgressObserver() = default;
  /// A new phase ("finding files", "checking", "filtering"); Total is the
  /// number of files it goes through, or 0 when it does not count them.
  virtual void phase(std::string_view Name, size_t Total) = 0;
  /// Files of the current phase that are done, since the last call.
  virtual void advance(size_t Files) = 0;
};

} // namespace privlint
