#include "Engine/GitDiff.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace privlint {

bool ChangedLines::covers(const std::string &AbsPath, uint32_t Line) const {
  if (WholeFiles.count(AbsPath))
    return true;
  auto It = Lines.find(AbsPath);
  return It != Lines.end() && It->second.count(Line);
}

namespace {

std::string shellQuote(const std::string &S) {
  std::string Out = "'";
  for (char C : S) {
    if (C == '\'')
      Out += "'\\''";
    else
      Out += C;
  }
  return Out + "'";
}

// Runs a git command (arguments quoted) and captures stdout; false on failure.
bool runGit(const std::string &Root, const std::string &Args, std::string &Out) {
  std::string Cmd = "git -C " + shellQuote(Root) + " " + Args + " 2>/dev/null";
  FILE *P = popen(Cmd.c_str(), "r");
  if (!P)
    return false;
  std::array<char, 65536> Buf;
  size_t N;
  while ((N = fread(Buf.data(), 1, Buf.size(), P)) > 0)
    Out.append(Buf.data(), N);
  int Status = pclose(P);
  return Status != -1 && WIFEXITED(Status) && WEXITSTATUS(Status) == 0;
}

std::string normalizeUnder(const std::string &Top, const std::string &Rel) {
  return (fs::path(Top) / Rel).lexically_normal().string();
}

} // namespace

void parseUnifiedDiff(const std::string &Diff, const std::string &TopLevel, ChangedLines &Out) {
  std::istringstream In(Diff);
  std::string Line, Current;
  while (std::getline(In, Line)) {
    if (Line.starts_with("+++ ")) {
      std::string P = Line.substr(4);
      if (P == "/dev/null") {
        Current.clear();
        continue;
      }
      if (P.starts_with("b/"))
        P = P.substr(2);
      Current = normalizeUnder(TopLevel, P);
      Out.Lines[Current];
    } else if (Line.starts_with("@@ ") && !Current.empty()) {
      // @@ -a[,b] +c[,d] @@
      size_t Plus = Line.find(" +");
      if (Plus == std::string::npos)
        continue;
      unsigned long Start = std::strtoul(Line.c_str() + Plus + 2, nullptr, 10);
      unsigned long Count = 1;
      size_t After = Plus + 2;
      while (After < Line.size() && std::isdigit(static_cast<unsigned char>(Line[After])))
        ++After;
      if (After < Line.size() && Line[After] == ',')
        Count = std::strtoul(Line.c_str() + After + 1, nullptr, 10);
      for (unsigned long L = Start; L < Start + Count; ++L)
        Out.Lines[Current].insert(static_cast<uint32_t>(L));
    }
  }
}

std::optional<ChangedLines> changedLinesSince(const std::string &Root, const std::string &Rev,
                                              std::string &Error) {
  std::string Top;
  if (!runGit(Root, "rev-parse --show-toplevel", Top)) {
    Error = "--diff-base: '" + Root + "' is not inside a git repository";
    return std::nullopt;
  }
  while (!Top.empty() && (Top.back() == '\n' || Top.back() == '\r'))
    Top.pop_back();
  std::string Check;
  if (!runGit(Top, "rev-parse --verify --quiet " + shellQuote(Rev + "^{commit}"), Check)) {
    Error = "--diff-base: unknown revision '" + Rev + "'";
    return std::nullopt;
  }
  ChangedLines C;
  std::string Diff;
  // The working tree against the merge base of REV and HEAD: what this branch
  // adds or modifies, committed or not, and not what REV changed since.
  std::string Base;
  if (runGit(Top, "merge-base " + shellQuote(Rev) + " HEAD", Base)) {
    while (!Base.empty() && (Base.back() == '\n' || Base.back() == '\r'))
      Base.pop_back();
  }
  if (Base.empty())
    Base = Rev; // no common history (or no HEAD yet): compare with REV itself
  if (!runGit(Top, "diff --no-color --no-ext-diff --no-renames -U0 " + shellQuote(Base) + " --", Diff)) {
    Error = "--diff-base: git diff against '" + Rev + "' failed";
    return std::nullopt;
  }
  parseUnifiedDiff(Diff, Top, C);
  std::string Untracked;
  if (runGit(Top, "ls-files --others --exclude-standard -z", Untracked)) {
    size_t B = 0;
    for (size_t I = 0; I <= Untracked.size(); ++I)
      if (I == Untracked.size() || Untracked[I] == '\0') {
        if (I > B)
          C.WholeFiles.insert(normalizeUnder(Top, Untracked.substr(B, I - B)));
        B = I + 1;
      }
  }
  return C;
}

} // namespace privlint
