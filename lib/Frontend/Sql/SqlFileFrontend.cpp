#include "Frontend/Sql/SqlFileFrontend.h"

#include "Support/KeepUntilExit.h"
#include "Support/Paths.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace privlint {

bool SqlFileFrontend::isSqlFileName(std::string_view Path) {
  std::string Ext = fs::path(Path).extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Ext == ".sql" || Ext == ".psql" || Ext == ".pgsql";
}

bool SqlFileFrontend::mayClaim(std::string_view Path) const { return isSqlFileName(Path); }

bool SqlFileFrontend::reads(SqlDialect D) const {
  return std::find(Dialects.begin(), Dialects.end(), D) != Dialects.end();
}

namespace {

// A folder-per-migration layout (Diesel, and tools like it): each version is a
// folder named from its version, holding up.sql and down.sql. The up.sql
// files of all the folders are one history, replayed in version order; the
// down.sql files undo it and are never context.
bool isVersionFolderName(const std::string &Name) {
  return !Name.empty() && std::isdigit(static_cast<unsigned char>(Name.front()));
}

bool isUpMigration(const fs::path &P) {
  return P.filename() == "up.sql" && isVersionFolderName(P.parent_path().filename().string());
}

} // namespace

Claim SqlFileFrontend::claim(const FileProbe &P) const {
  if (!isSqlFileName(P.Path))
    return {};
  bool Guessed = false;
  SqlDialect D = sqlDialectFor(P.Options.Dialect, P.Cfg, P.Path, P.head(), Guessed);
  if (!reads(D))
    return {};
  Claim C;
  C.Strength = 1;
  C.Group = sqlDialectId(D);
  fs::path Norm(P.Normalized);
  C.Root = (isUpMigration(Norm) ? Norm.parent_path().parent_path() : Norm.parent_path()).string();
  return C;
}

// Context: the other SQL files of the same migration directory, same dialect.
std::vector<std::string> SqlFileFrontend::unitFiles(const UnitSpec &U, const Workspace &W) const {
  UnitFileList List(U.Files);
  if (isUpMigration(fs::path(U.Files.front()))) {
    // Every version folder's up.sql, ordered by the folders' versions.
    std::string DisplayDir = fs::path(U.Files.front()).parent_path().parent_path().string();
    std::error_code EC;
    for (fs::directory_iterator It(U.Root, EC), End; !EC && It != End; It.increment(EC)) {
      std::error_code DirEC, FileEC;
      std::string Name = It->path().filename().string();
      fs::path Up = It->path() / "up.sql";
      if (!It->is_directory(DirEC) || !isVersionFolderName(Name) ||
          !fs::is_regular_file(Up, FileEC))
        continue;
      std::string Norm = Up.lexically_normal().string();
      if (List.has(Norm))
        continue;
      std::string Display =
          ((DisplayDir.empty() ? fs::path() : fs::path(DisplayDir)) / Name / "up.sql").string();
      bool Guessed = false;
      SqlDialect D =
          sqlDialectFor(U.Options->Dialect, *U.Cfg, Display, W.head(Up.string(), 65536), Guessed);
      if (sqlDialectId(D) != U.Group)
        continue;
      List.add(std::move(Display), Norm);
    }
    std::vector<std::string> Files = std::move(List.Files);
    std::sort(Files.begin(), Files.end(), [](const std::string &A, const std::string &B) {
      return versionLess(fs::path(A).parent_path().filename().string(),
                         fs::path(B).parent_path().filename().string());
    });
    return Files;
  }
  std::string DisplayDir = fs::path(U.Files.front()).parent_path().string();
  std::error_code EC;
  for (fs::directory_iterator It(U.Root, EC), End; !EC && It != End; It.increment(EC)) {
    std::error_code FileEC;
    if (!It->is_regular_file(FileEC) || !isSqlFileName(It->path().string()))
      continue;
    std::string Norm = It->path().lexically_normal().string();
    if (List.has(Norm))
      continue;
    bool Guessed = false;
    std::string Display =
        ((DisplayDir.empty() ? fs::path() : fs::path(DisplayDir)) / It->path().filename()).string();
    SqlDialect D = sqlDialectFor(U.Options->Dialect, *U.Cfg, Display,
                                 W.head(It->path().string(), 65536), Guessed);
    if (sqlDialectId(D) != U.Group)
      continue;
    List.add(std::move(Display), Norm);
  }
  std::vector<std::string> Files = std::move(List.Files);
  std::sort(Files.begin(), Files.end(), [](const std::string &A, const std::string &B) {
    return versionLess(fs::path(A).filename().string(), fs::path(B).filename().string());
  });
  return Files;
}

