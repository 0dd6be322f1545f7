#include "Engine/GitIgnore.h"

#include "Support/PathCache.h"

#include <cctype>
#include <fstream>
#include <ranges>

namespace fs = std::filesystem;

namespace privlint {

namespace {

// "[...]" at P[At] (At on '['): sets Match for C, returns the index after
// ']', or npos when the class is not closed (git then matches nothing).
size_t matchClass(std::string_view P, size_t At, char C, bool &Match) {
  size_t I = At + 1;
  bool Negated = I < P.size() && (P[I] == '!' || P[I] == '^');
  if (Negated)
    ++I;
  bool Found = false;
  bool First = true;
  for (; I < P.size(); First = false) {
    char X = P[I];
    if (X == ']' && !First) {
      Match = C != '/' && Found != Negated;
      return I + 1;
    }
    if (X == '[' && I + 1 < P.size() && P[I + 1] == ':') {
      size_t End = P.find(":]", I + 2);
      if (End != std::string_view::npos) {
        std::string_view Name = P.substr(I + 2, End - I - 2);
        unsigned char U = static_cast<unsigned char>(C);
        if ((Name == "alnum" && std::isalnum(U)) || (Name == "alpha" && std::isalpha(U)) ||
            (Name == "digit" && std::isdigit(U)) || (Name == "lower" && std::islower(U)) ||
            (Name == "upper" && std::isupper(U)) || (Name == "space" && std::isspace(U)) ||
            (Name == "punct" && std::ispunct(U)) || (Name == "xdigit" && std::isxdigit(U)) ||
            (Name == "blank" && (C == ' ' || C == '\t')) || (Name == "cntrl" && std::iscntrl(U)) ||
            (Name == "graph" && std::isgraph(U)) || (Name == "print" && std::isprint(U)))
          Found = true;
        I = End + 2;
        continue;
      }
    }
    if (X == '\\' && I + 1 < P.size())
      X = P[++I];
    if (I + 2 < P.size() && P[I + 1] == '-' && P[I + 2] != ']') {
      char Hi = P[I + 2];
      size_t Next = I + 3;
      if (Hi == '\\' && I + 3 < P.size()) {
        Hi = P[I + 3];
        Next = I + 4;
      }
      if (X <= C && C <= Hi)
        Found = true;
      I = Next;
      continue;
    }
    if (X == C)
      Found = true;
    ++I;
  }
  return std::string_view::npos;
}

std::string trimTrailingSpaces(std::string Line) {
  // Trailing blanks are dropped unless escaped with a backslash.
  while (!Line.empty() && (Line.back() == ' ' || Line.back() == '\t')) {
    size_t Backslashes = 0;
    for (size_t I = Line.size() - 1; I > 0 && Line[I - 1] == '\\'; --I)
      ++Backslashes;
    if (Backslashes % 2 == 1)
      break;
    Line.pop_back();
  }
  return Line;
}

} // namespace

bool wildmatch(std::string_view P, std::string_view T) {
  size_t I = 0, J = 0;
  while (I < P.size()) {
    char C = P[I];
    if (C == '*') {
      size_t Stars = I;
      while (Stars < P.size() && P[Stars] == '*')
        ++Stars;
      bool Double =
          Stars - I >= 2 && (I == 0 || P[I - 1] == '/') && (Stars == P.size() || P[Stars] == '/');
      if (Double) {
        if (Stars == P.size())
          return true; // a trailing "/**" matches everything below
        // "**/": zero or more whole directories.
        std::string_view Rest = P.substr(Stars + 1);
        if (wildmatch(Rest, T.substr(J)))
          return true;
        for (size_t K = J; K < T.size(); ++K)
          if (T[K] == '/' && wildmatch(Rest, T.substr(K + 1)))
            return true;
        return false;
      }
      // Any run of characters other than '/'.
      std::string_view Rest = P.substr(Stars);
      for (size_t K = J;; ++K) {
        if (wildmatch(Rest, T.substr(K)))
          return true;
        if (K >= T.size() || T[K] == '/')
          return false;
      }
    }
    if (J >= T.size())
      return false;
    if (C == '?') {
      if (T[J] == '/')
        return false;
      ++I;
      ++J;
      continue;
    }
    if (C == '[') {
      bool Match = false;
      size_t After = matchClass(P, I, T[J], Match);
      if (After == std::string_view::npos || !Match)
        return false;
      I = After;
      ++J;
      continue;
    }
    if (C == '\\' && I + 1 < P.size())
      C = P[++I];
    if (C != T[J])
      return false;
    ++I;
    ++J;
  }
  return J == T.size();
}

std::vector<IgnoreRule> readIgnoreFile(const fs::path &File, const fs::path &Base) {
  std::vector<IgnoreRule> Out;
  std::ifstream In(File);
  std::string Line;
  while (std::getline(In, Line)) {
    if (!Line.empty() && Line.back() == '\r')
      Line.pop_back();
    Line = trimTrailingSpaces(std::move(Line));
    if (Line.empty() || Line[0] == '#')
      continue;
    IgnoreRule R;
    std::error_code EC;
    R.Base = fs::absolute(Base, EC).lexically_normal().string();
    if (Line[0] == '!') {
      R.Negate = true;
      Line.erase(0, 1);
    }
    if (!Line.empty() && Line.back() == '/') {
      R.DirOnly = true;
      Line.pop_back();
    }
    // A slash at the start or in the middle anchors the pattern to Base.
    R.Anchored = Line.find('/') != std::string::npos;
    if (!Line.empty() && Line[0] == '/')
      Line.erase(0, 1);
    R.Pattern = Line;
    if (!R.Pattern.empty())
      Out.push_back(R);
  }
  return Out;
}

std::vector<IgnoreRule> readGitignore(const fs::path &Dir) {
  return readIgnoreFile(Dir / ".gitignore", Dir);
}

bool ignored(const std::vector<IgnoreRule> &Rules, const fs::path &P, bool IsDir) {
  if (Rules.empty())
    return false;
  fs::path Abs = absolutePath(P).lexically_normal();
  if (!Abs.has_filename())
    Abs = Abs.parent_path(); // "dir/"
  std::string Name = Abs.filename().string();
  for (const auto &R : std::ranges::reverse_view(Rules)) {
    if (R.DirOnly && !IsDir)
      continue;
    fs::path RelPath = Abs.lexically_relative(R.Base);
    std::string Rel = RelPath.generic_string();
    if (Rel.empty() || Rel == "." || Rel.starts_with("../") || Rel == "..")
      continue; // not below the rule's directory
    if (R.Anchored ? wildmatch(R.Pattern, Rel) : wildmatch(R.Pattern, Name))
      return !R.Negate;
  }
  return false;
}

} // namespace privlint
