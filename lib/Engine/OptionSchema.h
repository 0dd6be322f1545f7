// Configuration keys that frontends declare (Frontend::declareOptions): the
// engine reads, validates, dumps and defaults them without knowing what they
// mean. Keys the engine itself owns (version, rules, classify, paths,
// fail_on, output) are not declared here.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace privlint {

struct Config;

struct OptionSpec {
  enum class Type { String, List, Choice, Regex };
  std::string Section; // "sql"
  std::string Name;    // "dialect"
  Type Kind = Type::String;
  std::vector<std::string> Choices;     // Type::Choice
  std::vector<std::string> DefaultList; // Type::List
  std::string DefaultString;            // the others
  /// Where the section goes among the top-level keys (the unknown-key
  /// message and `config --dump` list sections by rank): version 0, rules
  /// 10, classify 20, paths 40, fail_on 80, output 90.
  int SectionRank = 50;
  /// How `config --dump` shows the value when it was not set: the shown
  /// value and the comment ("default"), computed for the dumped file.
  std::function<std::pair<std::string, std::string>(const Config &, const std::string &File)>
      DumpDefault;
  /// How `config --dump` shows an empty string ("auto", "\"\"").
  std::string EmptyDisplay;
  bool DumpQuoted = false; // shown in double quotes (regular expressions)

  std::string key() const { return Section + "." + Name; }
};

class OptionSchema {
public:
  /// Adds S; a key declared again (by a sibling frontend) is kept once.
  void add(OptionSpec S);
  const std::vector<OptionSpec> &options() const { return Options; }
  const OptionSpec *find(std::string_view Key) const;
  /// The declared options of Section, in declaration order.
  std::vector<const OptionSpec *> section(std::string_view Section) const;
  /// The declared sections with their ranks, in declaration order.
  std::vector<std::pair<std::string, int>> sections() const;

private:
  std::vector<OptionSpec> Options;
};

} // namespace privlint
