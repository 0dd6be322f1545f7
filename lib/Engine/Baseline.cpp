#include "Engine/Baseline.h"

#include "Support/Paths.h"
#include "Support/ReadFile.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>

namespace privlint {

bool writeBaseline(const std::string &Path, const std::vector<Finding> &Findings,
                   const std::string &Root, std::string &Error) {
  nlohmann::ordered_json J;
  J["version"] = 1;
  J["tool"] = "privlint";
  J["findings"] = nlohmann::ordered_json::array();
  for (const auto &F : Findings) {
    nlohmann::ordered_json E;
    E["rule"] = F.RuleId;
    E["fingerprint"] = F.Fingerprint;
    // For people reading the file; matching uses the fingerprint only.
    E["file"] = F.Where.File ? relativeToRoot(F.Where.File->path(), Root) : "";
    E["message"] = F.Message;
    J["findings"].push_back(E);
  }
  errno = 0;
  std::ofstream Out(Path, std::ios::binary);
  if (Out)
    Out << J.dump(2) << '\n';
  if (Out)
    Out.close(); // a full disk shows here
  if (!Out) {
    Error = "cannot write baseline '" + Path + "': " + std::strerror(errno ? errno : EIO);
    return false;
  }
  return true;
}

std::optional<std::vector<BaselineEntry>> readBaseline(const std::string &Path,
                                                       std::string &Error) {
  std::string Raw;
  if (int E = readWholeFile(Path, Raw)) {
    Error = "cannot read baseline '" + Path + "': " + std::strerror(E);
    return std::nullopt;
  }
  nlohmann::json J = nlohmann::json::parse(Raw, nullptr, /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.is_object() || J.value("version", 0) != 1 || !J.contains("findings") ||
      !J["findings"].is_array()) {
    Error = "'" + Path + "' is not a privlint baseline (version 1)";
    return std::nullopt;
  }
  std::vector<BaselineEntry> Out;
  auto Text = [](const nlohmann::json &E, const char *Key) {
    auto It = E.find(Key);
    return It != E.end() && It->is_string() ? It->get<std::string>() : std::string();
  };
  for (const auto &E : J["findings"]) {
    if (!E.is_object() || !E.contains("fingerprint") || !E["fingerprint"].is_string()) {
      Error = "'" + Path + "': a baseline entry has no fingerprint";
      return std::nullopt;
    }
    Out.push_back({Text(E, "rule"), Text(E, "fingerprint"), Text(E, "file"), Text(E, "message")});
  }
  return Out;
}

} // namespace privlint
