#include "Engine/GitDiff.h"

#include "Engine/Git.h"

#include <cstdio>
#include <filesystem>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace privlint {

namespace {

bool under(const std::string &Path, const std::string &Dir) {
  return Path.size() > Dir.size() && Path.starts_with(Dir) &&
         (Dir.back() == '/' || Path[Dir.size()] == '/');
}

std::string joinTop(const std::string &Top, const std::string &Rel) {
  return (fs::path(Top) / Rel).lexically_normal().string();
}

// A name as git writes it in a patch header with core.quotePath=false:
// verbatim unless it holds a control character, '"' or '\\', else in double
// quotes with C escapes (git's quote_c_style).
std::string gitQuoted(const std::string &Name) {
  bool Needs = false;
  for (unsigned char C : Name)
    Needs = Needs || C < 0x20 || C == 0x7f || C == '"' || C == '\\';
  if (!Needs)
    return Name;
  std::string Out = "\"";
  for (unsigned char C : Name) {
    switch (C) {
    case '\a':
      Out += "\\a";
      break;
    case '\b':
      Out += "\\b";
      break;
    case '\t':
      Out += "\\t";
      break;
    case '\n':
      Out += "\\n";
      break;
    case '\v':
      Out += "\\v";
      break;
    case '\f':
      Out += "\\f";
      break;
    case '\r':
      Out += "\\r";
      break;
    case '"':
      Out += "\\\"";
      break;
    case '\\':
      Out += "\\\\";
      break;
    default:
      if (C < 0x20 || C == 0x7f) {
        char Buf[5];
        std::snprintf(Buf, sizeof Buf, "\\%03o", C);
        Out += Buf;
      } else {
        Out += static_cast<char>(C);
      }
    }
  }
  return Out + "\"";
}

// One file of `--raw -z` output.
struct RawEntry {
  char Status = 0;
  std::string Path; // the new path
};

// ":srcmode dstmode srcsha dstsha STATUS\0path\0" (two paths for renames
// and copies) until the NUL that separates the raw part from the patch.
bool parseRaw(std::string_view Text, size_t &At, std::vector<RawEntry> &Out) {
  auto Field = [&](std::string &F) {
    size_t End = Text.find('\0', At);
    if (End == std::string_view::npos)
      return false;
    F = std::string(Text.substr(At, End - At));
    At = End + 1;
    return true;
  };
  while (At < Text.size() && Text[At] == ':') {
    std::string Meta, Path;
    if (!Field(Meta) || !Field(Path))
      return false;
    size_t Sp = Meta.rfind(' ');
    if (Sp == std::string::npos || Sp + 1 >= Meta.size())
      return false;
    RawEntry E;
    E.Status = Meta[Sp + 1];
    if (E.Status == 'R' || E.Status == 'C') {
      if (!Field(Path)) // the new name follows the old one
        return false;
    }
    E.Path = std::move(Path);
    Out.push_back(std::move(E));
  }
  if (At < Text.size() && Text[At] == '\0')
    ++At;
  return true;
}

bool parseNumber(std::string_view S, size_t &At, unsigned long &N) {
  size_t Start = At;
  N = 0;
  while (At < S.size() && S[At] >= '0' && S[At] <= '9') {
    N = N * 10 + static_cast<unsigned long>(S[At] - '0');
    if (N > 0xffffffffUL)
      return false;
    ++At;
  }
  return At > Start;
}

// "@@ -a[,b] +c[,d] @@..." -> b, c, d.
bool parseHunkHeader(std::string_view L, unsigned long &OldCount, unsigned long &NewStart,
                     unsigned long &NewCount) {
  size_t At = 4; // after "@@ -"
  unsigned long OldStart;
  if (!L.starts_with("@@ -") || !parseNumber(L, At, OldStart))
    return false;
  OldCount = 1;
  if (At < L.size() && L[At] == ',') {
    ++At;
    if (!parseNumber(L, At, OldCount))
      return false;
  }
  if (L.substr(At, 2) != " +")
    return false;
  At += 2;
  if (!parseNumber(L, At, NewStart))
    return false;
  NewCount = 1;
  if (At < L.size() && L[At] == ',') {
    ++At;
    if (!parseNumber(L, At, NewCount))
      return false;
  }
  return L.substr(At, 3) == " @@";
}

} // namespace

bool ChangedLines::covers(const std::string &CanonicalPath, uint32_t Line) const {
  if (!under(CanonicalPath, TopLevel) || !Tracked.contains(CanonicalPath) ||
      WholeFiles.contains(CanonicalPath))
    return true;
  auto It = Lines.find(CanonicalPath);
  return It != Lines.end() && It->second.contains(Line);
}

