#include "Engine/Inventory.h"

#include <map>

namespace privlint {

std::vector<InventoryEntry>
buildInventory(const Model &M, const Classifier &Cl, bool Explain,
               const std::function<bool(const SourceRange &)> &IsGiven) {
  std::vector<InventoryEntry> Out;
  std::map<std::pair<size_t, size_t>, std::vector<const Exposure *>> ExposuresOf;
  for (const auto &X : M.Exposures)
    ExposuresOf[{X.EntityIndex, X.FieldIndex}].push_back(&X);
  for (size_t EI = 0; EI < M.Entities.size(); ++EI) {
    const Entity &E = M.Entities[EI];
    for (size_t FI = 0; FI < E.Fields.size(); ++FI) {
      const Field &F = E.Fields[FI];
      if (!IsGiven(F.Range))
        continue;
      std::vector<std::string> Rejections;
      if (F.Categories.empty()) {
        // --explain also shows the fields a pattern matched but a type,
        // context or metadata rule turned down.
        if (!Explain)
          continue;
        std::vector<std::string> Notes;
        Cl.classifyField(E, F, &Notes);
        for (auto &N : Notes)
          if (N.find("rejected") != std::string::npos ||
              N.find("which is not personal data") != std::string::npos)
            Rejections.push_back(std::move(N));
        if (Rejections.empty())
          continue;
      }
      InventoryEntry IE;
      IE.Rejections = std::move(Rejections);
      IE.Where = F.Range;
      IE.EntityWhere = E.Range;
      IE.Stored = E.Stored;
      IE.Entity = E.QualifiedName;
      IE.EntityKind = entityKindName(E.Kind);
      IE.Table = E.Table;
      IE.Field = F.Name;
      IE.ColumnName = F.ColumnName;
      IE.DeclaredType = F.DeclaredType;
      IE.TypeClass = typeClassName(F.Type);
      IE.Categories = F.Categories;
      if (!F.Categories.empty()) {
        IE.Subject = subjectName(F.Subj);
        IE.SubjectEvidence = F.SubjectEvidence;
      }
      IE.Protection = protectionName(F.Prot);
      for (const auto &Ev : F.ProtectionEvidence)
        IE.ProtectionEvidence.push_back(Ev.Text);
      if (auto It = ExposuresOf.find({EI, FI}); It != ExposuresOf.end())
        for (const Exposure *X : It->second)
          IE.Exposures.push_back({X->Audience, X->Role, X->Channel, X->Via, X->Request, X->Response,
                                  X->Where, X->RelatedLocations, X->Serializer});
      Out.push_back(std::move(IE));
    }
  }
  return Out;
}

} // namespace privlint
