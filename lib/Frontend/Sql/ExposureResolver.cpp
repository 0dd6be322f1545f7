// Turns the replayed SQL catalog into the model and decides, for every
// anonymous role, which columns it can read: privileges (grants, default
// privileges, platform presets) combined with row-level security, policies,
// views and SECURITY DEFINER functions. See docs/sql-exposure.md.
#include "Classify/Markers.h"
#include "Classify/Tokenizer.h"
#include "Frontend/Sql/SqlCatalog.h"

#include <algorithm>
#include <set>

namespace privlint {

class ExposureResolver {
public:
  ExposureResolver(SqlCatalog &C) : Cat(C) {}
  Model run();

private:
  using Relation = SqlCatalog::Relation;
  using RelKind = SqlCatalog::RelKind;

  struct Readable {
    const Fact *Source = nullptr; // the grant that lets the role read the column
  };
  // Columns (by index) a role can SELECT on R, with the granting fact.
  std::map<int, const Fact *> selectable(const Relation &R, const std::string &Role) const;
  bool roleCovers(const std::vector<std::string> &PolicyRoles, const std::string &Role) const;
  // For a table under RLS: the permissive constant-true policy that lets Role
  // read every row, or nullptr.
  const SqlCatalog::Policy *openPolicy(const Relation &R, const std::string &Role) const;
  // Whether Role can read rows of table R (privileges aside).
  bool rowsReadable(const Relation &R, const std::string &Role, const Fact **Why) const;
  bool exposedSchema(const std::string &S) const;
  void expose(const std::string &Role, const std::string &Channel, const std::string &Via, int Rel,
              int Col, const std::vector<const Fact *> &Facts, const std::string &ChannelNote);

