// The privlint command line, declared once: its commands and a table of flags
// from which CLI11 parses the arguments, --help is written and the values are
// checked. Parsing never prints; it returns what to run or a usage error.
#pragma once

#include "Engine/Finding.h"
#include "Report/Reporters.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace privlint {

/// The flags of check and inventory as given.
struct RunFlags {
  std::string Format;
  std::string Output;
  std::string Color = "auto";
  std::string Config;
  std::string FailOn;
  std::string Jobs;
  std::string StdinFilename;
  std::string Dialect;
  bool Explain = false;
  bool Quiet = false;      // -q: the report only, nothing else on standard error but errors
  bool Statistics = false; // counts per rule and category instead of the findings
  bool ExitZero = false;   // exit 0 with findings; errors still exit 2
  std::string CompileCommandsDir;
  std::string Baseline;
  std::string WriteBaseline;
  std::string DiffBase;
  bool NoCache = false;                  // --no-cache
  std::vector<std::string> Paths;        // '-' is standard input
  std::vector<std::string> CompilerArgs; // after "--"
  bool HaveCompilerArgs = false;
};

/// The flags of lsp as given.
struct LspFlags {
  std::string Log;
  std::string Config;
  std::string Baseline;
  std::string CompileCommandsDir;
  std::string Clangd;
  std::string Debounce;
  std::string Jobs;
  std::vector<std::string> Args; // after "--": clangd's with --clangd, else compile flags
  bool HaveArgs = false;
};

enum class CommandKind { Check, Inventory, Explain, Config, Help, Version, Lsp };

/// A parsed command line whose values are all valid.
struct Invocation {
  CommandKind Kind = CommandKind::Help;
  RunFlags Run;                     // check, inventory
  LspFlags Lsp;                     // lsp
  unsigned DebounceMs = 200;        // lsp --debounce
  const Reporter *Format = nullptr; // check, inventory: --format
  std::optional<Severity> FailOn;   // check: --fail-on
  unsigned Jobs = 0;                // -j; 0: all cores
  bool UseStdin = false;            // '-' among the paths
  std::string RuleId;               // explain
  bool ListRules = false;           // explain --list
  std::string DumpFile;             // config --dump
  std::string HelpText;             // help: what to print
};

/// One line of error, and the command whose --help to try.
struct UsageError {
  std::string Message;
  std::string Command; // "privlint check", or "privlint"
};

std::variant<Invocation, UsageError> parseCommandLine(const std::vector<std::string> &Args);

} // namespace privlint
