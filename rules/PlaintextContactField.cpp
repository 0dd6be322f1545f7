// plaintext-contact-field: a stored field in a contact category whose
// protection is plaintext (no evidence of encryption or hashing).
#include "Engine/RuleRegistry.h"

namespace privlint {

void checkPlaintextContactField(RuleContext &Ctx) {
  for (const auto &E : Ctx.model().Entities) {
    if (!E.Stored)
      continue; // view columns: their base columns carry the finding
    for (const auto &F : E.Fields) {
      const CategoryMatch *C = Ctx.categoryOf(F);
      if (!C || F.Prot != Protection::Plaintext)
        continue;
      std::string What = E.Kind == EntityKind::Table ? "column" : "field";
      auto Diag = Ctx.report(F.Range,
                             What + " '" + E.QualifiedName + "." + F.Name +
                                 "' stores contact data (" + C->Label + ") in plaintext",
                             E, F, *C);
      for (const auto &D : F.OtherDefinitions)
        Diag.otherDefinition(D, "'" + F.Name + "' is also defined here");
    }
  }
}

} // namespace privlint