  SqlCatalog &Cat;
  Model M;
  IdentifierTokens Names; // of columns, for inferProtection
  static constexpr size_t NoField = static_cast<size_t>(-1);
  // (relation, column) -> (entity, field), NoField for relations not modelled.
  std::vector<std::vector<std::pair<size_t, size_t>>> FieldOf;
  // Per (entity, field): the (channel, via) pairs already reported.
  std::map<std::pair<size_t, size_t>, std::vector<std::pair<std::string, std::string>>> Seen;
};

bool ExposureResolver::exposedSchema(const std::string &S) const {
  const auto &E = Cat.Settings.ExposedSchemas;
  return std::find(E.begin(), E.end(), S) != E.end() ||
         std::find(E.begin(), E.end(), "*") != E.end();
}

bool ExposureResolver::roleCovers(const std::vector<std::string> &PolicyRoles,
                                  const std::string &Role) const {
  if (PolicyRoles.empty())
    return true; // no TO clause: PUBLIC
  for (const auto &R : PolicyRoles)
    if (R == Role || R == "PUBLIC")
      return true;
  return false;
}

std::map<int, const Fact *> ExposureResolver::selectable(const Relation &R,
                                                         const std::string &Role) const {
  std::map<int, const Fact *> Out;
  auto Consider = [&](const std::string &Holder) {
    auto T = R.TableSelect.find(Holder);
    if (T != R.TableSelect.end())
      for (size_t C = 0; C < R.Columns.size(); ++C)
        if (!R.Columns[C].Dropped) {
          auto &Slot = Out[static_cast<int>(C)];
          if (!Slot || Slot->Order < T->second.At.Order)
            Slot = &T->second.At;
        }
    auto CS = R.ColumnSelect.find(Holder);
    if (CS != R.ColumnSelect.end())
      for (const auto &[Col, G] : CS->second) {
        int C = R.findColumn(Col);
        if (C < 0)
          continue;
        auto &Slot = Out[C];
        if (!Slot || Slot->Order < G.At.Order)
          Slot = &G.At;
      }
  };
  Consider(Role);
  if (Role != "PUBLIC")
    Consider("PUBLIC"); // every role holds what PUBLIC holds
  return Out;
}

const SqlCatalog::Policy *ExposureResolver::openPolicy(const Relation &R,
                                                       const std::string &Role) const {
  const SqlCatalog::Policy *Open = nullptr;
  for (const auto &P : R.Policies) {
    if (P.Dropped || !roleCovers(P.Spec.Roles, Role))
      continue;
    if (P.Spec.Command != "select" && P.Spec.Command != "all")
      continue;
    if (!P.Spec.Permissive) {
      if (!P.Spec.UsingConstantTrue)
        return nullptr; // a restrictive filter that is not constant true
      continue;
    }
    if (P.Spec.UsingConstantTrue && (!Open || Open->Spec.At.Order < P.Spec.At.Order))
      Open = &P;
  }
  return Open;
}

bool ExposureResolver::rowsReadable(const Relation &R, const std::string &Role,
                                    const Fact **Why) const {
  *Why = nullptr;
  if (!R.Rls) {
    if (R.RlsDisabledAt)
      *Why = &*R.RlsDisabledAt;
    return true;
  }
  if (const auto *P = openPolicy(R, Role)) {
    *Why = &P->Spec.At;
    return true;
  }
  return false;
}

namespace {
/// The way in, as contact-exposed-without-auth names it.
std::string throughPhrase(const std::string &Channel, const std::string &Via) {
  if (Channel == "view")
    return "through view '" + Via + "'";
  if (Channel == "materialized-view")
    return "through materialized view '" + Via + "'";
  if (Channel == "security-definer-function")
    return "through SECURITY DEFINER function '" + Via + "'";
  if (Channel == "permissive-policy") {
    auto P = Via.rfind(" policy ");
    return "(policy '" + (P == std::string::npos ? Via : Via.substr(P + 8)) +
           "' lets every row be read)";
  }
  return ""; // the table itself
}
} // namespace

void ExposureResolver::expose(const std::string &Role, const std::string &Channel,
                              const std::string &Via, int Rel, int Col,
                              const std::vector<const Fact *> &Facts,
                              const std::string &ChannelNote) {
  if (Rel < 0 || static_cast<size_t>(Rel) >= FieldOf.size() || Col < 0 ||
      static_cast<size_t>(Col) >= FieldOf[Rel].size() || FieldOf[Rel][Col].first == NoField)
    return;
  auto [EI, FI] = FieldOf[Rel][Col];
  const Field &F = M.Entities[EI].Fields[FI];
  // The newest statement that made the exposure true is the primary location.
  const Fact *Newest = nullptr;
  for (const Fact *Fa : Facts)
    if (Fa && (!Newest || Newest->Order < Fa->Order))
      Newest = Fa;
  Exposure X;
  X.Audience = "anonymous";
  X.Role = Role;
  X.Channel = Channel;
  X.Via = Via;
  X.Through = throughPhrase(Channel, Via);
  X.EntityIndex = EI;
  X.FieldIndex = FI;
  bool FieldIsNewest = !Newest || Newest->Order < F.Order;
  X.Where = FieldIsNewest ? F.Range : Newest->Where;
  auto &Done = Seen[{EI, FI}];
  for (const auto &[C, V] : Done)
    if (C == Channel && V == Via)
      return; // the same exposure already reported for an earlier anonymous role
  Done.emplace_back(Channel, Via);
  if (!FieldIsNewest)
    X.RelatedLocations.push_back(
        {F.Range, "'" + M.Entities[EI].QualifiedName + "." + F.Name + "' is defined here"});
  for (const Fact *Fa : Facts) {
    if (!Fa)
      continue;
    if ((Fa != Newest || FieldIsNewest) && !Fa->What.empty())
      X.RelatedLocations.push_back({Fa->Where, Fa->What});
    if (Fa->OriginWhere.valid())
      X.RelatedLocations.push_back({Fa->OriginWhere, Fa->OriginWhat});
  }
  if (!ChannelNote.empty() && !X.RelatedLocations.empty())
    X.RelatedLocations.back().Message += ChannelNote;
  M.Exposures.push_back(std::move(X));
}

Model ExposureResolver::run() {
  auto &Rels = Cat.Relations;
  FieldOf.resize(Rels.size());
  M.Entities.reserve(Rels.size());
  // 1. Entities and fields. What only the model needs (declared type,
  // comments, markers, default) moves out of the catalog: the exposures
  // below read names, drops and base columns, and the catalog ends here.
  for (size_t RI = 0; RI < Rels.size(); ++RI) {
    auto &R = Rels[RI];
    if (R.Dropped)
      continue;
    if (R.Kind == RelKind::Function && R.Columns.empty())
      continue;
    Entity E;
    E.Kind = R.Kind == RelKind::Table              ? EntityKind::Table
             : R.Kind == RelKind::View             ? EntityKind::View
             : R.Kind == RelKind::MaterializedView ? EntityKind::MaterializedView
                                                   : EntityKind::Function;
    E.Schema = R.Schema;
    E.Name = R.Name;
    E.QualifiedName = R.qualified();
    E.Range = R.Created.Where;
    E.Stored = R.Kind == RelKind::Table;
    size_t EI = M.Entities.size();
    E.Fields.reserve(R.Columns.size());
    for (size_t CI = 0; CI < R.Columns.size(); ++CI) {
      auto &C = R.Columns[CI];
      if (C.Dropped)
        continue;
      Field F;
      F.Name = C.Spec.Name;
      F.DeclaredType = std::move(C.Spec.DeclaredType);
      Cat.resolveType(C.Spec, F.Type, F.TypeName);
      F.Nullable = !C.Spec.NotNull;
      F.IsForeignKey = C.Spec.IsForeignKey;
      F.Default = std::move(C.Spec.Default);
      F.Range = C.Spec.Range;
      F.Order = C.Spec.Order;
      F.Comments = std::move(C.Spec.Comments);
      F.Markers = std::move(C.Spec.Markers);
      for (auto &T : C.CommentTexts) {
        parseMarkers(T, C.Spec.Range, F.Markers);
        F.Comments.push_back(std::move(T));
      }
      if (C.BaseRelation >= 0) {
        // A view column shows a stored column: same data, same protection.
        const auto &B = Rels[C.BaseRelation].Columns[C.BaseColumn];
        Cat.resolveType(B.Spec, F.Type, F.TypeName);
        F.Name = C.Spec.Name;
        F.SourceHint.clear();
        if (B.HasForcedProtection) {
          F.Prot = B.ForcedProtection;
          F.ProtectionEvidence = B.ProtectionEvidence;
        }
      }
      if (C.HasForcedProtection) {
        F.Prot = C.ForcedProtection;
        F.ProtectionEvidence = C.ProtectionEvidence;
      }
      inferProtection(F, Names);
      if (FieldOf[RI].size() < R.Columns.size())
        FieldOf[RI].assign(R.Columns.size(), {NoField, NoField});
      FieldOf[RI][CI] = {EI, E.Fields.size()};
      E.Fields.push_back(std::move(F));
    }
    M.Entities.push_back(std::move(E));
  }

  // 2. Exposures, for each anonymous role in configuration order.
  for (const auto &Role : Cat.Settings.AnonymousRoles) {
    for (size_t RI = 0; RI < Rels.size(); ++RI) {
      const auto &R = Rels[RI];
      if (R.Dropped || !exposedSchema(R.Schema))
        continue;
      int Rel = static_cast<int>(RI);
      switch (R.Kind) {
      case RelKind::Table: {
        auto Cols = selectable(R, Role);
        if (Cols.empty())
          break;
        const Fact *RowsWhy = nullptr;
        if (!rowsReadable(R, Role, &RowsWhy))
          break;
        const SqlCatalog::Policy *P = R.Rls ? openPolicy(R, Role) : nullptr;
        for (const auto &[Col, Grant] : Cols)
          expose(Role, P ? "permissive-policy" : "table-without-rls",
                 P ? R.qualified() + " policy " + P->Spec.Name : R.qualified(), Rel, Col,
                 {Grant, RowsWhy, &R.Created, R.MovedAt ? &*R.MovedAt : nullptr}, "");
        break;
      }
      case RelKind::View:
      case RelKind::MaterializedView: {
        auto Cols = selectable(R, Role);
        for (const auto &[Col, Grant] : Cols) {
          const auto &C = R.Columns[Col];
          bool Mat = R.Kind == RelKind::MaterializedView;
          std::string Channel = Mat ? "materialized-view" : "view";
          if (C.BaseRelation < 0) {
            expose(Role, Channel, R.qualified(), Rel, Col,
                   {Grant, &R.Created, R.MovedAt ? &*R.MovedAt : nullptr}, "");
            continue;
          }
          const Relation &Base = Rels[C.BaseRelation];
          std::vector<const Fact *> Facts = {Grant, &R.Created, R.MovedAt ? &*R.MovedAt : nullptr};
          if (R.SecurityInvoker && !Mat) {
            // The caller's rights apply: the base table must itself be readable.
            auto BaseCols = selectable(Base, Role);
            auto BC = BaseCols.find(C.BaseColumn);
            const Fact *RowsWhy = nullptr;
            if (BC == BaseCols.end() || !rowsReadable(Base, Role, &RowsWhy))
              continue;
            Facts.push_back(BC->second);
            Facts.push_back(RowsWhy);
          }
          expose(Role, Channel, R.qualified(), C.BaseRelation, C.BaseColumn, Facts, "");
        }
        break;
      }
      case RelKind::Function: {
        if (!R.SecurityDefiner)
          break;
        const Fact *Exec = nullptr;
        for (const std::string &Holder : {Role, std::string("PUBLIC")}) {
          auto It = R.Execute.find(Holder);
          if (It != R.Execute.end() && (!Exec || Exec->Order < It->second.At.Order))
            Exec = &It->second.At;
        }
        if (!Exec)
          break;
        if (R.ReturnsSetOf >= 0) {
          const Relation &Base = Rels[R.ReturnsSetOf];
          for (size_t C = 0; C < Base.Columns.size(); ++C)
            if (!Base.Columns[C].Dropped)
              expose(Role, "security-definer-function", R.qualified(), R.ReturnsSetOf,
                     static_cast<int>(C), {Exec, &R.Created}, "");
        } else {
          for (size_t C = 0; C < R.Columns.size(); ++C)
            expose(Role, "security-definer-function", R.qualified(), Rel, static_cast<int>(C),
                   {Exec, &R.Created}, "");
        }
        break;
      }
      }
    }
  }
  M.Problems = std::move(Cat.Problems);
  return std::move(M);
}

Model SqlCatalog::finish() { return ExposureResolver(*this).run(); }

} // namespace privlint
