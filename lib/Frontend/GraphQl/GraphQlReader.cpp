#include "Frontend/GraphQl/GraphQlReader.h"

#include "Classify/Markers.h"
#include "Frontend/GraphQl/GraphQlParser.h"
#include "Support/Text.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace privlint {

namespace {

struct Block {
  const GqlTypeDef *Def;
  const SourceFile *File;
};

struct TypeInfo {
  GqlTypeDef::Kind K = GqlTypeDef::Kind::Object;
  std::vector<Block> Blocks;
  std::vector<std::string> Implementers; // interfaces: the object types that implement them
  long Entity = -1;
  // Per entity field: its declaration.
  std::vector<std::pair<const GqlField *, const SourceFile *>> FieldDecls;
};

TypeClass scalarClass(const std::string &Named, const std::map<std::string, TypeInfo> &Types) {
  auto It = Types.find(Named);
  if (It != Types.end()) {
    switch (It->second.K) {
    case GqlTypeDef::Kind::Object:
    case GqlTypeDef::Kind::Interface:
    case GqlTypeDef::Kind::Union:
    case GqlTypeDef::Kind::Input:
      return TypeClass::Reference;
    case GqlTypeDef::Kind::Enum:
      return TypeClass::Enum;
    default:
      break;
    }
  }
  std::string L = lowerAscii(Named);
  if (L == "string" || L == "id")
    return TypeClass::Text;
  if (L == "int" || L == "float" || L == "long" || L == "bigint" || L == "decimal")
    return TypeClass::Number;
  if (L == "boolean")
    return TypeClass::Boolean;
  if (L.find("date") != std::string::npos || L.find("time") != std::string::npos)
    return TypeClass::Time;
  if (L == "json" || L == "jsonobject" || L == "awsjson")
    return TypeClass::Json;
  if (L == "uuid")
    return TypeClass::Uuid;
  if (L == "ipaddress" || L == "ipv4" || L == "ipv6" || L == "awsipaddress")
    return TypeClass::Network;
  // Custom scalars (Email, EmailAddress, PhoneNumber, AWSEmail, URL, ...)
  // are strings on the wire; their name is the type signal.
  return TypeClass::Text;
}

// AWS AppSync's AWSEmail and AWSPhone: the name without the prefix.
std::string typeHint(const std::string &Named) {
  std::string L = lowerAscii(Named);
  if (L.starts_with("aws") && L.size() > 3)
    L = L.substr(3);
  return L;
}

struct Verdict {
  enum Kind { None, Protect, Open } K = None;
  std::string What; // "@authenticated", "@hasRole (a directive named for authorization)"
};

class Reader {
public:
  Reader(const GraphQlSettings &S, Model &M) : S(S), M(M) {}

  void run(const std::vector<SourceFile *> &Files) {
    for (SourceFile *F : Files) {
      Docs.push_back(parseGraphQl(F->text()));
      DocFiles.push_back(F);
    }
    for (size_t I = 0; I < Docs.size(); ++I) {
      for (const auto &E : Docs[I].Errors)
        M.Problems.push_back({SourceRange{DocFiles[I], E.Offset, E.Offset + 1}, E.Message});
      for (const auto &D : Docs[I].Defs)
        collect(D, DocFiles[I]);
    }
    for (const auto &Name : Order)
      buildEntity(Name);
    for (const auto &[Name, T] : Types)
      if (T.K == GqlTypeDef::Kind::Object)
        for (const auto &B : T.Blocks)
          for (const auto &I : B.Def->Implements)
            if (auto It = Types.find(I); It != Types.end())
              It->second.Implementers.push_back(Name);
    for (auto &[Name, T] : Types)
      std::sort(T.Implementers.begin(), T.Implementers.end());
    expose();
  }

private:
  const GraphQlSettings &S;
  Model &M;
  std::vector<GqlDocument> Docs;
  std::vector<const SourceFile *> DocFiles;
  std::map<std::string, TypeInfo> Types;
  std::vector<std::string> Order;           // type names by first appearance
  std::map<std::string, std::string> Roots; // query/subscription -> type
  bool AnyAuthDirective = false;

