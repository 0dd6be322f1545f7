// readRailsSchema: db/schema.rb as Active Record dumps it (create_table blocks
// with t.<type> columns, add_column & co., create_enum), read from the syntax
// tree without running Ruby.
#include "Classify/Markers.h"
#include "Frontend/Rails/RailsInflector.h"
#include "Frontend/Rails/RailsReader.h"
#include "Frontend/Rails/RubySyntax.h"
#include "Frontend/Sql/SqlTypeClass.h"
#include "Frontend/TreeSitter/CommentIndex.h"

#include <algorithm>
#include <map>
#include <ranges>
#include <set>

namespace privlint {

using namespace rails;

namespace {

// Rails column types -> privlint type classes: the ones Rails adds to the SQL
// types (and the PostgreSQL and PostGIS adapters'), then the SQL types.
TypeClass railsTypeClass(const std::string &T) {
  static const std::map<std::string, TypeClass, std::less<>> Types = {
      {"primary_key", TypeClass::Number},   {"references", TypeClass::Reference},
      {"belongs_to", TypeClass::Reference}, {"st_point", TypeClass::Geometry},
      {"st_polygon", TypeClass::Geometry},
  };
  auto It = Types.find(T);
  return It == Types.end() ? sqlTypeClass(T) : It->second;
}

// t.<method> calls inside create_table/change_table that do not add a column.
bool isTableMethodWithoutColumn(std::string_view M) {
  static const std::set<std::string, std::less<>> Methods = {"index",
                                                             "remove_index",
                                                             "rename_index",
                                                             "check_constraint",
                                                             "remove_check_constraint",
                                                             "exclusion_constraint",
                                                             "remove_exclusion_constraint",
                                                             "unique_constraint",
                                                             "remove_unique_constraint",
                                                             "foreign_key",
                                                             "remove_foreign_key",
                                                             "change_default",
                                                             "change_null",
                                                             "remove_timestamps",
                                                             "primary_keys",
                                                             "comment"};
  return Methods.contains(M);
}

// What the statements built so far: tables in creation order. Shared by
// the files of one replay (db/schema.rb alone, or db/migrate/*.rb in order).
struct SchemaState {
  std::vector<Entity> Tables;
  std::vector<bool> Dropped;
  std::map<std::string, size_t> TableIndex;
  std::set<std::string> Enums; // create_enum names

  void finish(Model &M) {
    for (size_t I = 0; I < Tables.size(); ++I) {
      if (Dropped[I])
        continue;
      for (auto &F : Tables[I].Fields)
        inferProtection(F);
      M.Entities.push_back(std::move(Tables[I]));
    }
  }
};

class SchemaReader {
public:
  SchemaReader(const SourceFile &SF, const ts::SyntaxTree &T, SchemaState &St, uint32_t FileIndex)
      : SF(SF), T(T), FileIndex(FileIndex), Comments(T, SF), Tables(St.Tables), Dropped(St.Dropped),
        TableIndex(St.TableIndex), Enums(St.Enums) {}

  void read() {
    // Depth first in source order; schema statements are handled where they
    // are found (normally inside ActiveRecord::Schema[x].define do ... end,
    // or a migration's change/up method).
    std::vector<ts::NodeId> Stack{T.root()};
    while (!Stack.empty()) {
      ts::NodeId N = Stack.back();
      Stack.pop_back();
      const auto &Node = T.node(N);
      // What a migration does when rolled back is not the schema.
      if (isRollback(N))
        continue;
      // ERROR nodes are reported as problems and still searched: whole
      // create_table calls survive inside them.
      if (Node.Type == "call" && handleStatement(N))
        continue;
      auto Kids = T.namedChildren(N);
      for (unsigned int &Kid : std::ranges::reverse_view(Kids))
        Stack.push_back(Kid);
    }
  }

private:
  const SourceFile &SF;
  const ts::SyntaxTree &T;
  uint32_t FileIndex;
  ts::CommentIndex Comments;
  std::vector<Entity> &Tables;
  std::vector<bool> &Dropped;
  std::map<std::string, size_t> &TableIndex;
  std::set<std::string> &Enums;

