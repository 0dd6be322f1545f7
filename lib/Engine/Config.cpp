// The only place that calls yaml-cpp for configuration: yaml-cpp throws, so
// every call is wrapped and turned into a ConfigError.
#include "Engine/Config.h"

#include "Classify/EmbeddedData.h"
#include "Support/DidYouMean.h"
#include "Support/ReadFile.h"
#include "Support/Utf8.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
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

// Reads on past a mistake: every key, value and entry is checked, and each
// error is recorded where it is, so one run lists all of them (as a compiler
// does). A section that fails goes on with its next key.
struct Reader {
  std::string Path;
  std::vector<ConfigError> &Errs;
  size_t Start = Errs.size();                           // errors of other files come before
  const std::vector<std::string> *KnownRules = nullptr; // rules.<id> must name one of them

  bool fail(const YAML::Node &N, const std::string &Msg) {
    ConfigError Err;
    Err.File = Path;
    YAML::Mark M = N.Mark();
    Err.Line = M.line >= 0 ? static_cast<unsigned>(M.line) + 1 : 0;
    Err.Column = M.column >= 0 ? static_cast<unsigned>(M.column) + 1 : 0;
    Err.Message = sanitizeUtf8(Msg); // keys and values quoted from the file may hold any byte
    Errs.push_back(std::move(Err));
    return false;
  }

