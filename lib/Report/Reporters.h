// Output formats: clang-style text, JSON (schemas/output-v1.json), SARIF
// 2.1.0 for GitHub code scanning, and the inventory (text and JSON).
#pragma once

#include "Engine/Engine.h"

#include <ostream>

namespace privlint {

struct TextOptions {
  bool Color = false;
};

void writeText(std::ostream &OS, const EngineResult &R, const TextOptions &O);
void writeJson(std::ostream &OS, const EngineResult &R);
void writeSarif(std::ostream &OS, const EngineResult &R);
void writeInventoryText(std::ostream &OS, const EngineResult &R, bool Explain);
void writeInventoryJson(std::ostream &OS, const EngineResult &R, bool Explain);

/// A path relative to the project root, with '/' separators (SARIF URIs).
std::string relativeToRoot(const std::string &Path, const std::string &Root);

} // namespace privlint