  // `def down` / `def self.down`, `dir.down { ... }` in reversible, `revert do`.
  bool isRollback(ts::NodeId N) const {
    const auto &Node = T.node(N);
    if (Node.Type == "method" || Node.Type == "singleton_method") {
      ts::NodeId Name = T.child(N, "name");
      return Name != ts::NoNode && T.text(Name) == "down";
    }
    if (Node.Type == "call") {
      ts::NodeId Method = T.child(N, "method");
      if (Method == ts::NoNode)
        return false;
      std::string_view M = T.text(Method);
      return (M == "down" && T.child(N, "receiver") != ts::NoNode) ||
             (M == "revert" && T.child(N, "receiver") == ts::NoNode);
    }
    return false;
  }

  SourceRange range(uint32_t B, uint32_t E) const { return SourceRange{&SF, B, E}; }
  SourceRange range(const NameArg &A) const { return range(A.Begin, A.End); }

  std::optional<NameArg> positional(const CallView &C, size_t I) const {
    return I < C.Positional.size() ? literalName(T, C.Positional[I]) : std::nullopt;
  }

  Entity *table(const std::string &Name) {
    auto It = TableIndex.find(Name);
    return It == TableIndex.end() || Dropped[It->second] ? nullptr : &Tables[It->second];
  }

  Entity &createTable(const NameArg &Name) {
    Entity E;
    E.Kind = EntityKind::Table;
    E.Name = E.QualifiedName = Name.Value;
    E.Range = range(Name);
    if (auto It = TableIndex.find(Name.Value); It != TableIndex.end() && !Dropped[It->second]) {
      Tables[It->second] = std::move(E); // force: :cascade recreates the table
      return Tables[It->second];
    }
    TableIndex[Name.Value] = Tables.size();
    Tables.push_back(std::move(E));
    Dropped.push_back(false);
    return Tables.back();
  }

  static Field *field(Entity &E, const std::string &Name) {
    for (auto &F : E.Fields)
      if (F.Name == Name)
        return &F;
    return nullptr;
  }

  // Type, nullability and comment from a column call's type and options.
  void applyType(Field &F, const std::string &RailsType, const CallView &C) {
    const std::string &Type = RailsType;
    F.TypeName = Type;
    if (Type == "enum") {
      if (std::string ET = optionText(C, "enum_type"); !ET.empty())
        F.TypeName = ET;
      F.Type = TypeClass::Enum;
    } else if (Enums.contains(Type)) {
      F.Type = TypeClass::Enum;
    } else {
      F.Type = railsTypeClass(Type);
    }
    F.DeclaredType = optionIsTrue(C, "array") ? Type + "[]" : Type;
    if (std::string Null = optionText(C, "null"); !Null.empty())
      F.Nullable = Null != "false";
    F.Default = optionText(C, "default"); // a status default (state, default: "pending")
    if (auto It = C.Options.find("comment"); It != C.Options.end())
      if (const auto &Comment = It->second.Literal) {
        F.Comments.push_back(*Comment);
        const auto &V = T.node(It->second.Value);
        parseMarkers(*Comment, range(V.Begin, V.End), F.Markers);
      }
  }

  // `# privlint:...` on the statement's line or the comment lines above it.
  void applyRubyComments(Field &F, ts::NodeId Statement) {
    const auto &S = T.node(Statement);
    for (const auto &[Text, Where] : Comments.around(S.Begin, S.End))
      parseMarkers(Text, Where, F.Markers);
  }

  Field &addField(Entity &E, const NameArg &Name, ts::NodeId Statement) {
    if (Field *Old = field(E, Name.Value)) { // redefined: the later definition wins
      *Old = Field();
      Old->Name = Name.Value;
      Old->Range = range(Name);
      Old->Order = {FileIndex, Name.Begin};
      applyRubyComments(*Old, Statement);
      return *Old;
    }
    Field F;
    F.Name = Name.Value;
    F.Range = range(Name);
    F.Order = {FileIndex, Name.Begin};
    applyRubyComments(F, Statement);
    E.Fields.push_back(std::move(F));
    return E.Fields.back();
  }

