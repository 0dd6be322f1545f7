// The only place that calls yaml-cpp for configuration: yaml-cpp throws, so
// every call is wrapped and turned into a ConfigError.
#include "Engine/Config.h"

#include "Classify/EmbeddedData.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <regex>
#include <fstream>
#include <sstream>

namespace privlint {

std::string ConfigError::format() const {
  std::ostringstream OS;
  OS << File;
  if (Line)
    OS << ':' << Line << ':' << Column;
  OS << ": error: " << Message;
  return OS.str();
}

namespace {

struct Reader {
  std::string Path;
  ConfigError &Err;
  bool Failed = false;

  bool fail(const YAML::Node &N, const std::string &Msg) {
    if (Failed)
      return false;
    Failed = true;
    Err.File = Path;
    YAML::Mark M = N.Mark();
    Err.Line = M.line >= 0 ? static_cast<unsigned>(M.line) + 1 : 0;
    Err.Column = M.column >= 0 ? static_cast<unsigned>(M.column) + 1 : 0;
    Err.Message = Msg;
    return false;
  }

  bool expectMap(const YAML::Node &N, const std::string &Key) {
    if (N.IsMap())
      return true;
    return fail(N, "key '" + Key + "' must be a mapping");
  }

  std::optional<std::string> scalar(const YAML::Node &N, const std::string &Key) {
    if (!N.IsScalar()) {
      fail(N, "key '" + Key + "' must be a string");
      return std::nullopt;
    }
    return N.Scalar();
  }

  std::optional<std::vector<std::string>> list(const YAML::Node &N, const std::string &Key) {
    if (!N.IsSequence()) {
      fail(N, "key '" + Key + "' must be a list of strings");
      return std::nullopt;
    }
    std::vector<std::string> Out;
    for (const auto &E : N) {
      if (!E.IsScalar()) {
        fail(E, "key '" + Key + "' must be a list of strings");
        return std::nullopt;
      }
      Out.push_back(E.Scalar());
    }
    return Out;
  }

  static std::string mark(const YAML::Node &N) {
    return std::to_string(N.Mark().line + 1) + ":" + std::to_string(N.Mark().column + 1);
  }

  // yaml-cpp keeps duplicate keys; a configuration must not.
  bool noDuplicates(const YAML::Node &Map, const std::string &Parent) {
    std::vector<std::string> Seen;
    for (const auto &KV : Map) {
      std::string K = KV.first.Scalar();
      if (std::find(Seen.begin(), Seen.end(), K) != Seen.end())
        return fail(KV.first, "duplicate key '" + (Parent.empty() ? "" : Parent + ".") + K + "'");
      Seen.push_back(K);
    }
    return true;
  }

  bool knownCategory(const YAML::Node &KeyNode, const std::string &Key, bool AllowStar,
                     bool AllowPrefix) {
    std::string Id = KeyNode.Scalar();
    if (AllowStar && Id == "*")
      return true;
    for (size_t I = 0; I < embedded::NumCategories; ++I) {
      std::string_view C = embedded::Categories[I].Id;
      if (C == Id || (AllowPrefix && categoryWithin(C, Id)))
        return true;
    }
    return fail(KeyNode, "unknown category '" + Id + "' in key '" + Key +
                             (AllowPrefix ? "" : "." + Id) + "'");
  }

  bool unknownKey(const YAML::Node &KeyNode, const std::string &Parent,
                  const std::vector<std::string> &Allowed) {
    std::string Msg = "unknown key '" + (Parent.empty() ? "" : Parent + ".") + KeyNode.Scalar() +
                      "'; expected one of:";
    for (const auto &A : Allowed)
      Msg += " " + A;
    return fail(KeyNode, Msg);
  }

  bool categoryLists(const YAML::Node &N, const std::string &Key,
                     std::map<std::string, std::vector<std::string>> &Out, bool AllowStar) {
    if (!expectMap(N, Key) || !noDuplicates(N, Key))
      return false;
    for (const auto &KV : N) {
      std::string Cat = KV.first.Scalar();
      if (!knownCategory(KV.first, Key, AllowStar, false))
        return false;
      auto L = list(KV.second, Key + "." + Cat);
      if (!L)
        return false;
      Out[Cat] = *L;
    }
    return true;
  }

