// A progress line on standard error, redrawn in place ("\r", erase to the end
// of the line) at most ten times a second and erased before the report is
// written: the phase, and the files done out of the total. main.cpp creates
// one only when progressAllowed() and not --quiet, so pipes, files and CI
// logs never see it.
#pragma once

#include "Engine/Progress.h"

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace privlint {

class ProgressLine : public ProgressObserver {
public:
  ProgressLine() = default;
  ~ProgressLine() override;
  ProgressLine(const ProgressLine &) = delete;
  ProgressLine &operator=(const ProgressLine &) = delete;

  void phase(std::string_view Name, size_t Count) override;
  void advance(size_t Files) override;
  /// Erases the line; standard error is as if nothing had been drawn.
  void clear();

private:
  void draw(bool Force); // with the mutex held

  std::mutex M;
  std::string Phase;
  size_t Done = 0, Total = 0;
  bool Drawn = false;
  std::chrono::steady_clock::time_point LastDraw;
};

} // namespace privlint