  bool ok() const { return Errs.size() == Start; }

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
    bool Ok = true;
    for (const auto &E : N) {
      if (!E.IsScalar())
        Ok = fail(E, "key '" + Key + "' must be a list of strings");
      else
        Out.push_back(E.Scalar());
    }
    if (!Ok)
      return std::nullopt;
    return Out;
  }

  static std::string mark(const YAML::Node &N) {
    return std::to_string(N.Mark().line + 1) + ":" + std::to_string(N.Mark().column + 1);
  }

  // yaml-cpp keeps duplicate keys; a configuration must not. Each repeat is
  // reported at its own line; only the first occurrence is read.
  static bool seenBefore(const YAML::Node &Map, const YAML::Node &Key) {
    for (const auto &KV : Map) {
      if (KV.first.Mark().pos == Key.Mark().pos)
        return false;
      if (KV.first.Scalar() == Key.Scalar())
        return true;
    }
    return false;
  }

  bool isDuplicate(const YAML::Node &Map, const YAML::Node &Key, const std::string &Parent) {
    if (!seenBefore(Map, Key))
      return false;
    fail(Key, "duplicate key '" + (Parent.empty() ? "" : Parent + ".") + Key.Scalar() + "'");
    return true;
  }

  bool knownCategory(const YAML::Node &KeyNode, const std::string &Key, bool AllowStar,
                     bool AllowPrefix) {
    const std::string &Id = KeyNode.Scalar();
    if (AllowStar && Id == "*")
      return true;
    std::vector<std::string> Known;
    for (size_t I = 0; I < embedded::NumCategories; ++I) {
      std::string_view C = embedded::Categories[I].Id;
      if (C == Id || (AllowPrefix && categoryWithin(C, Id)))
        return true;
      Known.emplace_back(C);
    }
    return fail(KeyNode, "unknown category '" + Id + "' in key '" + Key +
                             (AllowPrefix ? "" : "." + Id) + "'" + categoryHint(Id, Known));
  }

  // A typo in the last part of a category id is measured against its
  // siblings only ("user.contact.emial"), so that a long shared prefix does
  // not make an unrelated sibling look close; a typo in the parent is
  // measured against every id.
  static std::string categoryHint(const std::string &Id, const std::vector<std::string> &Known) {
    size_t Dot = Id.rfind('.');
    std::string Parent = Dot == std::string::npos ? "" : Id.substr(0, Dot + 1);
    std::vector<std::string> Leaves;
    for (const auto &K : Known)
      if (!Parent.empty() && K.starts_with(Parent) &&
          K.find('.', Parent.size()) == std::string::npos)
        Leaves.push_back(K.substr(Parent.size()));
    if (Leaves.empty())
      return didYouMean(Id, Known);
    auto Near = closestMatch(Id.substr(Parent.size()), Leaves);
    return Near ? "; did you mean '" + Parent + *Near + "'?" : "";
  }

  // The closest allowed key when the typed one looks like a typo, else the
  // list of allowed keys.
  bool unknownKey(const YAML::Node &KeyNode, const std::string &Parent,
                  const std::vector<std::string> &Allowed) {
    std::string Prefix = Parent.empty() ? "" : Parent + ".";
    std::string Msg = "unknown key '" + Prefix + KeyNode.Scalar() + "'";
    if (auto Near = closestMatch(KeyNode.Scalar(), Allowed))
      return fail(KeyNode, Msg + "; did you mean '" + Prefix + *Near + "'?");
    Msg += "; expected one of:";
    for (const auto &A : Allowed)
      Msg += " " + A;
    return fail(KeyNode, Msg);
  }

  // "must be one of a, b, c", and the closest of them to what was written.
  static std::string oneOfMessage(const std::string &Key, const std::vector<std::string> &Allowed,
                                  const std::string &Written) {
    std::string Msg = "key '" + Key + "' must be one of ";
    for (size_t I = 0; I < Allowed.size(); ++I)
      Msg += (I ? ", " : "") + Allowed[I];
    return Msg + didYouMean(Written, Allowed);
  }

  bool categoryLists(const YAML::Node &N, const std::string &Key,
                     std::map<std::string, std::vector<std::string>> &Out, bool AllowStar) {
    if (!expectMap(N, Key))
      return false;
    bool Ok = true;
    for (const auto &KV : N) {
      std::string Cat = KV.first.Scalar();
      if (isDuplicate(N, KV.first, Key)) {
        Ok = false;
        continue;
      }
      bool Known = knownCategory(KV.first, Key, AllowStar, false);
      auto L = list(KV.second, Key + "." + Cat);
      if (Known && L)
        Out[Cat] = *L;
      else
        Ok = false;
    }
    return Ok;
  }

  // Reads a mapping section key by key: records where each key was written
  // (Origins["section.key"]) and hands it to ReadKey(key, key node, value).
  // A key that fails does not stop the others from being read.
  template <class KeyReader>
  bool eachKey(const YAML::Node &N, const std::string &Section, Config &C, KeyReader ReadKey) {
    if (!expectMap(N, Section))
      return false;
    bool Ok = true;
    for (const auto &P : N) {
      if (isDuplicate(N, P.first, Section)) {
        Ok = false;
        continue;
      }
      const std::string PK = P.first.Scalar();
      C.Origins[Section + "." + PK] = mark(P.first);
      if (!ReadKey(PK, P.first, P.second))
        Ok = false;
    }
    return Ok;
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
    if (std::find(Allowed.begin(), Allowed.end(), *S) == Allowed.end())
      return fail(N, oneOfMessage(Key, Allowed, *S));
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
              RC.Sev = Sev;
            else
              return fail(Value, oneOfMessage(Full, {"off", "note", "warning", "error"}, *S));
            return true;
          }
          if (PK == "categories" || PK == "exclude_categories") {
            auto L = list(Value, Full);
            if (!L)
              return false;
            bool Known = true;
            for (const auto &E : Value)
              Known = knownCategory(E, Full, false, true) && Known;
            if (Known)
              (PK == "categories" ? RC.Categories : RC.ExcludeCategories) = *L;
            return Known;
          }
          return unknownKey(Key, Section, {"severity", "categories", "exclude_categories"});
        });
    if (Ok)
      C.Rules[Id] = RC;
    return Ok;
  }

  bool readRules(const YAML::Node &V, Config &C) {
    if (!expectMap(V, "rules"))
      return false;
    bool Ok = true;
    for (const auto &R : V) {
      const std::string Id = R.first.Scalar();
      if (isDuplicate(V, R.first, "rules"))
        Ok = false;
      else if (std::find(KnownRules->begin(), KnownRules->end(), Id) == KnownRules->end())
        Ok = fail(R.first, "unknown rule 'rules." + Id + "'" + ruleHint(Id));
      else
        Ok = readRule(R.second, Id, C) && Ok;
    }
    return Ok;
  }

  // "; did you mean 'rules.X'?" for a typo, or for X's clang-tidy check name
  // (privlint-X).
  std::string ruleHint(const std::string &Id) const {
    std::optional<std::string> Near = closestMatch(Id, *KnownRules);
    if (!Near && Id.starts_with("privlint-") &&
        std::find(KnownRules->begin(), KnownRules->end(), Id.substr(9)) != KnownRules->end())
      Near = Id.substr(9);
    return Near ? "; did you mean 'rules." + *Near + "'?" : "";
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
                         // Compiled only to check it; paths are matched elsewhere.
                         static_cast<void>(std::regex(*Str, std::regex::extended));
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
      return fail(V, oneOfMessage("fail_on", {"note", "warning", "error"}, *S));
    C.FailOn = Sev;
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

  bool readBaseline(const YAML::Node &V, Config &C) {
    auto S = scalar(V, "baseline");
    if (!S)
      return false;
    if (S->empty())
      return fail(V, "key 'baseline' must be the path of a baseline file");
    C.Baseline = *S;
    YAML::Mark M = V.Mark();
    C.BaselineLine = M.line >= 0 ? static_cast<unsigned>(M.line) + 1 : 0;
    C.BaselineColumn = M.column >= 0 ? static_cast<unsigned>(M.column) + 1 : 0;
    return true;
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
      {"fail_on", 80, &Reader::readFailOn},    {"baseline", 85, &Reader::readBaseline},
      {"output", 90, &Reader::readOutput}};

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
    for (const auto &KV : Root) {
      if (isDuplicate(Root, KV.first, ""))
        continue;
      const std::string K = KV.first.Scalar();
      C.Origins[K] = mark(KV.first);
      auto S = std::find_if(std::begin(Sections), std::end(Sections),
                            [&](const Section &Sec) { return K == Sec.Key; });
      if (S != std::end(Sections))
        (this->*S->Read)(KV.second, C);
      else if (frontendOptions().section(K).empty())
        unknownKey(KV.first, "", topLevelKeys());
      else
        readDeclared(KV.second, K, C);
    }
    return ok();
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

std::string Config::baselinePath() const {
  if (Baseline.empty())
    return {};
  std::filesystem::path P(Baseline);
  if (P.is_absolute() || Path.empty())
    return Baseline;
  return (std::filesystem::path(Path).parent_path() / P).lexically_normal().string();
}

bool Config::isSet(std::string_view Key) const {
  return ListOptions.find(Key) != ListOptions.end() ||
         StringOptions.find(Key) != StringOptions.end();
}

namespace {

ConfigError atMark(const std::string &Path, const YAML::Mark &M, std::string Message) {
  ConfigError Err;
  Err.File = Path;
  Err.Line = M.line >= 0 ? static_cast<unsigned>(M.line) + 1 : 0;
  Err.Column = M.column >= 0 ? static_cast<unsigned>(M.column) + 1 : 0;
  Err.Message = std::move(Message);
  return Err;
}

} // namespace

std::optional<Config> parseConfig(const std::string &Path, const std::string &Text,
                                  const std::vector<std::string> &KnownRules,
                                  std::vector<ConfigError> &Errs) {
  Config C;
  C.Path = Path;
  const size_t Before = Errs.size();
  Reader R{Path, Errs};
  try {
    YAML::Node Root = YAML::Load(Text);
    R.read(Root, KnownRules, C);
  } catch (const YAML::ParserException &E) {
    // The text is not YAML: nothing after this point can be read.
    Errs.push_back(atMark(Path, E.mark, "malformed YAML: " + E.msg));
  } catch (const YAML::Exception &E) {
    Errs.push_back(atMark(Path, E.mark, "invalid configuration: " + E.msg));
  }
  if (Errs.size() > Before)
    return std::nullopt;
  return C;
}

std::optional<Config> loadConfigFile(const std::string &Path,
                                     const std::vector<std::string> &KnownRules,
                                     std::vector<ConfigError> &Errs) {
  std::string Text;
  if (int E = readWholeFile(Path, Text)) {
    Errs.push_back(ConfigError{Path, 0, 0,
                               std::string("cannot read configuration file: ") + std::strerror(E)});
    return std::nullopt;
  }
  return parseConfig(Path, Text, KnownRules, Errs);
}

} // namespace privlint
