// The TypeScript files of one source root as modules that are parsed on
// demand, with their imports, exports and top-level declarations, so that a
// name written in one file (an embedded entity, a base class, a transformer
// constant) resolves to its declaration in another. Nothing is compiled or run.
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

namespace privlint::tsx {

/// `import { Name as Local } from "Source"`: Imported is "default" for a
/// default import and "*" for a namespace import.
struct ImportBinding {
  std::string Source;
  std::string Imported;
};

struct Module : orm::LazyFile {
  std::string PathNoExt; // absolute, normalised, without .ts/.tsx
  std::map<std::string, ImportBinding> Imports;
  std::map<std::string, ts::NodeId> Classes;     // class declarations, by name
  std::map<std::string, ts::NodeId> Values;      // `const x = <value>`: the value node
  std::map<std::string, ts::NodeId> Enums;       // enum declarations
  std::map<std::string, ts::NodeId> TypeAliases; // `type X = ...`: the type node
  /// `export { Local as Exported }` and `export { X as Y } from "s"`
  /// (Exported -> binding; a local re-export has an empty Source).
  std::map<std::string, ImportBinding> ExportAliases;
  std::vector<std::string> StarExports; // `export * from "s"`

  using LazyFile::range;
  SourceRange range(uint32_t Begin, uint32_t End) const { return SourceRange{File, Begin, End}; }
};

/// What a name stands for once imports are followed.
struct Resolved {
  enum Kind { None, Class, Value, Enum, TypeAlias, External } What = None;
  Module *Mod = nullptr; // where it is declared (Class, Value, Enum, TypeAlias)
  ts::NodeId Node = ts::NoNode;
  std::string Package; // External: the module specifier ("typeorm-encrypted")
  std::string Name;    // the declared or imported name
};

/// The modules, parsed on demand (load()), and the resolution of names
/// through their imports and exports.
class Project : public orm::LazyProject<Module> {
public:
  explicit Project(const std::vector<OrmFile> &Files);

  Module &module(size_t I) { return file(I); }

  /// Resolves Name as written in From (an identifier, or `ns.Name` through
  /// a namespace import) to its declaration, following imports and
  /// re-exports; falls back to a class of that name declared once in the
  /// project when an import cannot be followed (path aliases).
  Resolved resolve(Module &From, std::string_view Written);

private:
  Resolved resolveExport(size_t ModIndex, const std::string &Name, int Depth);
  Resolved resolveLocal(size_t ModIndex, const std::string &Name, int Depth);
  std::optional<size_t> moduleFor(const Module &From, const std::string &Spec);
  std::optional<size_t> uniqueClassNamed(const std::string &Name);
  size_t indexOf(const Module &M) const;

  std::map<std::string, size_t> ByPath; // PathNoExt -> index
  std::map<std::string, std::optional<size_t>> ClassFallback;
  std::map<std::string, std::optional<size_t>> AliasCache; // non-relative specifier -> module
};

/// The value of a string literal or of a template string without
/// substitutions; nullopt otherwise.
std::optional<std::string> stringValue(const ts::SyntaxTree &T, ts::NodeId N);
/// Strips parentheses, `<T>x`, `x as T`, `x satisfies T` and `x!`.
ts::NodeId unwrapExpression(const ts::SyntaxTree &T, ts::NodeId N);
/// The pairs of an object literal by key (string or identifier keys).
std::map<std::string, ts::NodeId> objectPairs(const ts::SyntaxTree &T, ts::NodeId Object);
/// The argument expressions of a call or new expression.
std::vector<ts::NodeId> callArguments(const ts::SyntaxTree &T, ts::NodeId Call);

} // namespace privlint::tsx
