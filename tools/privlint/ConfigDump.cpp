#include "ConfigDump.h"

#include "Engine/RuleRegistry.h"
#include "Frontend/Sql/SqlDialect.h"

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
       << Origin("rules." + R.Id + ".categories") << "\n";
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

void dumpSql(std::ostream &OS, const std::string &File, const Config &C, const Origins &Origin) {
  // The Supabase preset is the default for a file under a supabase/ folder.
  bool Supabase = !C.Preset && supabasePresetApplies(C, std::filesystem::absolute(File).string());
  std::string Preset = C.Preset ? *C.Preset : Supabase ? "supabase" : "postgres";
  OS << "sql:\n  anonymous_roles: " << list(C.AnonymousRoles) << Origin("sql.anonymous_roles")
     << "\n  exposed_schemas: " << list(C.ExposedSchemas) << Origin("sql.exposed_schemas")
     << "\n  preset: " << Preset
     << (C.Preset
             ? Origin("sql.preset")
             : std::string(Supabase ? "   # default: the file is under supabase/" : "   # default"))
     << "\n  dialect: " << (C.Dialect.empty() ? "auto" : C.Dialect) << Origin("sql.dialect")
     << "\n";
}

void dumpOthers(std::ostream &OS, const Config &C, const Origins &Origin) {
  OS << "paths:\n  include: " << list(C.PathIncludes) << Origin("paths.include")
     << "\n  exclude: " << list(C.PathExcludes) << Origin("paths.exclude") << "\n";
  OS << "orm:\n  encrypted_types: " << list(C.OrmEncryptedTypes) << Origin("orm.encrypted_types")
     << "\n";
  OS << "cxx:\n  encrypted_types: " << list(C.CxxEncryptedTypes) << Origin("cxx.encrypted_types")
     << "\n  header_filter: \"" << C.CxxHeaderFilter << "\"" << Origin("cxx.header_filter") << "\n";
  OS << "output:\n  help_uri: " << (C.HelpUri.empty() ? "\"\"" : C.HelpUri)
     << Origin("output.help_uri") << "\n";
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
  dumpRules(OS, C, Origin);
  dumpClassify(OS, C, Origin);
  dumpSql(OS, File, C, Origin);
  dumpOthers(OS, C, Origin);
}

} // namespace privlint
