// The only place that calls yaml-cpp for configuration: yaml-cpp throws, so
// every call is wrapped and turned into a ConfigError.
#include "Engine/Config.h"

#include "Classify/EmbeddedData.h"
#include "Support/Utf8.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <regex>
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
  const std::vector<std::string> *KnownRules = nullptr; // rules.<id> must name one of them

  bool fail(const YAML::Node &N, const std::string &Msg) {
    if (Failed)
      return false;
    Failed = true;
    Err.File = Path;
    YAML::Mark M = N.Mark();
    Err.Line = M.line >= 0 ? static_cast<unsigned>(M.line) + 1 : 0;
    Err.Column = M.column >= 0 ? static_cast<unsigned>(M.column) + 1 : 0;
    Err.Message = sanitizeUtf8(Msg); // keys and values quoted from the file may hold any byte
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
    const std::string &Id = KeyNode.Scalar();
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

  // Reads a mapping section key by key: records where each key was written
  // (Origins["section.key"]) and hands it to ReadKey(key, key node, value).
  template <class KeyReader>
  bool eachKey(const YAML::Node &N, const std::string &Section, Config &C, KeyReader ReadKey) {
    if (!expectMap(N, Section) || !noDuplicates(N, Section))
      return false;
    for (const auto &P : N) {
      const std::string PK = P.first.Scalar();
      C.Origins[Section + "." + PK] = mark(P.first);
      if (!ReadKey(PK, P.first, P.second))
        return false;
    }
    return true;
  }

  bool listInto(const YAML::Node &N, const std::string &Key, std::vector<std::string> &Out) {
    auto L = list(N, Key);
    if (L)
      Out = *L;
    return L.has_value();
  }

  // A string that must be one of Allowed (listed in the message as written).
  bool oneOf(const YAML::Node &N, const std::string &Key, const std::vector<std::string> &Allowed,
             std::string &Out) {
    auto S = scalar(N, Key);
    if (!S)
      return false;
    if (std::find(Allowed.begin(), Allowed.end(), *S) == Allowed.end()) {
      std::string Msg = "key '" + Key + "' must be one of ";
      for (size_t I = 0; I < Allowed.size(); ++I)
        Msg += (I ? ", " : "") + Allowed[I];
      return fail(N, Msg);
    }
    Out = *S;
    return true;
  }

  bool readVersion(const YAML::Node &V, Config &) {
    auto S = scalar(V, "version");
    if (!S)
      return false;
    if (*S != "1")
      return fail(V, "key 'version' must be 1");
    return true;
  }

  // rules.<id>: severity, categories and exclude_categories of one known rule.
  bool readRule(const YAML::Node &RuleNode, const std::string &Id, Config &C) {
    RuleConfig RC;
    const std::string Section = "rules." + Id;
    bool Ok = eachKey(
        RuleNode, Section, C,
        [&](const std::string &PK, const YAML::Node &Key, const YAML::Node &Value) {
          const std::string Full = Section + "." + PK;
          if (PK == "severity") {
            auto S = scalar(Value, Full);
            if (!S)
              return false;
            if (*S == "off")
              RC.Off = true;
            else if (auto Sev = parseSeverity(*S))
              RC.Sev = *Sev;
            else
              return fail(Value, "key '" + Full + "' must be one of off, note, warning, error");
            return true;
          }
          if (PK == "categories" || PK == "exclude_categories") {
            auto L = list(Value, Full);
            if (!L)
              return false;
            for (const auto &E : Value)
              if (!knownCategory(E, Full, false, true))
                return false;
            (PK == "categories" ? RC.Categories : RC.ExcludeCategories) = *L;
            return true;
          }
          return unknownKey(Key, Section, {"severity", "categories", "exclude_categories"});
        });
    if (Ok)
      C.Rules[Id] = RC;
    return Ok;
  }

  bool readRules(const YAML::Node &V, Config &C) {
    if (!expectMap(V, "rules") || !noDuplicates(V, "rules"))
      return false;
    for (const auto &R : V) {
      const std::string Id = R.first.Scalar();
      if (std::find(KnownRules->begin(), KnownRules->end(), Id) == KnownRules->end())
        return fail(R.first, "unknown rule 'rules." + Id + "'");
      if (!readRule(R.second, Id, C))
        return false;
    }
    return true;
  }

  bool readClassify(const YAML::Node &V, Config &C) {
    return eachKey(V, "classify", C,
                   [&](const std::string &PK, const YAML::Node &Key, const YAML::Node &Value) {
                     if (PK == "patterns")
                       return categoryLists(Value, "classify.patterns", C.Classify.Patterns, false);
                     if (PK == "exclude")
                       return categoryLists(Value, "classify.exclude", C.Classify.Exclude, true);
                     return unknownKey(Key, "classify", {"patterns", "exclude"});
                   });
  }

  // A section of keys frontends declared: each key read and validated by
  // its declared type.
  bool readDeclared(const YAML::Node &V, const std::string &Section, Config &C) {
    std::vector<const OptionSpec *> Specs = frontendOptions().section(Section);
    return eachKey(V, Section, C,
                   [&](const std::string &PK, const YAML::Node &Key, const YAML::Node &Value) {
                     auto It = std::find_if(Specs.begin(), Specs.end(),
                                            [&](const OptionSpec *S) { return S->Name == PK; });
                     if (It == Specs.end()) {
                       std::vector<std::string> Names;
                       for (const OptionSpec *S : Specs)
                         Names.push_back(S->Name);
                       return unknownKey(Key, Section, Names);
                     }
                     const OptionSpec &S = **It;
                     const std::string Full = S.key();
                     switch (S.Kind) {
                     case OptionSpec::Type::List:
                       return listInto(Value, Full, C.ListOptions[Full]);
                     case OptionSpec::Type::Choice:
                       return oneOf(Value, Full, S.Choices, C.StringOptions[Full]);
                     case OptionSpec::Type::Regex: {
                       auto Str = scalar(Value, Full);
                       if (!Str)
                         return false;
                       try {
                         std::regex R(*Str, std::regex::extended);
                       } catch (const std::regex_error &) {
                         return fail(Value, "key '" + Full + "' is not a valid regular expression");
                       }
                       C.StringOptions[Full] = *Str;
                       return true;
                     }
                     case OptionSpec::Type::String: {
                       auto Str = scalar(Value, Full);
                       if (Str)
                         C.StringOptions[Full] = *Str;
                       return Str.has_value();
                     }
                     }
                     return false;
                   });
  }

  bool readPaths(const YAML::Node &V, Config &C) {
    return eachKey(V, "paths", C,
                   [&](const std::string &PK, const YAML::Node &Key, const YAML::Node &Value) {
                     if (PK == "exclude")
                       return listInto(Value, "paths.exclude", C.PathExcludes);
                     if (PK == "include")
                       return listInto(Value, "paths.include", C.PathIncludes);
                     return unknownKey(Key, "paths", {"include", "exclude"});
                   });
  }

  bool readFailOn(const YAML::Node &V, Config &C) {
    auto S = scalar(V, "fail_on");
    if (!S)
      return false;
    auto Sev = parseSeverity(*S);
    if (!Sev)
      return fail(V, "key 'fail_on' must be one of note, warning, error");
    C.FailOn = *Sev;
    return true;
  }

  bool readOutput(const YAML::Node &V, Config &C) {
    return eachKey(V, "output", C,
                   [&](const std::string &PK, const YAML::Node &Key, const YAML::Node &Value) {
                     if (PK != "help_uri")
                       return unknownKey(Key, "output", {"help_uri"});
                     auto S = scalar(Value, "output.help_uri");
                     if (!S)
                       return false;
                     if (!S->starts_with("https://") && !S->starts_with("http://"))
                       return fail(Value, "key 'output.help_uri' must be an http(s) URL");
                     C.HelpUri = *S;
                     return true;
                   });
  }

  // The engine's own top-level keys with their ranks; the sections frontends
  // declare take their places among them (the unknown-key message lists them
  // in rank order).
  struct Section {
    const char *Key;
    int Rank;
    bool (Reader::*Read)(const YAML::Node &, Config &);
  };
  static constexpr Section Sections[] = {
      {"version", 0, &Reader::readVersion},    {"rules", 10, &Reader::readRules},
      {"classify", 20, &Reader::readClassify}, {"paths", 40, &Reader::readPaths},
      {"fail_on", 80, &Reader::readFailOn},    {"output", 90, &Reader::readOutput}};

  static std::vector<std::string> topLevelKeys() {
    std::vector<std::pair<int, std::string>> Ranked;
    for (const Section &Sec : Sections)
      Ranked.emplace_back(Sec.Rank, Sec.Key);
    for (const auto &[Name, Rank] : frontendOptions().sections())
      Ranked.emplace_back(Rank, Name);
    std::stable_sort(Ranked.begin(), Ranked.end(),
                     [](const auto &A, const auto &B) { return A.first < B.first; });
    std::vector<std::string> Keys;
    for (auto &[Rank, Key] : Ranked)
      Keys.push_back(std::move(Key));
    return Keys;
  }

  bool read(const YAML::Node &Root, const std::vector<std::string> &Rules, Config &C) {
    KnownRules = &Rules;
    if (Root.IsNull())
      return true;
    if (!Root.IsMap())
      return fail(Root, "the configuration must be a mapping of keys");
    if (!noDuplicates(Root, ""))
      return false;
    for (const auto &KV : Root) {
      const std::string K = KV.first.Scalar();
      C.Origins[K] = mark(KV.first);
      auto S = std::find_if(std::begin(Sections), std::end(Sections),
                            [&](const Section &Sec) { return K == Sec.Key; });
      if (S != std::end(Sections)) {
        if (!(this->*S->Read)(KV.second, C))
          return false;
        continue;
      }
      if (frontendOptions().section(K).empty())
        return unknownKey(KV.first, "", topLevelKeys());
      if (!readDeclared(KV.second, K, C))
        return false;
    }
    return true;
  }
};

} // namespace

const std::vector<std::string> &Config::list(std::string_view Key) const {
  if (auto It = ListOptions.find(Key); It != ListOptions.end())
    return It->second;
  static const std::vector<std::string> None;
  const OptionSpec *S = frontendOptions().find(Key);
  return S ? S->DefaultList : None;
}

const std::string &Config::string(std::string_view Key) const {
  if (auto It = StringOptions.find(Key); It != StringOptions.end())
    return It->second;
  static const std::string None;
  const OptionSpec *S = frontendOptions().find(Key);
  return S ? S->DefaultString : None;
}

bool Config::isSet(std::string_view Key) const {
  return ListOptions.find(Key) != ListOptions.end() ||
         StringOptions.find(Key) != StringOptions.end();
}

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
