#include "Engine/Engine.h"

#include "Classify/Classifier.h"
#include "Engine/Baseline.h"
#include "Engine/RuleRunner.h"
#include "Engine/SourceLoader.h"
#include "Engine/SuppressionFilter.h"
#include "Engine/Inventory.h"
#include "Support/Paths.h"
#include "Engine/Discovery.h"
#include "Engine/GitDiff.h"
#include "Engine/RuleRegistry.h"
#include "Engine/Suppressions.h"
#include "Frontend/Cxx/CxxBridge.h"
#include "Frontend/Jpa/JpaReader.h"
#include "Frontend/Python/PythonReader.h"
#include "Frontend/TypeOrm/TypeOrmReader.h"
#include "Frontend/Postgres/PostgresReplayer.h"
#include "Frontend/Prisma/PrismaReader.h"
#include "Frontend/Rails/RailsReader.h"
#include "Frontend/MysqlSqlite/MysqlSqliteReader.h"
#include "Frontend/Sql/SqlCatalog.h"
#include "Model/ModelMerge.h"

#include <algorithm>
#include <atomic>
#include <dlfcn.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fnmatch.h>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace privlint {

namespace {

std::string normalize(const std::string &P) {
  std::error_code EC;
  fs::path A = fs::absolute(P, EC);
  return A.lexically_normal().string();
}

// One analysis unit: the files of one migration directory replayed together;
// findings are reported for the Given files only.
struct Unit {
  InputKind Kind = InputKind::PostgresSql; // SQL dialect, Prisma or Rails
  std::string Root; // the project root (stable file names for fingerprints)
  std::string Dir;
  std::string ConfigPath;
  std::vector<std::string> Files;  // display paths, replay order
  std::vector<std::string> Skipped; // files whose frontend this build lacks (notices)
  std::set<std::string> Given;     // normalized paths of files to report on
  std::map<std::string, std::string> Overrides; // normalized path -> buffer (stdin)
  bool WantInventory = false;
  bool Explain = false;
  bool ReportAll = false; // C++: records of every project file the TUs include
  std::string CompileCommandsDir;
  std::vector<std::string> CompilerArgs;
  InputKind Dialect = InputKind::Unsupported; // SQL files of a Prisma unit: --dialect / sql.dialect when set
  bool DialectGuessed = false; // SQL units: the dialect was sniffed, not chosen
};

struct UnitResult {
  std::vector<Finding> Findings;
  std::vector<InventoryEntry> Inventory;
  std::vector<std::unique_ptr<SourceFile>> Files;
  std::vector<std::string> Notices;
};

struct Shared {
  std::map<std::string, Config> Configs;      // path ("" = defaults) -> config
  std::map<std::string, Taxonomy> Taxonomies; // config path -> taxonomy
};

SqlSettings sqlSettingsFor(const Config &C, const std::string &Dir, InputKind K) {
  SqlSettings S;
  S.AnonymousRoles = C.AnonymousRoles;
  S.ExposedSchemas = C.ExposedSchemas;
  if (K != InputKind::PostgresSql) {
    // MySQL and SQLite have no API schemas: every database counts, and the
    // anonymous accounts are the ones the DDL itself creates (the reader adds them).
    S.ExposedSchemas = {"*"};
    S.AnonymousRoles.clear();
    return S;
  }
  if (C.Preset) {
    S.SupabasePreset = *C.Preset == "supabase";
  } else {
    for (const auto &Part : fs::path(Dir))
      if (Part == "supabase")
        S.SupabasePreset = true;
  }
  return S;
}

CxxCollectFn loadCxxFrontend(std::string &Err);

// PRIVLINT_TIMING=1 prints the time of each phase of a unit to stderr.
struct PhaseTimer {
  bool On = std::getenv("PRIVLINT_TIMING") != nullptr;
  std::chrono::steady_clock::time_point T = std::chrono::steady_clock::now();
  void lap(const char *What) {
    if (!On)
      return;
    auto N = std::chrono::steady_clock::now();
    std::fprintf(stderr, "privlint: timing: %-10s %8.2f ms\n", What,
                 std::chrono::duration<double, std::milli>(N - T).count());
    T = N;
  }
};

UnitResult runUnit(const Unit &U, const Shared &Sh) {
  UnitResult R;
  PhaseTimer Timer;
  const Config &Cfg = Sh.Configs.at(U.ConfigPath);
  std::vector<InputProblem> Problems;
  auto Load = [&](const std::string &Path) -> SourceFile * {
    std::string Norm = normalize(Path);
    auto Ov = U.Overrides.find(Norm);
    std::unique_ptr<SourceFile> SF;
    bool Usable = loadSource(Path, Ov == U.Overrides.end() ? nullptr : &Ov->second, SF, Problems);
    SF->setStableName(relativeToRoot(Path, U.Root));
    R.Files.push_back(std::move(SF));
    return Usable ? R.Files.back().get() : nullptr;
  };
  auto Skip = [&](const std::string &Path, const char *What) {
    R.Notices.push_back(Path + ": note: this build of privlint does not read " + What +
                        " yet; skipped");
  };
  Model M;
  if (U.Kind == InputKind::Cxx) {
    // The C++ frontend lives in libprivlint-cxx.so (Clang): loaded only now.
    std::string Err;
    CxxCollectFn Collect = loadCxxFrontend(Err);
    if (!Collect) {
      for (const auto &Path : U.Files)
        R.Notices.push_back(Path + ": note: C++ files need libprivlint-cxx.so: " + Err + "; skipped");
    } else {
      CxxRequest Req;
      Req.Files = U.Files;
      Req.BuildDir = U.CompileCommandsDir;
      Req.ExtraArgs = U.CompilerArgs;
      Req.ProjectRoot = U.Root;
      Req.EncryptedTypes = Cfg.CxxEncryptedTypes;
      Req.HeaderFilter = Cfg.CxxHeaderFilter;
      CxxResult Res;
      Collect(Req, Res);
      M = std::move(Res.M);
      for (auto &F : Res.Files) {
        F->setStableName(relativeToRoot(F->path(), U.Root));
        R.Files.push_back(std::move(F));
      }
      for (const auto &E : Res.Errors)
        R.Notices.push_back(std::string("error: ") + E);
    }
    Timer.lap("parse");
  } else if (U.Kind == InputKind::Python || U.Kind == InputKind::TypeScript ||
             U.Kind == InputKind::Java) {
    // ORM sources: every file of the source root, so names resolve across
    // files; only the given ones are reported.
    std::vector<OrmFile> Files;
    for (const auto &Path : U.Files)
      if (SourceFile *SF = Load(Path))
        Files.push_back({SF, U.Given.count(normalize(Path)) > 0});
    OrmSettings S;
    S.Root = U.Dir;
    S.EncryptedTypes = Cfg.OrmEncryptedTypes;
    if (U.Kind == InputKind::Python)
      readPythonProject(Files, S, M);
    else if (U.Kind == InputKind::TypeScript)
      readTypeOrmProject(Files, S, M);
    else
      readJpaProject(Files, S, M);
    Timer.lap("parse");
  } else if (U.Kind == InputKind::Prisma) {
    // schema.prisma is authoritative; the SQL migrations Prisma generated
    // from it (migrations/*/migration.sql) are merged into it, so a column is
    // one field reported at the schema with the migrations as related
    // locations (and their grants and policies still count).
    std::vector<SourceFile *> Migrations;
    for (const auto &Path : U.Files) {
      SourceFile *SF = Load(Path);
      if (!SF)
        continue;
      if (kindByExtension(Path) != InputKind::Prisma)
        Migrations.push_back(SF);
      else if (!readPrismaSchema(*SF, M))
        Skip(Path, "Prisma schemas");
    }
    if (!Migrations.empty()) {
      InputKind Dialect = U.Dialect != InputKind::Unsupported
                              ? U.Dialect
                              : sniffSqlDialect(std::string(Migrations.front()->text().substr(0, 65536)));
      SqlCatalog Cat(sqlSettingsFor(Cfg, U.Dir, Dialect));
      uint32_t Index = 0;
      for (SourceFile *SF : Migrations) {
        if (Dialect == InputKind::PostgresSql)
          replayPostgresFile(*SF, Index++, Cat);
        else
          replaySqlDdlFile(*SF, Index++, Cat,
                           Dialect == InputKind::MysqlSql ? SqlDialect::MySql : SqlDialect::Sqlite);
      }
      mergeDerivedModel(M, Cat.finish());
    }
    Timer.lap("parse");
  } else if (U.Kind == InputKind::RailsSchema) {
    // One field, one finding: db/schema.rb is authoritative, else
    // db/structure.sql, else the migrations; the others are merged into it
    // as further definitions. The models' declarations then apply.
    RailsModelFacts Facts;
    Model SchemaRb, Structure, Migrated;
    bool HaveSchemaRb = false, HaveStructure = false;
    std::vector<const SourceFile *> Migrations;
    SqlCatalog StructureCat(sqlSettingsFor(Cfg, U.Dir, InputKind::PostgresSql));
    for (const auto &Path : U.Files) {
      SourceFile *SF = Load(Path);
      if (!SF)
        continue;
      InputKind K = kindByExtension(Path);
      bool Read = true;
      if (K == InputKind::RailsSchema) {
        Read = readRailsSchema(*SF, SchemaRb);
        HaveSchemaRb = true;
      } else if (K == InputKind::RailsMigration) {
        Migrations.push_back(SF);
      } else if (K == InputKind::RailsModel) {
        Read = readRailsModel(*SF, Facts);
      } else {
        // structure.sql: a pg_dump, or a mysqldump for MySQL applications.
        InputKind D = sniffSqlDialect(SF->text().substr(0, 65536));
        if (D == InputKind::PostgresSql)
          replayPostgresFile(*SF, 0, StructureCat);
        else
          replaySqlDdlFile(*SF, 0, StructureCat, D == InputKind::MysqlSql ? SqlDialect::MySql : SqlDialect::Sqlite);
        HaveStructure = true;
      }
      if (!Read)
        Skip(Path, "Ruby");
    }
    if (!Migrations.empty() && !readRailsMigrations(Migrations, Migrated))
      for (const SourceFile *SF : Migrations)
        Skip(SF->path(), "Ruby");
    if (HaveStructure)
      Structure = StructureCat.finish();
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
    Timer.lap("parse");
  } else {
    SqlCatalog Cat(sqlSettingsFor(Cfg, U.Dir, U.Kind));
    uint32_t Index = 0;
    for (const auto &Path : U.Files) {
      if (SourceFile *SF = Load(Path)) {
        if (U.Kind == InputKind::PostgresSql)
          replayPostgresFile(*SF, Index, Cat);
        else if (!replaySqlDdlFile(*SF, Index, Cat,
                                   U.Kind == InputKind::MysqlSql ? SqlDialect::MySql : SqlDialect::Sqlite))
          Skip(Path, U.Kind == InputKind::MysqlSql ? "MySQL DDL" : "SQLite DDL");
      }
      ++Index;
    }
    Timer.lap("parse");
    M = Cat.finish();
    Timer.lap("model");
    if (U.DialectGuessed) {
      // A guessed dialect that does not fit shows as parse errors: say
      // which one was assumed, once per given file, and how to choose.
      std::set<const SourceFile *> Noted;
      for (const auto &P : M.Problems)
        if (P.Where.File && U.Given.count(normalize(P.Where.File->path())) && Noted.insert(P.Where.File).second)
          R.Notices.push_back(P.Where.File->path() + ": note: read as " +
                              (U.Kind == InputKind::PostgresSql ? "PostgreSQL"
                               : U.Kind == InputKind::MysqlSql  ? "MySQL"
                                                                : "SQLite") +
                              " (guessed from its content); if that is wrong, pass --dialect "
                              "postgres|mysql|sqlite or set sql.dialect");
    }
  }
  M.Problems.insert(M.Problems.end(), Problems.begin(), Problems.end());

  const Taxonomy &Tax = Sh.Taxonomies.at(U.ConfigPath);
  Classifier Cl(Tax);
  Cl.classify(M);
  Timer.lap("classify");

  auto IsGiven = [&](const SourceRange &W) {
    return W.File && (U.ReportAll || U.Given.count(normalize(W.File->path())));
  };

  std::vector<Finding> Raw = runRules(M, Cfg);
  Timer.lap("rules");
  R.Findings = applySuppressions(std::move(Raw), R.Files, IsGiven, Cfg);
  Timer.lap("filter");
  if (U.WantInventory)
    R.Inventory = buildInventory(M, Cl, U.Explain, IsGiven);
  return R;
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

// The directory of the Prisma schema a generated migration belongs to
// (<dir>/migrations/<name>/migration.sql next to <dir>/*.prisma), or empty.
std::string prismaDirOfMigration(const std::string &Norm) {
  fs::path P(Norm);
  if (P.filename() != "migration.sql" || P.parent_path().parent_path().filename() != "migrations")
    return {};
  fs::path Dir = P.parent_path().parent_path().parent_path();
  std::error_code EC;
  for (fs::directory_iterator It(Dir, EC), End; !EC && It != End; It.increment(EC))
    if (It->is_regular_file() && kindByExtension(It->path().string()) == InputKind::Prisma)
      return Dir.string();
  return {};
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

// A root directory as the user spelled the path under it (for display).
std::string displayRoot(const std::string &Given, const std::string &Root) {
  std::error_code EC;
  fs::path Rel = fs::path(Root).lexically_relative(fs::current_path(EC));
  if (!fs::path(Given).is_absolute() && Rel == ".")
    return Given.rfind("./", 0) == 0 ? "." : ""; // the current directory, spelled as the user did
  if (!fs::path(Given).is_absolute() && !Rel.empty() && Rel.native().rfind("..", 0) != 0)
    return Rel.string();
  return Root;
}

// dlopen()s libprivlint-cxx.so next to the binary (build tree: ../lib,
// installed: ../lib/privlint), or PRIVLINT_CXX_LIBRARY.
CxxCollectFn loadCxxFrontend(std::string &Err) {
  static std::mutex Mu;
  static CxxCollectFn Fn = nullptr;
  static std::string LoadError;
  std::lock_guard<std::mutex> Lock(Mu);
  if (Fn || !LoadError.empty()) {
    Err = LoadError;
    return Fn;
  }
  std::vector<std::string> Candidates;
  if (const char *Env = std::getenv("PRIVLINT_CXX_LIBRARY"))
    Candidates.push_back(Env);
  std::error_code EC;
  fs::path Exe = fs::read_symlink("/proc/self/exe", EC);
  if (!EC) {
    Candidates.push_back((Exe.parent_path() / ".." / "lib" / "libprivlint-cxx.so").string());
    Candidates.push_back((Exe.parent_path() / ".." / "lib" / "privlint" / "libprivlint-cxx.so").string());
  }
  for (const auto &C : Candidates) {
    void *H = dlopen(C.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!H) {
      LoadError = dlerror();
      continue;
    }
    Fn = reinterpret_cast<CxxCollectFn>(dlsym(H, "privlint_cxx_collect"));
    if (Fn) {
      LoadError.clear();
      return Fn;
    }
    LoadError = "privlint_cxx_collect not found in " + C;
  }
  if (LoadError.empty())
    LoadError = "libprivlint-cxx.so not found";
  Err = LoadError;
  return nullptr;
}

} // namespace

EngineResult runEngine(const EngineOptions &Opts) {
  EngineResult Res;
  std::vector<std::string> Known = knownRuleIds();
  Shared Sh;

  auto ConfigFor = [&](const std::string &Path) -> std::string {
    if (!Opts.ConfigOverride.empty())
      return Opts.ConfigOverride;
    return findConfigFor(Path);
  };
  auto LoadConfig = [&](const std::string &CfgPath) -> bool {
    if (Sh.Configs.count(CfgPath))
      return true;
    if (CfgPath.empty()) {
      Sh.Configs.emplace("", Config{});
    } else {
      ConfigError Err;
      auto C = loadConfigFile(CfgPath, Known, Err);
      if (!C) {
        Res.Errors.push_back(Err);
        return false;
      }
      Sh.Configs.emplace(CfgPath, std::move(*C));
    }
    // Category ids were validated with their line and column by the config
    // parser; anything left here is an internal inconsistency.
    std::vector<std::string> TaxErrors;
    Sh.Taxonomies.emplace(CfgPath, Taxonomy::build(Sh.Configs.at(CfgPath).Classify, TaxErrors));
    for (const auto &E : TaxErrors)
      Res.Errors.push_back(ConfigError{CfgPath, 0, 0, E});
    return TaxErrors.empty();
  };

  // Discovery.
  std::vector<DiscoveredFile> Files;
  std::vector<std::string> Excludes;
  if (!Opts.ConfigOverride.empty() && LoadConfig(Opts.ConfigOverride))
    Excludes = Sh.Configs.at(Opts.ConfigOverride).PathExcludes;
  if (!Res.Errors.empty())
    return Res;
  std::vector<std::string> Missing;
  Files = discoverFiles(Opts.Paths, Excludes, Missing);
  for (const auto &M : Missing)
    Res.Errors.push_back(ConfigError{M, 0, 0, "no such file or directory"});
  if (Opts.UseStdin)
    Files.push_back({Opts.StdinFilename, true});
  std::string First = !Opts.Paths.empty() ? Opts.Paths.front()
                      : Opts.UseStdin     ? Opts.StdinFilename
                                          : ".";
  Res.ProjectRoot = projectRootFor(First);
  {
    std::string RunCfg = !Opts.ConfigOverride.empty() ? Opts.ConfigOverride : findConfigFor(First);
    if (LoadConfig(RunCfg))
      Res.RunConfig = Sh.Configs.at(RunCfg);
    if (!Res.Errors.empty())
      return Res;
  }

  // The SQL dialect of a file: --dialect, else sql.dialect of its
  // configuration, else what its content shows.
  auto dialectFor = [&](const std::string &Head, const std::string &Path) -> InputKind {
    std::string D = Opts.Dialect;
    if (D.empty()) {
      std::string Cfg = ConfigFor(Path);
      if (LoadConfig(Cfg))
        D = Sh.Configs.at(Cfg).Dialect;
    }
    if (D == "postgres")
      return InputKind::PostgresSql;
    if (D == "mysql")
      return InputKind::MysqlSql;
    if (D == "sqlite")
      return InputKind::SqliteSql;
    return sniffSqlDialect(Head);
  };

  // Group into units by directory; load sibling migrations for context.
  std::map<std::string, Unit> Units;
  size_t CxxSkippedInWalk = 0;
  std::set<std::string> Seen;
  for (const auto &DF : Files) {
    std::string Norm = normalize(DF.Path);
    if (!Seen.insert(Norm).second)
      continue;
    bool FromStdin = Opts.UseStdin && DF.Path == Opts.StdinFilename;
    InputKind K = kindByExtension(DF.Path);
    if (K == InputKind::Unsupported) {
      Res.Notices.push_back(DF.Path + ": note: no privlint frontend reads this kind of file yet; skipped");
      continue;
    }
    if (K == InputKind::PostgresSql) {
      std::string Head;
      if (FromStdin) {
        Head = Opts.StdinText.substr(0, 65536);
      } else {
        std::ifstream In(DF.Path, std::ios::binary);
        Head.resize(65536);
        In.read(Head.data(), static_cast<std::streamsize>(Head.size()));
        Head.resize(static_cast<size_t>(In.gcount()));
      }
      K = dialectFor(Head, DF.Path);
    }
    std::string Dir = fs::path(Norm).parent_path().string();
    std::string Cfg = ConfigFor(DF.Path);
    if (!LoadConfig(Cfg))
      continue;
    if (!Cfg.empty() && !DF.Explicit) {
      // paths.include / paths.exclude of the file's configuration, relative
      // to the directory holding it. Files named explicitly are always read.
      const Config &C = Sh.Configs.at(Cfg);
      std::string Rel = fs::path(Norm).lexically_relative(fs::path(Cfg).parent_path()).generic_string();
      auto Matches = [&](const std::vector<std::string> &Globs) {
        for (const auto &G : Globs)
          if (fnmatch(G.c_str(), Rel.c_str(), 0) == 0)
            return true;
        return false;
      };
      if (Matches(C.PathExcludes) || (!C.PathIncludes.empty() && !Matches(C.PathIncludes)))
        continue;
    }
    if (K == InputKind::Cxx) {
      // One unit for all C++ translation units of the run; headers are
      // reached through them. Walks pick C++ files only with -p.
      if (!DF.Explicit && Opts.CompileCommandsDir.empty()) {
        ++CxxSkippedInWalk;
        continue;
      }
      Dir = Res.ProjectRoot;
    }
    InputKind SqlDialectSet = InputKind::Unsupported;
    if (K == InputKind::PostgresSql || K == InputKind::MysqlSql || K == InputKind::SqliteSql) {
      // A migration Prisma generated belongs with the schema it came from.
      std::string PrismaDir = prismaDirOfMigration(Norm);
      if (!PrismaDir.empty()) {
        if (!Opts.Dialect.empty() || !Sh.Configs.at(Cfg).Dialect.empty())
          SqlDialectSet = K;
        K = InputKind::Prisma;
        Dir = PrismaDir;
      }
    }
    if (K == InputKind::Python || K == InputKind::TypeScript || K == InputKind::Java)
      Dir = sourceRootFor(Norm, K); // one unit per source root: models, views, settings together
    if ((K == InputKind::PostgresSql || K == InputKind::MysqlSql || K == InputKind::SqliteSql) &&
        isRailsStructureSql(Norm))
      K = InputKind::RailsSchema; // db/structure.sql of a Rails app: with its models
    if (K == InputKind::RailsSchema || K == InputKind::RailsModel || K == InputKind::RailsMigration) {
      K = InputKind::RailsSchema; // one unit per Rails root: schema and models together
      Dir = railsRootOf(Norm);
    }
    std::string Key = std::string(inputKindName(K)) + "\n" + Dir + "\n" + Cfg;
    Unit &U = Units[Key];
    U.Kind = K;
    U.Root = Res.ProjectRoot;
    U.ReportAll = K == InputKind::Cxx;
    U.CompileCommandsDir = Opts.CompileCommandsDir;
    U.CompilerArgs = Opts.CompilerArgs;
    U.Dir = Dir;
    U.ConfigPath = Cfg;
    U.Given.insert(Norm);
    U.WantInventory = Opts.WantInventory;
    U.Explain = Opts.Explain;
    if (SqlDialectSet != InputKind::Unsupported)
      U.Dialect = SqlDialectSet;
    if ((K == InputKind::PostgresSql || K == InputKind::MysqlSql || K == InputKind::SqliteSql) &&
        Opts.Dialect.empty() && Sh.Configs.at(Cfg).Dialect.empty())
      U.DialectGuessed = true;
    if (FromStdin)
      U.Overrides[Norm] = Opts.StdinText;
    // Display path: as given.
    if (std::find(U.Files.begin(), U.Files.end(), DF.Path) == U.Files.end())
      U.Files.push_back(DF.Path);
  }
  if (!Res.Errors.empty())
    return Res;
  if (CxxSkippedInWalk)
    Res.Notices.push_back("note: " + std::to_string(CxxSkippedInWalk) +
                          " C++ files found while walking directories were not checked; pass "
                          "-p BUILD_DIR (compile_commands.json) or name them");
  for (auto &[Key, U] : Units) {
    if (U.Kind == InputKind::Cxx) {
      // With -p and no C++ file named, the database lists the translation units.
      std::sort(U.Files.begin(), U.Files.end());
      continue;
    }
    std::set<std::string> Have;
    for (const auto &F : U.Files)
      Have.insert(normalize(F));
    std::error_code EC;
    if (U.Kind == InputKind::RailsSchema) {
      // Context: db/schema.rb, db/structure.sql, db/migrate/*.rb and every
      // model under app/models of the Rails root.
      std::string DisplayRoot = displayRoot(U.Files.front(), U.Dir);
      std::vector<std::string> Context;
      for (const char *Name : {"schema.rb", "structure.sql"})
        if (fs::exists(fs::path(U.Dir) / "db" / Name, EC))
          Context.push_back((fs::path(DisplayRoot) / "db" / Name).string());
      fs::path Migrate = fs::path(U.Dir) / "db" / "migrate";
      if (fs::is_directory(Migrate, EC))
        for (fs::directory_iterator It(Migrate, EC), End; !EC && It != End; It.increment(EC))
          if (It->is_regular_file() && It->path().extension() == ".rb")
            Context.push_back((fs::path(DisplayRoot) / "db" / "migrate" / It->path().filename()).string());
      fs::path Models = fs::path(U.Dir) / "app" / "models";
      if (fs::is_directory(Models, EC))
        for (fs::recursive_directory_iterator It(Models, EC), End; !EC && It != End; It.increment(EC))
          if (It->is_regular_file() && It->path().extension() == ".rb")
            Context.push_back((fs::path(DisplayRoot) /
                               It->path().lexically_relative(fs::path(U.Dir)))
                                  .string());
      for (const auto &C : Context)
        if (Have.insert(normalize(C)).second)
          U.Files.push_back(C);
      // Paths in name order; migrations by version (their timestamps).
      std::sort(U.Files.begin(), U.Files.end(), [](const std::string &A, const std::string &B) {
        fs::path PA(A), PB(B);
        if (PA.parent_path() == PB.parent_path())
          return versionLess(PA.filename().string(), PB.filename().string());
        return A < B;
      });
      continue;
    }
    if (U.Kind == InputKind::Python || U.Kind == InputKind::TypeScript || U.Kind == InputKind::Java) {
      // Context: every source file of the same language under the source
      // root (the walk skips what .gitignore, paths.exclude and vendor
      // folders exclude).
      std::vector<std::string> Ignored;
      std::vector<std::string> Excl = Sh.Configs.at(U.ConfigPath).PathExcludes;
      std::string Display = displayRoot(U.Files.front(), U.Dir);
      for (const auto &DF : discoverFiles({Display.empty() ? "." : Display}, Excl, Ignored))
        if (kindByExtension(DF.Path) == U.Kind && Have.insert(normalize(DF.Path)).second)
          U.Files.push_back(Display.empty() && DF.Path.rfind("./", 0) == 0 ? DF.Path.substr(2) : DF.Path);
      std::sort(U.Files.begin(), U.Files.end());
      continue;
    }
    if (U.Kind == InputKind::Prisma) {
      // Context: the schema files of the directory and the migrations Prisma
      // generated from them, oldest first.
      fs::path Display = displayRoot(U.Files.front(), U.Dir);
      for (fs::directory_iterator It(U.Dir, EC), End; !EC && It != End; It.increment(EC))
        if (It->is_regular_file() && kindByExtension(It->path().string()) == InputKind::Prisma &&
            Have.insert(It->path().lexically_normal().string()).second)
          U.Files.push_back((Display / It->path().filename()).string());
      fs::path Migrations = fs::path(U.Dir) / "migrations";
      if (fs::is_directory(Migrations, EC))
        for (fs::directory_iterator It(Migrations, EC), End; !EC && It != End; It.increment(EC)) {
          fs::path Sql = It->path() / "migration.sql";
          if (It->is_directory() && fs::is_regular_file(Sql, EC) &&
              Have.insert(Sql.lexically_normal().string()).second)
            U.Files.push_back((Display / "migrations" / It->path().filename() / "migration.sql").string());
        }
      std::sort(U.Files.begin(), U.Files.end(), [](const std::string &A, const std::string &B) {
        bool SqlA = kindByExtension(A) != InputKind::Prisma, SqlB = kindByExtension(B) != InputKind::Prisma;
        if (SqlA != SqlB)
          return SqlB;
        fs::path PA(A), PB(B);
        std::string KA = SqlA ? PA.parent_path().filename().string() : PA.filename().string();
        std::string KB = SqlB ? PB.parent_path().filename().string() : PB.filename().string();
        return versionLess(KA, KB);
      });
      continue;
    }
    // Context: the other SQL files of the same migration directory, same dialect.
    std::string DisplayDir = fs::path(U.Files.front()).parent_path().string();
    for (fs::directory_iterator It(U.Dir, EC), End; !EC && It != End; It.increment(EC)) {
      if (!It->is_regular_file() || kindByExtension(It->path().string()) != InputKind::PostgresSql)
        continue;
      std::string Norm = It->path().lexically_normal().string();
      if (Have.count(Norm))
        continue;
      std::ifstream In(It->path(), std::ios::binary);
      std::string Head(65536, '\0');
      In.read(Head.data(), static_cast<std::streamsize>(Head.size()));
      Head.resize(static_cast<size_t>(In.gcount()));
      if (dialectFor(Head, It->path().string()) != U.Kind)
        continue;
      U.Files.push_back((DisplayDir.empty() ? fs::path() : fs::path(DisplayDir)) /
                        It->path().filename());
      Have.insert(Norm);
    }
    std::sort(U.Files.begin(), U.Files.end(), [](const std::string &A, const std::string &B) {
      return versionLess(fs::path(A).filename().string(), fs::path(B).filename().string());
    });
  }

  // Parallel over units; deterministic merge.
  std::vector<Unit *> Work;
  for (auto &[K, U] : Units)
    Work.push_back(&U);
  std::vector<UnitResult> Results(Work.size());
  unsigned Jobs = Opts.Jobs ? Opts.Jobs : std::max(1u, std::thread::hardware_concurrency());
  Jobs = std::min<unsigned>(Jobs, static_cast<unsigned>(Work.size()));
  std::atomic<size_t> Next{0};
  auto Worker = [&] {
    for (size_t I; (I = Next++) < Work.size();)
      Results[I] = runUnit(*Work[I], Sh);
  };
  if (Jobs <= 1) {
    Worker();
  } else {
    std::vector<std::thread> Threads;
    for (unsigned T = 0; T < Jobs; ++T)
      Threads.emplace_back(Worker);
    for (auto &T : Threads)
      T.join();
  }
  for (auto &R : Results) {
    for (auto &F : R.Findings)
      Res.Findings.push_back(std::move(F));
    for (auto &E : R.Inventory)
      Res.Inventory.push_back(std::move(E));
    for (auto &F : R.Files)
      Res.Files.push_back(std::move(F));
    for (auto &N : R.Notices)
      Res.Notices.push_back(std::move(N));
  }
  std::sort(Res.Findings.begin(), Res.Findings.end(), findingLess);
  if (!Opts.DiffBase.empty()) {
    std::string Err;
    auto Changed = changedLinesSince(Res.ProjectRoot, Opts.DiffBase, Err);
    if (!Changed) {
      Res.Errors.push_back(ConfigError{Opts.DiffBase, 0, 0, Err});
      return Res;
    }
    std::vector<Finding> Kept;
    for (auto &F : Res.Findings) {
      if (F.Where.File && Changed->covers(normalize(F.Where.File->path()), F.Where.File->lineOf(F.Where.Begin)))
        Kept.push_back(std::move(F));
      else
        ++Res.OutsideDiff;
    }
    Res.Findings = std::move(Kept);
  }
  if (!Opts.BaselinePath.empty()) {
    std::string Err;
    auto Base = readBaseline(Opts.BaselinePath, Err);
    if (!Base) {
      Res.Errors.push_back(ConfigError{Opts.BaselinePath, 0, 0, Err});
      return Res;
    }
    std::vector<Finding> Kept;
    for (auto &F : Res.Findings) {
      auto It = Base->find(F.Fingerprint);
      if (It != Base->end()) {
        Base->erase(It); // each recorded finding hides one finding
        ++Res.BaselineMatched;
      } else {
        Kept.push_back(std::move(F));
      }
    }
    Res.Findings = std::move(Kept);
  }
  // A file that belongs to several units (never with one config) is reported once.
  Res.Findings.erase(std::unique(Res.Findings.begin(), Res.Findings.end(),
                                 [](const Finding &A, const Finding &B) {
                                   return !findingLess(A, B) && !findingLess(B, A);
                                 }),
                     Res.Findings.end());
  std::sort(Res.Inventory.begin(), Res.Inventory.end(),
            [](const InventoryEntry &A, const InventoryEntry &B) {
              return std::tie(A.Where.File->path(), A.Where.Begin, A.Entity, A.Field) <
                     std::tie(B.Where.File->path(), B.Where.Begin, B.Entity, B.Field);
            });
  return Res;
}

} // namespace privlint
