// .privlint.yaml: found upward from each linted file like .clang-tidy (the
// nearest wins; --config overrides). Every key is typed and validated; each
// error names the file, line, column and key, and all of them are reported.
#pragma once

#include "Classify/Taxonomy.h"
#include "Engine/Finding.h"
#include "Engine/OptionSchema.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct RuleConfig {
  bool Off = false;
  std::optional<Severity> Sev;
  std::optional<std::vector<std::string>> Categories;
  std::optional<std::vector<std::string>> ExcludeCategories;
};

struct Config {
  std::string Path; // empty for the built-in defaults
  std::map<std::string, RuleConfig> Rules;
  ClassifyOverrides Classify;
  std::vector<std::string> PathExcludes;
  std::vector<std::string> PathIncludes; // when set, only matching files are read
  std::optional<Severity> FailOn;        // fail_on
  std::string HelpUri;                   // output.help_uri, "{rule}" replaced by the rule id
  /// baseline: a file written by `check --write-baseline` whose findings
  /// `check` and `lsp` do not report (a --baseline on the command line
  /// replaces it), as written; BaselineLine/Column locate the value.
  std::string Baseline;
  unsigned BaselineLine = 0, BaselineColumn = 0;
  /// The values of the keys frontends declare (Frontend::declareOptions),
  /// by "section.name", as written; unset keys are absent.
  std::map<std::string, std::vector<std::string>, std::less<>> ListOptions;
  std::map<std::string, std::string, std::less<>> StringOptions;
  /// Where each key set in the file was written ("sql.preset" -> line:col).
  std::map<std::string, std::string> Origins;

  /// A declared list option: its value, else its declared default.
  const std::vector<std::string> &list(std::string_view Key) const;
  /// A declared string option: its value, else its declared default.
  const std::string &string(std::string_view Key) const;
  /// Whether the configuration file sets Key.
  bool isSet(std::string_view Key) const;
  /// The baseline key's file: absolute, or relative to the directory of the
  /// configuration file; "" when the key is not set.
  std::string baselinePath() const;
};

/// Every configuration key the frontends declare (lib/Frontend/FrontendList.cpp).
const OptionSchema &frontendOptions();

struct ConfigError {
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string Message;
  std::string format() const;
};

/// Parses configuration text. KnownRules validates rules.<id>. On failure,
/// appends every error found (each with its line and column, in document
/// order; malformed YAML stops at the first) and returns nothing.
std::optional<Config> parseConfig(const std::string &Path, const std::string &Text,
                                  const std::vector<std::string> &KnownRules,
                                  std::vector<ConfigError> &Errs);
/// The same for a file; a file that cannot be read is one error with the
/// OS reason.
std::optional<Config> loadConfigFile(const std::string &Path,
                                     const std::vector<std::string> &KnownRules,
                                     std::vector<ConfigError> &Errs);

} // namespace privlint
