// Output formats: clang-style text, JSON (schemas/output-v1.json), SARIF
// 2.1.0 for GitHub code scanning, and the inventory (text and JSON).
#pragma once

#include "Engine/Engine.h"
#include "Support/Paths.h"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

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
/// check --statistics: the number of findings per rule and per category.
void writeStatistics(std::ostream &OS, const EngineResult &R);
/// output.help_uri with "{rule}" replaced (or the id appended).
std::string helpUriFor(const std::string &Template, const std::string &RuleId);
void writeInventoryText(std::ostream &OS, const EngineResult &R, bool Explain);
void writeInventoryJson(std::ostream &OS, const EngineResult &R, bool Explain);
/// One row per field, RFC 4180 (docs/inventory.md lists the columns).
void writeInventoryCsv(std::ostream &OS, const EngineResult &R);
/// A Fides dataset manifest: one dataset per unit root, its stored entities
/// as collections (schemas/fides-dataset.json).
void writeInventoryFides(std::ostream &OS, const EngineResult &R);
/// The data map: one self-contained HTML page.
void writeInventoryHtml(std::ostream &OS, const EngineResult &R);

/// The commands that write a report; a reporter serves one or both.
enum class ReportCommand : unsigned { Check = 1, Inventory = 2 };

/// What a writer is told besides the result.
struct ReportOptions {
  bool Color = false;   // text: ANSI colours
  bool Explain = false; // inventory --explain: the evidence of each classification
};

using ReportWriter = void (*)(std::ostream &OS, const EngineResult &R, const ReportOptions &O);

/// One `--format NAME` of one or more commands. The table of reporters
/// (ReporterTable.cpp) drives the --format help, its validation and the
/// dispatch, so a new format is one row there and its writer.
struct Reporter {
  std::string_view Name;
  std::string_view Description; // one line, listed by --help
  unsigned Commands;            // ReportCommand bits
  ReportWriter Write;
  bool ErrorDocument; // also written when the run stops with errors (exit 2)
  bool StderrSummary; // for people: the finding counts follow on standard error

  bool serves(ReportCommand C) const { return (Commands & static_cast<unsigned>(C)) != 0; }
};

/// Every reporter, in the order --help lists them.
const std::vector<Reporter> &allReporters();
/// Command C's reporter called Name, or null.
const Reporter *findReporter(std::string_view Name, ReportCommand C);
/// Command C's default: its first reporter.
const Reporter &defaultReporter(ReportCommand C);
/// The names command C accepts, in table order.
std::vector<std::string> reporterNames(ReportCommand C);

} // namespace privlint