bool parseRawPatch(const std::string &Output, const std::string &TopLevel, ChangedLines &Out,
                   std::string &Error) {
  std::string_view Text(Output);
  size_t At = 0;
  std::vector<RawEntry> Entries;
  if (!parseRaw(Text, At, Entries)) {
    Error = "unexpected file list";
    return false;
  }
  for (const auto &E : Entries) {
    std::string P = joinTop(TopLevel, E.Path);
    // Added since the base (or under a new name), changed in type, or
    // unmerged: every line is the change's.
    if (E.Status != 'M' && E.Status != 'D')
      Out.WholeFiles.insert(P);
  }
  // The patch: a "diff --git" section for each entry whose content differs
  // (a file that is only stat-dirty has none), found by its exact header.
  std::map<std::string, const RawEntry *> ByHeader;
  for (const auto &E : Entries)
    ByHeader.emplace(gitQuoted("a/" + E.Path) + " " + gitQuoted("b/" + E.Path), &E);
  std::string Current;
  unsigned long OldLeft = 0, NewLeft = 0;
  uint32_t NewLine = 0;
  while (At < Text.size()) {
    size_t End = Text.find('\n', At);
    std::string_view L = Text.substr(At, End == std::string_view::npos ? End : End - At);
    At = End == std::string_view::npos ? Text.size() : End + 1;
    if (OldLeft || NewLeft) { // inside a hunk: only its own lines
      if (L.starts_with("\\"))
        continue; // "\ No newline at end of file"
      if (L.starts_with("-") && OldLeft) {
        --OldLeft;
      } else if (L.starts_with("+") && NewLeft) {
        Out.Lines[Current].insert(NewLine++);
        --NewLeft;
      } else if (L.starts_with(" ") && OldLeft && NewLeft) {
        --OldLeft;
        --NewLeft;
        ++NewLine;
      } else {
        Error = "a hunk of '" + Current + "' ends early";
        return false;
      }
      continue;
    }
    if (L.starts_with("diff --git ")) {
      auto It = ByHeader.find(std::string(L.substr(11)));
      if (It == ByHeader.end()) {
        Error = "a file of the patch is not in the file list: '" + std::string(L) + "'";
        return false;
      }
      Current = joinTop(TopLevel, It->second->Path);
    } else if (L.starts_with("@@")) {
      unsigned long NewStart;
      if (Current.empty() || !parseHunkHeader(L, OldLeft, NewStart, NewLeft)) {
        Error = "unexpected hunk header '" + std::string(L) + "'";
        return false;
      }
      NewLine = static_cast<uint32_t>(NewStart);
      auto &Set = Out.Lines[Current];
      if (NewLeft == 0) {
        // Lines removed after line NewStart: the lines on either side of
        // the gap count as changed (a removed marker or suppression above a
        // field changes what is reported for it).
        if (NewStart > 0)
          Set.insert(static_cast<uint32_t>(NewStart));
        Set.insert(static_cast<uint32_t>(NewStart + 1));
      }
    } else if (L.starts_with("Binary files ") && !Current.empty()) {
      Out.WholeFiles.insert(Current);
    }
  }
  if (OldLeft || NewLeft) {
    Error = "the patch ends inside a hunk of '" + Current + "'";
    return false;
  }
  return true;
}

std::optional<ChangedLines> changedLinesSince(const std::string &Root, const std::string &Rev,
                                              std::string &Error) {
  auto Top = gitTopLevel(Root);
  if (!Top) {
    ProcessResult Probe = runGit(Root, {"--version"});
    Error = Probe.Started ? "--diff-base: '" + Root + "' is not inside a git repository"
                          : "--diff-base: " + Probe.reason();
    return std::nullopt;
  }
  std::error_code EC;
  ChangedLines C;
  C.TopLevel = fs::weakly_canonical(*Top, EC).string();
  if (EC)
    C.TopLevel = *Top;
  auto Strip = [](std::string S) {
    while (!S.empty() && (S.back() == '\n' || S.back() == '\r'))
      S.pop_back();
    return S;
  };
  // The revision as a commit id: nothing after this is read as an option.
  ProcessResult Verify = runGit(
      C.TopLevel, {"rev-parse", "--verify", "--quiet", "--end-of-options", Rev + "^{commit}"});
  std::string RevId = Strip(Verify.Out);
  if (!Verify.Started) {
    Error = "--diff-base: " + Verify.reason();
    return std::nullopt;
  }
  if (!Verify.succeeded() || RevId.empty()) {
    Error = "--diff-base: unknown revision '" + Rev + "'";
    return std::nullopt;
  }
  // The work tree against the merge base of REV and HEAD: what this branch
  // adds or modifies, committed or not, and not what REV changed since. No
  // common history (or no HEAD yet): against REV itself.
  ProcessResult MergeBase = runGit(C.TopLevel, {"merge-base", RevId, "HEAD"});
  std::string Base = MergeBase.succeeded() ? Strip(MergeBase.Out) : "";
  if (Base.empty())
    Base = RevId;
  // Plumbing reads no diff.* configuration (noprefix, mnemonicPrefix,
  // relative, external, renames, orderFile); the options say the rest.
  ProcessResult Diff =
      runGit(C.TopLevel, {"diff-index", "-z", "--raw", "-p", "-U0", "--inter-hunk-context=0",
                          "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", "--no-color",
                          "--no-ext-diff", "--no-textconv", "--no-relative", Base, "--"});
  if (!Diff.succeeded()) {
    Error = "--diff-base: git diff-index against '" + Rev + "' failed: " + Diff.reason();
    return std::nullopt;
  }
  std::string ParseError;
  if (!parseRawPatch(Diff.Out, C.TopLevel, C, ParseError)) {
    Error = "--diff-base: cannot read git's diff against '" + Rev + "': " + ParseError;
    return std::nullopt;
  }
  ProcessResult Files = runGit(C.TopLevel, {"ls-files", "--cached", "-z"});
  if (!Files.succeeded()) {
    Error = "--diff-base: git ls-files failed: " + Files.reason();
    return std::nullopt;
  }
  for (const auto &Rel : splitNul(Files.Out))
    if (!Rel.empty())
      C.Tracked.insert(joinTop(C.TopLevel, Rel));
  return C;
}

} // namespace privlint
