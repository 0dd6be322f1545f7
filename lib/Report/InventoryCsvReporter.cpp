// `privlint inventory --format csv`: one row per field for spreadsheets.
// RFC 4180 (CRLF rows, a header row, fields quoted when they hold a comma,
// a quote or a line break), UTF-8 with a byte order mark so that spreadsheet
// programs do not guess a legacy code page. The columns are documented in
// docs/inventory.md.
#include "Report/InventoryView.h"
#include "Report/Reporters.h"

#include "Support/Utf8.h"

namespace privlint {
namespace {

// A text cell that a spreadsheet would read as a formula (=, +, -, @, or a
// leading tab or CR) gets a leading apostrophe: a column named
// "=HYPERLINK(...)" must stay text (OWASP "CSV injection").
std::string cell(std::string_view Raw, bool Text = true) {
  std::string S = sanitizeUtf8(Raw);
  if (Text && !S.empty() && std::string_view("=+-@\t\r").find(S[0]) != std::string_view::npos)
    S.insert(S.begin(), '\'');
  if (S.find_first_of(",\"\r\n") == std::string::npos)
    return S;
  std::string Q = "\"";
  for (char C : S) {
    if (C == '"')
      Q += '"';
    Q += C;
  }
  return Q + '"';
}

std::string joined(const std::vector<std::string> &Items) {
  std::string S;
  for (const auto &I : Items)
    S += (S.empty() ? "" : "; ") + I;
  return S;
}

} // namespace

void writeInventoryCsv(std::ostream &OS, const EngineResult &R) {
  static const char *const Columns[] = {
      "file",        "line",       "column",     "frontend",    "entity",
      "entity_kind", "table",      "field",      "column_name", "type",
      "type_class",  "categories", "subject",    "protection",  "protection_evidence",
      "anonymous",   "exposures",  "reported_by"};
  OS << "\xEF\xBB\xBF";
  bool First = true;
  for (const char *C : Columns) {
    OS << (First ? "" : ",") << C;
    First = false;
  }
  OS << "\r\n";
  auto Reported = rulesReportingFields(R);
  for (size_t I = 0; I < R.Inventory.size(); ++I) {
    const InventoryEntry &E = R.Inventory[I];
    std::vector<std::string> Cats, Exposures;
    for (const auto &C : E.Categories)
      Cats.push_back(C.Id);
    bool Anonymous = false;
    for (const auto &X : E.Exposures) {
      Anonymous |= X.Audience == "anonymous";
      std::string Who = X.Role.empty() ? X.Audience : X.Role;
      std::string Where = fileLine(X.Where);
      Exposures.push_back(Who + " via " + X.Via + " (" + X.Channel +
                          (Where.empty() ? "" : ", " + Where) + ")");
    }
    const SourceFile *F = E.Where.File;
    OS << cell(F ? percentEncodePath(F->path()) : "") << ','
       << (F ? std::to_string(F->lineOf(E.Where.Begin)) : "") << ','
       << (F ? std::to_string(F->columnOf(E.Where.Begin)) : "") << ',' << cell(E.Frontend) << ','
       << cell(E.Entity) << ',' << cell(E.EntityKind) << ',' << cell(E.Table) << ','
       << cell(E.Field) << ',' << cell(E.ColumnName) << ',' << cell(E.DeclaredType) << ','
       << cell(E.TypeClass) << ',' << cell(joined(Cats)) << ',' << cell(E.Subject) << ','
       << cell(E.Protection) << ',' << cell(joined(E.ProtectionEvidence)) << ','
       << (Anonymous ? "yes" : "no") << ',' << cell(joined(Exposures)) << ','
       << cell(joined(Reported[I])) << "\r\n";
  }
}

} // namespace privlint
