#include "Frontend/Sql/SqlCatalog.h"
#include "Frontend/Sql/SqlTypeClass.h"
#include "Support/Text.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace privlint {
namespace {

bool isBuiltinType(const std::string &T) {
  return sqlTypeClass(T) != TypeClass::Unknown || T == "tsvector" || T == "tsquery";
}

} // namespace

void SqlCatalog::indexName(int I) {
  const auto &R = Relations[I];
  ByName[R.qualified()] = I;
  auto &V = ByBareName[R.Name];
  if (std::find(V.begin(), V.end(), I) == V.end())
    V.push_back(I);
}

int SqlCatalog::Relation::findColumn(const std::string &C) const {
  for (size_t I = 0; I < Columns.size(); ++I)
    if (!Columns[I].Dropped && Columns[I].Spec.Name == C)
      return static_cast<int>(I);
  return -1;
}

std::string SqlCatalog::schemaOf(const SqlName &N) const {
  return N.Schema.empty() ? DefaultSchema : N.Schema;
}

int SqlCatalog::find(const SqlName &N, bool FunctionsToo) const {
  auto Look = [&](const std::string &Key) -> int {
    auto It = ByName.find(Key);
    if (It == ByName.end())
      return -1;
    if (!FunctionsToo && Relations[It->second].Kind == RelKind::Function)
      return -1;
    return It->second;
  };
  auto Qualified = [&](const std::string &Schema) -> const std::string & {
    Key.assign(Schema).append(1, '.').append(N.Name);
    return Key;
  };
  if (!N.Schema.empty())
    return Look(Qualified(N.Schema));
  int I = Look(Qualified(DefaultSchema));
  if (I >= 0)
    return I;
  // An unqualified name that exists in exactly one schema: migrations written
  // against a search_path we did not see.
  auto It = ByBareName.find(N.Name);
  if (It == ByBareName.end())
    return -1;
  int Found = -1;
  for (int Idx : It->second) {
    const auto &R = Relations[Idx];
    if (!R.Dropped && R.Name == N.Name && (FunctionsToo || R.Kind != RelKind::Function)) {
      if (Found >= 0 && Found != Idx)
        return -1; // ambiguous
      Found = Idx;
    }
  }
  return Found;
}

void SqlCatalog::resolveType(const ColumnSpec &C, TypeClass &TC, std::string &TypeName) const {
  std::string Last = C.TypeNames.empty() ? "" : lowerAscii(C.TypeNames.back());
  TypeName = Last;
  auto D = Domains.find(Last);
  if (D != Domains.end() && !isBuiltinType(Last))
    TC = D->second.Class;
  else
    TC = sqlTypeClass(Last);
  // A key referencing another table is a reference, unless it holds the value
  // itself (inviter_email text REFERENCES users(email)).
  if (C.IsForeignKey && TC != TypeClass::Text)
    TC = TypeClass::Reference;
}

void SqlCatalog::applyGrantToRelation(Relation &R, const GrantSpec &G) {
  for (const auto &Role : G.Grantees) {
    if (R.Kind == RelKind::Function) {
      if (!G.Execute)
        continue;
      if (G.IsGrant)
        R.Execute[Role] = Grant{G.At};
      else
        R.Execute.erase(Role);
      continue;
    }
    if (!G.Select)
      continue;
    if (G.Columns.empty()) {
      if (G.IsGrant) {
        R.TableSelect[Role] = Grant{G.At};
      } else {
        // Revoking a table privilege also revokes the column privileges.
        R.TableSelect.erase(Role);
        R.ColumnSelect.erase(Role);
      }
    } else {
      for (const auto &Col : G.Columns) {
        if (G.IsGrant)
          R.ColumnSelect[Role][Col] = Grant{G.At};
        else
          R.ColumnSelect[Role].erase(Col);
      }
    }
  }
}

