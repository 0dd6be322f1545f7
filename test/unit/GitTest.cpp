// The pieces of the git integration that must not be fooled by file names or
// file content: the reader of `git diff-index -z --raw -p -U0` and the
// wildmatch of the own .gitignore matcher.
#include "Engine/GitDiff.h"
#include "Engine/GitIgnore.h"

#include <gtest/gtest.h>

using namespace privlint;

namespace {

std::string raw(char Status, const std::string &Path) {
  return std::string(":100644 100644 aaaa bbbb ") + Status + '\0' + Path + '\0';
}

} // namespace

TEST(GitDiffReader, NamesWithSpacesQuotesAndNonAscii) {
  std::string Out = raw('M', "a b.sql") + raw('M', "q\"uote.sql") + raw('M', "\xc3\xa9.sql") +
                    std::string(1, '\0') +
                    "diff --git a/a b.sql b/a b.sql\n--- a/a b.sql\t\n+++ b/a b.sql\t\n@@ -2 +2,2 "
                    "@@\n-x\n+y\n+z\n"
                    "diff --git \"a/q\\\"uote.sql\" \"b/q\\\"uote.sql\"\n@@ -0,0 +1 @@\n+w\n"
                    "diff --git a/\xc3\xa9.sql b/\xc3\xa9.sql\n@@ -5,0 +6 @@\n+v\n";
  ChangedLines C;
  std::string Err;
  ASSERT_TRUE(parseRawPatch(Out, "/top", C, Err)) << Err;
  EXPECT_EQ(C.Lines["/top/a b.sql"], (std::set<uint32_t>{2, 3}));
  EXPECT_EQ(C.Lines["/top/q\"uote.sql"], (std::set<uint32_t>{1}));
  EXPECT_EQ(C.Lines["/top/\xc3\xa9.sql"], (std::set<uint32_t>{6}));
}

TEST(GitDiffReader, ContentThatLooksLikeHeadersIsContent) {
  // Lines of a hunk are consumed by count: an added line reading like a file
  // header or a hunk header is content.
  std::string Out =
      raw('M', "x.sql") + std::string(1, '\0') +
      "diff --git a/x.sql b/x.sql\n@@ -1 +1,3 @@\n-old\n+diff --git a/y b/y\n+@@ -9 +9 @@\n+\n";
  ChangedLines C;
  std::string Err;
  ASSERT_TRUE(parseRawPatch(Out, "/top", C, Err)) << Err;
  EXPECT_EQ(C.Lines["/top/x.sql"], (std::set<uint32_t>{1, 2, 3}));
  EXPECT_EQ(C.Lines.count("/top/y"), 0u);
}

TEST(GitDiffReader, AddedBinaryAndStatDirtyFiles) {
  // A stat-dirty file is listed without a patch section; an added file counts
  // entirely; a binary change counts entirely.
  std::string Out =
      raw('M', "touched.sql") + raw('A', "new.sql") + raw('M', "blob.sql") + std::string(1, '\0') +
      "diff --git a/new.sql b/new.sql\nnew file mode 100644\n@@ -0,0 +1 @@\n+x\n"
      "diff --git a/blob.sql b/blob.sql\nBinary files a/blob.sql and b/blob.sql differ\n";
  ChangedLines C;
  std::string Err;
  ASSERT_TRUE(parseRawPatch(Out, "/top", C, Err)) << Err;
  EXPECT_TRUE(C.WholeFiles.count("/top/new.sql"));
  EXPECT_TRUE(C.WholeFiles.count("/top/blob.sql"));
  EXPECT_FALSE(C.WholeFiles.count("/top/touched.sql"));
  EXPECT_TRUE(C.Lines["/top/touched.sql"].empty());
}

TEST(GitDiffReader, RemovalsMarkTheLinesAround) {
  std::string Out = raw('M', "x.sql") + std::string(1, '\0') +
                    "diff --git a/x.sql b/x.sql\n@@ -3 +2,0 @@\n--- privlint:encrypted\n";
  ChangedLines C;
  std::string Err;
  ASSERT_TRUE(parseRawPatch(Out, "/top", C, Err)) << Err;
  EXPECT_EQ(C.Lines["/top/x.sql"], (std::set<uint32_t>{2, 3}));
}

TEST(GitDiffReader, UnexpectedOutputIsAnError) {
  ChangedLines C;
  std::string Err;
  // A section for a file the list does not have.
  EXPECT_FALSE(parseRawPatch(raw('M', "x.sql") + std::string(1, '\0') +
                                 "diff --git w/x.sql i/x.sql\n@@ -1 +1 @@\n-a\n+b\n",
                             "/top", C, Err));
  EXPECT_NE(Err, "");
  // A hunk cut short.
  EXPECT_FALSE(parseRawPatch(raw('M', "x.sql") + std::string(1, '\0') +
                                 "diff --git a/x.sql b/x.sql\n@@ -1 +1,2 @@\n-a\n+b\n",
                             "/top", C, Err));
  // A hunk header of another form.
  EXPECT_FALSE(parseRawPatch(raw('M', "x.sql") + std::string(1, '\0') +
                                 "diff --git a/x.sql b/x.sql\n@@@ -1 -1 +1 @@@\n",
                             "/top", C, Err));
}

TEST(ChangedLinesCover, UntrackedAndOutsideCountEntirely) {
  ChangedLines C;
  C.TopLevel = "/top";
  C.Tracked = {"/top/a.sql"};
  C.Lines["/top/a.sql"] = {4};
  EXPECT_TRUE(C.covers("/top/a.sql", 4));
  EXPECT_FALSE(C.covers("/top/a.sql", 5));
  EXPECT_TRUE(C.covers("/top/untracked.sql", 5));
  EXPECT_TRUE(C.covers("/elsewhere/a.sql", 5));
  EXPECT_TRUE(C.covers("/topper/a.sql", 5));
}

TEST(Wildmatch, GitSemantics) {
  EXPECT_TRUE(wildmatch("*.sql", "a.sql"));
  EXPECT_FALSE(wildmatch("*.sql", "d/a.sql")); // '*' stops at '/'
  EXPECT_TRUE(wildmatch("**/b", "b"));
  EXPECT_TRUE(wildmatch("**/b", "x/y/b"));
  EXPECT_TRUE(wildmatch("a/**/b", "a/b"));
  EXPECT_TRUE(wildmatch("a/**/b", "a/x/y/b"));
  EXPECT_FALSE(wildmatch("a/**/b", "ab"));
  EXPECT_TRUE(wildmatch("a/**", "a/x/y"));
  EXPECT_FALSE(wildmatch("a/**", "a"));
  EXPECT_TRUE(wildmatch("a**b", "axb"));
  EXPECT_FALSE(wildmatch("a**b", "a/b")); // not between slashes: a single '*'
  EXPECT_TRUE(wildmatch("[a-c]?.sql", "bx.sql"));
  EXPECT_FALSE(wildmatch("[!a-c]?.sql", "bx.sql"));
  EXPECT_TRUE(wildmatch("[[:digit:]]*", "1x"));
  EXPECT_TRUE(wildmatch("\\*.sql", "*.sql"));
  EXPECT_FALSE(wildmatch("\\*.sql", "a.sql"));
  EXPECT_FALSE(wildmatch("[ab", "a")); // an unclosed class matches nothing
}
