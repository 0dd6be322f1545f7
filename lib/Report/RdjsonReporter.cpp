// reviewdog's Diagnostic Format (rdjson): 1-based lines and UTF-8 byte columns.
#include "Report/Reporters.h"
#include "Support/JsonWriter.h"
#include "Support/Utf8.h"

#include <algorithm>

namespace privlint {

namespace {

void range(JsonWriter &J, const SourceRange &W) {
  uint32_t End = std::max(W.End, W.Begin + 1);
  if (End > W.File->text().size())
    End = static_cast<uint32_t>(W.File->text().size());
  J.key("range");
  J.beginObject();
  J.key("start");
  J.beginObject();
  J.member("line", W.File->lineOf(W.Begin));
  J.member("column", W.File->columnOf(W.Begin));
  J.endObject();
  J.key("end");
  J.beginObject();
  J.member("line", W.File->lineOf(End));
  J.member("column", W.File->columnOf(End));
  J.endObject();
  J.endObject();
}

void location(JsonWriter &J, const SourceRange &W, const std::string &Root) {
  J.key("location");
  J.beginObject();
  J.member("path", percentEncodePath(relativeToRoot(W.File->path(), Root)));
  range(J, W);
  J.endObject();
}

} // namespace

// Streamed, like the JSON and SARIF writers.
void writeRdjson(std::ostream &OS, const EngineResult &R) {
  JsonWriter J(OS);
  J.beginObject();
  J.key("source");
  J.beginObject();
  J.member("name", "privlint");
  J.member("url", "https://github.com/privlint/privlint");
  J.endObject();
  J.key("diagnostics");
  J.beginArray();
  for (const auto &F : R.Findings) {
    if (!F.Where.File)
      continue;
    J.beginObject();
    J.member("message", sanitizeUtf8(F.Message));
    location(J, F.Where, R.ProjectRoot);
    J.member("severity", F.Sev == Severity::Error     ? "ERROR"
                         : F.Sev == Severity::Warning ? "WARNING"
                                                      : "INFO");
    J.key("code");
    J.beginObject();
    J.member("value", F.RuleId);
    if (!R.RunConfig.HelpUri.empty())
      J.member("url", helpUriFor(R.RunConfig.HelpUri, F.RuleId));
    J.endObject();
    if (!F.Related.empty()) {
      J.key("related_locations");
      J.beginArray();
      for (const auto &X : F.Related)
        if (X.Where.File) {
          J.beginObject();
          J.member("message", sanitizeUtf8(X.Message));
          location(J, X.Where, R.ProjectRoot);
          J.endObject();
        }
      J.endArray();
    }
    J.endObject();
  }
  J.endArray();
  J.endObject();
  J.finish();
}

std::string helpUriFor(const std::string &Template, const std::string &RuleId) {
  std::string U = Template;
  size_t P = U.find("{rule}");
  if (P != std::string::npos)
    return U.replace(P, 6, RuleId);
  if (!U.empty() && U.back() != '/')
    U += '/';
  return U + RuleId;
}

} // namespace privlint
