// `privlint inventory --format html`: the data map, one self-contained page.
// The page embeds the inventory as JSON (schemas/inventory-v1.json with the
// data-map properties: entity rows, access paths, the hops of each exposure,
// counts) and the project's own script and styles (lib/Report/html); it
// loads nothing (its Content-Security-Policy forbids every fetch).
#include "Report/HtmlAssets.h"
#include "Report/InventoryJson.h"
#include "Report/InventoryView.h"
#include "Report/Reporters.h"

#include "Support/Utf8.h"

#include <map>

namespace privlint {
namespace {

using nlohmann::ordered_json;

// The document the page renders. Fields with no category (only listed with
// --explain) are left out: the map shows personal data.
ordered_json mapDocument(const EngineResult &R) {
  auto Reported = rulesReportingFields(R);
  ordered_json Fields = ordered_json::array(), Entities = ordered_json::array(),
               Paths = ordered_json::array();
  std::map<std::tuple<std::string, uint32_t, std::string>, size_t> EntityIndex;
  std::map<std::string, size_t> StringIndex;
  ordered_json Strings = ordered_json::array();
  size_t Plaintext = 0, Anonymous = 0;
  for (size_t I = 0; I < R.Inventory.size(); ++I) {
    const InventoryEntry &E = R.Inventory[I];
    if (E.Categories.empty())
      continue;
    size_t FieldIndex = Fields.size();
    ordered_json J = inventoryFieldJson(E, /*Explain=*/false, InventoryFieldKeys::WithoutEntity);
    // The classification's evidence repeats across fields ("type text can
    // hold email address"): each text once, in `strings`, referred to by
    // index, keeps a 2,000-entity page under 5 MB.
    ordered_json Refs = ordered_json::array();
    for (const auto &C : E.Categories) {
      ordered_json Ev = ordered_json::array();
      for (const auto &X : C.Evidence) {
        auto [SI, NewString] = StringIndex.emplace(sanitizeUtf8(X), Strings.size());
        if (NewString)
          Strings.push_back(SI->first);
        Ev.push_back(SI->second);
      }
      Refs.push_back({{"category", sanitizeUtf8(C.Id)}, {"strong", C.Strong}, {"evidence", Ev}});
    }
    J["classification_refs"] = std::move(Refs);
    if (!Reported[I].empty())
      J["reported_by"] = Reported[I];
    Plaintext += reportsPlaintextContact(Reported[I]);
    Anonymous += reportsAnonymousContact(Reported[I]);

    const SourceRange &EW = entityPlace(E);
    std::string EFile = EW.File ? percentEncodePath(EW.File->path()) : "";
    auto Key = std::make_tuple(EFile, EW.Begin, E.Entity);
    auto [It, New] = EntityIndex.emplace(Key, Entities.size());
    if (New) {
      ordered_json Row;
      Row["entity"] = sanitizeUtf8(E.Entity);
      Row["entity_kind"] = E.EntityKind;
      Row["frontend"] = E.Frontend;
      Row["file"] = EFile;
      Row["line"] = EW.File ? EW.File->lineOf(EW.Begin) : 0;
      Row["stored"] = E.Stored;
      Row["fields"] = ordered_json::array();
      Entities.push_back(Row);
    }
    Entities[It->second]["fields"].push_back(FieldIndex);

    // Each exposure's object carries its `path`, the notes on the way (the
    // exposing statement is the exposure's file and line).
    for (size_t X = 0; X < E.Exposures.size(); ++X) {
      const auto &Exp = E.Exposures[X];
      if (Exp.Audience != "anonymous")
        continue;
      AccessPath P = accessPathOf(Exp);
      Paths.push_back({{"audience_kind", P.AudienceKind},
                       {"audience", sanitizeUtf8(P.Audience)},
                       {"mechanism_kind", P.MechanismKind},
                       {"mechanism", sanitizeUtf8(P.Mechanism)},
                       {"entity", It->second},
                       {"field", FieldIndex},
                       {"exposure", X}});
    }
    Fields.push_back(std::move(J));
  }
  ordered_json Root;
  Root["version"] = 1;
  Root["fields"] = std::move(Fields);
  Root["summary"] = {{"fields", Root["fields"].size()},
                     {"entities", Entities.size()},
                     {"plaintext_contact_fields", Plaintext},
                     {"anonymous_contact_fields", Anonymous}};
  Root["entities"] = std::move(Entities);
  Root["access_paths"] = std::move(Paths);
  Root["strings"] = std::move(Strings);
  return Root;
}

// JSON inside <script>: '<', '>' and '&' as \u escapes (only strings can
// hold them), so no "</script>" or "<!--" in a name can end the element.
std::string scriptSafe(const std::string &Json) {
  std::string Out;
  Out.reserve(Json.size() + (Json.size() / 32));
  for (char C : Json) {
    switch (C) {
    case '<':
      Out += "\\u003c";
      break;
    case '>':
      Out += "\\u003e";
      break;
    case '&':
      Out += "\\u0026";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

// Writes Template with each /*privlint:NAME*/ slot replaced.
void fill(std::ostream &OS, std::string_view Template,
          const std::map<std::string_view, std::string_view> &Slots) {
  constexpr std::string_view Open = "/*privlint:";
  size_t At = 0;
  while (true) {
    size_t S = Template.find(Open, At);
    size_t E = S == std::string_view::npos ? S : Template.find("*/", S);
    if (E == std::string_view::npos) {
      OS << Template.substr(At);
      return;
    }
    OS << Template.substr(At, S - At);
    auto It = Slots.find(Template.substr(S + Open.size(), E - S - Open.size()));
    if (It != Slots.end())
      OS << It->second;
    At = E + 2;
  }
}

} // namespace

void writeInventoryHtml(std::ostream &OS, const EngineResult &R) {
  std::string Data =
      scriptSafe(mapDocument(R).dump(-1, ' ', false, ordered_json::error_handler_t::replace));
  fill(OS, html::MapHtml, {{"style", html::MapCss}, {"data", Data}, {"script", html::MapJs}});
}

} // namespace privlint
