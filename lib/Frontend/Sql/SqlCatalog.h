// An in-memory catalog that SQL frontends drive statement by statement, in
// replay order: relations and their columns, types, comments, privileges,
// default privileges, row-level security and policies. finish() turns it into
// the model, resolving who can read what (ExposureResolver.cpp).
#pragma once

#include "Model/Model.h"

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace privlint {

struct SqlSettings {
  std::vector<std::string> AnonymousRoles{"anon", "PUBLIC"};
  std::vector<std::string> ExposedSchemas{"public"};
  bool SupabasePreset = false;
};

struct SqlName {
  std::string Schema; // empty: the current default schema
  std::string Name;
};

/// Where and when a fact was stated.
struct Fact {
  SourceRange Where;
  FactOrder Order;
  std::string What;        // "GRANT SELECT ... TO anon", for related-location messages
  SourceRange OriginWhere; // where a derived fact comes from (ALTER DEFAULT PRIVILEGES)
  std::string OriginWhat;
};

struct ColumnSpec {
  std::string Name;
  std::vector<std::string> TypeNames; // qualified type name components
  std::string DeclaredType;           // as written (normalised)
  bool IsArray = false;
  bool NotNull = false;
  bool IsForeignKey = false;
  std::string Default; // a DEFAULT string constant, unquoted; empty otherwise
  SourceRange Range;
  FactOrder Order;
  std::vector<std::string> Comments; // attached SQL comments
  FieldMarkers Markers;
};

/// One output column of a view: a plain column reference, a star, or an
/// expression (no base column).
struct ViewTarget {
  enum Kind { ColumnRef, Star, Expression } K = Expression;
  std::string Qualifier; // table name or alias, may be empty
  std::string Column;
  std::string OutputName;
  SourceRange Range;
};

struct ViewFrom {
  std::string Alias; // alias or relation name
  SqlName Relation;
};

enum class PrivTarget { Table, Function, AllTablesInSchema, AllFunctionsInSchema };

struct GrantSpec {
  bool IsGrant = true;
  PrivTarget Target = PrivTarget::Table;
  std::vector<SqlName> Objects; // relations/functions, or schema names in Name
  bool Select = false, Execute = false;
  std::vector<std::string> Columns;  // column-level SELECT when non-empty
  std::vector<std::string> Grantees; // role names; "PUBLIC" for PUBLIC
  Fact At;
};

struct PolicySpec {
  SqlName Table;
  std::string Name;
  std::string Command = "all"; // all | select | insert | update | delete
  bool Permissive = true;
  std::vector<std::string> Roles; // empty = PUBLIC
  bool HasUsing = false;
  bool UsingConstantTrue = false;
  Fact At;
};

class SqlCatalog {
public:
  explicit SqlCatalog(SqlSettings S) : Settings(std::move(S)) {}

  void setDefaultSchema(std::string Schema) { DefaultSchema = std::move(Schema); }
  /// Adds a role that reads without authentication (MySQL: the anonymous
  /// account ''@'%', an account created without a password).
  void addAnonymousRole(const std::string &Role) {
    for (const auto &R : Settings.AnonymousRoles)
      if (R == Role)
        return;
    Settings.AnonymousRoles.push_back(Role);
  }
  const std::string &defaultSchema() const { return DefaultSchema; }

  void createTable(const SqlName &N, const Fact &At, std::vector<ColumnSpec> Columns,
                   bool IfNotExists);
  void addColumn(const SqlName &Table, ColumnSpec C, bool IfNotExists);
  void dropColumn(const SqlName &Table, const std::string &Column);
  void renameColumn(const SqlName &Table, const std::string &From, const std::string &To);
  void alterColumnType(const SqlName &Table, const std::string &Column, const ColumnSpec &NewType);
  void renameRelation(const SqlName &N, const std::string &NewName);
  void setRelationSchema(const SqlName &N, const std::string &NewSchema, const Fact &At);
  void dropRelation(const SqlName &N);
  void createDomain(const SqlName &N, const ColumnSpec &Base);
  void createEnum(const SqlName &N);
  void commentOnColumn(const SqlName &Table, const std::string &Column, const std::string &Text,
                       const SourceRange &Where);
  void commentOnTable(const SqlName &Table, const std::string &Text, const SourceRange &Where);
  void securityLabelOnColumn(const SqlName &Table, const std::string &Column,
                             const std::string &Provider, const std::string &Label,
                             const SourceRange &Where);
  void createView(const SqlName &N, bool Materialized, bool SecurityInvoker, bool OrReplace,
                  const std::vector<ViewFrom> &From, const std::vector<ViewTarget> &Targets,
                  const Fact &At);
  void setViewSecurityInvoker(const SqlName &N, bool On);
  void createFunction(const SqlName &N, bool SecurityDefiner, std::optional<SqlName> ReturnsSetOf,
                      std::vector<ColumnSpec> ReturnsTable, const Fact &At);
  void grant(const GrantSpec &G);
  void defaultPrivileges(const GrantSpec &G, const std::vector<std::string> &Schemas);
  enum class RlsChange { Enable, Disable, Force, NoForce };
  void setRowLevelSecurity(const SqlName &Table, RlsChange C, const Fact &At);
  void createPolicy(const PolicySpec &P);
  void dropPolicy(const SqlName &Table, const std::string &Name);
  /// ALTER POLICY: replaces the roles and/or USING of an existing policy.
  void alterPolicy(const PolicySpec &P, bool HasRoles, bool HasUsing);

  /// Builds the model: entities with classified-ready fields and protection
  /// evidence, and the exposures of every field to the anonymous roles.
  Model finish();

  /// Problems found while replaying (unknown tables etc. are not problems:
  /// migrations may refer to tables created elsewhere).
  std::vector<InputProblem> &problems() { return Problems; }

  // ---- internal state, used by ExposureResolver.cpp ----
  struct Grant {
    Fact At;
  };
  struct Column {
    ColumnSpec Spec;
    bool Dropped = false;
    std::vector<std::string> CommentTexts;
    std::vector<Evidence> ProtectionEvidence;
    Protection ForcedProtection = Protection::Plaintext;
    bool HasForcedProtection = false;
    // view output column: the base column it shows (relation index, column index)
    int BaseRelation = -1, BaseColumn = -1;
  };
  enum class RelKind { Table, View, MaterializedView, Function };
  struct Policy {
    PolicySpec Spec;
    bool Dropped = false;
  };
  struct Relation {
    RelKind Kind = RelKind::Table;
    std::string Schema, Name;
    Fact Created;
    bool Dropped = false;
    bool SecurityInvoker = false;
    bool SecurityDefiner = false;
    int ReturnsSetOf = -1; // functions: relation index of RETURNS SETOF <table>
    std::vector<Column> Columns;
    std::map<std::string, Grant> TableSelect;                         // role -> grant
    std::map<std::string, std::map<std::string, Grant>> ColumnSelect; // role -> column -> grant
    std::map<std::string, Grant> Execute;                             // functions
    bool Rls = false;
    std::optional<Fact> RlsDisabledAt; // the statement that turned RLS off, if any
    std::optional<Fact> MovedAt;       // ALTER ... SET SCHEMA, if any
    std::vector<Policy> Policies;
    std::vector<std::string> Comments;
    std::string qualified() const { return Schema.empty() ? Name : Schema + "." + Name; }
    int findColumn(const std::string &C) const;
  };
  struct DefaultPriv {
    GrantSpec G;
    std::vector<std::string> Schemas;
  };

private:
  friend class ExposureResolver;
  int find(const SqlName &N, bool FunctionsToo = false) const;
  /// Column of the relation Table (as find() finds it), or null.
  Column *findColumn(const SqlName &Table, const std::string &Name, bool FunctionsToo = false);
  std::string schemaOf(const SqlName &N) const;
  void resolveType(const ColumnSpec &C, TypeClass &TC, std::string &TypeName) const;
  void applyDefaults(Relation &R, size_t Index);
  void applyGrantToRelation(Relation &R, const GrantSpec &G);

  SqlSettings Settings;
  std::string DefaultSchema = "public";
  std::deque<Relation> Relations;              // a deque: adding one never moves the others
  std::unordered_map<std::string, int> ByName; // "schema.name" -> index (live)
  std::unordered_map<std::string, std::vector<int>> ByBareName; // "name" -> relations so named
  mutable std::string Key; // find()'s "schema.name", kept to reuse its buffer
  void indexName(int I);
  struct Domain {
    TypeClass Class;
    std::string BaseDeclared;
  };
  std::map<std::string, Domain> Domains; // lower-case name -> base
  std::vector<DefaultPriv> Defaults;
  std::vector<InputProblem> Problems;
};

} // namespace privlint