  bool read(const YAML::Node &Root, const std::vector<std::string> &KnownRules, Config &C) {
    if (Root.IsNull())
      return true;
    if (!Root.IsMap())
      return fail(Root, "the configuration must be a mapping of keys");
    if (!noDuplicates(Root, ""))
      return false;
    for (const auto &KV : Root) {
      const std::string K = KV.first.Scalar();
      const YAML::Node &V = KV.second;
      C.Origins[K] = std::to_string(KV.first.Mark().line + 1) + ":" +
                     std::to_string(KV.first.Mark().column + 1);
      if (K == "version") {
        auto S = scalar(V, "version");
        if (!S)
          return false;
        if (*S != "1")
          return fail(V, "key 'version' must be 1");
      } else if (K == "rules") {
        if (!expectMap(V, "rules") || !noDuplicates(V, "rules"))
          return false;
        for (const auto &R : V) {
          const std::string Id = R.first.Scalar();
          if (std::find(KnownRules.begin(), KnownRules.end(), Id) == KnownRules.end())
            return fail(R.first, "unknown rule 'rules." + Id + "'");
          RuleConfig RC;
          if (!expectMap(R.second, "rules." + Id) || !noDuplicates(R.second, "rules." + Id))
            return false;
          for (const auto &P : R.second) {
            const std::string PK = P.first.Scalar();
            const std::string Full = "rules." + Id + "." + PK;
            C.Origins[Full] = mark(P.first);
            if (PK == "severity") {
              auto S = scalar(P.second, Full);
              if (!S)
                return false;
              if (*S == "off")
                RC.Off = true;
              else if (auto Sev = parseSeverity(*S))
                RC.Sev = *Sev;
              else
                return fail(P.second, "key '" + Full + "' must be one of off, note, warning, error");
            } else if (PK == "categories") {
              auto L = list(P.second, Full);
              if (!L)
                return false;
              for (const auto &E : P.second)
                if (!knownCategory(E, Full, false, true))
                  return false;
              RC.Categories = *L;
            } else {
              return unknownKey(P.first, "rules." + Id, {"severity", "categories"});
            }
          }
          C.Rules[Id] = RC;
        }
      } else if (K == "classify") {
        if (!expectMap(V, "classify") || !noDuplicates(V, "classify"))
          return false;
        for (const auto &P : V) {
          const std::string PK = P.first.Scalar();
          C.Origins["classify." + PK] = mark(P.first);
          if (PK == "patterns") {
            if (!categoryLists(P.second, "classify.patterns", C.Classify.Patterns, false))
              return false;
          } else if (PK == "exclude") {
            if (!categoryLists(P.second, "classify.exclude", C.Classify.Exclude, true))
              return false;
          } else {
            return unknownKey(P.first, "classify", {"patterns", "exclude"});
          }
        }
      } else if (K == "sql") {
        if (!expectMap(V, "sql") || !noDuplicates(V, "sql"))
          return false;
        for (const auto &P : V) {
          const std::string PK = P.first.Scalar();
          C.Origins["sql." + PK] = mark(P.first);
          if (PK == "anonymous_roles") {
            auto L = list(P.second, "sql.anonymous_roles");
            if (!L)
              return false;
            C.AnonymousRoles = *L;
          } else if (PK == "exposed_schemas") {
            auto L = list(P.second, "sql.exposed_schemas");
            if (!L)
              return false;
            C.ExposedSchemas = *L;
          } else if (PK == "preset") {
            auto S = scalar(P.second, "sql.preset");
            if (!S)
              return false;
            if (*S != "postgres" && *S != "supabase")
              return fail(P.second, "key 'sql.preset' must be one of postgres, supabase");
            C.Preset = *S;
          } else if (PK == "dialect") {
            auto S = scalar(P.second, "sql.dialect");
            if (!S)
              return false;
            if (*S != "postgres" && *S != "mysql" && *S != "sqlite")
              return fail(P.second, "key 'sql.dialect' must be one of postgres, mysql, sqlite");
            C.Dialect = *S;
          } else {
            return unknownKey(P.first, "sql",
                              {"anonymous_roles", "exposed_schemas", "preset", "dialect"});
          }
        }
      } else if (K == "cxx") {
        if (!expectMap(V, "cxx") || !noDuplicates(V, "cxx"))
          return false;
        for (const auto &P : V) {
          const std::string PK = P.first.Scalar();
          C.Origins["cxx." + PK] = mark(P.first);
          if (PK == "encrypted_types") {
            auto L = list(P.second, "cxx.encrypted_types");
            if (!L)
              return false;
            C.CxxEncryptedTypes = *L;
          } else if (PK == "header_filter") {
            auto S = scalar(P.second, "cxx.header_filter");
            if (!S)
              return false;
            try {
              std::regex R(*S, std::regex::extended);
            } catch (const std::regex_error &) {
              return fail(P.second, "key 'cxx.header_filter' is not a valid regular expression");
            }
            C.CxxHeaderFilter = *S;
          } else {
            return unknownKey(P.first, "cxx", {"encrypted_types", "header_filter"});
          }
        }
      } else if (K == "orm") {
        if (!expectMap(V, "orm") || !noDuplicates(V, "orm"))
          return false;
        for (const auto &P : V) {
          const std::string PK = P.first.Scalar();
          C.Origins["orm." + PK] = mark(P.first);
          if (PK == "encrypted_types") {
            auto L = list(P.second, "orm.encrypted_types");
            if (!L)
              return false;
            C.OrmEncryptedTypes = *L;
          } else {
            return unknownKey(P.first, "orm", {"encrypted_types"});
          }
        }
      } else if (K == "fail_on") {
        auto S = scalar(V, "fail_on");
        if (!S)
          return false;
        auto Sev = parseSeverity(*S);
        if (!Sev)
          return fail(V, "key 'fail_on' must be one of note, warning, error");
        C.FailOn = *Sev;
      } else if (K == "output") {
        if (!expectMap(V, "output") || !noDuplicates(V, "output"))
          return false;
        for (const auto &P : V) {
          const std::string PK = P.first.Scalar();
          C.Origins["output." + PK] = mark(P.first);
          if (PK == "help_uri") {
            auto S = scalar(P.second, "output.help_uri");
            if (!S)
              return false;
            if (S->rfind("https://", 0) != 0 && S->rfind("http://", 0) != 0)
              return fail(P.second, "key 'output.help_uri' must be an http(s) URL");
            C.HelpUri = *S;
          } else {
            return unknownKey(P.first, "output", {"help_uri"});
          }
        }
      } else if (K == "paths") {
        if (!expectMap(V, "paths") || !noDuplicates(V, "paths"))
          return false;
        for (const auto &P : V) {
          const std::string PK = P.first.Scalar();
          C.Origins["paths." + PK] = mark(P.first);
          if (PK == "exclude" || PK == "include") {
            auto L = list(P.second, "paths." + PK);
            if (!L)
              return false;
            (PK == "exclude" ? C.PathExcludes : C.PathIncludes) = *L;
          } else {
            return unknownKey(P.first, "paths", {"include", "exclude"});
          }
        }
      } else {
        return unknownKey(KV.first, "",
                          {"version", "rules", "classify", "sql", "paths", "orm", "cxx", "fail_on", "output"});
      }
    }
    return true;
  }
};

} // namespace

std::optional<Config> parseConfig(const std::string &Path, const std::string &Text,
                                  const std::vector<std::string> &KnownRules, ConfigError &Err) {
  Config C;
  C.Path = Path;
  Reader R{Path, Err};
  try {
    YAML::Node Root = YAML::Load(Text);
    if (!R.read(Root, KnownRules, C))
      return std::nullopt;
  } catch (const YAML::ParserException &E) {
    Err.File = Path;
    Err.Line = E.mark.line >= 0 ? static_cast<unsigned>(E.mark.line) + 1 : 0;
    Err.Column = E.mark.column >= 0 ? static_cast<unsigned>(E.mark.column) + 1 : 0;
    Err.Message = "malformed YAML: " + E.msg;
    return std::nullopt;
  } catch (const YAML::Exception &E) {
    Err.File = Path;
    Err.Line = E.mark.line >= 0 ? static_cast<unsigned>(E.mark.line) + 1 : 0;
    Err.Column = E.mark.column >= 0 ? static_cast<unsigned>(E.mark.column) + 1 : 0;
    Err.Message = "invalid configuration: " + E.msg;
    return std::nullopt;
  }
  return C;
}

std::optional<Config> loadConfigFile(const std::string &Path,
                                     const std::vector<std::string> &KnownRules, ConfigError &Err) {
  std::ifstream In(Path, std::ios::binary);
  if (!In) {
    Err.File = Path;
    Err.Message = "cannot read configuration file";
    return std::nullopt;
  }
  std::stringstream SS;
  SS << In.rdbuf();
  return parseConfig(Path, SS.str(), KnownRules, Err);
}

} // namespace privlint
