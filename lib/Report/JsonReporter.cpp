#include "Report/Reporters.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace privlint {

using nlohmann::ordered_json;

namespace {

ordered_json position(const SourceRange &W) {
  ordered_json J;
  J["file"] = W.File ? W.File->path() : "";
  J["line"] = W.File ? W.File->lineOf(W.Begin) : 0;
  J["column"] = W.File ? W.File->columnOf(W.Begin) : 0;
  return J;
}

} // namespace

void writeJson(std::ostream &OS, const EngineResult &R) {
  ordered_json Root;
  Root["version"] = 1;
  ordered_json Findings = ordered_json::array();
  for (const auto &F : R.Findings) {
    ordered_json J = position(F.Where);
    ordered_json Out;
    Out["rule"] = F.RuleId;
    Out["severity"] = severityName(F.Sev);
    Out["message"] = F.Message;
    Out["file"] = J["file"];
    Out["line"] = J["line"];
    Out["column"] = J["column"];
    uint32_t End = std::max(F.Where.End, F.Where.Begin);
    Out["endLine"] = F.Where.File ? F.Where.File->lineOf(End) : 0;
    Out["endColumn"] = F.Where.File ? F.Where.File->columnOf(End) : 0;
    Out["entity"] = F.Entity.empty() ? ordered_json(nullptr) : ordered_json(F.Entity);
    Out["field"] = F.Field.empty() ? ordered_json(nullptr) : ordered_json(F.Field);
    Out["column_name"] = F.ColumnName.empty() ? ordered_json(nullptr) : ordered_json(F.ColumnName);
    Out["category"] = F.Category.empty() ? ordered_json(nullptr) : ordered_json(F.Category);
    Out["fingerprint"] = F.Fingerprint;
    ordered_json Rel = ordered_json::array();
    for (const auto &X : F.Related) {
      ordered_json P = position(X.Where);
      P["message"] = X.Message;
      Rel.push_back(P);
    }
    Out["related"] = Rel;
    Findings.push_back(Out);
  }
  Root["findings"] = Findings;
  Root["errors"] = ordered_json::array();
  for (const auto &E : R.Errors) {
    ordered_json J;
    J["file"] = E.File;
    J["line"] = E.Line;
    J["column"] = E.Column;
    J["message"] = E.Message;
    Root["errors"].push_back(J);
  }
  // With --baseline: the entries that match nothing anymore (additive).
  if (R.StaleBaseline) {
    Root["stale_baseline_entries"] = ordered_json::array();
    for (const auto &E : *R.StaleBaseline)
      Root["stale_baseline_entries"].push_back(
          {{"rule", E.Rule}, {"fingerprint", E.Fingerprint}, {"file", E.File}, {"message", E.Message}});
  }
  OS << Root.dump(2) << '\n';
}

static ordered_json inventoryField(const InventoryEntry &E, bool Explain) {
  ordered_json J = position(E.Where);
  J["entity"] = E.Entity;
  J["entity_kind"] = E.EntityKind;
  J["table"] = E.Table.empty() ? ordered_json(nullptr) : ordered_json(E.Table);
  J["field"] = E.Field;
  J["column_name"] = E.ColumnName.empty() ? ordered_json(nullptr) : ordered_json(E.ColumnName);
  J["type"] = E.DeclaredType;
  J["type_class"] = E.TypeClass;
  ordered_json Cats = ordered_json::array();
  for (const auto &C : E.Categories)
    Cats.push_back(C.Id);
  J["categories"] = Cats;
  J["protection"] = E.Protection;
  J["evidence"] = E.ProtectionEvidence;
  ordered_json Xs = ordered_json::array();
  for (const auto &X : E.Exposures) {
    ordered_json XJ;
    XJ["audience"] = X.Audience;
    XJ["role"] = X.Role;
    XJ["channel"] = X.Channel;
    XJ["via"] = X.Via;
    XJ["file"] = X.Where.File ? X.Where.File->path() : "";
    XJ["line"] = X.Where.File ? X.Where.File->lineOf(X.Where.Begin) : 0;
    Xs.push_back(XJ);
  }
  J["exposures"] = Xs;
  if (Explain) {
    ordered_json Cl = ordered_json::array();
    for (const auto &C : E.Categories)
      Cl.push_back({{"category", C.Id}, {"strong", C.Strong}, {"evidence", C.Evidence}});
    J["classification"] = Cl;
    J["rejected"] = E.Rejections;
  }
  return J;
}

void writeInventoryJson(std::ostream &OS, const EngineResult &R, bool Explain) {
  ordered_json Root;
  Root["version"] = 1;
  Root["fields"] = ordered_json::array();
  for (const auto &E : R.Inventory)
    Root["fields"].push_back(inventoryField(E, Explain));
  OS << Root.dump(2) << '\n';
}

void writeInventoryText(std::ostream &OS, const EngineResult &R, bool Explain) {
  for (const auto &E : R.Inventory) {
    OS << E.Where.File->path() << ':' << E.Where.File->lineOf(E.Where.Begin) << ':'
       << E.Where.File->columnOf(E.Where.Begin) << ": " << E.Entity << '.' << E.Field << " ("
       << (E.DeclaredType.empty() ? "?" : E.DeclaredType) << "): ";
    for (size_t I = 0; I < E.Categories.size(); ++I)
      OS << (I ? ", " : "") << E.Categories[I].Id;
    if (E.Categories.empty())
      OS << "no personal-data category";
    OS << "; " << E.Protection;
    if (E.Exposures.empty())
      OS << "; not exposed";
    for (const auto &X : E.Exposures)
      OS << "; readable by " << X.Role << " (" << X.Channel << ", "
         << (X.Where.File ? X.Where.File->path() + ":" + std::to_string(X.Where.File->lineOf(X.Where.Begin)) : "")
         << ")";
    OS << '\n';
    if (!Explain)
      continue;
    for (const auto &C : E.Categories)
      for (const auto &Ev : C.Evidence)
        OS << "    category " << C.Id << ": " << Ev << '\n';
    for (const auto &Ev : E.ProtectionEvidence)
      OS << "    protection " << E.Protection << ": " << Ev << '\n';
    for (const auto &Rj : E.Rejections)
      OS << "    no category: " << Rj << '\n';
  }
}

} // namespace privlint
