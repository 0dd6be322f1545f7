// The classes of a Django project indexed across its modules, with their
// bases resolved, and names written in a module resolved to a class of the
// project or a qualified name outside it (through the project's names,
// Python/PythonProject.h). The model reader and the Django REST Framework
// reader both work on this index.
#pragma once

#include "Frontend/Python/PythonModule.h"
#include "Frontend/Python/PythonProject.h"
#include "Support/Text.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace privlint::django {

/// One class defined at the top level of a module (classes that survive
/// inside a syntax error at the top level included).
struct ClassInfo {
  size_t Module = 0;
  ts::NodeId Node = ts::NoNode;
  std::string Name;      // Customer
  std::string Qualified; // shop.models.Customer
};

/// What a name written in a module stands for: a class of the project, or a
/// qualified name outside it (django.db.models.EmailField) or unresolved.
struct Resolved {
  int Class = -1;
  std::string Qualified; // the class's qualified name, or the external name
  /// A name neither imported nor defined where it is written (nor a
  /// builtin): what it stands for is unknown.
  bool Unbound = false;
  ts::NodeId Node = ts::NoNode; // where it is written (bases only)
  bool project() const { return Class >= 0; }
};

class Project {
public:
  explicit Project(const py::Project &Names);

  const py::ModuleList &modules() const { return Names.modules(); }
  const std::vector<ClassInfo> &classes() const { return Classes; }
  const py::Module &moduleOf(const ClassInfo &C) const { return modules()[C.Module]; }

  /// Resolves a dotted name written in module M (an identifier or attribute
  /// chain); a name neither imported nor defined there stays as written.
  Resolved resolve(const py::Module &M, std::string_view Dotted) const;
  Resolved resolveNode(const py::Module &M, ts::NodeId N) const;
  /// Resolves a fully qualified name (shop.models.Customer) through the
  /// re-exports of the modules it names.
  Resolved resolveQualified(const std::string &Qualified) const;

  /// The base classes of C, resolved, in the order written.
  const std::vector<Resolved> &bases(int Class) const { return Bases[Class]; }
  /// The module with this dotted name, or nullptr.
  const py::Module *module(const std::string &Name) const { return Names.module(Name); }
  int moduleIndex(const py::Module &M) const { return Names.moduleIndex(M); }
  const py::Project &names() const { return Names; }

private:
  /// The project class with this canonical name, if there is one.
  Resolved classNamed(std::string Qualified) const;

  const py::Project &Names;
  std::vector<ClassInfo> Classes;
  std::vector<std::vector<Resolved>> Bases;
  std::unordered_map<std::string, int> ClassByName;
};

/// The statements of a class body (or a module), decorated definitions
/// unwrapped to their definition node.
std::vector<ts::NodeId> statementsOf(const ts::SyntaxTree &T, ts::NodeId Block);

/// `name = value` at statement level: the left identifier and the right
/// value, or NoNode twice.
std::pair<ts::NodeId, ts::NodeId> simpleAssignment(const ts::SyntaxTree &T, ts::NodeId Statement);

/// The class body of a class_definition, or NoNode.
ts::NodeId classBody(const ts::SyntaxTree &T, ts::NodeId Class);

/// The nested `class Name:` in a class body, or NoNode.
ts::NodeId nestedClass(const ts::SyntaxTree &T, ts::NodeId Class, std::string_view Name);

/// A method `def Name` of a class (decorated or not), or NoNode.
ts::NodeId method(const ts::SyntaxTree &T, ts::NodeId Class, std::string_view Name);

/// "path:line" of a range, for evidence texts.
std::string where(const SourceRange &R);

} // namespace privlint::django
