#include "Report/InventoryJson.h"
#include "Report/InventoryView.h"
#include "Report/Reporters.h"

#include "Support/JsonWriter.h"
#include "Support/Utf8.h"

#include <algorithm>
#include <sstream>

namespace privlint {

namespace {

// Every string is made valid UTF-8 before it enters the document (names and
// messages: U+FFFD; paths: %XX).
std::string text(const std::string &S) { return sanitizeUtf8(S); }
void textOrNull(JsonWriter &J, const std::string &S) {
  if (S.empty())
    J.null();
  else
    J.value(text(S));
}
std::string path(const std::string &S) { return percentEncodePath(S); }

// The members every position has.
void position(JsonWriter &J, const SourceRange &W) {
  J.member("file", W.File ? path(W.File->path()) : std::string());
  J.member("line", W.File ? W.File->lineOf(W.Begin) : 0);
  J.member("column", W.File ? W.File->columnOf(W.Begin) : 0);
}

// Notes at places, as {file, line, column, message}: a finding's related
// locations, an exposure's hops.
template <class Note>
void notesArray(JsonWriter &J, std::string_view Key, const std::vector<Note> &Notes) {
  J.key(Key);
  J.beginArray();
  for (const auto &X : Notes) {
    J.beginObject();
    position(J, X.Where);
    J.member("message", text(X.Message));
    J.endObject();
  }
  J.endArray();
}

void textArray(JsonWriter &J, std::string_view Key, const std::vector<std::string> &Items) {
  J.key(Key);
  J.beginArray();
  for (const auto &X : Items)
    J.value(text(X));
  J.endArray();
}

} // namespace

// Streamed: findings are written as they are visited, so a run with many
// never holds them twice (once as results, once as a document).
void writeJson(std::ostream &OS, const EngineResult &R) {
  JsonWriter J(OS);
  J.beginObject();
  J.member("version", 1);
  J.key("findings");
  J.beginArray();
  for (const auto &F : R.Findings) {
    J.beginObject();
    J.member("rule", F.RuleId);
    J.member("severity", severityName(F.Sev));
    J.member("message", text(F.Message));
    position(J, F.Where);
    uint32_t End = std::max(F.Where.End, F.Where.Begin);
    J.member("endLine", F.Where.File ? F.Where.File->lineOf(End) : 0);
    J.member("endColumn", F.Where.File ? F.Where.File->columnOf(End) : 0);
    J.key("entity");
    textOrNull(J, F.Entity);
    J.key("field");
    textOrNull(J, F.Field);
    J.key("column_name");
    textOrNull(J, F.ColumnName);
    J.key("category");
    textOrNull(J, F.Category);
    J.member("fingerprint", F.Fingerprint);
    notesArray(J, "related", F.Related);
    J.endObject();
  }
  J.endArray();
  J.key("errors");
  J.beginArray();
  for (const auto &E : R.Errors) {
    J.beginObject();
    J.member("file", path(E.File));
    J.member("line", E.Line);
    J.member("column", E.Column);
    J.member("message", text(E.Message));
    J.endObject();
  }
  J.endArray();
  // With --baseline: the entries that match nothing anymore (additive).
  if (R.StaleBaseline) {
    J.key("stale_baseline_entries");
    J.beginArray();
    for (const auto &E : *R.StaleBaseline) {
      J.beginObject();
      J.member("rule", text(E.Rule));
      J.member("fingerprint", text(E.Fingerprint));
      J.member("file", path(E.File));
      J.member("message", text(E.Message));
      J.endObject();
    }
    J.endArray();
  }
  J.endObject();
  J.finish();
}

static void inventoryField(JsonWriter &J, const InventoryEntry &E, bool Explain,
                           InventoryFieldKeys Keys) {
  J.beginObject();
  position(J, E.Where);
  J.member("entity", text(E.Entity));
  J.member("entity_kind", E.EntityKind);
  J.key("table");
  textOrNull(J, E.Table);
  J.member("field", text(E.Field));
  J.key("column_name");
  textOrNull(J, E.ColumnName);
  J.member("type", text(E.DeclaredType));
  J.member("type_class", E.TypeClass);
  J.key("categories");
  J.beginArray();
  for (const auto &C : E.Categories)
    J.value(text(C.Id));
  J.endArray();
  J.member("protection", E.Protection);
  textArray(J, "evidence", E.ProtectionEvidence);
  J.key("exposures");
  J.beginArray();
  for (const auto &X : E.Exposures) {
    J.beginObject();
    J.member("audience", text(X.Audience));
    J.member("role", text(X.Role));
    J.member("channel", text(X.Channel));
    J.member("via", text(X.Via));
    J.member("file", X.Where.File ? path(X.Where.File->path()) : std::string());
    J.member("line", X.Where.File ? X.Where.File->lineOf(X.Where.Begin) : 0);
    if (!X.Request.empty())
      J.member("request", text(X.Request));
    if (!X.Response.empty())
      J.member("response", text(X.Response));
    // Added within version 1, after the keys above: the hops on the way,
    // then the serializer that returns the field (DRF) when there is one.
    notesArray(J, "path", X.Path);
    if (!X.Serializer.empty())
      J.member("serializer", text(X.Serializer));
    J.endObject();
  }
  J.endArray();
  if (!E.Subject.empty()) {
    J.member("subject", E.Subject);
    textArray(J, "subject_evidence", E.SubjectEvidence);
  }
  if (Explain) {
    J.key("classification");
    J.beginArray();
    for (const auto &C : E.Categories) {
      J.beginObject();
      J.member("category", text(C.Id));
      J.member("strong", C.Strong);
      textArray(J, "evidence", C.Evidence);
      J.endObject();
    }
    J.endArray();
    textArray(J, "rejected", E.Rejections);
  }
  // Added within version 1, last and in this order: where the entity is
  // defined, whether it stores data, the frontend and the unit's root. The
  // data map leaves them out of its fields: its entity rows carry them.
  if (Keys == InventoryFieldKeys::WithEntity) {
    const SourceRange &EW = entityPlace(E);
    J.member("entity_file", EW.File ? path(EW.File->path()) : std::string());
    J.member("entity_line", EW.File ? EW.File->lineOf(EW.Begin) : 0);
    J.member("entity_column", EW.File ? EW.File->columnOf(EW.Begin) : 0);
    J.member("stored", E.Stored);
    J.member("frontend", E.Frontend);
    J.member("root", path(displayUnitRoot(E.Root)));
  }
  J.endObject();
}

// The data map embeds the same objects in its own document.
nlohmann::ordered_json inventoryFieldJson(const InventoryEntry &E, bool Explain,
                                          InventoryFieldKeys Keys) {
  std::ostringstream OS;
  {
    JsonWriter J(OS);
    inventoryField(J, E, Explain, Keys);
  }
  // The writer's output is valid JSON; parse without exceptions all the same.
  return nlohmann::ordered_json::parse(OS.str(), nullptr, /*allow_exceptions=*/false);
}

void writeInventoryJson(std::ostream &OS, const EngineResult &R, bool Explain) {
  JsonWriter J(OS);
  J.beginObject();
  J.member("version", 1);
  J.key("fields");
  J.beginArray();
  for (const auto &E : R.Inventory)
    inventoryField(J, E, Explain, InventoryFieldKeys::WithEntity);
  J.endArray();
  J.endObject();
  J.finish();
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
