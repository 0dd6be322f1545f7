// Prisma: schema.prisma files and the SQL migrations Prisma generated from
// them (migrations/*/migration.sql), one unit per schema directory.
#include "Frontend/Frontend.h"
#include "Frontend/Prisma/PrismaReader.h"
#include "Frontend/Sql/SqlDialect.h"
#include "Frontend/Sql/SqlFileFrontend.h"
#include "Model/ModelMerge.h"
#include "Support/Paths.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace privlint {

namespace {

bool isPrismaFile(std::string_view Path) {
  std::string Ext = fs::path(Path).extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Ext == ".prisma";
}

// The directory of the Prisma schema a generated migration belongs to
// (<dir>/migrations/<name>/migration.sql next to <dir>/*.prisma), or empty.
std::string prismaDirOfMigration(const std::string &Norm) {
  fs::path P(Norm);
  if (P.filename() != "migration.sql" || P.parent_path().parent_path().filename() != "migrations")
    return {};
  fs::path Dir = P.parent_path().parent_path().parent_path();
  std::error_code EC;
  for (fs::directory_iterator It(Dir, EC), End; !EC && It != End; It.increment(EC)) {
    std::error_code FileEC;
    if (It->is_regular_file(FileEC) && isPrismaFile(It->path().string()))
      return Dir.string();
  }
  return {};
}

// A Prisma schema split over a folder (prismaSchemaFolder: schema.prisma
// beside models/*.prisma): the folder that holds the generated migrations
// (migrations/migration_lock.toml), when it is an ancestor of Dir up to three
// levels up, is the schema's directory; else Dir itself.
std::string prismaSchemaRoot(const fs::path &Dir) {
  fs::path At = Dir;
  for (int Up = 0; Up <= 3 && !At.empty(); ++Up) {
    std::error_code EC;
    if (fs::is_regular_file(At / "migrations" / "migration_lock.toml", EC))
      return At.string();
    fs::path Parent = At.parent_path();
    if (Parent == At)
      break;
    At = Parent;
  }
  return Dir.string();
}

class PrismaFrontend : public Frontend {
public:
  std::string_view id() const override { return "prisma"; }

  bool mayClaim(std::string_view Path) const override {
    return isPrismaFile(Path) || fs::path(Path).filename() == "migration.sql";
  }

  Claim claim(const FileProbe &P) const override {
    Claim C;
    C.Group = "prisma";
    if (isPrismaFile(P.Path)) {
      C.Strength = 1;
      C.Root = prismaSchemaRoot(fs::path(P.Normalized).parent_path());
      return C;
    }
    if (!SqlFileFrontend::isSqlFileName(P.Path))
      return {};
    // A migration Prisma generated belongs with the schema it came from; it
    // is read in the chosen dialect, else in the one its content shows.
    std::string Dir = prismaDirOfMigration(P.Normalized);
    if (Dir.empty())
      return {};
    C.Strength = 2;
    C.Root = Dir;
    bool Guessed = false;
    SqlDialect D = sqlDialectFor(P.Options.Dialect, P.Cfg, P.Path, P.head(), Guessed);
    if (!Guessed)
      C.Variant = sqlDialectId(D);
    return C;
  }

  // Context: the schema files of the directory and the migrations Prisma
  // generated from them, oldest first.
  std::vector<std::string> unitFiles(const UnitSpec &U, const Workspace &) const override {
    UnitFileList List(U.Files);
    fs::path Display = displayRoot(U.Files.front(), U.Root);
    std::error_code EC;
    // The schema's files: those of the directory, and, when it holds the
    // generated migrations, those of its folders too (a schema split over a
    // folder; the files there claim this directory), but not the migrations'
    // folder or another schema's directory.
    fs::path Migrations = fs::path(U.Root) / "migrations";
    bool Folder = fs::is_regular_file(Migrations / "migration_lock.toml", EC);
    for (fs::recursive_directory_iterator It(U.Root, EC), End; !EC && It != End; It.increment(EC)) {
      std::error_code FileEC;
      if (It->is_directory(FileEC)) {
        if (!Folder || It.depth() >= 3 || It->path() == Migrations ||
            It->path().filename() == "node_modules" || It->is_symlink(FileEC) ||
            fs::exists(It->path() / "migrations" / "migration_lock.toml", FileEC))
          It.disable_recursion_pending();
        continue;
      }
      if (It->is_regular_file(FileEC) && isPrismaFile(It->path().string()))
        List.add((Display / It->path().lexically_relative(U.Root)).string(),
                 It->path().lexically_normal().string());
    }
    if (fs::is_directory(Migrations, EC))
      for (fs::directory_iterator It(Migrations, EC), End; !EC && It != End; It.increment(EC)) {
        fs::path Sql = It->path() / "migration.sql";
        std::error_code FileEC;
        if (It->is_directory(FileEC) && fs::is_regular_file(Sql, FileEC))
          List.add((Display / "migrations" / It->path().filename() / "migration.sql").string(),
                   Sql.lexically_normal().string());
      }
    std::vector<std::string> Files = std::move(List.Files);
    std::sort(Files.begin(), Files.end(), [](const std::string &A, const std::string &B) {
      bool SqlA = !isPrismaFile(A), SqlB = !isPrismaFile(B);
      if (SqlA != SqlB)
        return SqlB;
      fs::path PA(A), PB(B);
      // Schema files by path (two folders may each have a user.prisma),
      // migrations by their folder's version.
      if (!SqlA)
        return PA.parent_path() != PB.parent_path()
                   ? PA.parent_path() < PB.parent_path()
                   : versionLess(PA.filename().string(), PB.filename().string());
      return versionLess(PA.parent_path().filename().string(),
                         PB.parent_path().filename().string());
    });
    return Files;
  }

  // schema.prisma is authoritative; the SQL migrations Prisma generated from
  // it are merged into it, so a column is one field reported at the schema
  // with the migrations as related locations (and their grants and policies
  // still count).
  Model read(UnitInput &In) const override {
    Model M;
    std::vector<SourceFile *> Migrations;
    for (const auto &Path : In.Spec.Files) {
      SourceFile *SF = In.load(Path);
      if (!SF)
        continue;
      if (!isPrismaFile(Path))
        Migrations.push_back(SF);
      else if (!readPrismaSchema(*SF, M))
        In.skipped(Path, "Prisma schemas");
    }
    if (Migrations.empty())
      return M;
    auto Chosen = parseSqlDialect(In.Spec.Variant);
    SqlDialect D = Chosen ? *Chosen : sniffSqlDialect(Migrations.front()->text().substr(0, 65536));
    SqlCatalog Cat(sqlSettingsFor(In.config(), In.Spec.Root, D));
    uint32_t Index = 0;
    for (SourceFile *SF : Migrations)
      replaySqlFile(*SF, Index++, Cat, D);
    mergeDerivedModel(M, Cat.finish());
    return M;
  }
};

} // namespace

const Frontend &prismaFrontend() {
  static const PrismaFrontend F;
  return F;
}

} // namespace privlint
