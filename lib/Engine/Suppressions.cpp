#include "Engine/Suppressions.h"

#include <cctype>

namespace privlint {
namespace {

bool isCommentStart(std::string_view Line, size_t At) {
  // The directive must sit inside a comment: "--", "#", "//" or "/*" before it.
  std::string_view Before = Line.substr(0, At);
  return Before.find("--") != std::string_view::npos ||
         Before.find('#') != std::string_view::npos ||
         Before.find("//") != std::string_view::npos || Before.find("/*") != std::string_view::npos;
}

bool onlyComment(std::string_view Line) {
  size_t NS = Line.find_first_not_of(" \t");
  if (NS == std::string_view::npos)
    return false;
  std::string_view T = Line.substr(NS);
  return T.starts_with("--") || T.starts_with('#') || T.starts_with("//") || T.starts_with("/*") ||
         T.starts_with('*');
}

} // namespace

// clang-tidy's NOLINT(privlint-...) and NOLINTNEXTLINE(...) in C++ code. A bare
// NOLINT silences every check, privlint's included, as in clang-tidy.
void parseNolint(const SourceFile &F, uint32_t L, std::string_view Line,
                 std::vector<Suppression> &Out) {
  size_t At = Line.find("NOLINT");
  if (At == std::string_view::npos || !isCommentStart(Line, At))
    return;
  bool Next = Line.substr(At, 14) == "NOLINTNEXTLINE";
  if (!Next && (Line.substr(At, 11) == "NOLINTBEGIN" || Line.substr(At, 9) == "NOLINTEND"))
    return; // block forms are honoured by clang-tidy itself
  size_t P = At + (Next ? 14 : 6);
  Suppression S;
  S.CommentLine = L;
  S.Nolint = true;
  S.Begin = F.lineStart(L) + static_cast<uint32_t>(At);
  S.End = S.Begin + static_cast<uint32_t>(P - At);
  S.TargetLine = Next ? L + 1 : L;
  if (P < Line.size() && Line[P] == '(') {
    size_t Close = Line.find(')', P);
    std::string_view List = Line.substr(
        P + 1, Close == std::string_view::npos ? std::string_view::npos : Close - P - 1);
    bool Ours = false;
    std::string Cur;
    auto Flush = [&] {
      while (!Cur.empty() && Cur.back() == ' ')
        Cur.pop_back();
      if (Cur == "*" || Cur == "privlint-*") {
        Ours = true; // every rule
      } else if (Cur.starts_with("privlint-")) {
        Ours = true;
        S.Rules.push_back(Cur.substr(9));
      }
      Cur.clear();
    };
    for (char C : List) {
      if (C == ',')
        Flush();
      else if (C != ' ' || !Cur.empty())
        Cur.push_back(C);
    }
    Flush();
    if (!Ours)
      return; // NOLINT(bugprone-...) is for other checks
  }
  Out.push_back(std::move(S));
}

std::vector<Suppression> parseSuppressions(const SourceFile &F) {
  std::vector<Suppression> Out;
  bool HasIgnore = F.text().find("privlint-ignore") != std::string::npos;
  bool HasNolint = F.text().find("NOLINT") != std::string::npos;
  if (!HasIgnore && !HasNolint)
    return Out;
  for (uint32_t L = 1; L <= F.lineCount(); ++L) {
    std::string_view Line = F.lineText(L);
    if (HasNolint)
      parseNolint(F, L, Line, Out);
    size_t At = Line.find("privlint-ignore");
    if (At == std::string_view::npos || !isCommentStart(Line, At))
      continue;
    Suppression S;
    S.CommentLine = L;
    S.Begin = F.lineStart(L) + static_cast<uint32_t>(At);
    size_t P = At + 15;
    if (Line.substr(P, 5) == "-file") {
      S.FileLevel = true;
      P += 5;
    }
    // A directive is followed by a blank and rule ids (or nothing); prose
    // such as "privlint-ignore)" or "privlint-ignores" is not one.
    if (P < Line.size() && Line[P] != ' ' && Line[P] != '\t' && Line[P] != ':')
      continue;
    std::string_view Rest = Line.substr(P);
    size_t Colon = Rest.find(':');
    std::string_view Ids = Rest.substr(0, Colon);
    S.End = S.Begin + static_cast<uint32_t>(P - At + Ids.size());
    while (S.End > S.Begin && (F.text()[S.End - 1] == ' ' || F.text()[S.End - 1] == '\t'))
      --S.End;
    if (Colon != std::string_view::npos)
      S.Reason = std::string(Rest.substr(Colon + 1));
    std::string Cur;
    auto Flush = [&] {
      if (!Cur.empty())
        S.Rules.push_back(Cur);
      Cur.clear();
    };
    for (char C : Ids) {
      if (std::isalnum(static_cast<unsigned char>(C)) || C == '-' || C == '_')
        Cur.push_back(C);
      else if (C == ',' || C == ' ' || C == '\t')
        Flush();
      else
        break; // "*/" or other trailing text
    }
    Flush();
    // Rules written as NOLINT-style "privlint-<id>" are accepted too.
    for (auto &R : S.Rules)
      if (R.starts_with("privlint-"))
        R.erase(0, 9);
    if (!S.FileLevel) {
      if (!onlyComment(Line)) {
        S.TargetLine = L;
      } else {
        uint32_t T = L + 1;
        while (T <= F.lineCount() && onlyComment(F.lineText(T)))
          ++T;
        S.TargetLine = T;
      }
    }
    Out.push_back(std::move(S));
  }
  return Out;
}

bool isSuppressed(const std::vector<Suppression> &Sups, uint32_t Line, const std::string &RuleId) {
  for (const auto &S : Sups) {
    if (!S.FileLevel && S.TargetLine != Line)
      continue;
    bool RuleMatches = S.Rules.empty();
    for (const auto &R : S.Rules)
      if (R == RuleId || R == "all")
        RuleMatches = true;
    if (RuleMatches) {
      S.Used = true;
      S.Silenced.insert(RuleId);
      return true;
    }
  }
  return false;
}

const std::vector<Suppression> &SuppressionIndex::of(const SourceFile &F) {
  auto It = ByFile.find(&F);
  if (It == ByFile.end())
    It = ByFile.emplace(&F, parseSuppressions(F)).first;
  return It->second;
}

bool SuppressionIndex::suppresses(const Finding &X) {
  if (X.Where.File &&
      isSuppressed(of(*X.Where.File), X.Where.File->lineOf(X.Where.Begin), X.RuleId))
    return true;
  for (const auto &Rel : X.Related)
    if (Rel.Where.File &&
        isSuppressed(of(*Rel.Where.File), Rel.Where.File->lineOf(Rel.Where.Begin), X.RuleId))
      return true;
  return false;
}

} // namespace privlint
