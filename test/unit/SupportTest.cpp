#include "Engine/Discovery.h"
#include "Engine/RuleRegistry.h"
#include "Frontend/Orm/OrmSourceFrontend.h"
#include "Frontend/Sql/SqlDialect.h"
#include "Frontend/Sql/SqlText.h"
#include "Support/JsonEscape.h"
#include "Support/Paths.h"
#include "Support/SourceFile.h"
#include "Support/Utf8.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace privlint;

TEST(VersionOrder, NumbersCompareNumerically) {
  EXPECT_TRUE(versionLess("V2__add.sql", "V10__more.sql"));
  EXPECT_FALSE(versionLess("V10__more.sql", "V2__add.sql"));
  EXPECT_TRUE(versionLess("20230101_a.sql", "20231231_b.sql"));
  EXPECT_TRUE(versionLess("1_init.sql", "001_second.sql") ||
              versionLess("001_second.sql", "1_init.sql"));
  EXPECT_TRUE(versionLess("a.sql", "b.sql"));
}

TEST(SourceFile, LinesColumnsAndUtf16) {
  SourceFile F("x.sql", "ab\nc\xc3\xa9"
                        "d\n\xf0\x9f\x98\x80x");
  EXPECT_EQ(F.lineOf(0), 1u);
  EXPECT_EQ(F.lineOf(3), 2u);
  EXPECT_EQ(F.columnOf(3), 1u);
  EXPECT_EQ(F.columnOf(6), 4u); // 'd' after a 2-byte character
  EXPECT_EQ(F.utf16Column(2, 4), 3u);
  EXPECT_EQ(F.utf16Column(3, 5), 3u); // after a surrogate pair
  EXPECT_EQ(F.lineText(2), "c\xc3\xa9"
                           "d");
}

TEST(SourceFile, InvalidUtf8) {
  EXPECT_EQ(findInvalidUtf8("plain"), -1);
  EXPECT_EQ(findInvalidUtf8("ok\xc3\xa9"), -1);
  EXPECT_EQ(findInvalidUtf8("ab\xff"), 2);
  EXPECT_EQ(findInvalidUtf8("a\xc0\xaf"), 1);     // overlong
  EXPECT_EQ(findInvalidUtf8("a\xed\xa0\x80"), 1); // surrogate
}

