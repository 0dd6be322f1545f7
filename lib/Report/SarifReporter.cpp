// SARIF 2.1.0 as GitHub code scanning reads it: every rule with short and full
// descriptions and help from its documentation page; results with
// partialFingerprints under privlint/v1; UTF-16 columns; URIs relative to the
// project root under %SRCROOT%.
#include "Engine/RuleRegistry.h"
#include "Report/Reporters.h"
#include "Support/Utf8.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace privlint {

using nlohmann::ordered_json;

namespace {

// The first paragraph under "## What it finds".
std::string fullDescription(const RuleInfo &R) {
  size_t At = R.Doc.find("## What it finds\n");
  if (At == std::string::npos)
    return R.Summary;
  size_t B = R.Doc.find_first_not_of('\n', At + 17);
  size_t E = R.Doc.find("\n\n", B);
  std::string P = R.Doc.substr(B, E == std::string::npos ? std::string::npos : E - B);
  for (char &C : P)
    if (C == '\n')
      C = ' ';
  // A lead-in to a list ("...:") is not a description on its own.
  if (P.empty() || P.back() == ':')
    return R.Summary;
  return P;
}

const char *level(Severity S) {
  return S == Severity::Error ? "error" : S == Severity::Warning ? "warning" : "note";
}

ordered_json physical(const SourceRange &W, const std::string &Root) {
  ordered_json P;
  // RFC 3986: spaces, '#', '%' and non-ASCII bytes of a file name are percent-encoded.
  P["artifactLocation"] = {{"uri", uriEncode(relativeToRoot(W.File->path(), Root))},
                           {"uriBaseId", "%SRCROOT%"}};
  uint32_t BL = W.File->lineOf(W.Begin);
  uint32_t End = std::max(W.End, W.Begin + 1);
  if (End > W.File->text().size())
    End = static_cast<uint32_t>(W.File->text().size());
  uint32_t EL = W.File->lineOf(End);
  uint32_t BC = W.File->utf16Column(BL, W.File->columnOf(W.Begin));
  uint32_t EC = W.File->utf16Column(EL, W.File->columnOf(End));
  if (EL == BL && EC <= BC)
    EC = BC + 1;
  P["region"] = {{"startLine", BL}, {"startColumn", BC}, {"endLine", EL}, {"endColumn", EC}};
  return P;
}

} // namespace

void writeSarif(std::ostream &OS, const EngineResult &R, size_t MaxResults) {
  ordered_json Rules = ordered_json::array();
  std::map<std::string, size_t> RuleIndex;
  for (const auto &Rule : allRules()) {
    RuleIndex[Rule.Id] = Rules.size();
    ordered_json J;
    J["id"] = Rule.Id;
    std::string Name;
    bool Up = true;
    for (char C : Rule.Id) {
      if (C == '-') {
        Up = true;
        continue;
      }
      Name.push_back(Up ? static_cast<char>(std::toupper(static_cast<unsigned char>(C))) : C);
      Up = false;
    }
    J["name"] = Name;
    J["shortDescription"] = {{"text", Rule.Summary}};
    J["fullDescription"] = {{"text", fullDescription(Rule)}};
    J["help"] = {{"text", Rule.Doc}, {"markdown", Rule.Doc}};
    if (!R.RunConfig.HelpUri.empty())
      J["helpUri"] = helpUriFor(R.RunConfig.HelpUri, Rule.Id);
    J["defaultConfiguration"] = {{"level", level(Rule.DefaultSeverity)}};
    J["properties"] = {{"tags", {"security", "privacy"}},
                       {"precision", "high"},
                       {"security-severity", Rule.SecuritySeverity}};
    Rules.push_back(J);
  }
  ordered_json Results = ordered_json::array();
  // Over the limit, keep the most severe results (then in file order) and say
  // how many were left out.
  std::vector<const Finding *> Order;
  for (const auto &F : R.Findings)
    if (F.Where.File)
      Order.push_back(&F);
  size_t Omitted = 0;
  if (Order.size() > MaxResults) {
    std::stable_sort(Order.begin(), Order.end(),
                     [](const Finding *A, const Finding *B) { return A->Sev > B->Sev; });
    Omitted = Order.size() - MaxResults;
    Order.resize(MaxResults);
    std::stable_sort(Order.begin(), Order.end(),
                     [](const Finding *A, const Finding *B) { return findingLess(*A, *B); });
  }
  for (const Finding *FP : Order) {
    const Finding &F = *FP;
    ordered_json J;
    J["ruleId"] = F.RuleId;
    if (auto It = RuleIndex.find(F.RuleId); It != RuleIndex.end())
      J["ruleIndex"] = It->second;
    J["level"] = level(F.Sev);
    J["message"] = {{"text", sanitizeUtf8(F.Message)}};
    J["locations"] =
        ordered_json::array({{{"physicalLocation", physical(F.Where, R.ProjectRoot)}}});
    if (!F.Related.empty()) {
      ordered_json Rel = ordered_json::array();
      int Id = 1;
      for (const auto &X : F.Related) {
        if (!X.Where.File)
          continue;
        Rel.push_back({{"id", Id++},
                       {"physicalLocation", physical(X.Where, R.ProjectRoot)},
                       {"message", {{"text", sanitizeUtf8(X.Message)}}}});
      }
      J["relatedLocations"] = Rel;
    }
    J["partialFingerprints"] = {{"privlint/v1", F.Fingerprint}};
    Results.push_back(J);
  }
  ordered_json Run;
  Run["tool"] = {{"driver",
                  {{"name", "privlint"},
                   {"version", PRIVLINT_VERSION},
                   {"semanticVersion", PRIVLINT_VERSION},
                   {"informationUri", "https://github.com/privlint/privlint"},
                   {"rules", Rules}}}};
  // Errors that stopped part of the run (a missing path) and results left
  // out are told in the invocation.
  ordered_json Notifications = ordered_json::array();
  for (const auto &E : R.Errors)
    Notifications.push_back({{"level", "error"}, {"message", {{"text", E.format()}}}});
  if (Omitted)
    Notifications.push_back(
        {{"level", "warning"},
         {"message",
          {{"text", std::to_string(Omitted) + " results were left out: a run holds at most " +
                        std::to_string(MaxResults) + " results in GitHub code scanning"}}}});
  if (!Notifications.empty())
    Run["invocations"] = ordered_json::array({{{"executionSuccessful", R.Errors.empty()},
                                               {"toolExecutionNotifications", Notifications}}});
  Run["columnKind"] = "utf16CodeUnits";
  Run["results"] = Results;
  ordered_json Root;
  Root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  Root["version"] = "2.1.0";
  Root["runs"] = ordered_json::array({Run});
  OS << Root.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

} // namespace privlint
