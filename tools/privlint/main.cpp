// The privlint command line: parses flags and calls the library.
#include "Engine/Baseline.h"
#include "Engine/Discovery.h"
#include "Engine/Engine.h"
#include "Engine/RuleRegistry.h"
#include "Frontend/Sql/SqlDialect.h"
#include "Report/Reporters.h"

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

using namespace privlint;

namespace {

const char *const Usage =
    "usage: privlint check [options] [paths...]\n"
    "       privlint inventory [options] [--explain] [paths...]\n"
    "       privlint explain <rule-id>\n"
    "       privlint config --dump FILE\n"
    "       privlint --version\n"
    "\n"
    "options:\n"
    "  --format text|json|sarif|github|rdjson\n"
    "                             output format (default text; inventory: text|json)\n"
    "  --output FILE              write the report to FILE\n"
    "  --color auto|always|never  colored text output (default auto; honours NO_COLOR)\n"
    "  --config FILE              use FILE instead of the nearest .privlint.yaml\n"
    "  --fail-on note|warning|error  exit 1 when a finding is at least this severe (default warning)\n"
    "  -j N                       analyse with N threads (default: all cores)\n"
    "  --stdin-filename NAME      name of the buffer read from '-' (standard input)\n"
    "  --dialect postgres|mysql|sqlite  SQL dialect of .sql files (default: sql.dialect, else\n"
    "                             recognised from the content)\n"
    "  --explain                  inventory: show the evidence of each classification\n"
    "  -p BUILD_DIR               C++: read compile_commands.json from BUILD_DIR\n"
    "  -- ARGS...                 C++: compile flags when there is no compile_commands.json\n"
    "  --baseline FILE            report only findings not recorded in FILE\n"
    "  --write-baseline FILE      record the current findings in FILE (exit 0)\n"
    "  --diff-base REV            report only findings on lines changed since git revision REV\n"
    "\n"
    "exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or internal error\n";

int usageError(const std::string &Msg) {
  std::cerr << "privlint: error: " << Msg << "\n" << Usage;
  return 2;
}

// privlint config --dump FILE: the effective configuration for FILE and where
// each value comes from.
int dumpConfig(const std::string &File) {
  std::string Path = findConfigFor(File);
  Config C;
  if (!Path.empty()) {
    ConfigError Err;
    auto Loaded = loadConfigFile(Path, knownRuleIds(), Err);
    if (!Loaded) {
      std::cerr << Err.format() << '\n';
      return 2;
    }
    C = *Loaded;
  }
  // "# FILE:LINE:COL" where the value was written, "# default" otherwise.
  auto Origin = [&](const std::string &Key) {
    auto It = C.Origins.find(Key);
    return It == C.Origins.end() ? std::string("   # default") : "   # " + Path + ":" + It->second;
  };
  auto List = [](const std::vector<std::string> &L) {
    std::string S = "[";
    for (size_t I = 0; I < L.size(); ++I)
      S += (I ? ", " : "") + L[I];
    return S + "]";
  };
  bool Supabase = !C.Preset && supabasePresetApplies(C, std::filesystem::absolute(File).string());
  std::string Preset = C.Preset ? *C.Preset : Supabase ? "supabase" : "postgres";
  std::cout << "# effective privlint configuration for " << File << "\n";
  std::cout << "# configuration file: " << (Path.empty() ? "none (built-in defaults)" : Path) << "\n";
  std::cout << "version: 1\n";
  std::cout << "fail_on: " << severityName(C.FailOn.value_or(Severity::Warning)) << Origin("fail_on")
            << "\n";
  std::cout << "rules:\n";
  for (const auto &R : allRules()) {
    RuleConfig RC;
    if (auto It = C.Rules.find(R.Id); It != C.Rules.end())
      RC = It->second;
    std::cout << "  " << R.Id << ":\n    severity: "
              << (RC.Off ? "off" : severityName(RC.Sev.value_or(R.DefaultSeverity)))
              << Origin("rules." + R.Id + ".severity") << "\n    categories: "
              << List(RC.Categories.value_or(R.Categories)) << Origin("rules." + R.Id + ".categories")
              << "\n";
  }
  std::cout << "classify:\n  patterns:" << Origin("classify.patterns") << "\n";
  for (const auto &[K, V] : C.Classify.Patterns)
    std::cout << "    " << K << ": " << List(V) << "\n";
  std::cout << "  exclude:" << Origin("classify.exclude") << "\n";
  for (const auto &[K, V] : C.Classify.Exclude)
    std::cout << "    \"" << K << "\": " << List(V) << "\n";
  std::cout << "sql:\n  anonymous_roles: " << List(C.AnonymousRoles) << Origin("sql.anonymous_roles")
            << "\n  exposed_schemas: " << List(C.ExposedSchemas) << Origin("sql.exposed_schemas")
            << "\n  preset: " << Preset
            << (C.Preset ? Origin("sql.preset")
                         : std::string(Supabase ? "   # default: the file is under supabase/"
                                                : "   # default"))
            << "\n  dialect: " << (C.Dialect.empty() ? "auto" : C.Dialect) << Origin("sql.dialect")
            << "\n";
  std::cout << "paths:\n  include: " << List(C.PathIncludes) << Origin("paths.include")
            << "\n  exclude: " << List(C.PathExcludes) << Origin("paths.exclude") << "\n";
  std::cout << "orm:\n  encrypted_types: " << List(C.OrmEncryptedTypes) << Origin("orm.encrypted_types")
            << "\n";
  std::cout << "cxx:\n  encrypted_types: " << List(C.CxxEncryptedTypes) << Origin("cxx.encrypted_types")
            << "\n  header_filter: \"" << C.CxxHeaderFilter << "\"" << Origin("cxx.header_filter") << "\n";
  std::cout << "output:\n  help_uri: " << (C.HelpUri.empty() ? "\"\"" : C.HelpUri)
            << Origin("output.help_uri") << "\n";
  return 0;
}

int explain(const std::string &Id) {
  const RuleInfo *R = findRule(Id);
  if (!R) {
    std::cerr << "privlint: error: unknown rule '" << Id << "'; known rules:";
    for (const auto &X : allRules())
      std::cerr << ' ' << X.Id;
    std::cerr << '\n';
    return 2;
  }
  std::cout << R->Doc;
  if (!R->Doc.empty() && R->Doc.back() != '\n')
    std::cout << '\n';
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  std::vector<std::string> Args(argv + 1, argv + argc);
  if (Args.empty())
    return usageError("no command given");
  const std::string Cmd = Args[0];
  if (Cmd == "--version" || Cmd == "version") {
    std::cout << "privlint " << PRIVLINT_VERSION << "\n";
    return 0;
  }
  if (Cmd == "--help" || Cmd == "-h" || Cmd == "help") {
    std::cout << Usage;
    return 0;
  }
  if (Cmd == "explain") {
    if (Args.size() != 2)
      return usageError("explain takes one rule id");
    return explain(Args[1]);
  }
  if (Cmd == "config") {
    if (Args.size() != 3 || Args[1] != "--dump")
      return usageError("usage: privlint config --dump FILE");
    return dumpConfig(Args[2]);
  }
  if (Cmd != "check" && Cmd != "inventory")
    return usageError("unknown command '" + Cmd + "'");
  bool Inventory = Cmd == "inventory";

  EngineOptions Opts;
  std::string Format = "text", Output, Color = "auto";
  std::optional<Severity> FailOn;
  std::string WriteBaseline;
  bool Explain = false;
  for (size_t I = 1; I < Args.size(); ++I) {
    const std::string &A = Args[I];
    auto Value = [&](std::string &Out) -> bool {
      size_t Eq = A.find('=');
      if (A.rfind("--", 0) == 0 && Eq != std::string::npos) {
        Out = A.substr(Eq + 1);
        return true;
      }
      if (I + 1 >= Args.size())
        return false;
      Out = Args[++I];
      return true;
    };
    auto Is = [&](const char *Name) {
      return A == Name || A.rfind(std::string(Name) + "=", 0) == 0;
    };
    std::string V;
    if (Is("--format")) {
      if (!Value(V))
        return usageError("--format needs a value");
      Format = V;
    } else if (Is("--output") || A == "-o") {
      if (!Value(V))
        return usageError("--output needs a value");
      Output = V;
    } else if (Is("--color")) {
      if (!Value(V) || (V != "auto" && V != "always" && V != "never"))
        return usageError("--color must be auto, always or never");
      Color = V;
    } else if (Is("--config")) {
      if (!Value(V))
        return usageError("--config needs a value");
      Opts.ConfigOverride = V;
    } else if (Is("--fail-on")) {
      if (!Value(V))
        return usageError("--fail-on needs a value");
      auto S = parseSeverity(V);
      if (!S)
        return usageError("--fail-on must be note, warning or error");
      FailOn = *S;
    } else if (Is("--baseline")) {
      if (!Value(V))
        return usageError("--baseline needs a file");
      Opts.BaselinePath = V;
    } else if (Is("--write-baseline")) {
      if (!Value(V))
        return usageError("--write-baseline needs a file");
      WriteBaseline = V;
    } else if (Is("--diff-base")) {
      if (!Value(V) || V.empty())
        return usageError("--diff-base needs a git revision");
      Opts.DiffBase = V;
    } else if (A == "-j" || Is("--jobs") || (A.rfind("-j", 0) == 0 && A.size() > 2)) {
      if (A.size() > 2 && A[1] == 'j')
        V = A.substr(2);
      else if (!Value(V))
        return usageError("-j needs a number");
      char *End = nullptr;
      long N = std::strtol(V.c_str(), &End, 10);
      if (!End || *End || N < 1 || N > 1024)
        return usageError("-j needs a number between 1 and 1024");
      Opts.Jobs = static_cast<unsigned>(N);
    } else if (Is("--dialect")) {
      if (!Value(V) || (V != "postgres" && V != "mysql" && V != "sqlite"))
        return usageError("--dialect must be postgres, mysql or sqlite");
      Opts.Inputs.Dialect = V;
    } else if (Is("--stdin-filename")) {
      if (!Value(V))
        return usageError("--stdin-filename needs a value");
      Opts.StdinFilename = V;
    } else if (A == "--explain" && Inventory) {
      Explain = true;
    } else if (A == "-p") {
      if (I + 1 >= Args.size())
        return usageError("-p needs a build directory (with compile_commands.json)");
      Opts.Inputs.CompileCommandsDir = Args[++I];
    } else if (A == "--") {
      Opts.Inputs.HaveCompilerArgs = true;
      Opts.Inputs.CompilerArgs.assign(Args.begin() + static_cast<long>(I) + 1, Args.end());
      break;
    } else if (A == "-") {
      Opts.UseStdin = true;
    } else if (A.size() > 1 && A[0] == '-') {
      return usageError("unknown option '" + A + "'");
    } else {
      Opts.Paths.push_back(A);
    }
  }
  if (Inventory ? (Format != "text" && Format != "json")
                : (Format != "text" && Format != "json" && Format != "sarif" &&
                   Format != "github" && Format != "rdjson"))
    return usageError("unknown --format '" + Format + "'");
  if (Opts.UseStdin) {
    if (Opts.StdinFilename.empty())
      return usageError("'-' (standard input) needs --stdin-filename NAME");
    std::stringstream SS;
    SS << std::cin.rdbuf();
    Opts.StdinText = SS.str();
  }
  if (Opts.Paths.empty() && !Opts.UseStdin)
    Opts.Paths.push_back(".");
  Opts.WantInventory = Inventory;
  Opts.Explain = Explain;

  EngineResult R = runEngine(Opts);
  for (const auto &N : R.Notices)
    std::cerr << "privlint: " << N << '\n';

  std::ofstream File;
  std::ostream *OS = &std::cout;
  if (!Output.empty()) {
    File.open(Output, std::ios::binary);
    if (!File) {
      std::cerr << "privlint: error: cannot write '" << Output << "'\n";
      return 2;
    }
    OS = &File;
  }
  if (!R.Errors.empty()) {
    for (const auto &E : R.Errors)
      std::cerr << E.format() << '\n';
    if (Format == "json" && !Inventory)
      writeJson(*OS, R);
    return 2;
  }
  bool UseColor = Color == "always" ||
                  (Color == "auto" && Output.empty() && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
  if (Inventory) {
    if (Format == "json")
      writeInventoryJson(*OS, R, Explain);
    else
      writeInventoryText(*OS, R, Explain);
    return 0;
  }
  if (!WriteBaseline.empty()) {
    std::string Err;
    if (!writeBaseline(WriteBaseline, R.Findings, R.ProjectRoot, Err)) {
      std::cerr << "privlint: error: " << Err << '\n';
      return 2;
    }
    std::cerr << "privlint: wrote " << R.Findings.size() << " findings to baseline '"
              << WriteBaseline << "'\n";
    return 0;
  }
  if (Format == "json")
    writeJson(*OS, R);
  else if (Format == "sarif")
    writeSarif(*OS, R);
  else if (Format == "github")
    writeGithub(*OS, R);
  else if (Format == "rdjson")
    writeRdjson(*OS, R);
  else
    writeText(*OS, R, TextOptions{UseColor});
  OS->flush();

  Severity Threshold = FailOn.value_or(R.RunConfig.FailOn.value_or(Severity::Warning));
  size_t Failing = 0, Errors = 0, Warnings = 0, Notes = 0;
  for (const auto &F : R.Findings) {
    if (F.Sev >= Threshold)
      ++Failing;
    (F.Sev == Severity::Error ? Errors : F.Sev == Severity::Warning ? Warnings : Notes)++;
  }
  if (Format == "text" && !R.Findings.empty())
    std::cerr << R.Findings.size() << (R.Findings.size() == 1 ? " finding" : " findings") << " ("
              << Errors << " error" << (Errors == 1 ? "" : "s") << ", " << Warnings << " warning"
              << (Warnings == 1 ? "" : "s") << ", " << Notes << " note" << (Notes == 1 ? "" : "s")
              << ")\n";
  if (Format == "text" && (R.BaselineMatched || R.OutsideDiff))
    std::cerr << "privlint: not shown: " << R.BaselineMatched << " in the baseline, " << R.OutsideDiff
              << " outside the changed lines\n";
  return Failing ? 1 : 0;
}
