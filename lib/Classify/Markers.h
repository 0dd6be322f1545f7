// Markers a user writes next to a field, one grammar in every comment syntax
// and in annotations: privlint:encrypted, privlint:hashed,
// privlint:category=<id>, privlint:not-personal.
#pragma once

#include "Model/Model.h"

#include <string_view>

namespace privlint {

/// Reads the markers in Text (a comment or annotation) into M. Returns false
/// if Text holds no marker. Where is recorded as the marker's place.
bool parseMarkers(std::string_view Text, const SourceRange &Where, FieldMarkers &M);

/// Decides a field's protection from markers, storage type and naming
/// conventions, recording the evidence. Frontends add their own stronger
/// evidence (ORM encryption declarations, security labels) before calling.
void inferProtection(Field &F);
class IdentifierTokens;
/// The same, with the tokens of field names remembered in Names (a frontend
/// that infers the protection of many fields).
void inferProtection(Field &F, IdentifierTokens &Names);

} // namespace privlint
