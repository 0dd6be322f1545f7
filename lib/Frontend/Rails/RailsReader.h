// Rails: db/schema.rb (tables and columns) and app/models/**/*.rb (encryption
// declarations), joined so a column and its `encrypts` are one field.
#pragma once

#include "Model/Model.h"

#include <map>
#include <string>
#include <vector>

namespace privlint {

/// What the model files declare. Classes are kept as read; linkRailsModels
/// maps them to tables (Rails' class -> table conventions, `self.table_name =`,
/// namespace `table_name_prefix`, single-table inheritance) once every model
/// file of the Rails root has been read.
struct RailsModelFacts {
  struct Declaration {
    std::string Attribute; // e.g. email
    std::string Kind; // encrypts | has_encrypted | attr_encrypted | blind_index | lockbox_migrating
    std::string
        Column; // the column it protects: email, email_ciphertext, encrypted_email, email_bidx
    std::string Written; // as written, for evidence: "encrypts :email"
    SourceRange Where;
  };
  struct ModelClass {
    std::string Name;       // fully qualified, e.g. Admin::User
    std::string Superclass; // as written, e.g. ApplicationRecord
    std::string Namespace;  // the enclosing modules/classes, e.g. Admin
    std::string TableName;  // from `self.table_name =`, else empty
    bool Abstract = false;  // `self.abstract_class = true`, `primary_abstract_class`
    SourceRange Where;
    std::vector<Declaration> Declarations;
  };
  std::vector<ModelClass> Classes;
  std::map<std::string, std::string> TableNamePrefixes; // module -> `table_name_prefix`
  std::vector<InputProblem> Problems;

  /// Declarations by table name, after the conventions above.
  std::map<std::string, std::vector<const Declaration *>> byTable() const;
};

/// Reads db/schema.rb into M (one Table entity per create_table). Returns
/// false when this build has no Ruby reader (the engine then says the files
/// were skipped).
bool readRailsSchema(const SourceFile &SchemaRb, Model &M);
/// Replays Active Record migrations (db/migrate/*.rb, oldest first) into M:
/// the tables and columns they leave behind. What `down` methods, `dir.down`
/// and `revert` blocks do is not the schema and is skipped.
bool readRailsMigrations(const std::vector<const SourceFile *> &Files, Model &M);
/// Reads one model file's classes and declarations. Never executes Ruby.
bool readRailsModel(const SourceFile &ModelRb, RailsModelFacts &Facts);
/// Applies the model declarations to the schema's fields (protection and
/// evidence naming both places).
void linkRailsModels(Model &M, const RailsModelFacts &Facts);

} // namespace privlint
