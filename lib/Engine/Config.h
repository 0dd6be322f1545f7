// .privlint.yaml: found upward from each linted file like .clang-tidy (the
// nearest wins; --config overrides). Every key is typed and validated; an
// error names the file, line, column and key.
#pragma once

#include "Classify/Taxonomy.h"
#include "Engine/Finding.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace privlint {

struct RuleConfig {
  bool Off = false;
  std::optional<Severity> Sev;
  std::optional<std::vector<std::string>> Categories;
};

struct Config {
  std::string Path; // empty for the built-in defaults
  std::map<std::string, RuleConfig> Rules;
  ClassifyOverrides Classify;
  std::vector<std::string> AnonymousRoles{"anon", "PUBLIC"};
  std::vector<std::string> ExposedSchemas{"public"};
  std::optional<std::string> Preset; // postgres | supabase
  std::string Dialect;               // sql.dialect: postgres | mysql | sqlite (empty: sniff)
  std::vector<std::string> PathExcludes;
  std::vector<std::string> PathIncludes; // when set, only matching files are read
  std::optional<Severity> FailOn;        // fail_on
  std::string HelpUri;                   // output.help_uri, "{rule}" replaced by the rule id
  std::vector<std::string> CxxEncryptedTypes; // cxx.encrypted_types: wrapper types holding ciphertext
  std::vector<std::string> OrmEncryptedTypes; // orm.encrypted_types: ORM field/column types, transformers, converters holding ciphertext
  std::string CxxHeaderFilter; // cxx.header_filter: regex of the files whose records are analysed
  /// Where each key set in the file was written ("sql.preset" -> line:col).
  std::map<std::string, std::string> Origins;
};

struct ConfigError {
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string Message;
  std::string format() const;
};

/// Parses configuration text. KnownRules validates rules.<id>.
std::optional<Config> parseConfig(const std::string &Path, const std::string &Text,
                                  const std::vector<std::string> &KnownRules, ConfigError &Err);
std::optional<Config> loadConfigFile(const std::string &Path,
                                     const std::vector<std::string> &KnownRules, ConfigError &Err);

} // namespace privlint
