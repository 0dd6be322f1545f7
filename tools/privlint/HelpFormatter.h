// The --help text of privlint and its commands, in one fixed layout: names in
// declaration order, descriptions never re-wrapped, so the text depends on
// nothing but the declarations (not on the terminal's width).
#pragma once

#include <CLI/App.hpp>
#include <CLI/FormatterFwd.hpp>

#include <string>
#include <utility>
#include <vector>

namespace privlint {

/// What CLI11 does not hold about a command.
struct CommandHelp {
  std::string Name;     // "check"; "" for privlint itself
  std::string Synopsis; // lines after "usage: "
  /// Argument lines beyond CLI11's positionals ("-- ARGS...", its meaning).
  std::vector<std::pair<std::string, std::string>> ExtraArguments;
};

class HelpFormatter : public CLI::FormatterBase {
public:
  explicit HelpFormatter(std::vector<CommandHelp> Commands) : Commands(std::move(Commands)) {}
  std::string make_help(const CLI::App *App, std::string Name,
                        CLI::AppFormatMode Mode) const override;

private:
  const CommandHelp &helpOf(const CLI::App *App) const;
  std::vector<std::pair<std::string, std::string>> argumentRows(const CLI::App *App) const;
  static std::vector<std::pair<std::string, std::string>> optionRows(const CLI::App *App);
  static std::vector<std::pair<std::string, std::string>> commandRows(const CLI::App *App);

  std::vector<CommandHelp> Commands;
};

} // namespace privlint
