// The names of a Python project as the SQLAlchemy reader needs them: every
// module-level class and assignment of every module, and the resolution of a
// name written in one module to its canonical dotted name, following imports,
// re-exports of packages, star imports and aliases (`Model = db.Model`).
#pragma once

#include "Frontend/Python/PythonModule.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace privlint::sqla {

/// A module-level definition: a class, or the value of an assignment.
struct Symbol {
  const py::Module *Mod = nullptr;
  ts::NodeId Node = ts::NoNode;     // class_definition, or the assignment's right-hand side
  ts::NodeId NameNode = ts::NoNode; // the class name or the assigned name
  bool IsClass = false;
};

class PythonProject {
public:
  explicit PythonProject(const std::vector<py::Module> &Modules);

  /// The canonical dotted name of Dotted as written in M: `sa.Column` ->
  /// `sqlalchemy.Column`, `Base` -> `app.db.Base` (where it is defined, not
  /// where it was re-exported), `Model` (after `Model = db.Model`) ->
  /// `app.db.db.Model`. A name defined nowhere is qualified with M's name.
  std::string canonical(const py::Module &M, std::string_view Dotted) const;
  /// The canonical name of an identifier or attribute chain node of M, or
  /// empty for other nodes.
  std::string canonical(const py::Module &M, ts::NodeId N) const;

  /// The module-level definition named Q exactly, or null.
  const Symbol *symbol(const std::string &Q) const;
  const py::Module *module(const std::string &Name) const;
  const std::map<std::string, Symbol> &symbols() const { return Symbols; }

private:
  std::string normalize(std::string Q, int Depth) const;
  std::string canonicalAt(const py::Module &M, std::string_view Dotted, int Depth) const;
  bool defines(const py::Module &M, const std::string &Head) const;

  std::map<std::string, const py::Module *> Modules;
  std::map<std::string, Symbol> Symbols;
};

} // namespace privlint::sqla
