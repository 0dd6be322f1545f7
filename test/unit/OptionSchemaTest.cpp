// The configuration keys frontends declare agree with schemas/config-v1.json:
// every declared key is a property of its section there, with the same type
// and choices, and the schema has no frontend key nobody declares.
#include "Engine/Config.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <gtest/gtest.h>
#include <set>

using namespace privlint;

#ifndef PRIVLINT_SOURCE_DIR
#error "PRIVLINT_SOURCE_DIR must name the source tree"
#endif

TEST(OptionSchema, DeclaredOptionsMatchTheConfigSchema) {
  std::ifstream In(std::string(PRIVLINT_SOURCE_DIR) + "/schemas/config-v1.json");
  ASSERT_TRUE(In.good());
  nlohmann::json Schema = nlohmann::json::parse(In);
  const auto &Props = Schema.at("properties");
  std::set<std::string> Sections;
  for (const OptionSpec &O : frontendOptions().options()) {
    Sections.insert(O.Section);
    ASSERT_TRUE(Props.contains(O.Section)) << O.Section;
    const auto &Sec = Props.at(O.Section).at("properties");
    ASSERT_TRUE(Sec.contains(O.Name)) << O.key() << " is not in schemas/config-v1.json";
    const auto &P = Sec.at(O.Name);
    switch (O.Kind) {
    case OptionSpec::Type::List:
      EXPECT_EQ(P.value("$ref", ""), "#/$defs/stringList") << O.key();
      break;
    case OptionSpec::Type::Choice: {
      ASSERT_TRUE(P.contains("enum")) << O.key();
      EXPECT_EQ(P.at("enum").get<std::vector<std::string>>(), O.Choices) << O.key();
      break;
    }
    case OptionSpec::Type::String:
    case OptionSpec::Type::Regex:
      EXPECT_EQ(P.value("type", ""), "string") << O.key();
      break;
    }
  }
  for (const auto &Section : Sections)
    for (const auto &[Name, P] : Props.at(Section).at("properties").items())
      EXPECT_NE(frontendOptions().find(Section + "." + Name), nullptr)
          << Section << "." << Name << " is in the schema but no frontend declares it";
}

TEST(OptionSchema, DefaultsAndValues) {
  Config C;
  EXPECT_EQ(C.list("sql.anonymous_roles"), (std::vector<std::string>{"anon", "PUBLIC"}));
  EXPECT_EQ(C.string("sql.dialect"), "");
  EXPECT_FALSE(C.isSet("sql.dialect"));
  std::vector<ConfigError> Errs;
  auto P = parseConfig(
      "c.yaml", "version: 1\nsql:\n  dialect: mysql\norm:\n  encrypted_types: [X]\n", {}, Errs);
  ASSERT_TRUE(P) << (Errs.empty() ? "" : Errs.front().format());
  EXPECT_EQ(P->string("sql.dialect"), "mysql");
  EXPECT_TRUE(P->isSet("sql.dialect"));
  EXPECT_EQ(P->list("orm.encrypted_types"), (std::vector<std::string>{"X"}));
  EXPECT_FALSE(parseConfig("c.yaml", "sql:\n  dialect: oracle\n", {}, Errs));
  ASSERT_EQ(Errs.size(), 1u);
  EXPECT_EQ(Errs[0].Message, "key 'sql.dialect' must be one of postgres, mysql, sqlite");
  Errs.clear();
  EXPECT_FALSE(parseConfig("c.yaml", "sql:\n  nope: 1\n", {}, Errs));
  ASSERT_EQ(Errs.size(), 1u);
  EXPECT_EQ(
      Errs[0].Message,
      "unknown key 'sql.nope'; expected one of: anonymous_roles exposed_schemas preset dialect");
  // Every error of a file, in document order, with the closest names.
  Errs.clear();
  EXPECT_FALSE(
      parseConfig("c.yaml", "sql:\n  dialect: mysq\n  anon_role: [x]\nfail-on: note\n", {}, Errs));
  ASSERT_EQ(Errs.size(), 3u);
  EXPECT_EQ(Errs[0].format(), "c.yaml:2:12: error: key 'sql.dialect' must be one of postgres, "
                              "mysql, sqlite; did you mean 'mysql'?");
  EXPECT_EQ(Errs[1].Line, 3u);
  EXPECT_EQ(Errs[2].format(), "c.yaml:4:1: error: unknown key 'fail-on'; did you mean 'fail_on'?");
}