// sql.*: read by every frontend that reads SQL (Prisma migrations and Rails'
// structure.sql too); declared here once.
void SqlFileFrontend::declareOptions(OptionSchema &Schema) const {
  auto Sql = [](std::string Name, OptionSpec::Type Kind) {
    OptionSpec S;
    S.Section = "sql";
    S.SectionRank = 30;
    S.Name = std::move(Name);
    S.Kind = Kind;
    return S;
  };
  OptionSpec Roles = Sql("anonymous_roles", OptionSpec::Type::List);
  Roles.DefaultList = {"anon", "PUBLIC"};
  Schema.add(Roles);
  OptionSpec Schemas = Sql("exposed_schemas", OptionSpec::Type::List);
  Schemas.DefaultList = {"public"};
  Schema.add(Schemas);
  OptionSpec Preset = Sql("preset", OptionSpec::Type::Choice);
  Preset.Choices = {"postgres", "supabase"};
  // Unset, the Supabase preset is the default for a file under a supabase/ folder.
  Preset.DumpDefault = [](const Config &C,
                          const std::string &File) -> std::pair<std::string, std::string> {
    if (supabasePresetApplies(C, fs::absolute(File).string()))
      return {"supabase", "default: the file is under supabase/"};
    return {"postgres", "default"};
  };
  Schema.add(Preset);
  OptionSpec Dialect = Sql("dialect", OptionSpec::Type::Choice);
  Dialect.Choices = {"postgres", "mysql", "sqlite"};
  Dialect.EmptyDisplay = "auto";
  Schema.add(Dialect);
}

Model SqlFileFrontend::read(UnitInput &In) const {
  SqlDialect D = parseSqlDialect(In.Spec.Group).value_or(SqlDialect::Postgres);
  SqlCatalog Cat(sqlSettingsFor(In.config(), In.Spec.Root, D));
  uint32_t Index = 0;
  for (const auto &Path : In.Spec.Files) {
    std::string Note;
    if (SourceFile *SF = In.load(Path)) {
      if (!replaySqlFile(*SF, Index, Cat, D, &Note))
        In.skipped(Path, std::string(sqlDialectDisplayName(D)) + " DDL");
      // The other dialects: one note per given file, naming what was skipped.
      if (!Note.empty() && In.Spec.Given.contains(normalizePath(Path)))
        In.note(SF->path() + ": note: " + Note);
    }
    ++Index;
  }
  Model M = Cat.finish();
  keepUntilExit(Cat);
  if (In.options().Dialect.empty() && In.config().string("sql.dialect").empty() &&
      !isOtherSqlDialect(D)) {
    // A guessed dialect that does not fit shows as parse errors: say which
    // one was assumed, once per given file, and how to choose.
    std::set<const SourceFile *> Noted;
    for (const auto &P : M.Problems)
      if (P.Where.File && In.Spec.Given.contains(normalizePath(P.Where.File->path())) &&
          Noted.insert(P.Where.File).second)
        In.note(P.Where.File->path() + ": note: read as " + sqlDialectDisplayName(D) +
                " (guessed from its content); if that is wrong, pass --dialect "
                "postgres|mysql|sqlite or set sql.dialect");
  }
  return M;
}

} // namespace privlint
