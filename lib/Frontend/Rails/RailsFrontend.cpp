// Rails: db/schema.rb, db/structure.sql, db/migrate/*.rb and app/models,
// one unit per Rails root, so a column and its model's `encrypts` are one
// field whichever of the files is given.
#include "Frontend/Frontend.h"
#include "Frontend/Rails/RailsReader.h"
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

enum class RailsFile { None, Schema, Migration, Model, Structure };

// What a Ruby file is by its place in a Rails application (the path as
// given: no I/O).
RailsFile railsFileOf(std::string_view Path) {
  fs::path P = fs::path(Path).lexically_normal();
  std::string Ext = P.extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  if (Ext != ".rb")
    return P.filename() == "structure.sql" ? RailsFile::Structure : RailsFile::None;
  if (P.filename() == "schema.rb")
    return RailsFile::Schema;
  if (P.parent_path().filename() == "migrate" && P.parent_path().parent_path().filename() == "db")
    return RailsFile::Migration;
  for (fs::path D = P.parent_path(); !D.empty() && D != D.root_path(); D = D.parent_path())
    if (D.filename() == "models" && D.parent_path().filename() == "app")
      return RailsFile::Model;
  return RailsFile::None;
}

// The Rails root of a schema.rb or structure.sql (<root>/db/...), a
// migration (<root>/db/migrate/...) or a model file (<root>/app/models/...):
// the directory holding db/ and app/.
std::string railsRootOf(const std::string &Norm) {
  fs::path P(Norm);
  for (fs::path D = P.parent_path(); !D.empty() && D != D.root_path(); D = D.parent_path()) {
    if (D.filename() == "db" && (P.filename() == "schema.rb" || P.filename() == "structure.sql"))
      return D.parent_path().string();
    if (D.filename() == "migrate" && D.parent_path().filename() == "db")
      return D.parent_path().parent_path().string();
    if (D.filename() == "models" && D.parent_path().filename() == "app")
      return D.parent_path().parent_path().string();
  }
  return P.parent_path().string();
}

// db/structure.sql of a Rails application (a Gemfile, app/models or
// config/application.rb beside db/).
bool isRailsStructureSql(const std::string &Norm) {
  fs::path P(Norm);
  if (P.filename() != "structure.sql" || P.parent_path().filename() != "db")
    return false;
  fs::path Root = P.parent_path().parent_path();
  std::error_code EC;
  return fs::exists(Root / "Gemfile", EC) || fs::is_directory(Root / "app" / "models", EC) ||
         fs::exists(Root / "config" / "application.rb", EC);
}

class RailsFrontend : public Frontend {
public:
  std::string_view id() const override { return "rails"; }

  bool mayClaim(std::string_view Path) const override {
    return railsFileOf(Path) != RailsFile::None;
  }

  Claim claim(const FileProbe &P) const override {
    RailsFile K = railsFileOf(P.Path);
    Claim C;
    if (K == RailsFile::None)
      return C;
    if (K == RailsFile::Structure) {
      // db/structure.sql of a Rails app is read with its models.
      if (!SqlFileFrontend::isSqlFileName(P.Path) || !isRailsStructureSql(P.Normalized))
        return C;
      C.Strength = 2;
    } else {
      C.Strength = 1;
    }
    C.Group = "rails-schema";
    C.Root = railsRootOf(P.Normalized);
    return C;
  }

  // Context: db/schema.rb, db/structure.sql, db/migrate/*.rb and every model
  // under app/models of the Rails root.
  std::vector<std::string> unitFiles(const UnitSpec &U, const Workspace &) const override {
    UnitFileList List(U.Files);
    std::string DisplayRoot = displayRoot(U.Files.front(), U.Root);
    std::error_code EC;
    for (const char *Name : {"schema.rb", "structure.sql"})
      if (fs::exists(fs::path(U.Root) / "db" / Name, EC))
        List.add((fs::path(DisplayRoot) / "db" / Name).string());
    fs::path Migrate = fs::path(U.Root) / "db" / "migrate";
    if (fs::is_directory(Migrate, EC))
      for (fs::directory_iterator It(Migrate, EC), End; !EC && It != End; It.increment(EC)) {
        std::error_code FileEC;
        if (It->is_regular_file(FileEC) && It->path().extension() == ".rb")
          List.add((fs::path(DisplayRoot) / "db" / "migrate" / It->path().filename()).string());
      }
    fs::path Models = fs::path(U.Root) / "app" / "models";
    if (fs::is_directory(Models, EC))
      for (fs::recursive_directory_iterator It(Models, EC), End; !EC && It != End;
           It.increment(EC)) {
        std::error_code FileEC;
        if (It->is_regular_file(FileEC) && It->path().extension() == ".rb")
          List.add(
              (fs::path(DisplayRoot) / It->path().lexically_relative(fs::path(U.Root))).string());
      }
    std::vector<std::string> Files = std::move(List.Files);
    // Paths in name order; migrations by version (their timestamps).
    std::sort(Files.begin(), Files.end(), [](const std::string &A, const std::string &B) {
      fs::path PA(A), PB(B);
      if (PA.parent_path() == PB.parent_path())
        return versionLess(PA.filename().string(), PB.filename().string());
      return A < B;
    });
    return Files;
  }