  void collect(const GqlTypeDef &D, const SourceFile *F) {
    if (D.K == GqlTypeDef::Kind::Schema) {
      for (const auto &[Op, T] : D.RootTypes)
        Roots[Op] = T;
      noteDirectives(D.Directives);
      return;
    }
    auto [It, New] = Types.try_emplace(D.Name);
    if (New) {
      Order.push_back(D.Name);
      It->second.K = D.K;
    }
    It->second.Blocks.push_back({&D, F});
    noteDirectives(D.Directives);
    for (const auto &Fd : D.Fields)
      noteDirectives(Fd.Directives);
  }

  void noteDirectives(const std::vector<GqlDirective> &Ds) {
    for (const auto &D : Ds)
      if (classify(D).K != Verdict::None)
        AnyAuthDirective = true;
  }

  static bool listed(const std::vector<std::string> &L, const std::string &N) {
    return std::find(L.begin(), L.end(), N) != L.end();
  }

  Verdict classify(const GqlDirective &D) const {
    if (listed(S.AnonymousDirectives, D.Name))
      return {Verdict::Open, "@" + D.Name};
    if (D.Name == "auth")
      if (const GqlValue *Rules = D.arg("rules")) {
        // Amplify: a rule `allow: public` lets unauthenticated callers in.
        for (const auto &R : Rules->Items)
          for (size_t I = 0; I < R.Keys.size(); ++I)
            if (R.Keys[I] == "allow" && R.Items[I].Text == "public")
              return {Verdict::Open, "@auth(rules: [{allow: public}])"};
        return {Verdict::Protect, "@auth(rules: ...)"};
      }
    if (listed(S.AuthDirectives, D.Name))
      return {Verdict::Protect, "@" + D.Name};
    std::string L = lowerAscii(D.Name);
    for (const char *Word : {"auth", "role", "scope", "permission"})
      if (L.find(Word) != std::string::npos)
        return {Verdict::Protect, "@" + D.Name + " (a directive named for authorization)"};
    return {};
  }

  void buildEntity(const std::string &Name) {
    TypeInfo &T = Types[Name];
    if (T.K != GqlTypeDef::Kind::Object && T.K != GqlTypeDef::Kind::Interface &&
        T.K != GqlTypeDef::Kind::Input)
      return;
    Entity E;
    E.Kind = EntityKind::ApiObject;
    E.Stored = false;
    E.Name = E.QualifiedName = Name;
    const Block *Main = &T.Blocks.front();
    for (const auto &B : T.Blocks)
      if (!B.Def->Extension) {
        Main = &B;
        break;
      }
    E.Range = SourceRange{Main->File, Main->Def->Begin, Main->Def->End};
    std::set<std::string> Seen;
    for (const auto &B : T.Blocks)
      for (const auto &Fd : B.Def->Fields) {
        if (!Seen.insert(Fd.Name).second)
          continue;
        Field F;
        F.Name = Fd.Name;
        F.Range = SourceRange{B.File, Fd.Begin, Fd.End};
        F.DeclaredType = Fd.Type.Text;
        F.Nullable = Fd.Type.Text.empty() || Fd.Type.Text.back() != '!';
        F.Type = scalarClass(Fd.Type.Named, Types);
        if (F.Type != TypeClass::Reference && F.Type != TypeClass::Enum)
          F.TypeName = typeHint(Fd.Type.Named);
        if (!Fd.Description.empty()) {
          F.Comments.push_back(Fd.Description);
          parseMarkers(Fd.Description, F.Range, F.Markers);
        }
        for (const auto &C : Fd.Comments)
          parseMarkers(C, F.Range, F.Markers);
        inferProtection(F);
        E.Fields.push_back(std::move(F));
        T.FieldDecls.emplace_back(&Fd, B.File);
      }
    T.Entity = static_cast<long>(M.Entities.size());
    M.Entities.push_back(std::move(E));
  }

