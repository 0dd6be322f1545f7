// The Java files of one source root as compilation units that are parsed on
// demand, with their package, imports and type declarations (nested ones
// too), so that a type named in one file (a @MappedSuperclass, an
// @Embeddable, an AttributeConverter) resolves to its declaration in
// another, as javac would look it up. Nothing is compiled or run.
#pragma once

#include "Frontend/Orm/LazyProject.h"
#include "Frontend/Orm/OrmProject.h"
#include "Frontend/TreeSitter/TreeSitterAdapter.h"
#include "Model/Model.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privlint::java {

struct TypeDecl {
  std::string Name;      // simple name
  std::string Qualified; // package.Outer.Inner
  ts::NodeId Node = ts::NoNode;
};

struct Unit : orm::LazyFile {
  std::string Stem; // file name without .java: the name of its public type
  std::string Package;
  std::map<std::string, std::string> Imports; // simple name -> qualified (single-type imports)
  std::vector<std::string> WildcardImports;   // packages (and types) imported with .*
  std::vector<TypeDecl> Types;                // every class, record, enum and interface

  const TypeDecl *declared(std::string_view Name) const;
};

/// A type name resolved: declared in the project (Decl set) or not (then
/// Qualified is the best spelling known: an import, or the name as written).
struct ResolvedType {
  Unit *U = nullptr;
  const TypeDecl *Decl = nullptr;
  std::string Qualified;
  bool found() const { return Decl != nullptr; }
};

/// The units, parsed on demand (load()), and javac's type lookup over them.
class Project : public orm::LazyProject<Unit> {
public:
  explicit Project(const std::vector<OrmFile> &Files);

  Unit &unit(size_t I) { return file(I); }

  /// Resolves a type name as written in From ("Address", "Outer.Inner",
  /// "com.acme.Address", generic arguments ignored).
  ResolvedType resolve(Unit &From, std::string_view Written);

private:
  std::vector<size_t> candidates(const std::string &Simple);
  const TypeDecl *findIn(size_t I, const std::string &Qualified);

  std::multimap<std::string, size_t> ByStem;
  std::map<std::string, std::vector<size_t>>
      ByText; // simple name -> units that declare it (text scan)
};

/// The value of a string literal, of a text block, or of literals joined
/// with '+'; nullopt otherwise.
std::optional<std::string> stringValue(const ts::SyntaxTree &T, ts::NodeId N);
/// The annotations of a declaration (those in its modifiers), in order.
std::vector<ts::NodeId> annotationsOf(const ts::SyntaxTree &T, ts::NodeId Decl);
/// An annotation's simple name: jakarta.persistence.Column -> Column.
std::string_view annotationName(const ts::SyntaxTree &T, ts::NodeId Ann);
/// An annotation's element value by key ("value" for a single unnamed one), or NoNode.
ts::NodeId annotationValue(const ts::SyntaxTree &T, ts::NodeId Ann, std::string_view Key);
/// Whether a declaration's modifiers include Word (static, transient, abstract).
bool hasModifier(const ts::SyntaxTree &T, ts::NodeId Decl, std::string_view Word);

} // namespace privlint::java
