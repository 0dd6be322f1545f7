// The names of a Python project, for the Django and SQLAlchemy readers: every
// module-level class and assignment of every module, and the resolution of a
// name written in one module to its canonical dotted name, following imports,
// re-exports of packages, star imports and aliases (`Model = db.Model`).
// Nothing is imported or run.
#pragma once

#include "Frontend/Python/PythonModule.h"

#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace privlint::py {

/// A module-level definition: a class, a function, or the value of an
/// assignment.
struct Symbol {
  const Module *Mod = nullptr;
  ts::NodeId Node = ts::NoNode;     // class_definition, function_definition, or the assignment's
                                    // right-hand side
  ts::NodeId NameNode = ts::NoNode; // the class name or the assigned name
  bool IsClass = false;
};

/// The modules of a project in file order. Each is owned elsewhere: by the
/// run that parsed it, or by the parsed context an editor session keeps
/// between runs (readPythonProject).
class ModuleList {
public:
  explicit ModuleList(std::vector<const Module *> Mods) : Mods(std::move(Mods)) {}
  size_t size() const { return Mods.size(); }
  const Module &operator[](size_t I) const { return *Mods[I]; }

  class Iterator {
  public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Module;
    using difference_type = std::ptrdiff_t;
    using pointer = const Module *;
    using reference = const Module &;
    explicit Iterator(std::vector<const Module *>::const_iterator It) : It(It) {}
    const Module &operator*() const { return **It; }
    const Module *operator->() const { return *It; }
    Iterator &operator++() {
      ++It;
      return *this;
    }
    bool operator==(const Iterator &O) const { return It == O.It; }
    bool operator!=(const Iterator &O) const { return It != O.It; }

  private:
    std::vector<const Module *>::const_iterator It;
  };
  Iterator begin() const { return Iterator(Mods.begin()); }
  Iterator end() const { return Iterator(Mods.end()); }

private:
  std::vector<const Module *> Mods;
};

/// How to spell a name that is neither imported nor defined where it is
/// written (a builtin, a name from a file with errors, a dotted path in a
/// settings string).
enum class Unresolved {
  InModule, // qualified with the module's name: `String` in app.models -> app.models.String
  AsWritten // as written, then read as a fully qualified name: `shop.models.Customer`
};

class Project {
public:
  explicit Project(const ModuleList &Mods);

  const ModuleList &modules() const { return Modules; }
  /// The module with this dotted name, or null.
  const Module *module(const std::string &Name) const;
  /// M's position in modules().
  int moduleIndex(const Module &M) const { return Index.at(&M); }

  /// The canonical dotted name of Dotted as written in M: `sa.Column` ->
  /// `sqlalchemy.Column`, `Base` -> `app.db.Base` (where it is defined, not
  /// where it was re-exported), `Model` (after `Model = db.Model`) ->
  /// `app.db.db.Model`.
  std::string canonical(const Module &M, std::string_view Dotted,
                        Unresolved How = Unresolved::InModule) const;
  /// The canonical name of an identifier or attribute chain node of M, or
  /// empty for other nodes.
  std::string canonical(const Module &M, ts::NodeId N, Unresolved How = Unresolved::InModule) const;
  /// The canonical name of a fully qualified name (shop.models.Customer),
  /// through the re-exports and aliases of the modules it names.
  std::string canonicalQualified(const std::string &Qualified) const;

  /// Whether Head (the first component of a dotted name written in M) is
  /// bound there: imported, defined at module level, or possibly brought in
  /// by a star import. A name that is none of these (nor a builtin) was
  /// never imported.
  bool binds(const Module &M, std::string_view Head) const;

  /// The module-level definition named Q exactly, or null.
  const Symbol *symbol(const std::string &Q) const;
  const std::map<std::string, Symbol> &symbols() const { return Symbols; }

private:
  std::string normalize(std::string Q, Unresolved How, int Depth) const;
  std::string canonicalAt(const Module &M, std::string_view Dotted, Unresolved How,
                          int Depth) const;
  bool defines(const Module &M, const std::string &Head) const;

  const ModuleList &Modules;
  std::map<const Module *, int> Index;
  std::map<std::string, const Module *> ByName;
  std::map<std::string, Symbol> Symbols;
};

} // namespace privlint::py

namespace privlint {
// Implemented by the Django and SQLAlchemy readers: each walks every module
// of the project and adds what it recognises to M.
void readDjango(const py::Project &Names, const OrmSettings &S, Model &M);
void readSqlAlchemy(const py::Project &P, const OrmSettings &S, Model &M);
} // namespace privlint