  // The authentication decision for reading field Fd of type T: the
  // field's own directives, else the type's (any block of it).
  Verdict gate(const TypeInfo &T, const GqlField &Fd, SourceRange &Where) const {
    Verdict V;
    auto Decide = [&](const std::vector<GqlDirective> &Ds, const SourceFile *F) {
      for (const auto &D : Ds) {
        Verdict C = classify(D);
        if (C.K == Verdict::None)
          continue;
        if (V.K == Verdict::None || C.K == Verdict::Open) {
          if (C.K == Verdict::Open || V.K != Verdict::Open) {
            V = C;
            Where = SourceRange{F, D.Begin, D.End};
          }
        }
      }
    };
    const SourceFile *FieldFile = nullptr;
    for (const auto &B : T.Blocks)
      for (const auto &F : B.Def->Fields)
        if (&F == &Fd)
          FieldFile = B.File;
    Decide(Fd.Directives, FieldFile);
    if (V.K != Verdict::None)
      return V;
    for (const auto &B : T.Blocks)
      Decide(B.Def->Directives, B.File);
    return V;
  }

  // The object types a field of type Named may return.
  std::vector<std::string> targets(const std::string &Named) const {
    auto It = Types.find(Named);
    if (It == Types.end())
      return {};
    const TypeInfo &T = It->second;
    std::vector<std::string> Out;
    if (T.K == GqlTypeDef::Kind::Object)
      Out.push_back(Named);
    if (T.K == GqlTypeDef::Kind::Interface) {
      Out.push_back(Named);
      Out.insert(Out.end(), T.Implementers.begin(), T.Implementers.end());
    }
    if (T.K == GqlTypeDef::Kind::Union)
      for (const auto &B : T.Blocks)
        for (const auto &Mem : B.Def->Members)
          if (std::find(Out.begin(), Out.end(), Mem) == Out.end())
            Out.push_back(Mem);
    return Out;
  }

  struct Visit {
    std::string Parent; // type name ("" for the root field's targets)
    const GqlField *Via = nullptr;
    const SourceFile *ViaFile = nullptr;
    std::vector<Exposure::Related> Why; // opening directives on the way
    std::string Guard;                  // the first protecting directive on the way
  };

  std::vector<Exposure::Related> pathTo(const std::map<std::string, Visit> &Seen,
                                        std::string Type) const {
    std::vector<Exposure::Related> Path;
    for (int Guard = 0; Guard < 1000; ++Guard) {
      const Visit &V = Seen.at(Type);
      if (V.Parent.empty())
        break;
      Path.push_back({SourceRange{V.ViaFile, V.Via->Begin, V.Via->End},
                      "'" + V.Parent + "." + V.Via->Name + "' returns '" + Type + "'"});
      Type = V.Parent;
    }
    std::reverse(Path.begin(), Path.end());
    return Path;
  }

  // Breadth-first from the root field's types. Anonymous: only through
  // hops anonymous callers pass.
  std::map<std::string, Visit> reach(const std::vector<std::string> &Starts, bool AnonymousOnly,
                                     const std::vector<Exposure::Related> &RootWhy,
                                     const std::string &RootGuard) {
    std::map<std::string, Visit> Seen;
    std::deque<std::string> Queue;
    for (const auto &St : Starts)
      if (Seen.emplace(St, Visit{"", nullptr, nullptr, RootWhy, RootGuard}).second)
        Queue.push_back(St);
    while (!Queue.empty()) {
      std::string Cur = Queue.front();
      Queue.pop_front();
      const TypeInfo &T = Types.at(Cur);
      for (const auto &[Fd, File] : T.FieldDecls) {
        SourceRange Where;
        Verdict V = gate(T, *Fd, Where);
        if (AnonymousOnly && V.K == Verdict::Protect)
          continue;
        for (const auto &Next : targets(Fd->Type.Named)) {
          if (Seen.contains(Next) || !Types.contains(Next) || Types.at(Next).Entity < 0)
            continue;
          const Visit &From = Seen.at(Cur);
          Visit Vi{Cur, Fd, File, From.Why,
                   From.Guard.empty() && V.K == Verdict::Protect ? V.What : From.Guard};
          if (V.K == Verdict::Open)
            Vi.Why.push_back(
                {Where, V.What + " on '" + Cur + "." + Fd->Name + "' lets anonymous callers in"});
          Seen.emplace(Next, std::move(Vi));
          Queue.push_back(Next);
        }
      }
    }
    return Seen;
  }

