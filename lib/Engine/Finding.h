// A diagnostic produced by a rule, after filtering, as every reporter sees it.
#pragma once

#include "Model/Model.h"

#include <optional>
#include <string>
#include <vector>

namespace privlint {

enum class Severity : uint8_t { Note = 0, Warning = 1, Error = 2 };
const char *severityName(Severity S);
std::optional<Severity> parseSeverity(std::string_view S);

struct RelatedLocation {
  SourceRange Where;
  std::string Message;
  /// Another definition of the finding's field (a generated migration, a
  /// derived schema), not only an explanation. Like every location of a
  /// finding, it makes the finding reported when it is in a file the run
  /// was given or on a line --diff-base counts as changed.
  bool SameField = false;
};

struct Finding {
  std::string RuleId;
  Severity Sev = Severity::Warning;
  std::string Message;
  SourceRange Where;
  std::string Entity; // qualified name
  std::string Field;
  std::string ColumnName; // database column when it differs from the field
  std::string Category;
  std::string Fingerprint;
  std::vector<RelatedLocation> Related;
};

/// Stable ordering for output: file, line, column, rule, message.
bool findingLess(const Finding &A, const Finding &B);

} // namespace privlint
