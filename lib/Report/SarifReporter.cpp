// SARIF 2.1.0 as GitHub code scanning reads it: every rule with short and full
// descriptions and help from its documentation page; results with
// partialFingerprints under privlint/v1; UTF-16 columns; URIs relative to the
// project root under %SRCROOT%.
#include "Engine/RuleRegistry.h"
#include "Report/Reporters.h"
#include "Support/JsonWriter.h"
#include "Support/Utf8.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace privlint {

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

// Each file's URI, worked out once: a large file has thousands of results.
using UriCache = std::unordered_map<const SourceFile *, std::string>;

void physical(JsonWriter &J, const SourceRange &W, const std::string &Root, UriCache &Uris) {
  J.beginObject();
  J.key("artifactLocation");
  J.beginObject();
  // RFC 3986: spaces, '#', '%' and non-ASCII bytes of a file name are percent-encoded.
  auto [It, New] = Uris.try_emplace(W.File);
  if (New)
    It->second = uriEncode(relativeToRoot(W.File->path(), Root));
  J.member("uri", It->second);
  J.member("uriBaseId", "%SRCROOT%");
  J.endObject();
  uint32_t BL = W.File->lineOf(W.Begin);
  uint32_t End = std::max(W.End, W.Begin + 1);
  if (End > W.File->text().size())
    End = static_cast<uint32_t>(W.File->text().size());
  uint32_t EL = W.File->lineOf(End);
  uint32_t BC = W.File->utf16Column(BL, W.File->columnOf(W.Begin));
  uint32_t EC = W.File->utf16Column(EL, W.File->columnOf(End));
  if (EL == BL && EC <= BC)
    EC = BC + 1;
  J.key("region");
  J.beginObject();
  J.member("startLine", BL);
  J.member("startColumn", BC);
  J.member("endLine", EL);
  J.member("endColumn", EC);
  J.endObject();
  J.endObject();
}

void textObject(JsonWriter &J, std::string_view Key, std::string_view Text) {
  J.key(Key);
  J.beginObject();
  J.member("text", Text);
  J.endObject();
}

void rule(JsonWriter &J, const RuleInfo &Rule, const EngineResult &R) {
  J.beginObject();
  J.member("id", Rule.Id);
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
  J.member("name", Name);
  textObject(J, "shortDescription", Rule.Summary);
  textObject(J, "fullDescription", fullDescription(Rule));
  J.key("help");
  J.beginObject();
  J.member("text", Rule.Doc);
  J.member("markdown", Rule.Doc);
  J.endObject();
  if (!R.RunConfig.HelpUri.empty())
    J.member("helpUri", helpUriFor(R.RunConfig.HelpUri, Rule.Id));
  J.key("defaultConfiguration");
  J.beginObject();
  J.member("level", level(Rule.DefaultSeverity));
  J.endObject();
  J.key("properties");
  J.beginObject();
  J.key("tags");
  J.beginArray();
  J.value("security");
  J.value("privacy");
  J.endArray();
  J.member("precision", "high");
  J.member("security-severity", Rule.SecuritySeverity);
  J.endObject();
  J.endObject();
}

} // namespace

// Streamed: results are written as they are visited, never held as one
// document (a large schema has tens of thousands).
void writeSarif(std::ostream &OS, const EngineResult &R, size_t MaxResults) {
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
  JsonWriter J(OS);
  UriCache Uris;
  J.beginObject();
  J.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  J.member("version", "2.1.0");
  J.key("runs");
  J.beginArray();
  J.beginObject();
  J.key("tool");
  J.beginObject();
  J.key("driver");
  J.beginObject();
  J.member("name", "privlint");
  J.member("version", PRIVLINT_VERSION);
  J.member("semanticVersion", PRIVLINT_VERSION);
  J.member("informationUri", "https://github.com/privlint/privlint");
  J.key("rules");
  J.beginArray();
  std::map<std::string, size_t> RuleIndex;
  size_t Rules = 0;
  for (const auto &Rule : allRules()) {
    RuleIndex[Rule.Id] = Rules++;
    rule(J, Rule, R);
  }
  J.endArray();
  J.endObject();
  J.endObject();
  // Errors that stopped part of the run (a missing path) and results left
  // out are told in the invocation.
  if (!R.Errors.empty() || Omitted) {
    J.key("invocations");
    J.beginArray();
    J.beginObject();
    J.member("executionSuccessful", R.Errors.empty());
    J.key("toolExecutionNotifications");
    J.beginArray();
    auto Notification = [&](const char *Level, const std::string &Text) {
      J.beginObject();
      J.member("level", Level);
      textObject(J, "message", Text);
      J.endObject();
    };
    for (const auto &E : R.Errors)
      Notification("error", E.format());
    if (Omitted)
      Notification("warning", std::to_string(Omitted) +
                                  " results were left out: a run holds at most " +
                                  std::to_string(MaxResults) + " results in GitHub code scanning");
    J.endArray();
    J.endObject();
    J.endArray();
  }
  J.member("columnKind", "utf16CodeUnits");
  J.key("results");
  J.beginArray();
  for (const Finding *FP : Order) {
    const Finding &F = *FP;
    J.beginObject();
    J.member("ruleId", F.RuleId);
    if (auto It = RuleIndex.find(F.RuleId); It != RuleIndex.end())
      J.member("ruleIndex", It->second);
    J.member("level", level(F.Sev));
    textObject(J, "message", sanitizeUtf8(F.Message));
    J.key("locations");
    J.beginArray();
    J.beginObject();
    J.key("physicalLocation");
    physical(J, F.Where, R.ProjectRoot, Uris);
    J.endObject();
    J.endArray();
    if (!F.Related.empty()) {
      J.key("relatedLocations");
      J.beginArray();
      int Id = 1;
      for (const auto &X : F.Related) {
        if (!X.Where.File)
          continue;
        J.beginObject();
        J.member("id", Id++);
        J.key("physicalLocation");
        physical(J, X.Where, R.ProjectRoot, Uris);
        textObject(J, "message", sanitizeUtf8(X.Message));
        J.endObject();
      }
      J.endArray();
    }
    J.key("partialFingerprints");
    J.beginObject();
    J.member("privlint/v1", F.Fingerprint);
    J.endObject();
    J.endObject();
  }
  J.endArray();
  J.endObject();
  J.endArray();
  J.endObject();
  J.finish();
}

} // namespace privlint
