// A parsed Python module and the small syntax helpers the Django and
// SQLAlchemy readers share: string literal values, dotted names, keyword
// arguments, and qualification through the module's imports (names across
// modules resolve in PythonProject.h).
#pragma once

#include "Frontend/Orm/OrmProject.h"
#include "Frontend/TreeSitter/TreeSitterAdapter.h"
#include "Model/Model.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privlint::py {

struct Module {
  const SourceFile *File = nullptr;
  bool Given = false;
  std::string
      Name; // dotted, relative to the source root: shop.models ("shop" for shop/__init__.py)
  bool IsPackage = false; // an __init__.py
  ts::SyntaxTree Tree;
  /// Module-level imports: local name -> qualified name. `from django.db
  /// import models` gives models -> django.db.models; `from .models import
  /// Customer as C` in shop.views gives C -> shop.models.Customer; `import
  /// a.b` gives a -> a.
  std::map<std::string, std::string> Imports;
  /// `from x import *`: the qualified modules whose names are all imported.
  std::vector<std::string> StarImports;

  SourceRange range(ts::NodeId N) const;
  std::string_view text(ts::NodeId N) const { return Tree.text(N); }
  /// Qualifies a dotted name written in this module through its imports
  /// ("models.EmailField" -> "django.db.models.EmailField"); a name defined
  /// or left unresolved here is qualified with the module's own name when
  /// Local is true ("Customer" -> "shop.models.Customer"), else returned as
  /// written.
  std::string qualify(std::string_view Dotted, bool Local = false) const;
};

/// The value of a string literal (or of adjacent literals concatenated);
/// nullopt for f-strings with interpolation and anything else.
std::optional<std::string> stringValue(const ts::SyntaxTree &T, ts::NodeId N);
/// "a.b.c" for an identifier or attribute chain, else empty.
std::string dottedName(const ts::SyntaxTree &T, ts::NodeId N);
/// The value node of keyword argument Name in a call, or NoNode.
ts::NodeId keywordArgument(const ts::SyntaxTree &T, ts::NodeId Call, std::string_view Name);
/// The positional arguments of a call, in order.
std::vector<ts::NodeId> positionalArguments(const ts::SyntaxTree &T, ts::NodeId Call);
/// The elements of a list, tuple or set literal (strings and names), else empty.
std::vector<ts::NodeId> sequenceElements(const ts::SyntaxTree &T, ts::NodeId N);
/// Class definitions in a block (decorated ones included), in source order.
std::vector<ts::NodeId> classesIn(const ts::SyntaxTree &T, ts::NodeId Block);
/// Whether Name is a builtin class a class may derive from without an
/// import (object, dict, Exception, ...).
bool isBuiltinName(std::string_view Name);
/// The last component of a dotted name.
std::string_view lastComponent(std::string_view Dotted);

} // namespace privlint::py