void SqlCatalog::applyDefaults(Relation &R, size_t Index) {
  bool IsFunction = R.Kind == RelKind::Function;
  if (IsFunction) {
    // PostgreSQL grants EXECUTE on new functions to PUBLIC by default.
    Fact F = R.Created;
    F.What = "functions are executable by PUBLIC by default";
    R.Execute["PUBLIC"] = Grant{F};
  }
  for (const auto &D : Defaults) {
    bool SchemaMatches = D.Schemas.empty() ||
                         std::find(D.Schemas.begin(), D.Schemas.end(), R.Schema) != D.Schemas.end();
    if (!SchemaMatches)
      continue;
    bool ForFunctions = D.G.Target == PrivTarget::AllFunctionsInSchema;
    if (ForFunctions != IsFunction)
      continue;
    GrantSpec G = D.G;
    // The creation made the default privilege apply: it is the newer fact.
    G.At.Where = R.Created.Where;
    G.At.Order = R.Created.Order;
    G.At.What = "default privileges applied when '" + R.qualified() + "' was created";
    G.At.OriginWhere = D.G.At.Where;
    G.At.OriginWhat = D.G.At.What;
    applyGrantToRelation(R, G);
  }
  if (Settings.SupabasePreset && R.Schema == "public") {
    GrantSpec G;
    G.IsGrant = true;
    G.Select = !IsFunction;
    G.Execute = IsFunction;
    G.Grantees = {"anon", "authenticated"};
    G.At = R.Created;
    G.At.What = "Supabase grants anon and authenticated access to new objects in 'public' "
                "(sql.preset: supabase)";
    applyGrantToRelation(R, G);
  }
  (void)Index;
}

void SqlCatalog::createTable(const SqlName &N, const Fact &At, std::vector<ColumnSpec> Columns,
                             bool IfNotExists) {
  if (find(N) >= 0) {
    if (IfNotExists)
      return;
    dropRelation(N); // a re-creation replaces the old definition
  }
  Relation R;
  R.Kind = RelKind::Table;
  R.Schema = schemaOf(N);
  R.Name = N.Name;
  R.Created = At;
  R.Columns.resize(Columns.size());
  for (size_t I = 0; I < Columns.size(); ++I)
    R.Columns[I].Spec = std::move(Columns[I]);
  size_t Idx = Relations.size();
  Relations.push_back(std::move(R));
  indexName(static_cast<int>(Idx));
  applyDefaults(Relations[Idx], Idx);
}

void SqlCatalog::addColumn(const SqlName &Table, ColumnSpec C, bool IfNotExists) {
  int I = find(Table);
  if (I < 0)
    return;
  auto &R = Relations[I];
  if (R.findColumn(C.Name) >= 0) {
    if (IfNotExists)
      return;
    dropColumn(Table, C.Name);
  }
  Column Col;
  Col.Spec = std::move(C);
  R.Columns.push_back(std::move(Col));
}

SqlCatalog::Column *SqlCatalog::findColumn(const SqlName &Table, const std::string &Name,
                                           bool FunctionsToo) {
  int I = find(Table, FunctionsToo);
  if (I < 0)
    return nullptr;
  int C = Relations[I].findColumn(Name);
  return C < 0 ? nullptr : &Relations[I].Columns[C];
}

void SqlCatalog::dropColumn(const SqlName &Table, const std::string &Column) {
  if (auto *Col = findColumn(Table, Column))
    Col->Dropped = true;
}

void SqlCatalog::renameColumn(const SqlName &Table, const std::string &From,
                              const std::string &To) {
  int I = find(Table, true);
  if (I < 0)
    return;
  auto &R = Relations[I];
  int C = R.findColumn(From);
  if (C < 0)
    return;
  R.Columns[C].Spec.Name = To;
  for (auto &[Role, Cols] : R.ColumnSelect) {
    auto It = Cols.find(From);
    if (It != Cols.end()) {
      Cols[To] = It->second;
      Cols.erase(From);
    }
  }
}

void SqlCatalog::alterColumnType(const SqlName &Table, const std::string &Column,
                                 const ColumnSpec &NewType) {
  auto *Col = findColumn(Table, Column);
  if (!Col)
    return;
  auto &Spec = Col->Spec;
  Spec.TypeNames = NewType.TypeNames;
  Spec.DeclaredType = NewType.DeclaredType;
  Spec.IsArray = NewType.IsArray;
}

void SqlCatalog::renameRelation(const SqlName &N, const std::string &NewName) {
  int I = find(N, true);
  if (I < 0)
    return;
  ByName.erase(Relations[I].qualified());
  Relations[I].Name = NewName;
  indexName(I);
}

void SqlCatalog::setRelationSchema(const SqlName &N, const std::string &NewSchema, const Fact &At) {
  int I = find(N, true);
  if (I < 0)
    return;
  Relations[I].MovedAt = At;
  ByName.erase(Relations[I].qualified());
  Relations[I].Schema = NewSchema;
  indexName(I);
}

void SqlCatalog::dropRelation(const SqlName &N) {
  int I = find(N, true);
  if (I < 0)
    return;
  Relations[I].Dropped = true;
  ByName.erase(Relations[I].qualified());
}

void SqlCatalog::createDomain(const SqlName &N, const ColumnSpec &Base) {
  TypeClass TC;
  std::string TN;
  resolveType(Base, TC, TN);
  Domains[lowerAscii(N.Name)] = Domain{TC, Base.DeclaredType};
}

