#include "CommandLine.h"

#include "HelpFormatter.h"
#include "Support/DidYouMean.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>

namespace privlint {
namespace {

constexpr unsigned CheckOnly = static_cast<unsigned>(ReportCommand::Check);
constexpr unsigned InventoryOnly = static_cast<unsigned>(ReportCommand::Inventory);
constexpr unsigned Both = CheckOnly | InventoryOnly;

using Choices = std::vector<std::string> (*)(ReportCommand);

std::vector<std::string> formatChoices(ReportCommand C) { return reporterNames(C); }
std::vector<std::string> colorChoices(ReportCommand) { return {"auto", "always", "never"}; }
std::vector<std::string> severityChoices(ReportCommand) { return {"note", "warning", "error"}; }
std::vector<std::string> dialectChoices(ReportCommand) { return {"postgres", "mysql", "sqlite"}; }

/// A flag of check and inventory. The table below is the only list: CLI11's
/// declarations, --help, the "needs a value" errors, the value checks and the
/// did-you-mean candidates all come from it.
struct FlagSpec {
  const char *Names;   // CLI11 spelling: "-o,--output"
  const char *Value;   // the value's name in --help; null for a switch
  const char *Help;    // continuation lines start with '\n'
  const char *Missing; // the usage error when no value follows
  unsigned Listed;     // ReportCommand bits: whose --help shows it
  unsigned Accepted;   // whose command line takes it (inventory ignores check's)
  std::string RunFlags::*Text = nullptr;
  bool RunFlags::*Switch = nullptr;
  Choices Allowed = nullptr; // the values it takes, or null for any
};

// In the order --help lists them (the order of the usage text before CLI11).
const FlagSpec Flags[] = {
    {"--format", "FORMAT", "output format (default text):", "--format needs a value", Both, Both,
     &RunFlags::Format, nullptr, formatChoices},
    {"-o,--output", "FILE", "write the report to FILE", "--output needs a value", Both, Both,
     &RunFlags::Output},
    {"--color", "auto|always|never",
     "colored text output (default auto: when standard output\nis a terminal; NO_COLOR, TERM=dumb "
     "and CLICOLOR=0 turn it\noff, FORCE_COLOR and CLICOLOR_FORCE on)",
     "--color must be auto, always or never", CheckOnly, Both, &RunFlags::Color, nullptr,
     colorChoices},
    {"-q,--quiet", nullptr,
     "print the report only: no progress, summary or notes on\nstandard error (errors are still "
     "printed)",
     nullptr, Both, Both, nullptr, &RunFlags::Quiet},
    {"--statistics", nullptr,
     "print the number of findings per rule and per category\ninstead "
     "of the findings (text only)",
     nullptr, CheckOnly, Both, nullptr, &RunFlags::Statistics},
    {"--config", "FILE", "use FILE instead of the nearest .privlint.yaml", "--config needs a value",
     Both, Both, &RunFlags::Config},
    {"--fail-on", "note|warning|error",
     "exit 1 when a finding is at least this severe (default warning)", "--fail-on needs a value",
     CheckOnly, Both, &RunFlags::FailOn, nullptr, severityChoices},
    {"--exit-zero", nullptr,
     "exit 0 even when findings are reported (for a first\nrun in CI); errors still exit 2",
     nullptr, CheckOnly, Both, nullptr, &RunFlags::ExitZero},
    {"-j,--jobs", "N", "analyse with N threads (default: all cores)", "-j needs a number", Both,
     Both, &RunFlags::Jobs},
    {"--stdin-filename", "NAME", "name of the buffer read from '-' (standard input)",
     "--stdin-filename needs a value", Both, Both, &RunFlags::StdinFilename},
    {"--dialect", "postgres|mysql|sqlite",
     "SQL dialect of .sql files (default: sql.dialect, else\nrecognised from the content)",
     "--dialect must be postgres, mysql or sqlite", Both, Both, &RunFlags::Dialect, nullptr,
     dialectChoices},
    {"--explain", nullptr, "show the evidence of each classification", nullptr, InventoryOnly,
     InventoryOnly, nullptr, &RunFlags::Explain},
    {"-p", "BUILD_DIR", "C++: read compile_commands.json from BUILD_DIR",
     "-p needs a build directory (with compile_commands.json)", Both, Both,
     &RunFlags::CompileCommandsDir},
    {"--baseline", "FILE", "report only findings not recorded in FILE", "--baseline needs a file",
     CheckOnly, Both, &RunFlags::Baseline},
    {"--write-baseline", "FILE", "record the current findings in FILE (exit 0)",
     "--write-baseline needs a file", CheckOnly, Both, &RunFlags::WriteBaseline},
    {"--diff-base", "REV", "report only findings on lines changed since git revision REV",
     "--diff-base needs a git revision", CheckOnly, Both, &RunFlags::DiffBase},
    {"--no-cache", nullptr,
     "neither read nor write the result cache ($XDG_CACHE_HOME/privlint,\nelse ~/.cache/privlint)",
     nullptr, Both, Both, nullptr, &RunFlags::NoCache},
};

bool has(unsigned Bits, ReportCommand C) { return (Bits & static_cast<unsigned>(C)) != 0; }

std::vector<std::string> spellings(const FlagSpec &F) {
  std::vector<std::string> Out;
  std::string Names = F.Names;
  for (size_t B = 0, E; B <= Names.size(); B = E + 1) {
    E = std::min(Names.find(',', B), Names.size());
    Out.push_back(Names.substr(B, E - B));
  }
  return Out;
}

// The name errors and CLI11 lookups use: the long spelling.
std::string longName(const FlagSpec &F) { return spellings(F).back(); }

std::string joinOr(const std::vector<std::string> &Words) {
  std::string S;
  for (size_t I = 0; I < Words.size(); ++I)
    S += (I == 0 ? "" : I + 1 == Words.size() ? " or " : ", ") + Words[I];
  return S;
}

// --format's help: one line per reporter of the command, from the table.
std::string formatHelp(const FlagSpec &F, ReportCommand C) {
  std::string Help = F.Help;
  size_t Width = 0;
  for (const auto &R : allReporters())
    if (R.serves(C))
      Width = std::max(Width, R.Name.size());
  for (const auto &R : allReporters())
    if (R.serves(C))
      Help += "\n  " + std::string(R.Name) + std::string(Width + 2 - R.Name.size(), ' ') +
              std::string(R.Description);
  return Help;
}

const char *const ExitCodes =
    "exit codes: 0 clean, 1 findings at or above --fail-on (0 with --exit-zero),\n"
    "2 usage, configuration or internal error, or a missing path (also with --exit-zero)";

std::vector<CommandHelp> commandHelps() {
  return {
      {"",
       "privlint check [options] [paths...]\n"
       "privlint inventory [options] [--explain] [paths...]\n"
       "privlint explain <rule-id> | --list\n"
       "privlint config --dump FILE\n"
       "privlint lsp [options] [--clangd PATH [-- CLANGD_ARGS...]]\n"
       "privlint --version",
       {}},
      {"check",
       "privlint check [options] [paths...] [-- ARGS...]",
       {{"-- ARGS...", "C++: compile flags when there is no compile_commands.json"}}},
      {"inventory",
       "privlint inventory [options] [--explain] [paths...] [-- ARGS...]",
       {{"-- ARGS...", "C++: compile flags when there is no compile_commands.json"}}},
      {"explain", "privlint explain <rule-id>\nprivlint explain --list", {}},
      {"lsp",
       "privlint lsp [options] [--clangd PATH [-- CLANGD_ARGS...]]",
       {{"-- ARGS...", "with --clangd: clangd's arguments; else C++ compile flags when\nthere is "
                       "no compile_commands.json"}}},
      {"config", "privlint config --dump FILE", {}},
      {"help", "privlint help [command]", {}},
      {"version", "privlint version", {}},
  };
}

// Parses into its members; what was given is checked by resolve().
class CommandLine {
public:
  CommandLine();
  std::variant<Invocation, UsageError> parse(const std::vector<std::string> &Args);

private:
  CLI::App *declareRun(const char *Name, const char *Description, ReportCommand C);
  std::optional<UsageError> splitCompilerArgs(std::vector<std::string> &Args);
  std::variant<Invocation, UsageError> resolve();
  std::variant<Invocation, UsageError> resolveRoot();
  std::variant<Invocation, UsageError> resolveRun(CLI::App *Sub, ReportCommand C);
  std::variant<Invocation, UsageError> resolveHelp();
  std::optional<UsageError> checkChoices(CLI::App *Sub, ReportCommand C) const;
  std::optional<UsageError> checkValues(CLI::App *Sub, Invocation &I) const;
  UsageError unexpected(const CLI::App *Sub, const std::string &Arg) const;
  std::string otherCommandTaking(const CLI::App *Sub, const std::string &Flag) const;
  CLI::App *selected() const;
  std::vector<std::string> commandNames() const;

