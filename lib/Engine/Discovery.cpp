#include "Engine/Discovery.h"

#include "Engine/Git.h"
#include "Engine/GitIgnore.h"
#include "Frontend/FrontendList.h"
#include "Support/FileWalk.h"
#include "Support/PathCache.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fnmatch.h>
#include <optional>
#include <ranges>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace privlint {

namespace {

const char *const SkippedDirs[] = {".git",   "node_modules", "vendor", "build", "dist",
                                   "target", ".venv",        ".hg",    ".svn",  "__pycache__"};

bool excludedByConfig(const std::vector<std::string> &Excludes, const std::string &Path) {
  std::string Generic = fs::path(Path).lexically_normal().generic_string();
  for (const auto &G : Excludes)
    if (fnmatch(G.c_str(), Generic.c_str(), 0) == 0 ||
        fnmatch(("*/" + G).c_str(), Generic.c_str(), 0) == 0)
      return true;
  return false;
}

// The walk's filter: skipped folder names, .gitignore rules (those of the
// directories being walked, innermost last) and paths.exclude.
class DiscoveryVisitor : public FileWalkVisitor {
public:
  DiscoveryVisitor(std::vector<IgnoreRule> Inherited, const std::vector<std::string> &Excludes,
                   std::vector<DiscoveredFile> &Out)
      : Rules(std::move(Inherited)), Excludes(Excludes), Out(Out) {}

  bool enterDirectory(const fs::path &Dir, bool IsRoot) override {
    if (!IsRoot) {
      std::string Name = Dir.filename().string();
      if (std::find(std::begin(SkippedDirs), std::end(SkippedDirs), Name) != std::end(SkippedDirs))
        return false;
      if (ignored(Rules, Dir, true) || excludedByConfig(Excludes, Dir.string()))
        return false;
    }
    auto Own = readGitignore(Dir);
    Marks.push_back(Rules.size());
    Rules.insert(Rules.end(), Own.begin(), Own.end());
    return true;
  }

  void leaveDirectory(const fs::path &) override {
    Rules.resize(Marks.back());
    Marks.pop_back();
  }

  void file(const fs::path &File) override {
    if (!frontendMayRead(File.string()))
      return;
    if (ignored(Rules, File, false) || excludedByConfig(Excludes, File.string()))
      return;
    Out.push_back({File.string(), false});
  }

private:
  std::vector<IgnoreRule> Rules;
  std::vector<size_t> Marks; // Rules.size() before each walked directory's own rules
  const std::vector<std::string> &Excludes;
  std::vector<DiscoveredFile> &Out;
};

std::vector<IgnoreRule> ancestorIgnores(const fs::path &Dir);

// Walks Dir with the project's own ignore matcher (loop-safe: Support/FileWalk).
void walk(const fs::path &Dir, const std::vector<std::string> &Excludes,
          std::vector<DiscoveredFile> &Out, std::vector<std::string> &Notes) {
  DiscoveryVisitor V(ancestorIgnores(Dir), Excludes, Out);
  walkFiles(Dir, V, Notes);
}

// The .gitignore rules of the directories above Dir, up to the repository's
// top level (the nearest directory holding .git).
std::vector<IgnoreRule> ancestorIgnores(const fs::path &Dir) {
  std::error_code EC;
  fs::path Abs = fs::absolute(Dir, EC).lexically_normal();
  std::vector<fs::path> Chain;
  bool InRepo = false;
  for (fs::path P = Abs.parent_path(); !P.empty(); P = P.parent_path()) {
    Chain.push_back(P);
    if (fs::exists(P / ".git", EC)) {
      InRepo = true;
      break;
    }
    if (P == P.root_path())
      break;
  }
  if (fs::exists(Abs / ".git", EC))
    return readIgnoreFile(Abs / ".git" / "info" / "exclude", Abs);
  if (!InRepo)
    return {};
  // .git/info/exclude first: every .gitignore takes precedence over it.
  std::vector<IgnoreRule> Rules =
      readIgnoreFile(Chain.back() / ".git" / "info" / "exclude", Chain.back());
  for (auto &It : std::ranges::reverse_view(Chain)) {
    auto R = readGitignore(It);
    Rules.insert(Rules.end(), R.begin(), R.end());
  }
  return Rules;
}

bool skippedDirName(const std::string &Name) {
  return std::find(std::begin(SkippedDirs), std::end(SkippedDirs), Name) != std::end(SkippedDirs);
}

// In a git work tree, git says what is ignored (every .gitignore,
// .git/info/exclude, core.excludesFile): Dir's files are those `git ls-files
// -co --exclude-standard` lists, filtered as the walk filters. nullopt when
// git cannot answer for Dir: git missing, not in a work tree, a .git below
// the work tree's top that git does not take for a repository, or Dir
// ignored itself (named on the command line, it is walked all the same, and
// the project's own matcher applies the .gitignore files below it).
std::optional<std::vector<DiscoveredFile>> gitListedFiles(const fs::path &Dir,
                                                          const std::vector<std::string> &Excludes,
                                                          std::vector<std::string> &Notes) {
  std::optional<std::string> Top = gitTopLevel(Dir.string());
  if (!Top)
    return std::nullopt;
  std::error_code EC;
  fs::path CanonTop = fs::weakly_canonical(*Top, EC);
  fs::path CanonDir = fs::weakly_canonical(Dir, EC);
  if (EC)
    return std::nullopt;
  for (fs::path P = CanonDir;; P = P.parent_path()) {
    if (P == CanonTop)
      break;
    if (fs::exists(P / ".git", EC) || P == P.root_path())
      return std::nullopt; // a nested .git that git skipped, or Dir is outside Top
  }
  fs::path Prefix = CanonDir.lexically_relative(CanonTop);
  if (!Prefix.empty() && Prefix != ".") {
    ProcessResult Ignored =
        runGit(CanonTop.string(), {"check-ignore", "-q", "--", Prefix.string()});
    if (!Ignored.Started || Ignored.ExitCode != 1)
      return std::nullopt; // 0: ignored; 128: git could not tell
  }
  ProcessResult Listed =
      runGit(Dir.string(), {"ls-files", "--cached", "--others", "--exclude-standard", "-z"});
  if (!Listed.succeeded())
    return std::nullopt;
  // In the walk's order: by path component, each directory's entries by name.
  std::vector<fs::path> Rels;
  for (auto &Name : splitNul(Listed.Out))
    if (!Name.empty())
      Rels.emplace_back(Name);
  std::sort(Rels.begin(), Rels.end());
  Rels.erase(std::unique(Rels.begin(), Rels.end()), Rels.end()); // unmerged paths repeat
  std::vector<DiscoveredFile> Out;
  for (const fs::path &Rel : Rels) {
    fs::path Path = Dir;
    bool Skip = false;
    for (auto It = Rel.begin(); It != Rel.end() && !Skip; ++It) {
      if (It->empty())
        continue; // the trailing "/" of an untracked repository
      Path /= *It;
      bool Last = std::next(It) == Rel.end() || std::next(It)->empty();
      if (!Last)
        Skip = skippedDirName(It->string()) || excludedByConfig(Excludes, Path.string());
    }
    if (Skip)
      continue;
    // A link to a directory, a submodule or an untracked repository: git
    // lists it as one entry; the walk reads it.
    if (fs::is_directory(Path, EC)) {
      if (!skippedDirName(Path.filename().string()) && !excludedByConfig(Excludes, Path.string()))
        walk(Path, Excludes, Out, Notes);
      continue;
    }
    if (!fs::is_regular_file(Path, EC) || !frontendMayRead(Path.string()) ||
        excludedByConfig(Excludes, Path.string()))
      continue; // deleted since it was staged, or not a kind privlint reads
    Out.push_back({Path.string(), false});
  }
  return Out;
}

} // namespace

