// Unit tests of the helpers that keep output valid and recovery going:
// Support/Utf8.h and the PostgreSQL statement-text helpers.
#include "Frontend/Postgres/PostgresStatementText.h"
#include "Support/Utf8.h"

#include <gtest/gtest.h>

using namespace privlint;

TEST(Utf8, SanitizeReplacesEachInvalidByte) {
  EXPECT_EQ(sanitizeUtf8("caf\xc3\xa9"), "caf\xc3\xa9");
  EXPECT_EQ(sanitizeUtf8("a\xff"
                         "b"),
            "a\xEF\xBF\xBD"
            "b");
  // A character cut in two: each remaining byte is one U+FFFD.
  EXPECT_EQ(sanitizeUtf8("5\xe2\x82"), "5\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_TRUE(isValidUtf8(sanitizeUtf8("\xc0\xaf\xed\xa0\x80\xf8")));
}

TEST(Utf8, PrefixCutsBetweenCharacters) {
  EXPECT_EQ(utf8Prefix("ab\xe2\x82\xac", 4), "ab");
  EXPECT_EQ(utf8Prefix("ab\xe2\x82\xac", 5), "ab\xe2\x82\xac");
  EXPECT_EQ(utf8Prefix("abc", 2), "ab");
}

TEST(Utf8, PathsAreReversible) {
  EXPECT_EQ(percentEncodePath("db/a\xff.sql"), "db/a%FF.sql");
  EXPECT_EQ(percentEncodePath("100%41.sql"), "100%2541.sql");
  EXPECT_EQ(percentEncodePath("100%.sql"), "100%.sql");
  EXPECT_EQ(percentEncodePath("caf\xc3\xa9 #1.sql"), "caf\xc3\xa9 #1.sql");
}

TEST(Utf8, UrisFollowRfc3986) {
  EXPECT_EQ(uriEncode("db/my schema#1.sql"), "db/my%20schema%231.sql");
  EXPECT_EQ(uriEncode("caf\xc3\xa9/a\xff"), "caf%C3%A9/a%FF");
  EXPECT_EQ(uriEncode("a:b/c:d+e@f"), "a%3Ab/c:d+e@f"); // ':' not in the first segment
  EXPECT_EQ(uriEncode("/abs/x_y-z.~sql"), "/abs/x_y-z.~sql");
}

TEST(PostgresStatementText, SplitsAtEverySemicolonOutsideQuotes) {
  std::string_view T = "SELECT (;\nCREATE TABLE b (x text DEFAULT ';');\n"
                       "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; -- ;\n"
                       "/* ; */ COMMENT ON TABLE b IS E'a\\';'; ";
  auto P = splitAtSemicolons(T);
  ASSERT_EQ(P.size(), 4u);
  EXPECT_EQ(T.substr(P[0].first, P[0].second - P[0].first), "SELECT (;");
  EXPECT_EQ(T.substr(P[1].first, P[1].second - P[1].first),
            "\nCREATE TABLE b (x text DEFAULT ';');");
  EXPECT_NE(T.substr(P[2].first, P[2].second - P[2].first).find("LANGUAGE sql;"),
            std::string_view::npos);
  EXPECT_NE(T.substr(P[3].first, P[3].second - P[3].first).find("E'a\\';';"),
            std::string_view::npos);
}

TEST(PostgresStatementText, ChunkCutsAfterTopLevelSemicolons) {
  // ChunkBytes 1: a cut after every ';' that ends a statement at the top level.
  std::string_view T = "CREATE TABLE a (x text DEFAULT ';');\n"
                       "CREATE RULE r AS ON INSERT TO a DO ALSO (SELECT 1; SELECT 2);\n"
                       "CREATE FUNCTION f() RETURNS int AS $b$ SELECT 1; $b$ LANGUAGE sql;\n"
                       "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1;\n"
                       "  SELECT CASE WHEN true THEN 1 END; END;\n"
                       "-- ; /* ; */\nCOMMENT ON TABLE a IS E'x\\';';\n"
                       "SELECT a);\nSELECT 1;\nSELECT (1);";
  auto Cuts = chunkCuts(T, 1);
  ASSERT_EQ(Cuts.size(), 5u);
  EXPECT_TRUE(T.substr(0, Cuts[0]).ends_with("DEFAULT ';');"));
  EXPECT_TRUE(T.substr(0, Cuts[1]).ends_with("SELECT 2);"));
  EXPECT_TRUE(T.substr(0, Cuts[2]).ends_with("LANGUAGE sql;"));
  EXPECT_TRUE(T.substr(0, Cuts[3]).ends_with("END; END;"));
  EXPECT_TRUE(T.substr(0, Cuts[4]).ends_with("E'x\\';';"));
  // After a ')' too many, no cut until a '(' more: libpg_query's split does
  // not end a statement there either. The end of the text is never a cut.
  EXPECT_TRUE(chunkCuts("SELECT a); SELECT 1; SELECT (1); SELECT 2;", 1).empty());
  // Cuts at least ChunkBytes apart.
  EXPECT_EQ(chunkCuts("SELECT 1; SELECT 2; SELECT 3; SELECT 4;", 15), std::vector<uint32_t>{19});
}

TEST(PostgresStatementText, SkipLexeme) {
  struct Case {
    std::string_view Text;
    size_t At, End;
  };
  const Case Cases[] = {
      // Nothing starts here: At itself.
      {"SELECT 1", 0, 0},
      {"a - b / c", 2, 2},
      {"SELECT $1", 7, 7},   // a parameter, not a dollar quote
      {"SELECT a$b$", 8, 8}, // part of a name
      // Comments: a line comment stops at its '\n'; block comments nest.
      {"-- x ;\nSELECT", 0, 6},
      {"/* a /* b */ c */ d", 0, 17},
      {"/* a */ b */", 0, 7},
      // '' and "" double a quote.
      {"'it''s' x", 0, 7},
      {"\"a\"\"b\" x", 0, 6},
      // E'...' takes backslash escapes; a plain '...' and "..." do not.
      {"E'\\'' x", 1, 5},
      {" e'a\\'b' x", 2, 8},
      {"'a\\' x", 0, 4},
      {"nameE'a\\' x", 5, 9}, // this E ends a longer name
      {"\"a\\\" x", 0, 4},
      // Dollar quotes: $$ and $tag$, closed by the same tag only.
      {"$$ ' $$ x", 0, 7},
      {"$fn$ $$ ; $x$ $fn$ x", 0, 18},
      // Unterminated forms end at the end of the text.
      {"-- x", 0, 4},
      {"/* a /* b */ c", 0, 14},
      {"/*", 0, 2},
      {"'abc", 0, 4},
      {"\"abc", 0, 4},
      {"E'a\\", 1, 4}, // a '\' as the last byte
      {"$t$ body $x$", 0, 12},
  };
  for (const Case &C : Cases)
    EXPECT_EQ(skipLexeme(C.Text, C.At), C.End) << C.Text << " at " << C.At;
}

TEST(PostgresStatementText, DataStatements) {
  EXPECT_TRUE(isDataStatement("SELECT (;"));
  EXPECT_TRUE(isDataStatement("  -- c\n insert into t values ((1;"));
  EXPECT_TRUE(isDataStatement("(select 1) union (select"));
  EXPECT_TRUE(isDataStatement("WITH x AS (DELETE FROM t RETURNING *) SELECT"));
  EXPECT_FALSE(isDataStatement("CREATE TABLE t (a int"));
  EXPECT_FALSE(isDataStatement("grant select on (t to anon"));
  EXPECT_FALSE(isDataStatement("DO $$ BEGIN"));
  EXPECT_FALSE(isDataStatement("tabel t"));
}