TEST(Utf8, AppendUtf8) {
  std::string S;
  for (uint32_t C : {0x41u, 0xE9u, 0x20ACu, 0x1F600u})
    appendUtf8(S, C);
  EXPECT_EQ(S, "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
  // A lone surrogate (a JSON or Prisma "\uD800") keeps its three bytes, not
  // valid UTF-8; beyond U+10FFFF there is no UTF-8: U+FFFD.
  S.clear();
  appendUtf8(S, 0xD800);
  appendUtf8(S, 0xDFFF);
  EXPECT_EQ(S, "\xed\xa0\x80\xed\xbf\xbf");
  S.clear();
  appendUtf8(S, 0x110000);
  EXPECT_EQ(S, "\xef\xbf\xbd");
}

TEST(JsonEscape, DecodesOneEscape) {
  struct Case {
    std::string_view Text;
    JsonEscape Want;
    std::string_view Out;
    size_t End;
  };
  const Case Cases[] = {
      {"\\n", JsonEscape::Decoded, "\n", 2},
      {"\\/x", JsonEscape::Decoded, "/", 2},
      {"\\u00e9", JsonEscape::Decoded, "\xc3\xa9", 6},
      // A pair is one character; a lone surrogate keeps its three bytes.
      {"\\ud83d\\ude00!", JsonEscape::Decoded, "\xf0\x9f\x98\x80", 12},
      {"\\uD83D\\uDE00", JsonEscape::Decoded, "\xf0\x9f\x98\x80", 12},
      {"\\ud800x", JsonEscape::Decoded, "\xed\xa0\x80", 6},
      {"\\ud800\\u0041", JsonEscape::Decoded, "\xed\xa0\x80", 6},
      {"\\udc00\\udc00", JsonEscape::Decoded, "\xed\xb0\x80", 6},
      {"\\ud800\\u12", JsonEscape::Decoded, "\xed\xa0\x80", 6},
      // Failures append nothing and leave End alone.
      {"\\", JsonEscape::Truncated, "", 99},
      {"\\u12", JsonEscape::BadUnicode, "", 99},
      {"\\u12g4", JsonEscape::BadUnicode, "", 99},
      {"\\x", JsonEscape::BadEscape, "", 99},
  };
  for (const Case &C : Cases) {
    std::string Out = "<";
    size_t End = 99;
    EXPECT_EQ(decodeJsonEscape(C.Text, 0, Out, End), C.Want) << C.Text;
    EXPECT_EQ(Out, "<" + std::string(C.Out)) << C.Text;
    EXPECT_EQ(End, C.End) << C.Text;
  }
}

TEST(Utf8, DecodedUtf16AndUtf32AreValid) {
  using namespace std::string_view_literals;
  std::string Out;
  // UTF-16LE with a byte order mark: a pair, then a lone high and a lone low
  // surrogate, each U+FFFD.
  ASSERT_TRUE(decodeUtf16Or32("\xff\xfe"
                              "a\0"
                              "\x3d\xd8\x00\xde"
                              "\x00\xd8"
                              "b\0"
                              "\x00\xdc"sv,
                              Out));
  EXPECT_EQ(Out, "a\xf0\x9f\x98\x80\xef\xbf\xbd"
                 "b\xef\xbf\xbd");
  // UTF-32LE: a surrogate and a value beyond U+10FFFF.
  ASSERT_TRUE(decodeUtf16Or32("\xff\xfe\0\0"
                              "\x00\xd8\0\0"
                              "\0\0\x11\0"
                              "c\0\0\0"sv,
                              Out));
  EXPECT_EQ(Out, "\xef\xbf\xbd\xef\xbf\xbd"
                 "c");
}

TEST(SqlText, BlanksCopyDataAndMetaCommands) {
  std::string In = "\\connect db\nCOPY t (a) FROM stdin;\n1\tx;y\n\\.\nSELECT 1; -- c\n";
  PreparedSql P = prepareSql(In);
  ASSERT_EQ(P.Clean.size(), In.size());
  EXPECT_EQ(P.Clean.find("connect"), std::string::npos);
  EXPECT_EQ(P.Clean.find("x;y"), std::string::npos);
  EXPECT_NE(P.Clean.find("SELECT 1;"), std::string::npos);
  ASSERT_EQ(P.Comments.size(), 1u);
  EXPECT_EQ(P.Comments[0].Text, " c");
}

TEST(SqlText, CommentsInsideStringsAreNotComments) {
  PreparedSql P = prepareSql("select '--x', $$ -- y $$, \"a--b\"; /* z */");
  ASSERT_EQ(P.Comments.size(), 1u);
  EXPECT_EQ(P.Comments[0].Text, " z ");
}

TEST(Dialect, Sniffing) {
  EXPECT_EQ(sniffSqlDialect("CREATE TABLE t (a int);"), SqlDialect::Postgres);
  EXPECT_EQ(sniffSqlDialect("CREATE TABLE `t` (a int) ENGINE=InnoDB;"), SqlDialect::MySql);
  EXPECT_EQ(sniffSqlDialect("CREATE TABLE [t] ([a] INTEGER PRIMARY KEY AUTOINCREMENT);"),
            SqlDialect::Sqlite);
}

TEST(Fingerprint, StableAndDistinct) {
  auto A = fingerprintV1({"r", "public.t", "email", "user.contact.email"});
  EXPECT_EQ(A, fingerprintV1({"r", "public.t", "email", "user.contact.email"}));
  EXPECT_NE(A, fingerprintV1({"r", "public.t", "email", "user.contact.email", "anonymous"}));
  EXPECT_EQ(A.size(), 32u);
}

// Without a marker (.git, .privlint.yaml, manage.py) anywhere above, a
// Python source root is the directory above the outermost package, so
// `from shop.base import X` in shop/models.py names shop/base.py.
TEST(SourceRoot, PackageChainWithoutMarker) {
  namespace fs = std::filesystem;
  std::string Tmpl = (fs::temp_directory_path() / "privlint-root-XXXXXX").string();
  ASSERT_NE(mkdtemp(Tmpl.data()), nullptr);
  fs::path Top = fs::canonical(Tmpl);
  for (const char *Dir : {"app/shop/orders", "app/loose"})
    fs::create_directories(Top / Dir);
  for (const char *File : {"app/shop/__init__.py", "app/shop/orders/__init__.py",
                           "app/shop/orders/models.py", "app/loose/models.py"})
    std::ofstream(Top / File) << "\n";
  EXPECT_EQ(sourceRootFor((Top / "app/shop/orders/models.py").string(), {"manage.py"}),
            (Top / "app").string());
  EXPECT_EQ(sourceRootFor((Top / "app/loose/models.py").string(), {"manage.py"}),
            (Top / "app/loose").string());
  fs::remove_all(Top);
}
