// The reporters: one row per --format of each command, in the order --help
// lists them. The first row of a command is its default.
#include "Report/Reporters.h"

#include <cassert>

namespace privlint {
namespace {

constexpr unsigned Check = static_cast<unsigned>(ReportCommand::Check);
constexpr unsigned Inventory = static_cast<unsigned>(ReportCommand::Inventory);

void text(std::ostream &OS, const EngineResult &R, const ReportOptions &O) {
  writeText(OS, R, TextOptions{O.Color});
}
void json(std::ostream &OS, const EngineResult &R, const ReportOptions &) { writeJson(OS, R); }
void sarif(std::ostream &OS, const EngineResult &R, const ReportOptions &) { writeSarif(OS, R); }
void github(std::ostream &OS, const EngineResult &R, const ReportOptions &) { writeGithub(OS, R); }
void rdjson(std::ostream &OS, const EngineResult &R, const ReportOptions &) { writeRdjson(OS, R); }
void inventoryText(std::ostream &OS, const EngineResult &R, const ReportOptions &O) {
  writeInventoryText(OS, R, O.Explain);
}
void inventoryJson(std::ostream &OS, const EngineResult &R, const ReportOptions &O) {
  writeInventoryJson(OS, R, O.Explain);
}
void inventoryCsv(std::ostream &OS, const EngineResult &R, const ReportOptions &) {
  writeInventoryCsv(OS, R);
}
void inventoryFides(std::ostream &OS, const EngineResult &R, const ReportOptions &) {
  writeInventoryFides(OS, R);
}
void inventoryHtml(std::ostream &OS, const EngineResult &R, const ReportOptions &) {
  writeInventoryHtml(OS, R);
}

} // namespace

const std::vector<Reporter> &allReporters() {
  static const std::vector<Reporter> Table = {
      {"text", "clang-style diagnostics with the source line and a caret", Check, text, false,
       true},
      {"json", "findings and errors as JSON (schemas/output-v1.json)", Check, json, true, false},
      {"sarif", "SARIF 2.1.0 for GitHub code scanning", Check, sarif, false, false},
      {"github", "GitHub Actions workflow commands (annotations)", Check, github, false, false},
      {"rdjson", "reviewdog diagnostic format", Check, rdjson, false, false},
      {"text", "one line per field: categories, protection, exposures", Inventory, inventoryText,
       false, false},
      {"json", "the fields as JSON (schemas/inventory-v1.json)", Inventory, inventoryJson, false,
       false},
      {"csv", "one row per field for spreadsheets (RFC 4180, UTF-8)", Inventory, inventoryCsv,
       false, false},
      {"fides", "a Fides dataset manifest of the stored entities (YAML)", Inventory, inventoryFides,
       false, false},
      {"html", "the data map: one self-contained page (with -o FILE)", Inventory, inventoryHtml,
       false, false},
  };
  return Table;
}

const Reporter *findReporter(std::string_view Name, ReportCommand C) {
  for (const auto &R : allReporters())
    if (R.serves(C) && R.Name == Name)
      return &R;
  return nullptr;
}

const Reporter &defaultReporter(ReportCommand C) {
  for (const auto &R : allReporters())
    if (R.serves(C))
      return R;
  assert(false && "every command has a reporter");
  return allReporters().front();
}

std::vector<std::string> reporterNames(ReportCommand C) {
  std::vector<std::string> Names;
  for (const auto &R : allReporters())
    if (R.serves(C))
      Names.emplace_back(R.Name);
  return Names;
}

} // namespace privlint
