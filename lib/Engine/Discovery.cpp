#include "Engine/Discovery.h"

#include "Frontend/FrontendList.h"
#include "Support/FileWalk.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace privlint {

namespace {

const char *const SkippedDirs[] = {".git", "node_modules", "vendor", "build", "dist",
                                   "target", ".venv", ".hg", ".svn", "__pycache__"};

struct IgnoreRule {
  std::string Base; // directory of the .gitignore
  std::string Pattern;
  bool Negate = false, DirOnly = false, Anchored = false;
};

std::vector<IgnoreRule> readGitignore(const fs::path &Dir) {
  std::vector<IgnoreRule> Out;
  std::ifstream In(Dir / ".gitignore");
  std::string Line;
  while (std::getline(In, Line)) {
    if (!Line.empty() && Line.back() == '\r')
      Line.pop_back();
    while (!Line.empty() && Line.back() == ' ')
      Line.pop_back();
    if (Line.empty() || Line[0] == '#')
      continue;
    IgnoreRule R;
    R.Base = Dir.string();
    if (Line[0] == '!') {
      R.Negate = true;
      Line.erase(0, 1);
    }
    if (!Line.empty() && Line.back() == '/') {
      R.DirOnly = true;
      Line.pop_back();
    }
    if (!Line.empty() && Line[0] == '/') {
      R.Anchored = true;
      Line.erase(0, 1);
    }
    if (Line.find('/') != std::string::npos)
      R.Anchored = true;
    if (Line.starts_with("**/")) {
      Line.erase(0, 3);
      R.Anchored = Line.find('/') != std::string::npos;
    }
    R.Pattern = Line;
    if (!R.Pattern.empty())
      Out.push_back(R);
  }
  return Out;
}

bool ignored(const std::vector<IgnoreRule> &Rules, const fs::path &P, bool IsDir) {
  bool Ignored = false;
  for (const auto &R : Rules) {
    if (R.DirOnly && !IsDir)
      continue;
    std::error_code EC;
    std::string Rel = fs::relative(P, R.Base, EC).generic_string();
    bool Match = R.Anchored ? fnmatch(R.Pattern.c_str(), Rel.c_str(), FNM_PATHNAME) == 0
                            : fnmatch(R.Pattern.c_str(), P.filename().c_str(), 0) == 0;
    if (Match)
      Ignored = !R.Negate;
  }
  return Ignored;
}

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
  if (fs::exists(Abs / ".git", EC) || !InRepo)
    return {};
  std::vector<IgnoreRule> Rules;
  for (auto It = Chain.rbegin(); It != Chain.rend(); ++It) {
    auto R = readGitignore(*It);
    Rules.insert(Rules.end(), R.begin(), R.end());
  }
  // Rules are matched against absolute paths of what the walk finds.
  for (auto &R : Rules)
    R.Base = fs::path(R.Base).lexically_normal().string();
  return Rules;
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
      DiscoveryVisitor V(ancestorIgnores(fs::path(P)), Excludes, Out);
      walkFiles(fs::path(P), V, Problems.Notes);
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

std::string findConfigFor(const std::string &Path) {
  std::error_code EC;
  fs::path P = fs::absolute(Path, EC);
  if (!fs::is_directory(P, EC))
    P = P.parent_path();
  for (; !P.empty(); P = P.parent_path()) {
    fs::path C = P / ".privlint.yaml";
    if (fs::exists(C, EC))
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
  fs::path P = fs::absolute(Path, EC);
  if (!fs::is_directory(P, EC))
    P = P.parent_path();
  for (; !P.empty(); P = P.parent_path()) {
    if (fs::exists(P / ".git", EC))
      return P.string();
    if (P == P.root_path())
      break;
  }
  return fs::current_path(EC).string();
}

} // namespace privlint
