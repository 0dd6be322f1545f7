#include "Frontend/TreeSitter/CommentIndex.h"

#include <algorithm>
#include <ranges>

namespace privlint::ts {

CommentIndex::CommentIndex(const SyntaxTree &T, const SourceFile &SF) : SF(SF) {
  std::string_view Text = SF.text();
  for (NodeId I = 0; I < T.size(); ++I) {
    const auto &N = T.node(I);
    if (N.Type != "comment")
      continue;
    uint32_t Line = SF.lineOf(N.Begin);
    bool OwnLine = true;
    for (uint32_t P = SF.lineStart(Line); P < N.Begin && P < Text.size(); ++P)
      if (Text[P] != ' ' && Text[P] != '\t')
        OwnLine = false;
    ByLine[Line].push_back({N.Begin, N.End, OwnLine});
  }
  for (auto &[Line, V] : ByLine)
    std::sort(V.begin(), V.end(),
              [](const Comment &A, const Comment &B) { return A.Begin < B.Begin; });
}

CommentRef CommentIndex::ref(const Comment &C) const {
  std::string_view Text = SF.text(); // a view: the comment's text stays in the file
  return {Text.substr(C.Begin, C.End - C.Begin), SourceRange{&SF, C.Begin, C.End}};
}

// Own-line comments on the lines directly above Begin's line, nearest last.
void CommentIndex::addAbove(uint32_t Begin, std::vector<CommentRef> &Out) const {
  std::vector<const Comment *> Above;
  for (uint32_t L = SF.lineOf(Begin); L-- > 1;) {
    auto It = ByLine.find(L);
    if (It == ByLine.end() || !It->second.front().OwnLine)
      break;
    Above.push_back(&It->second.front());
  }
  for (auto &It : std::ranges::reverse_view(Above))
    Out.push_back(ref(*It));
}

std::vector<CommentRef> CommentIndex::around(uint32_t Begin, uint32_t End) const {
  std::vector<CommentRef> Out;
  addAbove(Begin, Out);
  if (auto It = ByLine.find(SF.lineOf(End > Begin ? End - 1 : Begin)); It != ByLine.end())
    for (const Comment &C : It->second)
      if (C.Begin >= End && !C.OwnLine)
        Out.push_back(ref(C));
  return Out;
}

std::vector<CommentRef> CommentIndex::aroundAndWithin(uint32_t Begin, uint32_t End) const {
  std::vector<CommentRef> Out;
  addAbove(Begin, Out);
  uint32_t First = SF.lineOf(Begin), Last = SF.lineOf(End > Begin ? End - 1 : Begin);
  for (auto It = ByLine.lower_bound(First); It != ByLine.end() && It->first <= Last; ++It)
    for (const Comment &C : It->second)
      if (C.Begin >= Begin && (C.Begin < End || It->first == Last))
        Out.push_back(ref(C));
  return Out;
}

} // namespace privlint::ts
