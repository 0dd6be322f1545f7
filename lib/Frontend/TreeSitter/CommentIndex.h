// The comments of one parsed file by line, and the ones that apply to a
// statement: the run of own-line comments directly above it and a trailing
// comment on its last line (where privacy markers and notes are written).
// Works for any grammar whose comments are "comment" nodes (Ruby, Python).
#pragma once

#include "Frontend/TreeSitter/TreeSitterAdapter.h"
#include "Model/Model.h"

#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace privlint::ts {

/// A comment's text and where it is.
using CommentRef = std::pair<std::string_view, SourceRange>;

class CommentIndex {
public:
  /// T and SF must outlive the index.
  CommentIndex(const SyntaxTree &T, const SourceFile &SF);

  /// Comments that apply to the statement spanning [Begin, End): the run of
  /// own-line comments directly above it, then a trailing comment on its
  /// last line.
  std::vector<CommentRef> around(uint32_t Begin, uint32_t End) const;
  /// As around(), with the comments inside the statement too (a multi-line
  /// call whose arguments carry comments), in source order.
  std::vector<CommentRef> aroundAndWithin(uint32_t Begin, uint32_t End) const;

private:
  struct Comment {
    uint32_t Begin, End;
    bool OwnLine; // nothing but blanks before it on its line
  };
  void addAbove(uint32_t Begin, std::vector<CommentRef> &Out) const;
  CommentRef ref(const Comment &C) const;

  const SourceFile &SF;
  std::map<uint32_t, std::vector<Comment>> ByLine; // 1-based line -> comments, by offset
};

} // namespace privlint::ts