  void addReference(Entity &E, const NameArg &Ref, const CallView &C, ts::NodeId Statement) {
    NameArg IdName = Ref;
    IdName.Value += "_id";
    Field &F = addField(E, IdName, Statement);
    applyType(F, "references", C);
    if (std::string RT = optionText(C, "type"); !RT.empty())
      F.DeclaredType = "references (" + RT + ")";
    F.Type = TypeClass::Reference;
    F.IsForeignKey = true; // a reference, whether or not a constraint backs it
    if (optionIsTrue(C, "polymorphic")) {
      NameArg TypeName = Ref;
      TypeName.Value += "_type";
      Field &P = addField(E, TypeName, Statement);
      applyType(P, "string", C);
    }
  }

  void addTimestamps(Entity &E, const CallView &C, ts::NodeId Statement) {
    const auto &MN = T.node(C.MethodNode);
    for (const char *Name : {"created_at", "updated_at"}) {
      Field &F = addField(E, NameArg{Name, MN.Begin, MN.End}, Statement);
      applyType(F, "datetime", C);
      if (optionText(C, "null").empty())
        F.Nullable = false; // Rails >= 5 default
    }
  }

  // One t.<method> statement inside create_table / change_table.
  void tableStatement(Entity &E, const std::string &Param, ts::NodeId S) {
    auto C = viewCall(T, S);
    if (!C || C->Receiver == ts::NoNode || T.node(C->Receiver).Type != "identifier" ||
        T.text(C->Receiver) != Param)
      return;
    std::string Method(C->Method);
    if (isTableMethodWithoutColumn(Method))
      return;
    if (Method == "timestamps") {
      addTimestamps(E, *C, S);
      return;
    }
    if (Method == "references" || Method == "belongs_to") {
      for (size_t I = 0; I < C->Positional.size(); ++I)
        if (auto N = positional(*C, I))
          addReference(E, *N, *C, S);
      return;
    }
    if (Method == "remove" || Method == "remove_references" || Method == "remove_belongs_to") {
      bool Ref = Method != "remove";
      for (size_t I = 0; I < C->Positional.size(); ++I)
        if (auto N = positional(*C, I))
          removeField(E, Ref ? N->Value + "_id" : N->Value);
      return;
    }
    if (Method == "rename") {
      auto From = positional(*C, 0), To = positional(*C, 1);
      if (From && To)
        renameField(E, From->Value, *To);
      return;
    }
    if (Method == "column" || Method == "change") {
      auto Name = positional(*C, 0), Type = positional(*C, 1);
      if (!Name || !Type)
        return;
      Field *F = Method == "change" ? field(E, Name->Value) : &addField(E, *Name, S);
      if (F)
        applyType(*F, Type->Value, *C);
      return;
    }
    // t.string "email", t.text "a", "b", t.st_point "where" ...
    for (size_t I = 0; I < C->Positional.size(); ++I)
      if (auto N = positional(*C, I)) {
        Field &F = addField(E, *N, S);
        applyType(F, Method, *C);
      }
  }

  void removeField(Entity &E, const std::string &Name) {
    E.Fields.erase(std::remove_if(E.Fields.begin(), E.Fields.end(),
                                  [&](const Field &F) { return F.Name == Name; }),
                   E.Fields.end());
  }

  void renameField(Entity &E, const std::string &From, const NameArg &To) {
    Field *F = field(E, From);
    if (!F)
      return;
    F->OtherDefinitions.push_back(F->Range);
    F->Name = To.Value;
    F->Range = range(To); // the name as it now reads
  }