  // A model file's facts, parsed once per content for the workspace (an
  // editor session re-reads a project's models on every edit): the facts'
  // ranges point into the cached copy of the file, which the cache keeps.
  static bool readModel(const SourceFile &SF, const Workspace &W, RailsModelFacts &Facts) {
    struct Parsed {
      std::unique_ptr<SourceFile> File;
      RailsModelFacts Facts;
      bool Read = false;
    };
    // One entry per file, replaced when its content changes (bounded memory
    // in a long session; runs of a session are sequential).
    std::string Key = "rails-model\n" + SF.path() + "\n" + SF.stableName();
    auto Hit = std::static_pointer_cast<const Parsed>(W.cached(Key));
    if (!Hit || Hit->File->text() != SF.text()) {
      auto P = std::make_shared<Parsed>();
      P->File = std::make_unique<SourceFile>(SF.path(), SF.text());
      P->File->setStableName(SF.stableName());
      P->Read = readRailsModel(*P->File, P->Facts);
      W.store(Key, P);
      Hit = P;
    }
    Facts.Classes.insert(Facts.Classes.end(), Hit->Facts.Classes.begin(), Hit->Facts.Classes.end());
    for (const auto &[Module, Prefix] : Hit->Facts.TableNamePrefixes)
      Facts.TableNamePrefixes[Module] = Prefix; // the last file read wins, as before
    Facts.Problems.insert(Facts.Problems.end(), Hit->Facts.Problems.begin(),
                          Hit->Facts.Problems.end());
    return Hit->Read;
  }

  // The replay of the migrations, once per content of the whole set (as
  // readModel: the model's ranges point into the cache's copies).
  static bool readMigrations(const std::vector<const SourceFile *> &Files, const UnitInput &In,
                             Model &Out) {
    const Workspace &W = In.workspace();
    struct Replayed {
      std::vector<std::unique_ptr<SourceFile>> Files;
      Model M;
      bool Read = false;
    };
    // One entry per unit (root and configuration), replaced when a file changes.
    std::string Key = "rails-migrations\n" + In.Spec.Root + "\n" + In.Spec.ConfigPath;
    for (const SourceFile *SF : Files)
      Key += "\n" + SF->path() + "\n" + SF->stableName();
    auto Hit = std::static_pointer_cast<const Replayed>(W.cached(Key));
    bool Same = Hit && Hit->Files.size() == Files.size();
    for (size_t I = 0; Same && I < Files.size(); ++I)
      Same = Hit->Files[I]->text() == Files[I]->text();
    if (!Same) {
      auto R = std::make_shared<Replayed>();
      std::vector<const SourceFile *> Copies;
      for (const SourceFile *SF : Files) {
        R->Files.push_back(std::make_unique<SourceFile>(SF->path(), SF->text()));
        R->Files.back()->setStableName(SF->stableName());
        Copies.push_back(R->Files.back().get());
      }
      R->Read = readRailsMigrations(Copies, R->M);
      W.store(Key, R);
      Hit = R;
    }
    Out = Hit->M;
    return Hit->Read;
  }

  // One field, one finding: db/schema.rb is authoritative, else
  // db/structure.sql, else the migrations; the others are merged into it as
  // further definitions. The models' declarations then apply.
  Model read(UnitInput &In) const override {
    RailsModelFacts Facts;
    Model SchemaRb, Structure, Migrated;
    bool HaveSchemaRb = false, HaveStructure = false;
    std::vector<const SourceFile *> Migrations;
    SqlCatalog StructureCat(sqlSettingsFor(In.config(), In.Spec.Root, SqlDialect::Postgres));
    for (const auto &Path : In.Spec.Files) {
      SourceFile *SF = In.load(Path);
      if (!SF)
        continue;
      bool Read = true;
      switch (railsFileOf(Path)) {
      case RailsFile::Schema:
        Read = readRailsSchema(*SF, SchemaRb);
        HaveSchemaRb = true;
        break;
      case RailsFile::Migration:
        Migrations.push_back(SF);
        break;
      case RailsFile::Model:
        Read = readModel(*SF, In.workspace(), Facts);
        break;
      case RailsFile::Structure:
      case RailsFile::None:
        // structure.sql: a pg_dump, or a mysqldump for MySQL applications.
        replaySqlFile(*SF, 0, StructureCat, sniffSqlDialect(SF->text().substr(0, 65536)));
        HaveStructure = true;
        break;
      }
      if (!Read)
        In.skipped(Path, "Ruby");
    }
    if (!Migrations.empty() && !readMigrations(Migrations, In, Migrated))
      for (const SourceFile *SF : Migrations)
        In.skipped(SF->path(), "Ruby");
    if (HaveStructure)
      Structure = StructureCat.finish();
    Model M;
    if (HaveSchemaRb) {
      M = std::move(SchemaRb);
      if (HaveStructure)
        mergeDerivedModel(M, std::move(Structure));
    } else if (HaveStructure) {
      M = std::move(Structure);
    }
    if (HaveSchemaRb || HaveStructure)
      mergeDerivedModel(M, std::move(Migrated));
    else
      M = std::move(Migrated);
    linkRailsModels(M, Facts);
    M.Problems.insert(M.Problems.end(), Facts.Problems.begin(), Facts.Problems.end());
    return M;
  }
};

} // namespace

const Frontend &railsFrontend() {
  static const RailsFrontend F;
  return F;
}

} // namespace privlint
