// The inventory as the data-map formats (csv, fides, html) present it: the
// contact rules that report each field, and each anonymous exposure read as
// an access path audience -> mechanism -> entity -> field.
#pragma once

#include "Engine/Engine.h"

#include <string>
#include <vector>

namespace privlint {

/// For each entry of R.Inventory (same order), the ids of the rules whose
/// findings name that field at one of their locations, sorted and unique.
std::vector<std::vector<std::string>> rulesReportingFields(const EngineResult &R);

/// True when a rule in Rules is one of the contact rules that report
/// plaintext storage (Plaintext) or anonymous reads (!Plaintext).
bool reportsPlaintextContact(const std::vector<std::string> &Rules);
bool reportsAnonymousContact(const std::vector<std::string> &Rules);

/// How an anonymous reader reaches a field: who (an anonymous role, an open
/// operation, a view that allows anyone) and through what (a grant, a
/// policy, a view, a SECURITY DEFINER function, a serializer, an endpoint).
struct AccessPath {
  std::string AudienceKind; // role | operation | view
  std::string Audience;
  std::string MechanismKind; // grant | policy | view | function | serializer | endpoint
  std::string Mechanism;
};

/// The access path of an exposure whose audience is anonymous.
AccessPath accessPathOf(const InventoryEntry::Exp &X);

/// "FILE:LINE" of W, or "" when W has no file.
std::string fileLine(const SourceRange &W);

/// Where E's entity is defined: its entity's location, or the field's own
/// when the frontend gave none.
const SourceRange &entityPlace(const InventoryEntry &E);

/// A unit root (absolute, normalized) as the inventory prints it: relative
/// to the current directory, or as it is when it cannot be made so.
std::string displayUnitRoot(const std::string &Root);

} // namespace privlint
