// Rails: db/schema.rb (tables and columns) and app/models/**/*.rb (encryption
// declarations), joined so a column and its `encrypts` are one field.
#pragma once

#include "Model/Model.h"

#include <map>
#include <string>
#include <vector>

namespace privlint {

/// What the model files declare, keyed by table name (after Rails' class ->
/// table conventions and `self.table_name =`).
struct RailsModelFacts {
  struct Declaration {
    std::string Attribute;  // e.g. email
    std::string Kind;       // encrypts | has_encrypted | attr_encrypted | blind_index | lockbox_migrating
    SourceRange Where;
  };
  std::map<std::string, std::vector<Declaration>> ByTable;
  std::vector<InputProblem> Problems;
};

/// Returns false when this build has no Ruby reader (the engine then says the
/// files were skipped).
bool readRailsSchema(const SourceFile &SchemaRb, Model &M);
bool readRailsModel(const SourceFile &ModelRb, RailsModelFacts &Facts);
/// Applies the model declarations to the schema's fields (protection and
/// evidence naming both places).
void linkRailsModels(Model &M, const RailsModelFacts &Facts);

} // namespace privlint
