// reviewdog's Diagnostic Format (rdjson): 1-based lines and UTF-8 byte columns.
#include "Report/Reporters.h"
#include "Support/Utf8.h"

#include <nlohmann/json.hpp>

namespace privlint {

void writeRdjson(std::ostream &OS, const EngineResult &R) {
  using nlohmann::ordered_json;
  auto Range = [&](const SourceRange &W) {
    uint32_t End = std::max(W.End, W.Begin + 1);
    if (End > W.File->text().size())
      End = static_cast<uint32_t>(W.File->text().size());
    return ordered_json{
        {"start", {{"line", W.File->lineOf(W.Begin)}, {"column", W.File->columnOf(W.Begin)}}},
        {"end", {{"line", W.File->lineOf(End)}, {"column", W.File->columnOf(End)}}}};
  };
  ordered_json Root;
  Root["source"] = {{"name", "privlint"}, {"url", "https://github.com/privlint/privlint"}};
  Root["diagnostics"] = ordered_json::array();
  for (const auto &F : R.Findings) {
    if (!F.Where.File)
      continue;
    ordered_json D;
    D["message"] = sanitizeUtf8(F.Message);
    D["location"] = {
        {"path", percentEncodePath(relativeToRoot(F.Where.File->path(), R.ProjectRoot))},
        {"range", Range(F.Where)}};
    D["severity"] = F.Sev == Severity::Error     ? "ERROR"
                    : F.Sev == Severity::Warning ? "WARNING"
                                                 : "INFO";
    ordered_json Code = {{"value", F.RuleId}};
    if (!R.RunConfig.HelpUri.empty())
      Code["url"] = helpUriFor(R.RunConfig.HelpUri, F.RuleId);
    D["code"] = Code;
    if (!F.Related.empty()) {
      D["related_locations"] = ordered_json::array();
      for (const auto &X : F.Related)
        if (X.Where.File)
          D["related_locations"].push_back(
              {{"message", sanitizeUtf8(X.Message)},
               {"location",
                {{"path", percentEncodePath(relativeToRoot(X.Where.File->path(), R.ProjectRoot))},
                 {"range", Range(X.Where)}}}});
    }
    Root["diagnostics"].push_back(D);
  }
  OS << Root.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
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
