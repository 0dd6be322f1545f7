// The Rails join: model declarations (RailsModelReader.cpp) applied to the
// columns of db/schema.rb (RailsSchemaReader.cpp).
#include "Frontend/Rails/RailsReader.h"

#include "Frontend/Rails/RailsInflector.h"

#include <functional>
#include <set>

namespace privlint {

using namespace rails;

namespace {

// Class declarations merged by name (a class may be reopened in several files).
struct MergedClass {
  std::string Name, Superclass, Namespace, TableName;
  bool Abstract = false;
  std::vector<const RailsModelFacts::Declaration *> Declarations;
};

std::string where(const SourceRange &R) {
  if (!R.File)
    return "";
  return R.File->path() + ":" + std::to_string(R.File->lineOf(R.Begin));
}

} // namespace

std::map<std::string, std::vector<const RailsModelFacts::Declaration *>>
RailsModelFacts::byTable() const {
  std::map<std::string, MergedClass> ByName;
  for (const auto &C : Classes) {
    MergedClass &M = ByName[C.Name];
    M.Name = C.Name;
    M.Namespace = C.Namespace;
    if (M.Superclass.empty())
      M.Superclass = C.Superclass;
    if (M.TableName.empty())
      M.TableName = C.TableName;
    M.Abstract = M.Abstract || C.Abstract;
    for (const auto &D : C.Declarations)
      M.Declarations.push_back(&D);
  }
  // A constant as Ruby resolves it from inside Namespace: innermost first.
  auto Resolve = [&](const std::string &Name, std::string Namespace) -> const MergedClass * {
    for (;;) {
      std::string Full = Namespace.empty() ? Name : Namespace + "::" + Name;
      if (auto It = ByName.find(Full); It != ByName.end())
        return &It->second;
      if (Namespace.empty())
        return nullptr;
      size_t P = Namespace.rfind("::");
      Namespace = P == std::string::npos ? "" : Namespace.substr(0, P);
    }
  };
  std::map<std::string, std::string> Memo;
  std::set<std::string> InProgress;
  std::function<std::string(const MergedClass &)> TableOf =
      [&](const MergedClass &C) -> std::string {
    if (auto It = Memo.find(C.Name); It != Memo.end())
      return It->second;
    if (!InProgress.insert(C.Name).second)
      return ""; // a cycle in malformed input
    std::string Table;
    const MergedClass *Super = C.Superclass.empty() ? nullptr : Resolve(C.Superclass, C.Namespace);
    if (!C.TableName.empty()) {
      Table = C.TableName;
    } else if (C.Abstract) {
      Table = "";
    } else if (Super && Super != &C && !Super->Abstract && !TableOf(*Super).empty()) {
      Table = TableOf(*Super); // single-table inheritance: the base class's table
    } else {
      // Prefix from the innermost enclosing module that sets table_name_prefix;
      // a class nested in a model class gets that model's singular table name.
      std::string Prefix;
      for (std::string NS = C.Namespace; !NS.empty();) {
        if (auto It = TableNamePrefixes.find(NS); It != TableNamePrefixes.end()) {
          Prefix = It->second;
          break;
        }
        size_t P = NS.rfind("::");
        NS = P == std::string::npos ? "" : NS.substr(0, P);
      }
      if (auto It = ByName.find(C.Namespace); It != ByName.end() && !It->second.Abstract)
        if (std::string Outer = TableOf(It->second); !Outer.empty())
          Prefix += singularize(Outer) + "_";
      Table = Prefix + tableNameForClass(C.Name);
    }
    InProgress.erase(C.Name);
    Memo[C.Name] = Table;
    return Table;
  };
  std::map<std::string, std::vector<const Declaration *>> Out;
  for (const auto &[Name, C] : ByName) {
    if (C.Declarations.empty())
      continue;
    std::string Table = TableOf(C);
    if (Table.empty())
      continue;
    auto &V = Out[Table];
    V.insert(V.end(), C.Declarations.begin(), C.Declarations.end());
  }
  return Out;
}

void linkRailsModels(Model &M, const RailsModelFacts &Facts) {
  std::map<std::string, Entity *> Tables;
  for (auto &E : M.Entities)
    if (E.Kind == EntityKind::Table)
      Tables.emplace(E.Name, &E);
  auto FieldOf = [](Entity &E, const std::string &Name) -> Field * {
    for (auto &F : E.Fields)
      if (F.Name == Name)
        return &F;
    return nullptr;
  };
  // The declaration decides unless the user wrote a privlint marker on the column.
  auto Protect = [](Field &F, Protection P, Evidence Ev) {
    if (F.Markers.ProtectionMarker)
      return;
    F.Prot = P;
    F.ProtectionEvidence.insert(F.ProtectionEvidence.begin(), std::move(Ev));
  };
  for (const auto &[Table, Decls] : Facts.byTable()) {
    auto It = Tables.find(Table);
    if (It == Tables.end())
      continue;
    Entity &E = *It->second;
    for (const RailsModelFacts::Declaration *D : Decls) {
      std::string At = D->Written + " at " + where(D->Where);
      Field *F = FieldOf(E, D->Column);
      if (D->Kind == "encrypts") {
        if (F) {
          Protect(*F, Protection::Encrypted,
                  {At + (D->Column == D->Attribute
                             ? ": Active Record Encryption stores ciphertext in this column"
                             : ": Active Record Encryption keeps the original-case value here, "
                               "encrypted"),
                   D->Where});
        } else if (D->Column == D->Attribute) {
          // Lockbox before 1.0 also declared `encrypts :email`, into email_ciphertext.
          if (Field *L = FieldOf(E, D->Attribute + "_ciphertext"))
            Protect(*L, Protection::Encrypted, {At + ": Lockbox ciphertext column", D->Where});
        }
      } else if (D->Kind == "has_encrypted") {
        if (F)
          Protect(*F, Protection::Encrypted, {At + ": Lockbox ciphertext column", D->Where});
      } else if (D->Kind == "lockbox_migrating") {
        if (F && F->Prot == Protection::Plaintext)
          F->ProtectionEvidence.push_back(
              {At + ": Lockbox is still migrating, this plaintext column is kept until the "
                    "migration ends",
               D->Where});
      } else if (D->Kind == "attr_encrypted") {
        if (F)
          Protect(*F, Protection::Encrypted,
                  {At + (D->Column.size() > 3 && D->Column.ends_with("_iv") ? ": its IV column"
                         : D->Column.ends_with("_salt")                     ? ": its salt column"
                                                        : ": attr_encrypted ciphertext column"),
                   D->Where});
      } else if (D->Kind == "blind_index") {
        if (F)
          Protect(*F, Protection::Hashed,
                  {At + ": blind index (keyed hash for lookups)", D->Where});
      }
    }
  }
}

} // namespace privlint
