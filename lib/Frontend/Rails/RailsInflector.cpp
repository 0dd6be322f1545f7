#include "Frontend/Rails/RailsInflector.h"
#include "Support/Text.h"

#include <array>
#include <cctype>
#include <regex>
#include <string_view>
#include <utility>
#include <vector>

namespace privlint::rails {

namespace {

struct Rule {
  std::regex Pattern;
  std::string Replacement; // $1-style
};

std::vector<Rule> compile(std::initializer_list<std::pair<const char *, const char *>> Rules) {
  // ActiveSupport applies the most recently defined rule first: reverse.
  std::vector<Rule> Out;
  for (const auto &[P, R] : Rules)
    Out.push_back({std::regex(P, std::regex::icase | std::regex::ECMAScript), R});
  return {Out.rbegin(), Out.rend()};
}

// ActiveSupport's inflections.rb (en), in definition order.
const std::vector<Rule> &pluralRules() {
  static const std::vector<Rule> R = compile({
      {"$", "s"},
      {"s$", "s"},
      {"^(ax|test)is$", "$1es"},
      {"(octop|vir)us$", "$1i"},
      {"(octop|vir)i$", "$1i"},
      {"(alias|status)$", "$1es"},
      {"(bu)s$", "$1ses"},
      {"(buffal|tomat)o$", "$1oes"},
      {"([ti])um$", "$1a"},
      {"([ti])a$", "$1a"},
      {"sis$", "ses"},
      {"(?:([^f])fe|([lr])f)$", "$1$2ves"},
      {"(hive)$", "$1s"},
      {"([^aeiouy]|qu)y$", "$1ies"},
      {"(x|ch|ss|sh)$", "$1es"},
      {"(matr|vert|ind)(?:ix|ex)$", "$1ices"},
      {"^(m|l)ouse$", "$1ice"},
      {"^(m|l)ice$", "$1ice"},
      {"^(ox)$", "$1en"},
      {"^(oxen)$", "$1"},
      {"(quiz)$", "$1zes"},
  });
  return R;
}

const std::vector<Rule> &singularRules() {
  static const std::vector<Rule> R = compile({
      {"s$", ""},
      {"(ss)$", "$1"},
      {"(n)ews$", "$1ews"},
      {"([ti])a$", "$1um"},
      {"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", "$1sis"},
      {"(^analy)(sis|ses)$", "$1sis"},
      {"([^f])ves$", "$1fe"},
      {"(hive)s$", "$1"},
      {"(tive)s$", "$1"},
      {"([lr])ves$", "$1f"},
      {"([^aeiouy]|qu)ies$", "$1y"},
      {"(s)eries$", "$1eries"},
      {"(m)ovies$", "$1ovie"},
      {"(x|ch|ss|sh)es$", "$1"},
      {"^(m|l)ice$", "$1ouse"},
      {"(bus)(es)?$", "$1"},
      {"(o)es$", "$1"},
      {"(shoe)s$", "$1"},
      {"(cris|test)(is|es)$", "$1is"},
      {"^(a)x[ie]s$", "$1xis"},
      {"(octop|vir)(us|i)$", "$1us"},
      {"(alias|status)(es)?$", "$1"},
      {"^(ox)en", "$1"},
      {"(vert|ind)ices$", "$1ex"},
      {"(matr)ices$", "$1ix"},
      {"(quiz)zes$", "$1"},
      {"(database)s$", "$1"},
  });
  return R;
}

// Irregular words (singular, plural); ActiveSupport matches them as suffixes
// (woman -> women, salesperson -> salespeople).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> Irregulars = {{
    {"person", "people"},
    {"man", "men"},
    {"child", "children"},
    {"sex", "sexes"},
    {"move", "moves"},
    {"zombie", "zombies"},
}};

constexpr std::array<std::string_view, 10> Uncountables = {
    "equipment", "information", "rice",  "money", "species",
    "series",    "fish",        "sheep", "jeans", "police"};

std::string apply(const std::string &Word, bool Plural) {
  if (Word.empty())
    return Word;
  std::string L = lowerAscii(Word);
  // Rails checks uncountables against the last word of the name.
  size_t Cut = L.find_last_of("_/");
  std::string Last = Cut == std::string::npos ? L : L.substr(Cut + 1);
  for (auto U : Uncountables)
    if (Last == U)
      return Word;
  for (const auto &[Sing, Plur] : Irregulars) {
    std::string_view From = Plural ? Sing : Plur, To = Plural ? Plur : Sing;
    if (L.ends_with(To))
      return Word; // already in the target form
    if (L.ends_with(From))
      return Word.substr(0, Word.size() - From.size() + 1) + std::string(To.substr(1));
  }
  for (const auto &R : Plural ? pluralRules() : singularRules())
    if (std::regex_search(Word, R.Pattern))
      return std::regex_replace(Word, R.Pattern, R.Replacement,
                                std::regex_constants::format_first_only);
  return Word;
}

} // namespace

std::string underscore(const std::string &S) {
  std::string Out;
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C == ':' && I + 1 < S.size() && S[I + 1] == ':') {
      Out += '/';
      ++I;
      continue;
    }
    bool Up = std::isupper(static_cast<unsigned char>(C));
    if (Up && I > 0 && S[I - 1] != ':') {
      char P = S[I - 1];
      bool PrevLowerOrDigit = std::islower(static_cast<unsigned char>(P)) ||
                              std::isdigit(static_cast<unsigned char>(P));
      bool AcronymEnd = std::isupper(static_cast<unsigned char>(P)) && I + 1 < S.size() &&
                        std::islower(static_cast<unsigned char>(S[I + 1]));
      if (PrevLowerOrDigit || AcronymEnd)
        Out += '_';
    }
    Out += C == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  }
  return Out;
}

std::string pluralize(const std::string &Word) { return apply(Word, true); }
std::string singularize(const std::string &Word) { return apply(Word, false); }

std::string tableNameForClass(const std::string &ClassName) {
  std::string Name = ClassName;
  if (size_t P = Name.rfind("::"); P != std::string::npos)
    Name = Name.substr(P + 2);
  return pluralize(underscore(Name));
}

} // namespace privlint::rails
