// What the parts of the C++ analysis share while one translation unit is
// analysed: the AST, the records already turned into entities, and the
// mapping from clang locations to the model's files (project files only).
// Internal to lib/Frontend/Cxx.
#pragma once

#include "Model/Model.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/Basic/SourceManager.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace privlint {

/// The simple identifier of a declaration, or empty for names that are not
/// identifiers (operators, constructors, conversion functions), where
/// NamedDecl::getName() asserts.
inline llvm::StringRef identifierOf(const clang::NamedDecl *D) {
  const clang::IdentifierInfo *I = D ? D->getIdentifier() : nullptr;
  return I ? I->getName() : llvm::StringRef();
}

struct CxxUnit {
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  Model &M;
  /// Record definitions of this unit that are entities (also those first
  /// seen in an earlier translation unit).
  std::map<const clang::CXXRecordDecl *, size_t> Entities;
  /// Entities created by this unit (mappings are read once per record).
  std::set<size_t> NewEntities;
  /// Facts already added (a mapping or exposure in a header reached from
  /// several translation units is added once).
  std::set<std::string> &SeenFacts;
  /// The model's file for a location, or nullptr when it is outside the
  /// project, in a system header or excluded by the header filter.
  std::function<const SourceFile *(clang::SourceLocation)> ProjectFile;

  /// A range of Len bytes at the spelling of L in a project file (invalid
  /// when L is not in one).
  SourceRange rangeAt(clang::SourceLocation L, size_t Len) const {
    L = SM.getSpellingLoc(L);
    const SourceFile *SF = L.isValid() ? ProjectFile(L) : nullptr;
    if (!SF)
      return {};
    uint32_t Off = SM.getFileOffset(L);
    return SourceRange{SF, Off, Off + static_cast<uint32_t>(std::max<size_t>(Len, 1))};
  }
  /// Key for SeenFacts: the file and offset of a model range.
  static std::string placeKey(const SourceRange &R) {
    return R.File ? R.File->path() + ":" + std::to_string(R.Begin) : std::string();
  }
  std::optional<size_t> entityOf(const clang::CXXRecordDecl *D) const {
    if (!D)
      return std::nullopt;
    if (const clang::CXXRecordDecl *Def = D->getDefinition())
      D = Def;
    auto It = Entities.find(D);
    if (It == Entities.end())
      return std::nullopt;
    return It->second;
  }
  std::optional<size_t> fieldIndex(size_t Entity, llvm::StringRef Name) const {
    const auto &Fs = M.Entities[Entity].Fields;
    for (size_t I = 0; I < Fs.size(); ++I)
      if (Fs[I].Name == Name)
        return I;
    return std::nullopt;
  }
};

/// The outermost macro a location was expanded from ("" when none).
std::string outermostMacro(const clang::SourceManager &SM, const clang::LangOptions &LO,
                           clang::SourceLocation L);

/// sqlite_orm make_table/make_column, Wt::Dbo field/id/mapClass and ODB
/// `#pragma db` table and column names: Entity::Table, Field::ColumnName and a
/// related location at the mapping.
void collectOrmMappings(CxxUnit &U);

/// Handlers marked privlint:unauthenticated and oatpp ENDPOINTs without
/// AUTHORIZATION that serialize records (nlohmann to_json,
/// NLOHMANN_DEFINE_TYPE_*, oatpp DTOs): exposures of the fields they write.
void collectExposures(CxxUnit &U);

} // namespace privlint