  void expose() {
    for (const char *Op : {"query", "subscription"}) {
      std::string RootName =
          Roots.contains(Op) ? Roots[Op]
                             : std::string(Op == std::string("query") ? "Query" : "Subscription");
      auto It = Types.find(RootName);
      if (It == Types.end() || It->second.K != GqlTypeDef::Kind::Object)
        continue;
      const TypeInfo &Root = It->second;
      for (const auto &[RF, RFile] : Root.FieldDecls)
        exposeRootField(RootName, Root, *RF, RFile);
    }
  }

  void exposeRootField(const std::string &RootName, const TypeInfo &Root, const GqlField &RF,
                       const SourceFile *RFile) {
    std::string Via = RootName + "." + RF.Name;
    SourceRange At{RFile, RF.Begin, RF.End};
    std::vector<std::string> Starts = targets(RF.Type.Named);
    if (Starts.empty())
      return;
    SourceRange RootWhere;
    Verdict RootV = gate(Root, RF, RootWhere);
    std::vector<Exposure::Related> RootWhy;
    if (RootV.K == Verdict::Open)
      RootWhy.push_back({RootWhere, RootV.What + " on '" + Via + "' lets anonymous callers in"});
    std::set<std::pair<size_t, size_t>> Done;
    auto Emit = [&](const std::map<std::string, Visit> &Seen, const std::string &Audience,
                    bool AnonymousOnly) {
      // Types in a stable order: by entity index.
      std::vector<std::pair<long, std::string>> ByEntity;
      for (const auto &[Name, V] : Seen)
        ByEntity.emplace_back(Types.at(Name).Entity, Name);
      std::sort(ByEntity.begin(), ByEntity.end());
      for (const auto &[EI, Name] : ByEntity) {
        const TypeInfo &T = Types.at(Name);
        const Visit &V = Seen.at(Name);
        std::vector<Exposure::Related> Path = pathTo(Seen, Name);
        for (size_t FI = 0; FI < T.FieldDecls.size(); ++FI) {
          const GqlField &Fd = *T.FieldDecls[FI].first;
          SourceRange Where;
          Verdict G = gate(T, Fd, Where);
          if (AnonymousOnly && G.K == Verdict::Protect)
            continue;
          if (!Done.insert({static_cast<size_t>(EI), FI}).second)
            continue;
          const Entity &E = M.Entities[static_cast<size_t>(EI)];
          Exposure X;
          X.Audience = Audience;
          X.Role = G.K == Verdict::Protect ? G.What : V.Guard;
          X.Channel = "graphql-field";
          X.Via = Via;
          X.Through = "through GraphQL field '" + Via + "'"; // a Query or Subscription root field
          X.EntityIndex = static_cast<size_t>(EI);
          X.FieldIndex = FI;
          X.Where = At;
          X.Response = RF.Type.Named;
          X.RelatedLocations = V.Why;
          if (AnonymousOnly && G.K == Verdict::Open)
            X.RelatedLocations.push_back(
                {Where, G.What + " on '" + Name + "." + Fd.Name + "' lets anonymous callers in"});
          X.RelatedLocations.insert(X.RelatedLocations.end(), Path.begin(), Path.end());
          X.RelatedLocations.push_back(
              {E.Fields[FI].Range,
               "'" + E.QualifiedName + "." + E.Fields[FI].Name + "' is defined here", true});
          M.Exposures.push_back(std::move(X));
        }
      }
    };
    if (!AnyAuthDirective) {
      Emit(reach(Starts, false, {}, ""), "unknown", false);
      return;
    }
    if (RootV.K != Verdict::Protect)
      Emit(reach(Starts, true, RootWhy, ""), "anonymous", true);
    Emit(reach(Starts, false, {}, RootV.K == Verdict::Protect ? RootV.What : ""), "authenticated",
         false);
  }
};

} // namespace

void readGraphQlSchema(const std::vector<SourceFile *> &Files, const GraphQlSettings &S, Model &M) {
  Reader R(S, M);
  R.run(Files);
}

} // namespace privlint