void SqlCatalog::createEnum(const SqlName &N) {
  Domains[lowerAscii(N.Name)] = Domain{TypeClass::Enum, "enum"};
}

void SqlCatalog::commentOnColumn(const SqlName &Table, const std::string &Column,
                                 const std::string &Text, const SourceRange &Where) {
  auto *Col = findColumn(Table, Column, true);
  if (!Col)
    return;
  // COMMENT ON replaces the previous comment; COMMENT ... IS NULL removes it.
  Col->CommentTexts.clear();
  if (!Text.empty())
    Col->CommentTexts.push_back(Text);
  (void)Where;
}

void SqlCatalog::commentOnTable(const SqlName &Table, const std::string &Text,
                                const SourceRange &Where) {
  int I = find(Table, true);
  if (I >= 0)
    Relations[I].Comments.push_back(Text);
  (void)Where;
}

void SqlCatalog::securityLabelOnColumn(const SqlName &Table, const std::string &Column,
                                       const std::string &Provider, const std::string &Label,
                                       const SourceRange &Where) {
  auto *Col = findColumn(Table, Column);
  if (!Col)
    return;
  std::string L = lowerAscii(Label);
  if (lowerAscii(Provider) == "pgsodium" && L.find("encrypt with key") != std::string::npos) {
    Col->HasForcedProtection = true;
    Col->ForcedProtection = Protection::Encrypted;
    Col->ProtectionEvidence.push_back(
        {"SECURITY LABEL FOR pgsodium '" + Label + "' (transparent column encryption)", Where});
  }
}

void SqlCatalog::createView(const SqlName &N, bool Materialized, bool SecurityInvoker,
                            bool OrReplace, const std::vector<ViewFrom> &From,
                            const std::vector<ViewTarget> &Targets, const Fact &At) {
  if (find(N) >= 0)
    dropRelation(N);
  (void)OrReplace;
  Relation R;
  R.Kind = Materialized ? RelKind::MaterializedView : RelKind::View;
  R.Schema = schemaOf(N);
  R.Name = N.Name;
  R.Created = At;
  R.SecurityInvoker = SecurityInvoker;
  // Resolve FROM items once.
  std::vector<std::pair<std::string, int>> Rels;
  for (const auto &F : From)
    Rels.emplace_back(F.Alias, find(F.Relation));
  auto AddMapped = [&](const std::string &Out, int RelIdx, int ColIdx, const SourceRange &Where) {
    Column Col;
    Col.Spec.Name = Out;
    Col.Spec.Range = Where;
    Col.Spec.Order = At.Order;
    const auto &Base = Relations[RelIdx].Columns[ColIdx];
    Col.Spec.TypeNames = Base.Spec.TypeNames;
    Col.Spec.DeclaredType = Base.Spec.DeclaredType;
    // Views over views map through to the stored column.
    if (Base.BaseRelation >= 0) {
      Col.BaseRelation = Base.BaseRelation;
      Col.BaseColumn = Base.BaseColumn;
    } else if (Relations[RelIdx].Kind == RelKind::Table) {
      Col.BaseRelation = RelIdx;
      Col.BaseColumn = ColIdx;
    }
    R.Columns.push_back(std::move(Col));
  };
  for (const auto &T : Targets) {
    if (T.K == ViewTarget::Star) {
      for (const auto &[Alias, RelIdx] : Rels) {
        if (RelIdx < 0 || (!T.Qualifier.empty() && T.Qualifier != Alias))
          continue;
        const auto &Base = Relations[RelIdx];
        for (size_t C = 0; C < Base.Columns.size(); ++C)
          if (!Base.Columns[C].Dropped)
            AddMapped(Base.Columns[C].Spec.Name, RelIdx, static_cast<int>(C), T.Range);
      }
      continue;
    }
    if (T.K == ViewTarget::ColumnRef) {
      int Found = -1, FoundCol = -1;
      for (const auto &[Alias, RelIdx] : Rels) {
        if (RelIdx < 0 || (!T.Qualifier.empty() && T.Qualifier != Alias))
          continue;
        int C = Relations[RelIdx].findColumn(T.Column);
        if (C >= 0) {
          Found = RelIdx;
          FoundCol = C;
          break;
        }
      }
      if (Found >= 0) {
        AddMapped(T.OutputName.empty() ? T.Column : T.OutputName, Found, FoundCol, T.Range);
        continue;
      }
    }
    Column Col;
    Col.Spec.Name = !T.OutputName.empty() ? T.OutputName : T.Column;
    Col.Spec.Range = T.Range;
    Col.Spec.Order = At.Order;
    if (!Col.Spec.Name.empty())
      R.Columns.push_back(std::move(Col));
  }
  size_t Idx = Relations.size();
  Relations.push_back(std::move(R));
  indexName(static_cast<int>(Idx));
  applyDefaults(Relations[Idx], Idx);
}

