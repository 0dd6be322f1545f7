// What the fuzz targets do with a result: write it in the check formats and
// the inventory formats (with explanations), into one stream. Shared by the
// engine target (a result the pipeline built) and the writer target (one
// built from arbitrary bytes).
#pragma once

#include "Engine/Engine.h"
#include "Report/Reporters.h"

#include <ostream>

namespace privlint {

inline void writeAllFormats(std::ostream &OS, const EngineResult &R) {
  writeText(OS, R, TextOptions{});
  writeJson(OS, R);
  writeSarif(OS, R);
  writeGithub(OS, R);
  writeRdjson(OS, R);
  writeInventoryText(OS, R, true);
  writeInventoryJson(OS, R, true);
}

} // namespace privlint
