// The C++ analysis shared by the three front doors (the CLI through
// libprivlint-cxx.so, the clang-tidy module and the Clang plugin): records
// and fields of the project's own files, their types, annotations and
// wrapper types, turned into the model. Links Clang; never part of
// privlint_core, so the CLI loads it only for C++ inputs.
#pragma once

#include "Model/Model.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <clang/Basic/SourceLocation.h>

namespace clang {
class ASTContext;
class SourceManager;
class CXXRecordDecl;
} // namespace clang

namespace privlint {

struct CxxOptions {
  std::string ProjectRoot;                 // records outside it are not analysed
  std::vector<std::string> EncryptedTypes; // extra wrapper type names holding ciphertext
  std::string HeaderFilter; // POSIX extended regex: only matching files (as shown) are analysed
};

/// A file's path as findings show it: relative to the current directory
/// when inside it, else absolute.
std::string displayPath(const std::string &Path);

/// True for an oatpp DTO (derived from oatpp's DTO base).
bool isOatppDto(const clang::CXXRecordDecl *D);

/// Collects records from translation units into one model; a record seen in
/// several translation units (a header) is one entity.
class CxxCollector {
public:
  explicit CxxCollector(CxxOptions O) : Opts(std::move(O)) {}

  void collect(clang::ASTContext &Ctx);

  Model &model() { return M; }
  /// Buffers the model's locations point into (copies of the files read).
  std::vector<std::unique_ptr<SourceFile>> takeFiles();
  /// Path of a model file, as clang names it (for mapping back to clang).
  const std::map<const SourceFile *, std::string> &paths() const { return Paths; }

  /// The model's copy of a file clang has read (created on first use).
  const SourceFile *fileFor(const std::string &Path, const std::string &Text);

private:
  CxxOptions Opts;
  Model M;
  std::map<std::string, std::unique_ptr<SourceFile>> Files;
  std::map<const SourceFile *, std::string> Paths;
  /// The model's file for a location in a project file, else nullptr.
  const SourceFile *projectFile(const clang::SourceManager &SM, clang::SourceLocation Loc);

  std::map<std::pair<std::string, unsigned>, size_t> SeenRecords; // (file, offset) -> entity
  std::set<std::string> SeenFacts;                                // mappings, exposures added
  std::map<clang::FileID, const SourceFile *> FileDecisions;      // this unit's files
};

} // namespace privlint
