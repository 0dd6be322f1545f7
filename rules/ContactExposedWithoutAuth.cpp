// contact-exposed-without-auth: an anonymous audience can read a field in a
// contact category that is not encrypted (plaintext or hashed).
#include "Engine/RuleRegistry.h"

namespace privlint {

namespace {
std::string channelPhrase(const Exposure &X) {
  if (X.Channel == "view")
    return " through view '" + X.Via + "'";
  if (X.Channel == "materialized-view")
    return " through materialized view '" + X.Via + "'";
  if (X.Channel == "api-view") // Django REST Framework; Role names the permission that admits
    return " through API view '" + X.Via + "' (" + X.Role + ")";
  if (X.Channel == "security-definer-function")
    return " through SECURITY DEFINER function '" + X.Via + "'";
  if (X.Channel == "handler") // C++: a function marked privlint:unauthenticated
    return " through handler '" + X.Via + "'";
  if (X.Channel == "endpoint") // C++: an oatpp ENDPOINT without AUTHORIZATION
    return " through endpoint '" + X.Via + "'";
  if (X.Channel == "http-operation") // OpenAPI
    return " through operation '" + X.Via + "'";
  if (X.Channel == "graphql-field") // GraphQL: a Query or Subscription root field
    return " through GraphQL field '" + X.Via + "'";
  if (X.Channel == "permissive-policy") {
    auto P = X.Via.rfind(" policy ");
    return " (policy '" + (P == std::string::npos ? X.Via : X.Via.substr(P + 8)) +
           "' lets every row be read)";
  }
  return "";
}
} // namespace

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
    std::string Who = X.Channel == "api-view" ? std::string("anonymous users")
                      : X.Role.empty()        ? std::string("anonymous users") // C++ handlers
                      : X.Role.find('@') != std::string::npos ? "account " + X.Role
                                                              : "role '" + X.Role + "'";
    std::string Message = Who + " can read contact data '" + E.QualifiedName + "." + F.Name +
                          "' without authentication" + channelPhrase(X);
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