  CLI::App Root{"", "privlint"};
  CLI::App *Check, *Inventory, *Explain, *Config, *Help, *Version, *Lsp;
  RunFlags Run;
  LspFlags LspRun;
  bool LspStdio = false;
  std::string RuleId;    // explain
  std::string HelpTopic; // help's command
  std::string DumpFile;
  bool VersionFlag = false;
  bool ListRules = false; // explain --list
};

std::string commandOf(const CLI::App *Sub) {
  return Sub && Sub->get_parent() ? "privlint " + Sub->get_name() : "privlint";
}

CommandLine::CommandLine() {
  // Subcommands copy the formatter and the help flag: set them first.
  Root.formatter(std::make_shared<HelpFormatter>(commandHelps()));
  Root.set_help_flag("-h,--help", "show this help and exit");
  Root.add_flag("--version", VersionFlag, "print the version and exit");
  Root.footer("'privlint COMMAND --help' shows the options of a command.\n" +
              std::string(ExitCodes));
  Root.require_subcommand(0, 1);
  Check = declareRun("check",
                     "report personal data stored in plaintext or readable without "
                     "authentication",
                     ReportCommand::Check);
  Inventory =
      declareRun("inventory", "list the personal-data fields with their protection and exposure",
                 ReportCommand::Inventory);
  Explain = Root.add_subcommand("explain", "print the documentation page of a rule");
  Explain->add_option("rule-id", RuleId,
                      "a rule id, as in the brackets of a finding, or its\nclang-tidy check "
                      "name (privlint-<rule-id>)");
  Explain->add_flag("--list", ListRules, "list every rule id with its summary, one per line");
  Explain->footer("on a terminal the page is formatted (headings, code blocks); piped or\n"
                  "redirected it is the Markdown source\n"
                  "exit codes: 0 printed, 2 unknown rule or usage error");
  Config = Root.add_subcommand("config", "print the effective configuration for a file, value "
                                         "by value, with where each comes from");
  Config->add_option("--dump", DumpFile, "the file whose configuration to print")
      ->type_name("FILE");
  Config->footer("exit codes: 0 printed, 2 configuration or usage error");
  Lsp = Root.add_subcommand("lsp", "language server over standard input and output: privlint's "
                                   "diagnostics in editors, alone or in front of clangd");
  Lsp->add_option("--clangd", LspRun.Clangd,
                  "run clangd PATH as a child and merge privlint's diagnostics\ninto its own")
      ->type_name("PATH");
  Lsp->add_option("--log", LspRun.Log, "append the server's log to FILE (default: standard error)")
      ->type_name("FILE");
  Lsp->add_option("--config", LspRun.Config, "use FILE instead of the nearest .privlint.yaml")
      ->type_name("FILE");
  Lsp->add_option("--baseline", LspRun.Baseline, "report only findings not recorded in FILE")
      ->type_name("FILE");
  Lsp->add_option("-p", LspRun.CompileCommandsDir,
                  "C++: read compile_commands.json from BUILD_DIR (default: found\nupward from "
                  "each file, as clangd does)")
      ->type_name("BUILD_DIR");
  Lsp->add_option("--debounce", LspRun.Debounce,
                  "re-lint MS milliseconds after the last edit (default 200)")
      ->type_name("MS");
  Lsp->add_option("-j,--jobs", LspRun.Jobs, "analyse with N threads (default: all cores)")
      ->type_name("N");
  // Some clients add --stdio to a server's command line: it is the only transport.
  Lsp->add_flag("--stdio", LspStdio, "talk LSP over standard input and output (the default)")
      ->group("");
  Lsp->footer("exit codes: 0 after shutdown and exit, 1 when the client went away before "
              "shutdown, 2 usage error");
  Help = Root.add_subcommand("help", "show the help of privlint or of a command")->group("");
  Help->add_option("command", HelpTopic, "the command whose help to show");
  Version = Root.add_subcommand("version", "print the version")->group("");
  Help->footer("");
  Version->footer("");
  // Unknown arguments are reported by resolve(), with a suggestion.
  for (CLI::App *A : {&Root, Check, Inventory, Explain, Config, Help, Version, Lsp})
    A->allow_extras();
}

CLI::App *CommandLine::declareRun(const char *Name, const char *Description, ReportCommand C) {
  CLI::App *Sub = Root.add_subcommand(Name, Description);
  Sub->footer(C == ReportCommand::Check ? ExitCodes
                                        : "exit codes: 0 listed, 2 usage, configuration or "
                                          "internal error");
  Sub->add_option("paths", Run.Paths,
                  "files and directories (default: the current directory);\n'-' reads "
                  "standard input (needs --stdin-filename)");
  for (const FlagSpec &F : Flags) {
    if (!has(F.Accepted, C))
      continue;
    std::string Help = F.Allowed == formatChoices ? formatHelp(F, C) : F.Help;
    CLI::Option *O = F.Switch ? Sub->add_flag(F.Names, Run.*F.Switch, Help)
                              : Sub->add_option(F.Names, Run.*F.Text, Help)->type_name(F.Value);
    // The last of a repeated flag wins, as it always did.
    O->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    if (!has(F.Listed, C))
      O->group("");
  }
  return Sub;
}

// clang-tidy's convention: the first "--" that is not a flag's value ends the
// flags; what follows is the compile command of C++ inputs. CLI11 would read
// those words as paths, so they are cut off before it parses.
std::optional<UsageError> CommandLine::splitCompilerArgs(std::vector<std::string> &Args) {
  ReportCommand C = Args[0] == "check" ? ReportCommand::Check : ReportCommand::Inventory;
  auto ValueFlag = [&](const std::string &Arg) -> const FlagSpec * {
    for (const FlagSpec &F : Flags)
      if (F.Text && has(F.Accepted, C))
        for (const auto &S : spellings(F))
          if (S == Arg)
            return &F;
    return nullptr;
  };
  for (size_t I = 1; I < Args.size(); ++I) {
    if (Args[I] == "--") {
      Run.CompilerArgs.assign(Args.begin() + static_cast<long>(I) + 1, Args.end());
      Run.HaveCompilerArgs = true;
      Args.resize(I);
      break;
    }
    // CLI11 reads "--output=" as a flag without its value and would take the
    // next word; it is an empty value, as it always was.
    size_t Eq = Args[I].find('=');
    if (Eq + 1 == Args[I].size() && Args[I].rfind("--", 0) == 0 &&
        ValueFlag(Args[I].substr(0, Eq))) {
      Args[I].pop_back();
      Args.insert(Args.begin() + static_cast<long>(I) + 1, "");
      ++I;
      continue;
    }
    if (const FlagSpec *F = ValueFlag(Args[I])) {
      if (I + 1 == Args.size())
        return UsageError{F->Missing, "privlint " + Args[0]};
      ++I; // its value, even when it starts with '-'
    }
  }
  return std::nullopt;
}

std::variant<Invocation, UsageError> CommandLine::parse(const std::vector<std::string> &Args) {
  if (Args.empty())
    return UsageError{"no command given", "privlint"};
  std::vector<std::string> Front = Args;
  if (Front[0] == "check" || Front[0] == "inventory")
    if (auto Err = splitCompilerArgs(Front))
      return *Err;
  if (Front[0] == "lsp") {
    // Everything after the first "--" is clangd's (or the compile flags).
    auto Dash = std::find(Front.begin(), Front.end(), "--");
    if (Dash != Front.end()) {
      LspRun.Args.assign(Dash + 1, Front.end());
      LspRun.HaveArgs = true;
      Front.erase(Dash, Front.end());
    }
  }
  try {
    Root.parse(std::vector<std::string>(Front.rbegin(), Front.rend()));
  } catch (const CLI::CallForHelp &) {
    Invocation I;
    I.Kind = CommandKind::Help;
    I.HelpText = Root.help();
    return I;
  } catch (const CLI::ParseError &E) {
    if (selected() == Config)
      return UsageError{"config needs --dump FILE", "privlint config"};
    // Only an option given no value gets here: say it plainly.
    std::string Msg = E.what();
    size_t Colon = Msg.find(':');
    if (dynamic_cast<const CLI::ArgumentMismatch *>(&E) && Colon != std::string::npos)
      Msg = Msg.substr(0, Colon) + " needs a value";
    return UsageError{Msg, commandOf(selected())};
  }
  return resolve();
}

CLI::App *CommandLine::selected() const {
  auto Subs = Root.get_subcommands();
  return Subs.empty() ? nullptr : Subs.front();
}

std::vector<std::string> CommandLine::commandNames() const {
  std::vector<std::string> Names;
  for (const CLI::App *Sub : Root.get_subcommands([](const CLI::App *) { return true; }))
    Names.push_back(Sub->get_name());
  return Names;
}

std::variant<Invocation, UsageError> CommandLine::resolve() {
  if (!Root.remaining().empty() || !selected())
    return resolveRoot();
  CLI::App *Sub = selected();
  std::vector<std::string> Rest = Sub->remaining();
  bool Flag = !Rest.empty() && Rest.front().size() > 1 && Rest.front()[0] == '-';
  // A second rule id is no typo: say what explain takes.
  if (Sub == Explain && !Flag) {
    bool HasId = Explain->count("rule-id") != 0;
    if (ListRules && (HasId || !Rest.empty()))
      return UsageError{"explain takes a rule id or --list, not both", commandOf(Sub)};
    if (!ListRules && (!HasId || !Rest.empty()))
      return UsageError{"explain takes one rule id", commandOf(Sub)};
  }
  if (!Rest.empty())
    return unexpected(Sub, Rest.front());
  if (Sub == Check)
    return resolveRun(Sub, ReportCommand::Check);
  if (Sub == Inventory)
    return resolveRun(Sub, ReportCommand::Inventory);
  if (Sub == Help)
    return resolveHelp();
  Invocation I;
  if (Sub == Lsp) {
    I.Kind = CommandKind::Lsp;
    I.Lsp = LspRun;
    auto Number = [](const std::string &V, long Min, long Max, long &Out) {
      char *End = nullptr;
      Out = std::strtol(V.c_str(), &End, 10);
      return !V.empty() && End && !*End && Out >= Min && Out <= Max;
    };
    long N = 0;
    if (Lsp->count("--jobs")) {
      if (!Number(LspRun.Jobs, 1, 1024, N))
        return UsageError{"-j needs a number between 1 and 1024", commandOf(Sub)};
      I.Jobs = static_cast<unsigned>(N);
    }
    if (Lsp->count("--debounce")) {
      if (!Number(LspRun.Debounce, 0, 60000, N))
        return UsageError{"--debounce needs milliseconds between 0 and 60000", commandOf(Sub)};
      I.DebounceMs = static_cast<unsigned>(N);
    }
    if (Lsp->count("--clangd") && LspRun.Clangd.empty())
      return UsageError{"--clangd needs the path of clangd", commandOf(Sub)};
    return I;
  }
  if (Sub == Version) {
    I.Kind = CommandKind::Version;
  } else if (Sub == Explain) {
    I.Kind = CommandKind::Explain;
    I.RuleId = RuleId;
    I.ListRules = ListRules;
  } else {
    if (Config->count("--dump") == 0)
      return UsageError{"config needs --dump FILE", commandOf(Sub)};
    I.Kind = CommandKind::Config;
    I.DumpFile = DumpFile;
  }
  return I;
}

// Before the command: --help, --version, or a mistake.
std::variant<Invocation, UsageError> CommandLine::resolveRoot() {
  std::vector<std::string> Rest = Root.remaining();
  if (Rest.empty() && VersionFlag) {
    Invocation I;
    I.Kind = CommandKind::Version;
    return I;
  }
  if (Rest.empty())
    return UsageError{"no command given", "privlint"};
  const std::string &First = Rest.front();
  if (First.size() > 1 && First[0] == '-')
    return unexpected(&Root, First);
  return UsageError{"unknown command '" + First + "'" + didYouMean(First, commandNames()),
                    "privlint"};
}

std::variant<Invocation, UsageError> CommandLine::resolveHelp() {
  Invocation I;
  I.Kind = CommandKind::Help;
  if (HelpTopic.empty()) {
    I.HelpText = Root.get_formatter()->make_help(&Root, "privlint", CLI::AppFormatMode::Normal);
    return I;
  }
  for (CLI::App *Sub : {Check, Inventory, Explain, Config, Lsp, Help, Version})
    if (Sub->get_name() == HelpTopic) {
      I.HelpText = Sub->help();
      return I;
    }
  return UsageError{"unknown command '" + HelpTopic + "'" + didYouMean(HelpTopic, commandNames()),
                    "privlint help"};
}

std::variant<Invocation, UsageError> CommandLine::resolveRun(CLI::App *Sub, ReportCommand C) {
  if (auto Err = checkChoices(Sub, C))
    return *Err;
  Invocation I;
  I.Kind = C == ReportCommand::Check ? CommandKind::Check : CommandKind::Inventory;
  I.Run = Run;
  I.Format = Sub->count("--format") ? findReporter(Run.Format, C) : &defaultReporter(C);
  if (auto Err = checkValues(Sub, I))
    return *Err;
  auto Stdin = std::find(I.Run.Paths.begin(), I.Run.Paths.end(), "-");
  I.UseStdin = Stdin != I.Run.Paths.end();
  I.Run.Paths.erase(std::remove(I.Run.Paths.begin(), I.Run.Paths.end(), "-"), I.Run.Paths.end());
  if (I.UseStdin && I.Run.StdinFilename.empty())
    return UsageError{"'-' (standard input) needs --stdin-filename NAME", commandOf(Sub)};
  return I;
}

// Every flag with a fixed set of values holds one of them.
std::optional<UsageError> CommandLine::checkChoices(CLI::App *Sub, ReportCommand C) const {
  for (const FlagSpec &F : Flags) {
    if (!F.Allowed || !has(F.Accepted, C) || Sub->count(longName(F)) == 0)
      continue;
    const std::string &V = Run.*F.Text;
    std::vector<std::string> Allowed = F.Allowed(C);
    if (std::find(Allowed.begin(), Allowed.end(), V) != Allowed.end())
      continue;
    std::string Hint = didYouMean(V, Allowed);
    if (F.Allowed == formatChoices)
      return UsageError{
          "unknown --format '" + V + "'" +
              (Hint.empty() ? "; " + Sub->get_name() + " writes " + joinOr(Allowed) : Hint),
          commandOf(Sub)};
    return UsageError{longName(F) + " must be " + joinOr(Allowed) + Hint, commandOf(Sub)};
  }
  return std::nullopt;
}

// The values that are numbers, severities or must not be empty.
std::optional<UsageError> CommandLine::checkValues(CLI::App *Sub, Invocation &I) const {
  if (Sub->count("--jobs")) {
    char *End = nullptr;
    long N = std::strtol(Run.Jobs.c_str(), &End, 10);
    if (Run.Jobs.empty() || !End || *End || N < 1 || N > 1024)
      return UsageError{"-j needs a number between 1 and 1024", commandOf(Sub)};
    I.Jobs = static_cast<unsigned>(N);
  }
  if (Sub->count("--fail-on"))
    I.FailOn = parseSeverity(Run.FailOn);
  if (Sub->count("--diff-base") && Run.DiffBase.empty())
    return UsageError{"--diff-base needs a git revision", commandOf(Sub)};
  // The counts are a table for people; the other formats have their own.
  if (Run.Statistics && I.Kind == CommandKind::Check && I.Format->Name != "text")
    return UsageError{"--statistics writes text; it cannot be used with --format " +
                          std::string(I.Format->Name),
                      commandOf(Sub)};
  return std::nullopt;
}

// An argument no declaration took: a mistyped flag, most likely.
UsageError CommandLine::unexpected(const CLI::App *Sub, const std::string &Arg) const {
  if (Arg.size() < 2 || Arg[0] != '-')
    return UsageError{"unexpected argument '" + Arg + "'", commandOf(Sub)};
  std::string Name = Arg.substr(0, Arg.find('='));
  std::vector<std::string> Known;
  for (const CLI::Option *O : Sub->get_options())
    for (const std::string &L : O->get_lnames())
      Known.push_back("--" + L);
  // clang-tidy spells long flags with one dash: "-format" is "--format".
  if (Name.size() > 2 && Name[1] != '-')
    Name = "-" + Name;
  std::string Hint = std::find(Known.begin(), Known.end(), Name) != Known.end()
                         ? "; did you mean '" + Name + "'?"
                         : didYouMean(Name, Known);
  if (Hint.empty())
    Hint = otherCommandTaking(Sub, Name);
  return UsageError{"unknown option '" + Arg + "'" + Hint, commandOf(Sub)};
}

// "; it is an option of 'privlint inventory'" for check --explain.
std::string CommandLine::otherCommandTaking(const CLI::App *Sub, const std::string &Flag) const {
  for (const CLI::App *Other : {Check, Inventory, Config, Lsp})
    if (Other != Sub && Other->get_option_no_throw(Flag))
      return "; it is an option of '" + commandOf(Other) + "'";
  return "";
}

} // namespace

std::variant<Invocation, UsageError> parseCommandLine(const std::vector<std::string> &Args) {
  CommandLine CL;
  return CL.parse(Args);
}

} // namespace privlint
