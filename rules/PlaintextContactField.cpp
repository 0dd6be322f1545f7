// plaintext-contact-field: a stored field in a contact category whose
// protection is plaintext (no evidence of encryption or hashing).
#include "Engine/RuleRegistry.h"

namespace privlint {

void checkPlaintextContactField(const RuleContext &Ctx, const Model &M,
                                std::vector<Finding> &Out) {
  for (const auto &E : M.Entities) {
    if (!E.Stored)
      continue; // view columns: their base columns carry the finding
    for (const auto &F : E.Fields) {
      const CategoryMatch *C = Ctx.categoryOf(F);
      if (!C || F.Prot != Protection::Plaintext)
        continue;
      Finding X;
      X.RuleId = Ctx.Rule.Id;
      X.Sev = Ctx.Sev;
      std::string What = E.Kind == EntityKind::Table ? "column" : "field";
      X.Message = What + " '" + E.QualifiedName + "." + F.Name + "' stores contact data (" +
                  C->Label + ") in plaintext";
      X.Where = F.Range;
      X.Entity = E.QualifiedName;
      X.Field = F.Name;
      X.ColumnName = F.ColumnName;
      X.Category = C->Id;
      X.Fingerprint = fingerprintV1({X.RuleId, X.Entity, X.Field, X.Category});
      for (const auto &D : F.OtherDefinitions)
        X.Related.push_back({D, "'" + F.Name + "' is also defined here", true});
      Out.push_back(std::move(X));
    }
  }
}

} // namespace privlint