  // A top-level schema statement; returns false for calls it does not know
  // (their children are still searched).
  bool handleStatement(ts::NodeId N) {
    auto C = viewCall(T, N);
    if (!C || C->Receiver != ts::NoNode)
      return false;
    std::string_view Method = C->Method;
    auto A0 = positional(*C, 0), A1 = positional(*C, 1), A2 = positional(*C, 2);
    if (Method == "create_table" || Method == "change_table") {
      if (!A0)
        return true;
      Entity *E = Method == "create_table" ? &createTable(*A0) : table(A0->Value);
      if (!E)
        return true;
      if (Method == "create_table" && C->BlockParam.empty())
        return true;
      for (ts::NodeId S : C->BlockStatements)
        tableStatement(*E, C->BlockParam, S);
      return true;
    }
    if (Method == "add_column") {
      if (A0 && A1 && A2) {
        Entity *E = table(A0->Value);
        if (!E)
          E = &createTable(*A0);
        applyType(addField(*E, *A1, N), A2->Value, *C);
      }
      return true;
    }
    if (Method == "change_column") {
      if (A0 && A1 && A2)
        if (Entity *E = table(A0->Value))
          if (Field *F = field(*E, A1->Value))
            applyType(*F, A2->Value, *C);
      return true;
    }
    if (Method == "change_column_null") {
      if (A0 && A1 && C->Positional.size() > 2)
        if (Entity *E = table(A0->Value))
          if (Field *F = field(*E, A1->Value))
            F->Nullable = T.text(C->Positional[2]) != "false";
      return true;
    }
    if (Method == "change_column_comment") {
      if (A0 && A1 && A2)
        if (Entity *E = table(A0->Value))
          if (Field *F = field(*E, A1->Value)) {
            F->Comments.push_back(A2->Value);
            parseMarkers(A2->Value, range(*A2), F->Markers);
          }
      return true;
    }
    if (Method == "rename_column") {
      if (A0 && A1 && A2)
        if (Entity *E = table(A0->Value))
          renameField(*E, A1->Value, *A2);
      return true;
    }
    if (Method == "remove_column" || Method == "remove_columns") {
      if (A0)
        if (Entity *E = table(A0->Value))
          for (size_t I = 1;
               I < (Method == "remove_column" ? std::min<size_t>(2, C->Positional.size())
                                              : C->Positional.size());
               ++I)
            if (auto Col = positional(*C, I))
              removeField(*E, Col->Value);
      return true;
    }
    if (Method == "add_reference" || Method == "add_belongs_to") {
      if (A0 && A1)
        if (Entity *E = table(A0->Value))
          addReference(*E, *A1, *C, N);
      return true;
    }
    if (Method == "add_timestamps") {
      if (A0)
        if (Entity *E = table(A0->Value))
          addTimestamps(*E, *C, N);
      return true;
    }
    if (Method == "add_foreign_key") {
      if (A0 && A1)
        if (Entity *E = table(A0->Value)) {
          std::string Col = optionText(*C, "column");
          if (Col.empty())
            Col = singularize(A1->Value) + "_id";
          if (Field *F = field(*E, Col))
            F->IsForeignKey = true;
        }
      return true;
    }
    if (Method == "rename_table") {
      if (A0 && A1) {
        auto It = TableIndex.find(A0->Value);
        if (It != TableIndex.end() && !Dropped[It->second]) {
          size_t I = It->second;
          TableIndex.erase(It);
          Tables[I].Name = Tables[I].QualifiedName = A1->Value;
          TableIndex[A1->Value] = I;
        }
      }
      return true;
    }
    if (Method == "drop_table") {
      if (A0)
        if (auto It = TableIndex.find(A0->Value); It != TableIndex.end())
          Dropped[It->second] = true;
      return true;
    }
    if (Method == "create_enum") {
      if (A0)
        Enums.insert(A0->Value);
      return true;
    }
    if (Method == "enable_extension" || Method == "add_index" || Method == "remove_index" ||
        Method == "add_check_constraint" || Method == "create_schema" ||
        Method == "create_virtual_table" || Method == "remove_foreign_key" ||
        Method == "change_table_comment")
      return true; // nothing privlint needs
    return false;
  }
};

} // namespace

bool readRailsSchema(const SourceFile &SchemaRb, Model &M) {
  return readRailsMigrations({&SchemaRb}, M);
}

bool readRailsMigrations(const std::vector<const SourceFile *> &Files, Model &M) {
  SchemaState St;
  uint32_t Index = 0;
  for (const SourceFile *SF : Files) {
    ts::SyntaxTree T;
    // A file that does not parse at all has its problem recorded; the
    // others are still read.
    if (parseRuby(*SF, T, M.Problems))
      SchemaReader(*SF, T, St, Index).read();
    ++Index;
  }
  St.finish(M);
  return true;
}

} // namespace privlint
