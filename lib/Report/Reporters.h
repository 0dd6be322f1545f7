// Output formats: clang-style text, JSON (schemas/output-v1.json), SARIF
// 2.1.0 for GitHub code scanning, and the inventory (text and JSON).
#pragma once

#include "Engine/Engine.h"
#include "Support/Paths.h"

#include <ostream>

namespace privlint {

struct TextOptions {
  bool Color = false;
};

void writeText(std::ostream &OS, const EngineResult &R, const TextOptions &O);
void writeJson(std::ostream &OS, const EngineResult &R);
/// SARIF 2.1.0; at most MaxResults results per run (GitHub's limit is 25,000).
void writeSarif(std::ostream &OS, const EngineResult &R, size_t MaxResults = 25000);
void writeGithub(std::ostream &OS, const EngineResult &R);
void writeRdjson(std::ostream &OS, const EngineResult &R);
/// output.help_uri with "{rule}" replaced (or the id appended).
std::string helpUriFor(const std::string &Template, const std::string &RuleId);
void writeInventoryText(std::ostream &OS, const EngineResult &R, bool Explain);
void writeInventoryJson(std::ostream &OS, const EngineResult &R, bool Explain);



} // namespace privlint
