#include "Engine/Finding.h"

#include <tuple>

namespace privlint {

const char *severityName(Severity S) {
  switch (S) {
  case Severity::Note:
    return "note";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "warning";
}

std::optional<Severity> parseSeverity(std::string_view S) {
  if (S == "note")
    return Severity::Note;
  if (S == "warning")
    return Severity::Warning;
  if (S == "error")
    return Severity::Error;
  return std::nullopt;
}

bool findingLess(const Finding &A, const Finding &B) {
  const std::string Empty;
  const std::string &PA = A.Where.File ? A.Where.File->path() : Empty;
  const std::string &PB = B.Where.File ? B.Where.File->path() : Empty;
  return std::tie(PA, A.Where.Begin, A.Where.End, A.RuleId, A.Message, A.Fingerprint) <
         std::tie(PB, B.Where.Begin, B.Where.End, B.RuleId, B.Message, B.Fingerprint);
}

} // namespace privlint
