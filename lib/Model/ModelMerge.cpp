#include "Model/ModelMerge.h"
#include "Support/Text.h"

#include <cctype>
#include <map>
#include <utility>

namespace privlint {

namespace {

const std::string &tableKey(const Entity &E) { return E.Table.empty() ? E.Name : E.Table; }
const std::string &columnKey(const Field &F) {
  return F.ColumnName.empty() ? F.Name : F.ColumnName;
}

// The index in [0, Count) whose key (KeyAt, or nullptr to skip the index)
// equals Name: exact first, then ignoring case; -1 when none does.
template <typename KeyFn> long findKey(size_t Count, const std::string &Name, KeyFn KeyAt) {
  for (size_t I = 0; I < Count; ++I)
    if (const std::string *K = KeyAt(I); K && *K == Name)
      return static_cast<long>(I);
  std::string L = lowerAscii(Name);
  for (size_t I = 0; I < Count; ++I)
    if (const std::string *K = KeyAt(I); K && lowerAscii(*K) == L)
      return static_cast<long>(I);
  return -1;
}

} // namespace

void mergeDerivedModel(Model &Primary, Model &&Derived) {
  // (derived entity, derived field) -> (primary entity, primary field)
  std::map<std::pair<size_t, size_t>, std::pair<size_t, size_t>> Where;
  const size_t PrimaryEntities = Primary.Entities.size();
  for (size_t DE = 0; DE < Derived.Entities.size(); ++DE) {
    Entity &D = Derived.Entities[DE];
    // Only a stored table describes the same thing as a model or table.
    long PE =
        D.Kind != EntityKind::Table ? -1 : findKey(PrimaryEntities, tableKey(D), [&](size_t I) {
          const Entity &P = Primary.Entities[I];
          return P.Stored ? &tableKey(P) : nullptr;
        });
    if (PE < 0) {
      size_t NewIndex = Primary.Entities.size();
      for (size_t F = 0; F < D.Fields.size(); ++F)
        Where[{DE, F}] = {NewIndex, F};
      Primary.Entities.push_back(std::move(D));
      continue;
    }
    Entity &P = Primary.Entities[static_cast<size_t>(PE)];
    for (size_t DF = 0; DF < D.Fields.size(); ++DF) {
      Field &F = D.Fields[DF];
      long PF =
          findKey(P.Fields.size(), columnKey(F), [&](size_t I) { return &columnKey(P.Fields[I]); });
      if (PF < 0) {
        Where[{DE, DF}] = {static_cast<size_t>(PE), P.Fields.size()};
        P.Fields.push_back(std::move(F));
        continue;
      }
      Field &Target = P.Fields[static_cast<size_t>(PF)];
      Where[{DE, DF}] = {static_cast<size_t>(PE), static_cast<size_t>(PF)};
      if (F.Range.valid())
        Target.OtherDefinitions.push_back(F.Range);
      Target.OtherDefinitions.insert(Target.OtherDefinitions.end(), F.OtherDefinitions.begin(),
                                     F.OtherDefinitions.end());
      if (!Target.IsForeignKey)
        Target.IsForeignKey = F.IsForeignKey;
    }
  }
  for (auto &X : Derived.Exposures) {
    auto It = Where.find({X.EntityIndex, X.FieldIndex});
    if (It == Where.end())
      continue;
    X.EntityIndex = It->second.first;
    X.FieldIndex = It->second.second;
    if (X.EntityIndex < PrimaryEntities) {
      // Point at the authoritative definition too.
      const Entity &E = Primary.Entities[X.EntityIndex];
      const Field &F = E.Fields[X.FieldIndex];
      if (F.Range.valid())
        X.RelatedLocations.insert(
            X.RelatedLocations.begin(),
            {F.Range, "'" + E.QualifiedName + "." + F.Name + "' is defined here"});
    }
    Primary.Exposures.push_back(std::move(X));
  }
  for (auto &P : Derived.Problems)
    Primary.Problems.push_back(std::move(P));
}

} // namespace privlint
