#include "Engine/Discovery.h"

#include "Frontend/FrontendList.h"

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
    std::string Rel = fs::relative(P, R.Base).generic_string();
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

void walk(const fs::path &Dir, std::vector<IgnoreRule> Rules,
          const std::vector<std::string> &Excludes, std::vector<DiscoveredFile> &Out) {
  auto Own = readGitignore(Dir);
  Rules.insert(Rules.end(), Own.begin(), Own.end());
  std::error_code EC;
  std::vector<fs::directory_entry> Entries;
  for (fs::directory_iterator It(Dir, EC), End; !EC && It != End; It.increment(EC))
    Entries.push_back(*It);
  std::sort(Entries.begin(), Entries.end(),
            [](const auto &A, const auto &B) { return A.path().filename() < B.path().filename(); });
  for (const auto &E : Entries) {
    std::string Name = E.path().filename().string();
    std::error_code TEC;
    bool IsDir = E.is_directory(TEC);
    if (IsDir) {
      if (std::find(std::begin(SkippedDirs), std::end(SkippedDirs), Name) != std::end(SkippedDirs))
        continue;
      if (ignored(Rules, E.path(), true) || excludedByConfig(Excludes, E.path().string()))
        continue;
      walk(E.path(), Rules, Excludes, Out);
    } else if (E.is_regular_file(TEC)) {
      if (!frontendMayRead(E.path().string()))
        continue;
      if (ignored(Rules, E.path(), false) || excludedByConfig(Excludes, E.path().string()))
        continue;
      Out.push_back({E.path().string(), false});
    }
  }
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
                                          std::vector<std::string> &Errors) {
  std::vector<DiscoveredFile> Out;
  for (const auto &P : Paths) {
    std::error_code EC;
    auto St = fs::status(P, EC);
    if (EC || !fs::exists(St)) {
      Errors.push_back(P);
      continue;
    }
    if (fs::is_directory(St))
      walk(fs::path(P), ancestorIgnores(fs::path(P)), Excludes, Out);
    else
      Out.push_back({P, true});
  }
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
