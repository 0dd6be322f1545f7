// plaintext-contact-field: a stored field in a contact category whose
// protection is plaintext (no evidence of encryption or hashing).
#include "Engine/RuleRegistry.h"

#include <map>
#include <utility>

namespace privlint {

namespace {

// A field declared once in an embedded value class (a JPA @Embeddable) and
// stored in every entity that embeds it: reported once, at its declaration,
// under the class's name, naming the entities.
struct EmbeddedCopies {
  const Entity *E = nullptr; // the first embedding entity whose copy is reported
  const Field *F = nullptr;
  const CategoryMatch *C = nullptr;
  std::vector<std::string> In; // every embedding entity's copy, as entity.path
};

} // namespace

void checkPlaintextContactField(RuleContext &Ctx) {
  std::map<std::pair<const SourceFile *, uint32_t>, EmbeddedCopies> Embedded;
  std::vector<std::pair<const SourceFile *, uint32_t>> EmbeddedOrder;
  for (const auto &E : Ctx.model().Entities) {
    if (!E.Stored)
      continue; // view columns: their base columns carry the finding
    for (const auto &F : E.Fields) {
      const CategoryMatch *C = Ctx.categoryOf(F);
      if (!C || F.Prot != Protection::Plaintext)
        continue;
      if (!F.EmbeddedFrom.empty() && F.Range.valid()) {
        auto Key = std::make_pair(F.Range.File, F.Range.Begin);
        auto [It, New] = Embedded.try_emplace(Key);
        if (New) {
          It->second = {&E, &F, C, {}};
          EmbeddedOrder.push_back(Key);
        }
        It->second.In.push_back(E.QualifiedName + "." + F.Name);
        continue;
      }
      std::string What = E.Kind == EntityKind::Table ? "column" : "field";
      auto Diag = Ctx.report(F.Range,
                             What + " '" + E.QualifiedName + "." + F.Name +
                                 "' stores contact data (" + C->Label + ") in plaintext",
                             E, F, *C);
      for (const auto &D : F.OtherDefinitions)
        Diag.otherDefinition(D, "'" + F.Name + "' is also defined here");
    }
  }
  for (const auto &Key : EmbeddedOrder) {
    const EmbeddedCopies &X = Embedded[Key];
    Entity Class;
    Class.Kind = EntityKind::Record;
    Class.Name = Class.QualifiedName = X.F->EmbeddedFrom;
    Field F = *X.F;
    if (size_t Dot = F.Name.rfind('.'); Dot != std::string::npos)
      F.Name = F.Name.substr(Dot + 1);
    std::string In;
    for (const auto &Copy : X.In)
      In += (In.empty() ? "'" : ", '") + Copy + "'";
    auto Diag = Ctx.report(F.Range,
                           "field '" + Class.Name + "." + F.Name + "' stores contact data (" +
                               X.C->Label + ") in plaintext (embedded as " + In + ")",
                           Class, F, *X.C);
    for (const auto &D : F.OtherDefinitions)
      Diag.otherDefinition(D, "'" + F.Name + "' is also defined here");
  }
}

} // namespace privlint