std::vector<DiscoveredFile> discoverFiles(const std::vector<std::string> &Paths,
                                          const std::vector<std::string> &Excludes,
                                          DiscoveryProblems &Problems) {
  std::vector<DiscoveredFile> Out;
  for (const auto &P : Paths) {
    std::error_code EC;
    auto St = fs::status(P, EC);
    if (EC || !fs::exists(St)) {
      Problems.Missing.push_back(P);
      continue;
    }
    if (fs::is_directory(St)) {
      if (auto Listed = gitListedFiles(fs::path(P), Excludes, Problems.Notes))
        Out.insert(Out.end(), Listed->begin(), Listed->end());
      else
        walk(fs::path(P), Excludes, Out, Problems.Notes);
    } else if (!fs::is_regular_file(St)) {
      Problems.NotRegular.push_back(P); // a FIFO would block the read, a device never ends
    } else {
      Out.push_back({P, true});
    }
  }
  return Out;
}

std::vector<DiscoveredFile> discoverFiles(const std::vector<std::string> &Paths,
                                          const std::vector<std::string> &Excludes,
                                          std::vector<std::string> &Missing) {
  DiscoveryProblems Problems;
  auto Out = discoverFiles(Paths, Excludes, Problems);
  Missing = std::move(Problems.Missing);
  Missing.insert(Missing.end(), Problems.NotRegular.begin(), Problems.NotRegular.end());
  return Out;
}

// The markers above every file are looked up through the run's path cache:
// the same directories are asked about for each file under them.
std::string findConfigFor(const std::string &Path) {
  std::error_code EC;
  fs::path P = absolutePath(Path);
  if (!fs::is_directory(P, EC))
    P = P.parent_path();
  for (; !P.empty(); P = P.parent_path()) {
    fs::path C = P / ".privlint.yaml";
    if (existsCached(C))
      return C.string();
    if (P == P.root_path())
      break;
  }
  return {};
}

std::string projectRootFor(const std::string &Path) {
  std::string Cfg = findConfigFor(Path);
  if (!Cfg.empty())
    return fs::path(Cfg).parent_path().string();
  std::error_code EC;
  fs::path P = absolutePath(Path);
  if (!fs::is_directory(P, EC))
    P = P.parent_path();
  for (; !P.empty(); P = P.parent_path()) {
    if (existsCached(P / ".git"))
      return P.string();
    if (P == P.root_path())
      break;
  }
  return cachedCurrentDirectory().string();
}

} // namespace privlint
