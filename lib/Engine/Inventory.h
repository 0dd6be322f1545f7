// The inventory: every personal-data field of the reported files with its
// categories, protection and exposures (`privlint inventory`).
#pragma once

#include "Classify/Classifier.h"
#include "Model/Model.h"

#include <functional>
#include <string>
#include <vector>

namespace privlint {

struct InventoryEntry {
  SourceRange Where;
  SourceRange EntityWhere;
  bool Stored = true;   // the entity holds stored data (not a view or an API schema)
  std::string Frontend; // the frontend that read it (postgres, django, ...)
  std::string Root;     // its unit's root directory (normalized)
  std::string Entity, EntityKind, Table, Field, ColumnName, DeclaredType, TypeClass;
  std::vector<CategoryMatch> Categories;
  std::string Subject; // person | organisation | system; empty without categories
  std::vector<std::string> SubjectEvidence;
  std::string Protection;
  std::vector<std::string> ProtectionEvidence;
  struct Exp {
    std::string Audience, Role, Channel, Via;
    std::string Request, Response; // API operations
    SourceRange Where;
    std::vector<Exposure::Related> Path; // the notes along the way, in order
    std::string Serializer;
  };
  std::vector<Exp> Exposures;
  std::vector<std::string> Rejections; // --explain: why a matching name was turned down
};

/// The inventory entries of M's fields located where IsGiven holds. With
/// Explain, fields a pattern matched but a rule turned down are listed too.
std::vector<InventoryEntry> buildInventory(const Model &M, const Classifier &Cl, bool Explain,
                                           const std::function<bool(const SourceRange &)> &IsGiven);

} // namespace privlint
