#include "Report/InventoryJson.h"
#include "Report/Reporters.h"

#include "Support/Utf8.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace privlint {

using nlohmann::ordered_json;

namespace {

// Every string is made valid UTF-8 before it enters the document (names and
// messages: U+FFFD; paths: %XX), so dump() never meets an invalid byte.
std::string text(const std::string &S) { return sanitizeUtf8(S); }
ordered_json textOrNull(const std::string &S) {
  return S.empty() ? ordered_json(nullptr) : ordered_json(text(S));
}
std::string path(const std::string &S) { return percentEncodePath(S); }

ordered_json position(const SourceRange &W) {
  ordered_json J;
  J["file"] = W.File ? path(W.File->path()) : "";
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
    Out["message"] = text(F.Message);
    Out["file"] = J["file"];
    Out["line"] = J["line"];
    Out["column"] = J["column"];
    uint32_t End = std::max(F.Where.End, F.Where.Begin);
    Out["endLine"] = F.Where.File ? F.Where.File->lineOf(End) : 0;
    Out["endColumn"] = F.Where.File ? F.Where.File->columnOf(End) : 0;
    Out["entity"] = textOrNull(F.Entity);
    Out["field"] = textOrNull(F.Field);
    Out["column_name"] = textOrNull(F.ColumnName);
    Out["category"] = textOrNull(F.Category);
    Out["fingerprint"] = F.Fingerprint;
    ordered_json Rel = ordered_json::array();
    for (const auto &X : F.Related) {
      ordered_json P = position(X.Where);
      P["message"] = text(X.Message);
      Rel.push_back(P);
    }
    Out["related"] = Rel;
    Findings.push_back(Out);
  }
  Root["findings"] = Findings;
  Root["errors"] = ordered_json::array();
  for (const auto &E : R.Errors) {
    ordered_json J;
    J["file"] = path(E.File);
    J["line"] = E.Line;
    J["column"] = E.Column;
    J["message"] = text(E.Message);
    Root["errors"].push_back(J);
  }
  // With --baseline: the entries that match nothing anymore (additive).
  if (R.StaleBaseline) {
    Root["stale_baseline_entries"] = ordered_json::array();
    for (const auto &E : *R.StaleBaseline)
      Root["stale_baseline_entries"].push_back({{"rule", text(E.Rule)},
                                                {"fingerprint", text(E.Fingerprint)},
                                                {"file", path(E.File)},
                                                {"message", text(E.Message)}});
  }
  OS << Root.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

ordered_json inventoryFieldJson(const InventoryEntry &E, bool Explain) {
  ordered_json J = position(E.Where);
  J["entity"] = text(E.Entity);
  J["entity_kind"] = E.EntityKind;
  J["table"] = textOrNull(E.Table);
  J["field"] = text(E.Field);
  J["column_name"] = textOrNull(E.ColumnName);
  J["type"] = text(E.DeclaredType);
  J["type_class"] = E.TypeClass;
  ordered_json Cats = ordered_json::array();
  for (const auto &C : E.Categories)
    Cats.push_back(text(C.Id));
  J["categories"] = Cats;
  J["protection"] = E.Protection;
  ordered_json Ev = ordered_json::array();
  for (const auto &X : E.ProtectionEvidence)
    Ev.push_back(text(X));
  J["evidence"] = Ev;
  ordered_json Xs = ordered_json::array();
  for (const auto &X : E.Exposures) {
    ordered_json XJ;
    XJ["audience"] = text(X.Audience);
    XJ["role"] = text(X.Role);
    XJ["channel"] = text(X.Channel);
    XJ["via"] = text(X.Via);
    XJ["file"] = X.Where.File ? path(X.Where.File->path()) : "";
    XJ["line"] = X.Where.File ? X.Where.File->lineOf(X.Where.Begin) : 0;
    if (!X.Request.empty())
      XJ["request"] = text(X.Request);
    if (!X.Response.empty())
      XJ["response"] = text(X.Response);
    Xs.push_back(XJ);
  }
  J["exposures"] = Xs;
  if (!E.Subject.empty()) {
    J["subject"] = E.Subject;
    ordered_json SEv = ordered_json::array();
    for (const auto &X : E.SubjectEvidence)
      SEv.push_back(text(X));
    J["subject_evidence"] = SEv;
  }
  if (Explain) {
    ordered_json Cl = ordered_json::array();
    for (const auto &C : E.Categories) {
      ordered_json CEv = ordered_json::array();
      for (const auto &X : C.Evidence)
        CEv.push_back(text(X));
      Cl.push_back({{"category", text(C.Id)}, {"strong", C.Strong}, {"evidence", CEv}});
    }
    J["classification"] = Cl;
    ordered_json Rj = ordered_json::array();
    for (const auto &X : E.Rejections)
      Rj.push_back(text(X));
    J["rejected"] = Rj;
  }
  return J;
}

void writeInventoryJson(std::ostream &OS, const EngineResult &R, bool Explain) {
  ordered_json Root;
  Root["version"] = 1;
  Root["fields"] = ordered_json::array();
  for (const auto &E : R.Inventory)
    Root["fields"].push_back(inventoryFieldJson(E, Explain));
  OS << Root.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

void writeInventoryText(std::ostream &OS, const EngineResult &R, bool Explain) {
  for (const auto &E : R.Inventory) {
    OS << path(E.Where.File->path()) << ':' << E.Where.File->lineOf(E.Where.Begin) << ':'
       << E.Where.File->columnOf(E.Where.Begin) << ": " << text(E.Entity) << '.' << text(E.Field)
       << " (" << (E.DeclaredType.empty() ? "?" : text(E.DeclaredType)) << "): ";
    for (size_t I = 0; I < E.Categories.size(); ++I)
      OS << (I ? ", " : "") << E.Categories[I].Id;
    if (E.Categories.empty())
      OS << "no personal-data category";
    if (!E.Subject.empty() && E.Subject != "person")
      OS << " (" << E.Subject << "'s)"; // the contact rules report only a person's data
    OS << "; " << E.Protection;
    if (E.Exposures.empty())
      OS << "; not exposed";
    for (const auto &X : E.Exposures)
      OS << "; readable by " << text(X.Role.empty() ? X.Audience : X.Role) << " (" << X.Channel
         << ", "
         << (X.Where.File ? path(X.Where.File->path()) + ":" +
                                std::to_string(X.Where.File->lineOf(X.Where.Begin))
                          : "")
         << ")";
    OS << '\n';
    if (!Explain)
      continue;
    for (const auto &C : E.Categories)
      for (const auto &Ev : C.Evidence)
        OS << "    category " << C.Id << ": " << text(Ev) << '\n';
    for (const auto &Ev : E.SubjectEvidence)
      OS << "    subject " << E.Subject << ": " << text(Ev) << '\n';
    for (const auto &Ev : E.ProtectionEvidence)
      OS << "    protection " << E.Protection << ": " << text(Ev) << '\n';
    for (const auto &Rj : E.Rejections)
      OS << "    no category: " << text(Rj) << '\n';
  }
}

} // namespace privlint
