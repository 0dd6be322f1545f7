// contact-exposed-without-auth: an anonymous audience can read a field in a
// contact category that is not encrypted (plaintext or hashed).
#include "Engine/RuleRegistry.h"

namespace privlint {

void checkContactExposedWithoutAuth(RuleContext &Ctx) {
  const Model &M = Ctx.model();
  for (const auto &X : M.Exposures) {
    if (X.Audience != "anonymous")
      continue;
    const Entity &E = M.Entities[X.EntityIndex];
    const Field &F = E.Fields[X.FieldIndex];
    const CategoryMatch *C = Ctx.categoryOf(F);
    if (!C || F.Prot == Protection::Encrypted)
      continue;
    // MySQL accounts are written quoted already (''@'%').
    // The frontend names the audience and the way in; a role is named here.
    std::string Who = !X.Who.empty()                          ? X.Who
                      : X.Role.empty()                        ? std::string("anonymous users")
                      : X.Role.find('@') != std::string::npos ? "account " + X.Role
                                                              : "role '" + X.Role + "'";
    std::string Message = Who + " can read contact data '" + E.QualifiedName + "." + F.Name +
                          "' without authentication";
    if (!X.Through.empty())
      Message += " " + X.Through;
    if (F.Prot == Protection::Hashed)
      Message += "; it is hashed, which still lets known values be matched";
    auto Diag = Ctx.report(X.Where, std::move(Message), E, F, *C, {X.Audience, X.Channel, X.Via});
    for (const auto &Rel : X.RelatedLocations)
      if (Rel.SameField) // the field's own definition, in another file (an API fragment)
        Diag.otherDefinition(Rel.Where, Rel.Message);
      else
        Diag.note(Rel.Where, Rel.Message);
  }
}

} // namespace privlint
