#include "HelpFormatter.h"

#include <CLI/Option.hpp>

#include <sstream>

namespace privlint {
namespace {

// Descriptions start in this column; a longer name puts its description on
// the next line, as the usage text always did.
constexpr size_t DescriptionColumn = 30;

void section(std::ostringstream &OS, const char *Title,
             const std::vector<std::pair<std::string, std::string>> &Rows) {
  if (Rows.empty())
    return;
  OS << '\n' << Title << ":\n";
  for (const auto &[Name, Description] : Rows) {
    std::string Left = "  " + Name;
    OS << Left;
    if (Left.size() + 1 >= DescriptionColumn)
      OS << '\n' << std::string(DescriptionColumn, ' ');
    else
      OS << std::string(DescriptionColumn - Left.size(), ' ');
    // Continuation lines of a description keep their own indentation.
    for (char C : Description) {
      OS << C;
      if (C == '\n')
        OS << std::string(DescriptionColumn, ' ');
    }
    OS << '\n';
  }
}

// "-o, --output FILE": every spelling, then the value's name.
std::string optionName(const CLI::Option *O) {
  std::string Names;
  for (char C : O->get_name(false, true))
    Names += C == ',' ? std::string(", ") : std::string(1, C);
  std::string Value = O->get_type_name();
  return Value.empty() ? Names : Names + ' ' + Value;
}

} // namespace

const CommandHelp &HelpFormatter::helpOf(const CLI::App *App) const {
  std::string Name = App->get_parent() ? App->get_name() : "";
  for (const auto &C : Commands)
    if (C.Name == Name)
      return C;
  static const CommandHelp None;
  return None;
}

std::vector<std::pair<std::string, std::string>>
HelpFormatter::argumentRows(const CLI::App *App) const {
  std::vector<std::pair<std::string, std::string>> Rows;
  for (const CLI::Option *O : App->get_options(
           [](const CLI::Option *O) { return O->get_positional() && !O->get_group().empty(); }))
    Rows.emplace_back(O->get_name(true) + (O->get_items_expected_max() > 1 ? "..." : ""),
                      O->get_description());
  for (const auto &Row : helpOf(App).ExtraArguments)
    Rows.push_back(Row);
  return Rows;
}

// Options in declaration order, with -h, --help last.
std::vector<std::pair<std::string, std::string>> HelpFormatter::optionRows(const CLI::App *App) {
  std::vector<std::pair<std::string, std::string>> Rows;
  const CLI::Option *Help = App->get_help_ptr();
  for (const CLI::Option *O : App->get_options())
    if (O != Help && !O->get_positional() && !O->get_group().empty())
      Rows.emplace_back(optionName(O), O->get_description());
  if (Help)
    Rows.emplace_back(optionName(Help), Help->get_description());
  return Rows;
}

std::vector<std::pair<std::string, std::string>> HelpFormatter::commandRows(const CLI::App *App) {
  std::vector<std::pair<std::string, std::string>> Rows;
  for (const CLI::App *Sub :
       App->get_subcommands([](const CLI::App *S) { return !S->get_group().empty(); }))
    Rows.emplace_back(Sub->get_name(), Sub->get_description());
  return Rows;
}

std::string HelpFormatter::make_help(const CLI::App *App, std::string, CLI::AppFormatMode) const {
  std::ostringstream OS;
  const CommandHelp &H = helpOf(App);
  OS << "usage: ";
  for (char C : H.Synopsis)
    OS << C << (C == '\n' ? "       " : "");
  OS << '\n';
  if (App->get_parent() && !App->get_description().empty())
    OS << '\n' << App->get_description() << '\n';
  section(OS, "commands", commandRows(App));
  section(OS, "arguments", argumentRows(App));
  section(OS, "options", optionRows(App));
  if (!App->get_footer().empty())
    OS << '\n' << App->get_footer() << '\n';
  return OS.str();
}

} // namespace privlint
