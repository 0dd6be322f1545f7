// Which files to read: walks directories in sorted order, skips build and
// vendor folders and what .gitignore files ignore, and decides which
// frontend reads each file (extension, then content sniffing).
#pragma once

#include <string>
#include <vector>

namespace privlint {

enum class InputKind {
  PostgresSql, MysqlSql, SqliteSql, Prisma, RailsSchema, RailsModel,
  RailsMigration, // db/migrate/*.rb
  Cxx,
  Python,     // Django (+ DRF) and SQLAlchemy
  TypeScript, // TypeORM
  Java,       // JPA / Hibernate
  Unsupported
};
const char *inputKindName(InputKind K);

/// Guesses the SQL dialect of a .sql buffer from its content.
InputKind sniffSqlDialect(const std::string &Text);

/// The kind of a path by extension alone (Unsupported when no frontend reads it).
InputKind kindByExtension(const std::string &Path);

struct DiscoveredFile {
  std::string Path; // as given, or joined from a given directory
  bool Explicit = false; // named on the command line (not found by a walk)
};

/// Expands Paths (files and directories) into files. Paths that do not exist
/// are returned in Missing.
std::vector<DiscoveredFile> discoverFiles(const std::vector<std::string> &Paths,
                                          const std::vector<std::string> &Excludes,
                                          std::vector<std::string> &Missing);

/// Natural, version-aware order of file names: V2__ before V10__, timestamps
/// numerically.
bool versionLess(const std::string &A, const std::string &B);

/// The root of the source project (Python, TypeScript or Java) holding Path:
/// the nearest directory upward with a build or project file of that language
/// (manage.py, pyproject.toml, setup.py, setup.cfg; package.json,
/// tsconfig.json; pom.xml, build.gradle[.kts], settings.gradle[.kts]) or a
/// .privlint.yaml or .git, else Path's directory. Its files are the context
/// an ORM frontend resolves names in.
std::string sourceRootFor(const std::string &NormalizedPath, InputKind K);

/// The project root of a path: the nearest directory upward with a
/// .privlint.yaml, else the git top level, else the current directory.
std::string projectRootFor(const std::string &Path);

/// The nearest .privlint.yaml upward from Path's directory, or empty.
std::string findConfigFor(const std::string &Path);

} // namespace privlint
