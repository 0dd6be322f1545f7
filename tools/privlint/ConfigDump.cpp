#include "ConfigDump.h"

#include "Engine/RuleRegistry.h"

#include <filesystem>

namespace privlint {
namespace {

std::string list(const std::vector<std::string> &L) {
  std::string S = "[";
  for (size_t I = 0; I < L.size(); ++I)
    S += (I ? ", " : "") + L[I];
  return S + "]";
}

// "   # FILE:LINE:COL" where the value was written, "   # default" otherwise.
class Origins {
public:
  Origins(const Config &C, const std::string &Path) : C(C), Path(Path) {}
  std::string operator()(const std::string &Key) const {
    auto It = C.Origins.find(Key);
    return It == C.Origins.end() ? std::string("   # default") : "   # " + Path + ":" + It->second;
  }

private:
  const Config &C;
  const std::string &Path;
};

void dumpRules(std::ostream &OS, const Config &C, const Origins &Origin) {
  OS << "rules:\n";
  for (const auto &R : allRules()) {
    RuleConfig RC;
    if (auto It = C.Rules.find(R.Id); It != C.Rules.end())
      RC = It->second;
    OS << "  " << R.Id
       << ":\n    severity: " << (RC.Off ? "off" : severityName(RC.Sev.value_or(R.DefaultSeverity)))
       << Origin("rules." + R.Id + ".severity")
       << "\n    categories: " << list(RC.Categories.value_or(R.Categories))
       << Origin("rules." + R.Id + ".categories")
       << "\n    exclude_categories: " << list(RC.ExcludeCategories.value_or(R.ExcludeCategories))
       << Origin("rules." + R.Id + ".exclude_categories") << "\n";
  }
}

void dumpClassify(std::ostream &OS, const Config &C, const Origins &Origin) {
  OS << "classify:\n  patterns:" << Origin("classify.patterns") << "\n";
  for (const auto &[K, V] : C.Classify.Patterns)
    OS << "    " << K << ": " << list(V) << "\n";
  OS << "  exclude:" << Origin("classify.exclude") << "\n";
  for (const auto &[K, V] : C.Classify.Exclude)
    OS << "    \"" << K << "\": " << list(V) << "\n";
}

// The sections frontends declare whose rank lies in [From, To).
void dumpDeclared(std::ostream &OS, const std::string &File, const Config &C, const Origins &Origin,
                  int From, int To) {
  const OptionSchema &Schema = frontendOptions();
  for (const auto &[Section, Rank] : Schema.sections()) {
    if (Rank < From || Rank >= To)
      continue;
    OS << Section << ":\n";
    for (const OptionSpec *S : Schema.section(Section)) {
      const std::string Key = S->key();
      OS << "  " << S->Name << ": ";
      if (S->Kind == OptionSpec::Type::List) {
        OS << list(C.list(Key)) << Origin(Key) << "\n";
        continue;
      }
      if (!C.isSet(Key) && S->DumpDefault) {
        auto [Value, Comment] = S->DumpDefault(C, File);
        OS << Value << "   # " << Comment << "\n";
        continue;
      }
      const std::string &V = C.string(Key);
      if (S->DumpQuoted)
        OS << '"' << V << '"';
      else
        OS << (V.empty() && !S->EmptyDisplay.empty() ? S->EmptyDisplay : V);
      OS << Origin(Key) << "\n";
    }
  }
}

void dumpPathsAndOutput(std::ostream &OS, const std::string &File, const Config &C,
                        const Origins &Origin) {
  dumpDeclared(OS, File, C, Origin, 20 + 1, 40);
  OS << "paths:\n  include: " << list(C.PathIncludes) << Origin("paths.include")
     << "\n  exclude: " << list(C.PathExcludes) << Origin("paths.exclude") << "\n";
  dumpDeclared(OS, File, C, Origin, 40 + 1, 90);
  OS << "output:\n  help_uri: " << (C.HelpUri.empty() ? "\"\"" : C.HelpUri)
     << Origin("output.help_uri") << "\n";
  dumpDeclared(OS, File, C, Origin, 90 + 1, 1 << 30);
}

} // namespace

void dumpConfig(std::ostream &OS, const std::string &File, const std::string &ConfigPath,
                const Config &C) {
  Origins Origin(C, ConfigPath);
  OS << "# effective privlint configuration for " << File << "\n";
  OS << "# configuration file: " << (ConfigPath.empty() ? "none (built-in defaults)" : ConfigPath)
     << "\n";
  OS << "version: 1\n";
  OS << "fail_on: " << severityName(C.FailOn.value_or(Severity::Warning)) << Origin("fail_on")
     << "\n";
  OS << "baseline: " << (C.Baseline.empty() ? "\"\"" : C.Baseline) << Origin("baseline") << "\n";
  dumpRules(OS, C, Origin);
  dumpClassify(OS, C, Origin);
  dumpPathsAndOutput(OS, File, C, Origin);
}

} // namespace privlint
