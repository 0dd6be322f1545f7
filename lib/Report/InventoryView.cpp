#include "Report/InventoryView.h"

#include "Support/Utf8.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace privlint {
namespace {

bool samePlace(const SourceRange &A, const SourceRange &B) {
  return A.File && B.File && A.Begin == B.Begin &&
         (A.File == B.File || A.File->path() == B.File->path());
}

} // namespace

std::vector<std::vector<std::string>> rulesReportingFields(const EngineResult &R) {
  std::vector<std::vector<std::string>> Out(R.Inventory.size());
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> Entries;
  for (size_t I = 0; I < R.Inventory.size(); ++I)
    Entries[{R.Inventory[I].Entity, R.Inventory[I].Field}].push_back(I);
  for (const Finding &F : R.Findings) {
    auto It = Entries.find({F.Entity, F.Field});
    if (It == Entries.end())
      continue;
    // A finding at an exposure names its field's definition as one of its
    // locations; an entity of the same name in another file is not it.
    for (size_t I : It->second) {
      const SourceRange &At = R.Inventory[I].Where;
      bool Here = samePlace(F.Where, At) ||
                  std::any_of(F.Related.begin(), F.Related.end(),
                              [&](const RelatedLocation &L) { return samePlace(L.Where, At); });
      if (Here)
        Out[I].push_back(F.RuleId);
    }
  }
  for (auto &Rules : Out) {
    std::sort(Rules.begin(), Rules.end());
    Rules.erase(std::unique(Rules.begin(), Rules.end()), Rules.end());
  }
  return Out;
}

bool reportsPlaintextContact(const std::vector<std::string> &Rules) {
  return std::find(Rules.begin(), Rules.end(), "plaintext-contact-field") != Rules.end();
}

bool reportsAnonymousContact(const std::vector<std::string> &Rules) {
  return std::find(Rules.begin(), Rules.end(), "contact-exposed-without-auth") != Rules.end();
}

AccessPath accessPathOf(const InventoryEntry::Exp &X) {
  AccessPath P;
  const std::string &Ch = X.Channel;
  if (Ch == "api-view") {
    // DRF: the view lets anyone in; its serializer chooses the fields.
    P.AudienceKind = "view";
    P.Audience = X.Via + (X.Role.empty() ? "" : " (" + X.Role + ")");
    P.MechanismKind = X.Serializer.empty() ? "endpoint" : "serializer";
    P.Mechanism = X.Serializer.empty() ? X.Via : X.Serializer;
    return P;
  }
  if (Ch == "http-operation" || Ch == "graphql-field" || Ch == "grpc-method" || Ch == "handler" ||
      Ch == "endpoint") {
    // One audience, anyone who calls an open operation; the operations are
    // the mechanisms (a node each, not two).
    P.AudienceKind = "operation";
    P.Audience = "anyone (open API operations)";
    P.MechanismKind = "endpoint";
    P.Mechanism = X.Response.empty() ? X.Via : X.Via + " \u2192 " + X.Response;
    return P;
  }
  P.AudienceKind = "role";
  P.Audience = X.Role.empty() ? X.Audience : X.Role;
  P.Mechanism = X.Via;
  if (Ch == "table-without-rls")
    P.MechanismKind = "grant";
  else if (Ch == "permissive-policy")
    P.MechanismKind = "policy";
  else if (Ch == "view" || Ch == "materialized-view")
    P.MechanismKind = "view";
  else if (Ch == "security-definer-function")
    P.MechanismKind = "function";
  else
    P.MechanismKind = Ch.empty() ? "endpoint" : Ch;
  return P;
}

std::string fileLine(const SourceRange &W) {
  if (!W.File)
    return "";
  return percentEncodePath(W.File->path()) + ":" + std::to_string(W.File->lineOf(W.Begin));
}

const SourceRange &entityPlace(const InventoryEntry &E) {
  return E.EntityWhere.File ? E.EntityWhere : E.Where;
}

std::string displayUnitRoot(const std::string &Root) {
  std::error_code EC;
  std::filesystem::path Cwd = std::filesystem::current_path(EC);
  if (EC || Root.empty())
    return Root;
  std::string Rel = std::filesystem::path(Root).lexically_relative(Cwd).generic_string();
  return Rel.empty() ? Root : Rel;
}

} // namespace privlint
