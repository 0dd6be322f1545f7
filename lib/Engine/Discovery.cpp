#include "Engine/Discovery.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace privlint {

const char *inputKindName(InputKind K) {
  switch (K) {
  case InputKind::PostgresSql: return "postgres";
  case InputKind::MysqlSql: return "mysql";
  case InputKind::SqliteSql: return "sqlite";
  case InputKind::Prisma: return "prisma";
  case InputKind::RailsSchema: return "rails-schema";
  case InputKind::RailsModel: return "rails-model";
  case InputKind::RailsMigration: return "rails-migration";
  case InputKind::Cxx: return "c++";
  case InputKind::Python: return "python";
  case InputKind::TypeScript: return "typescript";
  case InputKind::Java: return "java";
  case InputKind::Unsupported: return "unsupported";
  }
  return "unsupported";
}

InputKind kindByExtension(const std::string &Path) {
  std::string Ext = fs::path(Path).extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  if (Ext == ".sql" || Ext == ".psql" || Ext == ".pgsql")
    return InputKind::PostgresSql;
  if (Ext == ".prisma")
    return InputKind::Prisma;
  if (Ext == ".cpp" || Ext == ".cc" || Ext == ".cxx" || Ext == ".c++" || Ext == ".h" ||
      Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx")
    return InputKind::Cxx;
  if (Ext == ".py" || Ext == ".pyi")
    return InputKind::Python;
  if (Ext == ".ts" || Ext == ".mts" || Ext == ".cts") {
    std::string Name = fs::path(Path).filename().string();
    // Declaration files describe compiled JavaScript; entities live in sources.
    if (Name.size() > Ext.size() + 2 && Name.compare(Name.size() - Ext.size() - 2, 2, ".d") == 0)
      return InputKind::Unsupported;
    return InputKind::TypeScript;
  }
  if (Ext == ".java")
    return InputKind::Java;
  if (Ext == ".rb") {
    fs::path P = fs::path(Path).lexically_normal();
    if (P.filename() == "schema.rb")
      return InputKind::RailsSchema;
    if (P.parent_path().filename() == "migrate" && P.parent_path().parent_path().filename() == "db")
      return InputKind::RailsMigration;
    for (fs::path D = P.parent_path(); !D.empty() && D != D.root_path(); D = D.parent_path())
      if (D.filename() == "models" && D.parent_path().filename() == "app")
        return InputKind::RailsModel;
  }
  return InputKind::Unsupported;
}

std::string sourceRootFor(const std::string &NormalizedPath, InputKind K) {
  std::vector<const char *> Markers{".privlint.yaml", ".git"};
  if (K == InputKind::Python)
    Markers.insert(Markers.end(), {"manage.py", "pyproject.toml", "setup.py", "setup.cfg"});
  else if (K == InputKind::TypeScript)
    Markers.insert(Markers.end(), {"package.json", "tsconfig.json"});
  else if (K == InputKind::Java)
    Markers.insert(Markers.end(),
                   {"pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"});
  fs::path Start = fs::path(NormalizedPath).parent_path();
  std::error_code EC;
  for (fs::path D = Start; !D.empty(); D = D.parent_path()) {
    for (const char *M : Markers)
      if (fs::exists(D / M, EC))
        return D.string();
    if (D == D.root_path())
      break;
  }
  return Start.string();
}

InputKind sniffSqlDialect(const std::string &Text) {
  // Strong, cheap signals in the first 64 KiB; PostgreSQL unless another
  // dialect is evident, so a plain CREATE TABLE stays PostgreSQL.
  std::string_view S(Text.data(), std::min<size_t>(Text.size(), 65536));
  int Mysql = 0, Sqlite = 0;
  auto Has = [&](std::string_view Needle) { return S.find(Needle) != std::string_view::npos; };
  auto HasCI = [&](std::string_view Needle) {
    auto It = std::search(S.begin(), S.end(), Needle.begin(), Needle.end(), [](char A, char B) {
      return std::tolower(static_cast<unsigned char>(A)) == std::tolower(static_cast<unsigned char>(B));
    });
    return It != S.end();
  };
  if (Has("/*!4"))
    Mysql += 3;
  if (HasCI("ENGINE=") || HasCI("ENGINE ="))
    Mysql += 3;
  if (HasCI("AUTO_INCREMENT"))
    Mysql += 2;
  if (HasCI("DEFAULT CHARSET") || HasCI("CHARACTER SET utf8"))
    Mysql += 2;
  if (Has("CREATE TABLE `") || Has("create table `") || Has("CREATE TABLE IF NOT EXISTS `"))
    Mysql += 3;
  if (HasCI("LOCK TABLES") || HasCI("DELIMITER "))
    Mysql += 2;
  if (HasCI("AUTOINCREMENT"))
    Sqlite += 3;
  if (HasCI("PRAGMA "))
    Sqlite += 3;
  if (Has("CREATE TABLE [") || Has("create table [") || Has("CREATE TABLE IF NOT EXISTS ["))
    Sqlite += 3;
  if (HasCI("WITHOUT ROWID"))
    Sqlite += 3;
  if (Mysql >= 3 && Mysql >= Sqlite)
    return InputKind::MysqlSql;
  if (Sqlite >= 3)
    return InputKind::SqliteSql;
  return InputKind::PostgresSql;
}

bool versionLess(const std::string &A, const std::string &B) {
  size_t I = 0, J = 0;
  while (I < A.size() && J < B.size()) {
    bool DA = std::isdigit(static_cast<unsigned char>(A[I]));
    bool DB = std::isdigit(static_cast<unsigned char>(B[J]));
    if (DA && DB) {
      size_t EI = I, EJ = J;
      while (EI < A.size() && std::isdigit(static_cast<unsigned char>(A[EI])))
        ++EI;
      while (EJ < B.size() && std::isdigit(static_cast<unsigned char>(B[EJ])))
        ++EJ;
      std::string_view NA = std::string_view(A).substr(I, EI - I);
      std::string_view NB = std::string_view(B).substr(J, EJ - J);
      while (NA.size() > 1 && NA.front() == '0')
        NA.remove_prefix(1);
      while (NB.size() > 1 && NB.front() == '0')
        NB.remove_prefix(1);
      if (NA.size() != NB.size())
        return NA.size() < NB.size();
      if (NA != NB)
        return NA < NB;
      I = EI;
      J = EJ;
      continue;
    }
    if (A[I] != B[J])
      return static_cast<unsigned char>(A[I]) < static_cast<unsigned char>(B[J]);
    ++I;
    ++J;
  }
  if ((A.size() - I) != (B.size() - J))
    return A.size() - I < B.size() - J;
  return A < B;
}

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
    if (Line.rfind("**/", 0) == 0) {
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
      if (kindByExtension(E.path().string()) == InputKind::Unsupported)
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