void SqlCatalog::setViewSecurityInvoker(const SqlName &N, bool On) {
  int I = find(N);
  if (I >= 0)
    Relations[I].SecurityInvoker = On;
}

void SqlCatalog::createFunction(const SqlName &N, bool SecurityDefiner,
                                std::optional<SqlName> ReturnsSetOf,
                                std::vector<ColumnSpec> ReturnsTable, const Fact &At) {
  Relation R;
  R.Kind = RelKind::Function;
  R.Schema = schemaOf(N);
  R.Name = N.Name;
  R.Created = At;
  R.SecurityDefiner = SecurityDefiner;
  if (ReturnsSetOf)
    R.ReturnsSetOf = find(*ReturnsSetOf);
  for (auto &C : ReturnsTable) {
    Column Col;
    Col.Spec = std::move(C);
    R.Columns.push_back(std::move(Col));
  }
  int Old = find(N, true);
  if (Old >= 0 && Relations[Old].Kind == RelKind::Function) {
    // CREATE OR REPLACE keeps the privileges of the existing function.
    R.Execute = Relations[Old].Execute;
    Relations[Old].Dropped = true;
    size_t Idx = Relations.size();
    Relations.push_back(std::move(R));
    indexName(static_cast<int>(Idx));
    return;
  }
  size_t Idx = Relations.size();
  Relations.push_back(std::move(R));
  indexName(static_cast<int>(Idx));
  applyDefaults(Relations[Idx], Idx);
}

void SqlCatalog::grant(const GrantSpec &G) {
  if (G.Target == PrivTarget::AllTablesInSchema || G.Target == PrivTarget::AllFunctionsInSchema) {
    bool Functions = G.Target == PrivTarget::AllFunctionsInSchema;
    for (const auto &S : G.Objects)
      for (auto &R : Relations)
        if (!R.Dropped && R.Schema == S.Name && (R.Kind == RelKind::Function) == Functions)
          applyGrantToRelation(R, G);
    return;
  }
  for (const auto &O : G.Objects) {
    int I = find(O, G.Target == PrivTarget::Function);
    if (I < 0)
      continue;
    if ((Relations[I].Kind == RelKind::Function) != (G.Target == PrivTarget::Function))
      continue;
    applyGrantToRelation(Relations[I], G);
  }
}

void SqlCatalog::defaultPrivileges(const GrantSpec &G, const std::vector<std::string> &Schemas) {
  Defaults.push_back(DefaultPriv{G, Schemas});
}

void SqlCatalog::setRowLevelSecurity(const SqlName &Table, RlsChange C, const Fact &At) {
  int I = find(Table);
  if (I < 0)
    return;
  auto &R = Relations[I];
  if (C == RlsChange::Enable) {
    R.Rls = true;
    R.RlsDisabledAt.reset();
  } else if (C == RlsChange::Disable) {
    R.Rls = false;
    R.RlsDisabledAt = At;
  }
}

void SqlCatalog::createPolicy(const PolicySpec &P) {
  int I = find(P.Table);
  if (I < 0)
    return;
  auto &R = Relations[I];
  for (auto &Old : R.Policies)
    if (!Old.Dropped && Old.Spec.Name == P.Name)
      Old.Dropped = true;
  R.Policies.push_back(Policy{P, false});
}

void SqlCatalog::alterPolicy(const PolicySpec &P, bool HasRoles, bool HasUsing) {
  int I = find(P.Table);
  if (I < 0)
    return;
  for (auto &Old : Relations[I].Policies) {
    if (Old.Dropped || Old.Spec.Name != P.Name)
      continue;
    if (HasRoles)
      Old.Spec.Roles = P.Roles;
    if (HasUsing) {
      Old.Spec.HasUsing = P.HasUsing;
      Old.Spec.UsingConstantTrue = P.UsingConstantTrue;
    }
    if (HasRoles || HasUsing)
      Old.Spec.At = P.At; // the newest statement shaping the policy
  }
}

void SqlCatalog::dropPolicy(const SqlName &Table, const std::string &Name) {
  int I = find(Table);
  if (I < 0)
    return;
  for (auto &P : Relations[I].Policies)
    if (P.Spec.Name == Name)
      P.Dropped = true;
}

} // namespace privlint
