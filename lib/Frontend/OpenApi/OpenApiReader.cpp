#include "Frontend/OpenApi/OpenApiReader.h"

#include "Classify/Markers.h"
#include "Frontend/OpenApi/DocTree.h"
#include "Support/Paths.h"
#include "Support/Text.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace fs = std::filesystem;

namespace privlint {

namespace {

bool isJsonPath(const std::string &Path) {
  return lowerAscii(fs::path(Path).extension().string()) == ".json";
}

std::optional<DocNode> parseDoc(const SourceFile &F, DocError &Err) {
  return isJsonPath(F.path()) ? parseJsonDoc(F.text(), Err) : parseYamlDoc(F.text(), Err);
}

std::string escapePointer(std::string_view Token) {
  std::string Out;
  for (char C : Token) {
    if (C == '~')
      Out += "~0";
    else if (C == '/')
      Out += "~1";
    else
      Out += C;
  }
  return Out;
}

std::string unescapePointer(std::string_view Token) {
  std::string Out;
  for (size_t I = 0; I < Token.size(); ++I) {
    if (Token[I] == '~' && I + 1 < Token.size() && (Token[I + 1] == '0' || Token[I + 1] == '1')) {
      Out += Token[I + 1] == '0' ? '~' : '/';
      ++I;
    } else if (Token[I] == '%' && I + 2 < Token.size() &&
               std::isxdigit(static_cast<unsigned char>(Token[I + 1])) &&
               std::isxdigit(static_cast<unsigned char>(Token[I + 2]))) {
      Out += static_cast<char>(std::stoi(std::string(Token.substr(I + 1, 2)), nullptr, 16));
      I += 2;
    } else {
      Out += Token[I];
    }
  }
  return Out;
}

// The schema name a pointer gives: .../schemas/X, .../definitions/X, or a
// top-level key of a fragment file (/X).
std::string componentName(std::string_view Pointer) {
  size_t Slash = Pointer.rfind('/');
  if (Slash == std::string_view::npos)
    return {};
  if (Slash == 0)
    return Pointer.size() > 1 ? unescapePointer(Pointer.substr(1)) : std::string();
  std::string_view Parent = Pointer.substr(0, Slash);
  std::string_view ParentName = Parent.substr(Parent.rfind('/') + 1);
  if (Parent == "/components/schemas" || Parent == "/definitions" || ParentName == "schemas" ||
      ParentName == "definitions")
    return unescapePointer(Pointer.substr(Slash + 1));
  return {};
}

struct Doc {
  SourceFile *File = nullptr;
  std::optional<DocNode> Root;
  std::string DisplayDir;
};

/// A schema reached in some document.
struct SchemaAt {
  Doc *D = nullptr;
  const DocNode *N = nullptr;
  std::string Pointer; // "#/..." within D
  std::string Name;    // the component or file name, empty for inline schemas
};

struct Edge {
  size_t Target;
  SourceRange Where;
  std::string Message;
};

const char *const Methods[] = {"get", "put", "post", "delete", "options", "head", "patch", "trace"};

class Reader {
public:
  Reader(const OpenApiInput &In, const OpenApiSettings &S, Model &M) : In(In), S(S), M(M) {}

  void run() {
    Doc *Root = adopt(In.Root, fs::path(In.Root->path()).parent_path().string());
    if (!Root || !Root->Root || !Root->Root->isMap())
      return;
    RootDoc = Root;
    const DocNode &R = *Root->Root;
    Swagger2 = R.get("swagger") != nullptr;
    // Every named schema is an entity, referenced or not.
    const DocNode *Schemas = Swagger2 ? R.get("definitions") : nullptr;
    std::string SchemasPtr = "#/definitions";
    if (!Swagger2)
      if (const DocNode *C = R.get("components")) {
        Schemas = C->get("schemas");
        SchemasPtr = "#/components/schemas";
      }
    if (Schemas && Schemas->isMap())
      for (size_t I = 0; I < Schemas->Keys.size(); ++I)
        targetOf(Root, &Schemas->Values[I], SchemasPtr + "/" + escapePointer(Schemas->Keys[I]),
                 Schemas->Keys[I]);
    if (const DocNode *Paths = R.get("paths"); Paths && Paths->isMap())
      for (size_t I = 0; I < Paths->Keys.size(); ++I)
        readPathItem(Root, Paths->Keys[I], Paths->Values[I],
                     "#/paths/" + escapePointer(Paths->Keys[I]), keyRange(Root, *Paths, I));
  }

private:
  const OpenApiInput &In;
  const OpenApiSettings &S;
  Model &M;
  std::map<std::string, std::unique_ptr<Doc>> Docs; // normalized path
  Doc *RootDoc = nullptr; // set by run() only once its Root parsed as a map

  const DocNode &rootNode() const {
    return *RootDoc->Root; // NOLINT(bugprone-unchecked-optional-access): see RootDoc
  }
  bool Swagger2 = false;
  std::map<const DocNode *, size_t> EntityOf;
  std::vector<std::vector<Edge>> Edges; // per entity
  std::set<std::string> Noted;

  SourceRange range(const Doc *D, uint32_t B, uint32_t E) const {
    return SourceRange{D->File, B, std::max(E, B + 1)};
  }
  SourceRange keyRange(const Doc *D, const DocNode &Map, size_t I) const {
    return range(D, Map.KeyBegin[I], Map.KeyEnd[I]);
  }
  SourceRange keyRange(const Doc *D, const DocNode &Map, std::string_view Key) const {
    int I = Map.indexOf(Key);
    return I < 0 ? range(D, Map.Begin, Map.Begin + 1) : keyRange(D, Map, static_cast<size_t>(I));
  }

  void note(const Doc *D, uint32_t Offset, const std::string &Msg) {
    std::string Line = D->File->path() + ":" + std::to_string(D->File->lineOf(Offset)) + ":" +
                       std::to_string(D->File->columnOf(Offset)) + ": note: " + Msg;
    if (Noted.insert(Line).second && In.Note)
      In.Note(Line);
  }

  Doc *adopt(SourceFile *F, std::string DisplayDir) {
    std::string Norm = normalizePath(F->path());
    auto &Slot = Docs[Norm];
    if (Slot)
      return Slot.get();
    Slot = std::make_unique<Doc>();
    Slot->File = F;
    Slot->DisplayDir = std::move(DisplayDir);
    DocError Err;
    Slot->Root = parseDoc(*F, Err);
    if (!Slot->Root)
      M.Problems.push_back({SourceRange{F, Err.Offset, Err.Offset + 1}, Err.Message});
    return Slot.get();
  }

  Doc *docAt(const Doc *From, const std::string &RelPath, std::string &Why) {
    fs::path Display = fs::path(From->DisplayDir) / RelPath;
    std::string Shown = Display.lexically_normal().string();
    auto It = Docs.find(normalizePath(Shown));
    if (It != Docs.end())
      return It->second.get();
    SourceFile *F = In.Load ? In.Load(Shown, Why) : nullptr;
    if (!F)
      return nullptr;
    return adopt(F, fs::path(Shown).parent_path().string());
  }

  // Resolves a JSON pointer ("/a/b/0") in Root.
  static const DocNode *walkPointer(const DocNode &Root, std::string_view Pointer) {
    const DocNode *N = &Root;
    size_t Pos = 0;
    while (N && Pos < Pointer.size()) {
      if (Pointer[Pos] != '/')
        return nullptr;
      size_t Next = Pointer.find('/', Pos + 1);
      std::string Token = unescapePointer(Pointer.substr(
          Pos + 1, Next == std::string_view::npos ? std::string_view::npos : Next - Pos - 1));
      if (N->isMap()) {
        N = N->get(Token);
      } else if (N->isSeq()) {
        char *End = nullptr;
        unsigned long I = std::strtoul(Token.c_str(), &End, 10);
        N = (End && *End == 0 && !Token.empty() && I < N->Values.size()) ? &N->Values[I] : nullptr;
      } else {
        N = nullptr;
      }
      if (Next == std::string_view::npos)
        break;
      Pos = Next;
    }
    return N;
  }

  // Follows the $ref of At.N (a chain, bounded), keeping the last name.
  bool follow(SchemaAt &At) {
    for (int Hop = 0; Hop < 32; ++Hop) {
      if (!At.N || !At.N->isMap())
        return At.N != nullptr;
      const DocNode *Ref = At.N->get("$ref");
      if (!Ref)
        return true;
      if (!Ref->isScalar())
        return false;
      std::string Target = Ref->Text;
      size_t Hash = Target.find('#');
      std::string FilePart = Target.substr(0, Hash);
      std::string Pointer = Hash == std::string::npos ? "" : Target.substr(Hash + 1);
      Doc *D = At.D;
      if (FilePart.find("://") != std::string::npos) {
        note(At.D, Ref->Begin,
             "$ref '" + Target +
                 "' is remote; privlint never opens the network, so it is not followed");
        return false;
      }
      if (!FilePart.empty()) {
        std::string Why;
        D = docAt(At.D, FilePart, Why);
        if (!D) {
          // The loader's reason: "cannot read file: <the OS's words>", or why
          // the content is unusable (binary, too large, not a regular file).
          constexpr std::string_view OsPrefix = "cannot read file: ";
          if (Why.ends_with("; not read"))
            Why.resize(Why.size() - std::string_view("; not read").size());
          std::string Msg = Why.starts_with(OsPrefix)
                                ? "cannot read '" + FilePart + "': " + Why.substr(OsPrefix.size())
                            : Why.empty() ? "cannot read '" + FilePart + "'"
                                          : "'" + FilePart + "' is not read (" + Why + ")";
          note(At.D, Ref->Begin, "$ref '" + Target + "': " + Msg + "; not followed");
          return false;
        }
      }
      if (!D->Root)
        return false; // its parse error is reported
      const DocNode *N = walkPointer(*D->Root, Pointer);
      if (!N) {
        note(At.D, Ref->Begin, "$ref '" + Target + "' points at nothing; not followed");
        return false;
      }
      std::string Name = componentName(Pointer);
      if (Name.empty() && Pointer.empty())
        Name = fs::path(D->File->path()).stem().string();
      At = SchemaAt{D, N, "#" + Pointer, Name};
    }
    note(At.D, At.N->Begin, "$ref chain longer than 32 links; not followed");
    return false;
  }

  static bool hasObjectShape(const DocNode &N) {
    if (!N.isMap())
      return false;
    if (N.get("properties") || N.get("allOf") || N.get("oneOf") || N.get("anyOf"))
      return true;
    const DocNode *AP = N.get("additionalProperties");
    return AP && AP->isMap();
  }

  std::string entityNameFor(const SchemaAt &At) const {
    if (!At.Name.empty())
      return At.Name;
    if (At.D == RootDoc)
      return At.Pointer;
    return At.D->File->stableName() + At.Pointer;
  }

  // The entity a schema (through $refs and array items) stands for, or -1
  // for a scalar schema.
  long targetOf(Doc *D, const DocNode *N, std::string Pointer, std::string Name) {
    SchemaAt At{D, N, std::move(Pointer), std::move(Name)};
    for (int Depth = 0; Depth < 16; ++Depth) {
      if (!follow(At) || !At.N->isMap())
        return -1;
      const DocNode *Items = At.N->get("items");
      if (At.N->str("type") == "array" && Items) {
        At = SchemaAt{At.D, Items, At.Pointer + "/items", {}};
        continue;
      }
      break;
    }
    if (!hasObjectShape(*At.N))
      return -1;
    return static_cast<long>(entityFor(At));
  }

  static std::string declaredType(const DocNode &Schema) {
    std::string T(Schema.str("type"));
    if (const DocNode *Types = Schema.get("type"); Types && Types->isSeq()) // 3.1: [string, "null"]
      for (const auto &V : Types->Values)
        if (V.isScalar() && V.Text != "null")
          T += (T.empty() ? "" : "|") + V.Text;
    std::string_view Format = Schema.str("format");
    if (T == "array")
      if (const DocNode *Items = Schema.get("items"); Items && Items->isMap()) {
        std::string Inner =
            Items->get("$ref") ? std::string(Items->str("$ref")) : declaredType(*Items);
        return "array of " + (Inner.empty() ? std::string("any") : Inner);
      }
    if (!Format.empty())
      T += (T.empty() ? "(" : " (") + std::string(Format) + ")";
    return T;
  }

  static TypeClass typeClassOf(const DocNode &Schema) {
    std::string Type(Schema.str("type"));
    if (const DocNode *Types = Schema.get("type"); Types && Types->isSeq())
      for (const auto &V : Types->Values)
        if (V.isScalar() && V.Text != "null")
          Type = V.Text;
    std::string Format = lowerAscii(Schema.str("format"));
    if (Schema.get("enum"))
      return TypeClass::Enum;
    if (Type == "integer" || Type == "number")
      return TypeClass::Number;
    if (Type == "boolean")
      return TypeClass::Boolean;
    if (Type == "object" || Type == "array" || hasObjectShape(Schema))
      return TypeClass::Json;
    if (Type == "string" || Type.empty()) {
      if (Format == "date" || Format == "date-time" || Format == "time" || Format == "duration")
        return TypeClass::Time;
      if (Format == "uuid")
        return TypeClass::Uuid;
      if (Format == "ipv4" || Format == "ipv6")
        return TypeClass::Network;
      if (Format == "byte" || Format == "binary")
        return TypeClass::Binary;
      return Type.empty() ? TypeClass::Unknown : TypeClass::Text;
    }
    return TypeClass::Unknown;
  }

  // `format: email` (and the formats named for contact data) is a type
  // signal as strong as an ORM's EmailField.
  static std::string formatHint(const DocNode &Schema) {
    std::string Format = lowerAscii(Schema.str("format"));
    if (Format == "email" || Format == "idn-email")
      return "email";
    if (Format == "phone" || Format == "tel" || Format == "phone-number" || Format == "e164")
      return "phone";
    return {};
  }

  void addField(Doc *D, size_t EntityIdx, const DocNode &Props, size_t I,
                const std::string &Pointer,
                std::vector<std::pair<size_t, const DocNode *>> &Targets) {
    SchemaAt At{D, &Props.Values[I], Pointer + "/properties/" + escapePointer(Props.Keys[I]), {}};
    SchemaAt Resolved = At;
    follow(Resolved);
    const DocNode *Schema = Resolved.N && Resolved.N->isMap() ? Resolved.N : At.N;
    Field F;
    F.Name = Props.Keys[I];
    F.Range = keyRange(D, Props, I);
    if (Schema && Schema->isMap()) {
      F.DeclaredType = declaredType(*Schema);
      if (F.DeclaredType.empty() && !Resolved.Name.empty())
        F.DeclaredType = Resolved.Name;
      F.Type = typeClassOf(*Schema);
      F.SourceHint = formatHint(*Schema);
      if (Schema->str("nullable") == "false")
        F.Nullable = false;
      // Markers: x-privlint (a string or a list of marker words) and the description.
      if (const DocNode *X = Schema->get("x-privlint")) {
        std::vector<const DocNode *> Words;
        if (X->isScalar())
          Words.push_back(X);
        for (const auto &V : X->Values)
          if (V.isScalar())
            Words.push_back(&V);
        for (const DocNode *W : Words)
          parseMarkers("privlint:" + W->Text, range(Resolved.D ? Resolved.D : D, W->Begin, W->End),
                       F.Markers);
      }
      std::string_view Desc = Schema->str("description");
      if (!Desc.empty())
        parseMarkers(Desc, F.Range, F.Markers);
      if (!Desc.empty())
        F.Comments.emplace_back(Desc);
    }
    inferProtection(F);
    M.Entities[EntityIdx].Fields.push_back(std::move(F));
    // Write-only properties are never sent back: no edge out of them.
    if (Schema && Schema->str("writeOnly") == "true")
      WriteOnly.insert({EntityIdx, M.Entities[EntityIdx].Fields.size() - 1});
    Targets.emplace_back(M.Entities[EntityIdx].Fields.size() - 1, At.N);
  }

  std::set<std::pair<size_t, size_t>> WriteOnly;

  // Collects the properties of a schema and of its inline allOf/oneOf/anyOf
  // members into one entity; $ref'd members become edges.
  void collect(Doc *D, const DocNode &N, const std::string &Pointer, size_t EntityIdx,
               unsigned Depth) {
    if (Depth > 16 || !N.isMap())
      return;
    if (const DocNode *Props = N.get("properties"); Props && Props->isMap()) {
      std::vector<std::pair<size_t, const DocNode *>> Targets;
      for (size_t I = 0; I < Props->Keys.size(); ++I)
        addField(D, EntityIdx, *Props, I, Pointer, Targets);
      for (size_t I = 0; I < Targets.size(); ++I) {
        auto [FieldIdx, Sub] = Targets[I];
        std::string Sp = Pointer + "/properties/" + escapePointer(Props->Keys[I]);
        long T = targetOf(D, Sub, Sp, {});
        if (T < 0)
          continue;
        // A nested object is no datum itself: its own fields are classified.
        M.Entities[EntityIdx].Fields[FieldIdx].Type = TypeClass::Reference;
        if (WriteOnly.contains({EntityIdx, FieldIdx}))
          continue;
        const Entity &E = M.Entities[EntityIdx];
        Edges[EntityIdx].push_back({static_cast<size_t>(T), keyRange(D, *Props, I),
                                    "'" + E.QualifiedName + "." + E.Fields[FieldIdx].Name +
                                        "' holds '" +
                                        M.Entities[static_cast<size_t>(T)].QualifiedName + "'"});
      }
    }
    for (const char *Combiner : {"allOf", "oneOf", "anyOf"}) {
      const DocNode *List = N.get(Combiner);
      if (!List || !List->isSeq())
        continue;
      for (size_t I = 0; I < List->Values.size(); ++I) {
        const DocNode &Member = List->Values[I];
        std::string Mp = Pointer + "/" + Combiner + "/" + std::to_string(I);
        if (Member.isMap() && !Member.get("$ref")) {
          collect(D, Member, Mp, EntityIdx, Depth + 1);
          continue;
        }
        long T = targetOf(D, &Member, Mp, {});
        if (T < 0 || static_cast<size_t>(T) == EntityIdx)
          continue;
        std::string Verb = std::string(Combiner) == "allOf" ? "includes" : "may be";
        Edges[EntityIdx].push_back({static_cast<size_t>(T), range(D, Member.Begin, Member.End),
                                    "'" + M.Entities[EntityIdx].QualifiedName + "' " + Verb + " '" +
                                        M.Entities[static_cast<size_t>(T)].QualifiedName + "' (" +
                                        Combiner + ")"});
      }
    }
    if (const DocNode *AP = N.get("additionalProperties"); AP && AP->isMap()) {
      long T = targetOf(D, AP, Pointer + "/additionalProperties", {});
      if (T >= 0 && static_cast<size_t>(T) != EntityIdx)
        Edges[EntityIdx].push_back({static_cast<size_t>(T), keyRange(D, N, "additionalProperties"),
                                    "'" + M.Entities[EntityIdx].QualifiedName + "' maps keys to '" +
                                        M.Entities[static_cast<size_t>(T)].QualifiedName + "'"});
    }
  }

  size_t entityFor(const SchemaAt &At) {
    auto It = EntityOf.find(At.N);
    if (It != EntityOf.end())
      return It->second;
    Entity E;
    E.Kind = EntityKind::ApiObject;
    E.Stored = false;
    E.Name = entityNameFor(At);
    E.QualifiedName = E.Name;
    E.Range = range(At.D, At.N->Begin, At.N->Begin + 1);
    // A named component is shown at its name.
    if (!At.Name.empty() && At.D->Root) {
      std::string_view Ptr(At.Pointer);
      size_t Slash = Ptr.rfind('/');
      if (Slash != std::string_view::npos && Slash > 1)
        if (const DocNode *Parent = walkPointer(*At.D->Root, Ptr.substr(1, Slash - 1));
            Parent && Parent->isMap())
          for (size_t I = 0; I < Parent->Values.size(); ++I)
            if (&Parent->Values[I] == At.N)
              E.Range = keyRange(At.D, *Parent, I);
    }
    size_t Idx = M.Entities.size();
    M.Entities.push_back(std::move(E));
    Edges.emplace_back();
    EntityOf[At.N] = Idx;
    collect(At.D, *At.N, At.Pointer, Idx, 0);
    return Idx;
  }

  // -------------------------------------------------------------- security

  const DocNode *securitySchemes() const {
    const DocNode &R = rootNode();
    if (Swagger2)
      return R.get("securityDefinitions");
    const DocNode *C = R.get("components");
    return C ? C->get("securitySchemes") : nullptr;
  }

  // Why a scheme authenticates no one, or "" when it does.
  std::string anonymousScheme(const std::string &Name) const {
    if (S.AnonymousSchemes) {
      bool Listed = std::find(S.AnonymousSchemes->begin(), S.AnonymousSchemes->end(), Name) !=
                    S.AnonymousSchemes->end();
      return Listed ? "it is listed in api.anonymous_schemes" : "";
    }
    const DocNode *Schemes = securitySchemes();
    const DocNode *Def = Schemes ? Schemes->get(Name) : nullptr;
    if (!Def || Def->str("type") != "apiKey")
      return {};
    auto Says = [](std::string_view Text) {
      std::string L = lowerAscii(Text);
      return L.find("anon") != std::string::npos || L.find("public") != std::string::npos;
    };
    if (Says(Name) || Says(Def->str("name")))
      return "an apiKey scheme whose name says anon or public: a key every client holds";
    if (Says(Def->str("description")))
      return "an apiKey scheme whose description says anon or public: a key every client holds";
    return {};
  }

  struct Access {
    bool Anonymous = false;
    std::string Role; // what protects it
    std::vector<Exposure::Related> Why;
  };

  Access accessOf(Doc *D, const DocNode &Op, const std::string &Label) {
    Access A;
    Doc *SecDoc = D;
    const DocNode *Sec = Op.get("security");
    const DocNode *Owner = &Op;
    bool AtOperation = Sec != nullptr;
    if (!Sec) {
      SecDoc = RootDoc;
      Owner = &rootNode();
      Sec = Owner->get("security");
    }
    if (!Sec || !Sec->isSeq()) {
      A.Anonymous = true;
      const DocNode &R = rootNode();
      A.Why.push_back({keyRange(RootDoc, R, Swagger2 ? "swagger" : "openapi"),
                       "no 'security' at '" + Label +
                           "' or at the top level: the operation needs no authentication"});
      return A;
    }
    SourceRange SecAt = keyRange(SecDoc, *Owner, "security");
    if (Sec->Values.empty()) {
      A.Anonymous = true;
      A.Why.push_back({SecAt, AtOperation
                                  ? "'security: []' removes authentication from '" + Label + "'"
                                  : "top-level 'security: []' requires no authentication"});
      return A;
    }
    const DocNode *Schemes = securitySchemes();
    std::vector<std::string> Alternatives;
    for (const auto &Req : Sec->Values) {
      if (!Req.isMap())
        continue;
      if (Req.Keys.empty()) {
        A.Anonymous = true;
        A.Why.push_back({range(SecDoc, Req.Begin, Req.End ? Req.End : Req.Begin + 2),
                         "the empty requirement '{}' makes authentication optional"});
        return A;
      }
      std::vector<Exposure::Related> Why;
      std::string Names;
      bool AllAnonymous = true;
      for (size_t I = 0; I < Req.Keys.size(); ++I) {
        Names += (Names.empty() ? "" : " + ") + Req.Keys[I];
        std::string Reason = anonymousScheme(Req.Keys[I]);
        if (Reason.empty()) {
          AllAnonymous = false;
          continue;
        }
        SourceRange At = keyRange(SecDoc, Req, I);
        int Def = Schemes ? Schemes->indexOf(Req.Keys[I]) : -1;
        if (Def >= 0)
          At = keyRange(RootDoc, *Schemes, static_cast<size_t>(Def));
        Why.push_back(
            {At, "security scheme '" + Req.Keys[I] + "' authenticates no one: " + Reason});
      }
      if (AllAnonymous) {
        A.Anonymous = true;
        A.Why.push_back({SecAt, "'" + Label + "' accepts '" + Names + "'"});
        A.Why.insert(A.Why.end(), Why.begin(), Why.end());
        return A;
      }
      Alternatives.push_back(Names);
    }
    for (const auto &N : Alternatives)
      A.Role += (A.Role.empty() ? "" : " | ") + N;
    return A;
  }

  // ------------------------------------------------------------ operations

  void readPathItem(Doc *D, const std::string &Path, const DocNode &ItemIn,
                    const std::string &Pointer, SourceRange PathAt) {
    SchemaAt Item{D, &ItemIn, Pointer, {}};
    if (!follow(Item) || !Item.N->isMap())
      return;
    // A path item in another file may serve several paths: the operation is
    // then shown at its path in the document (a new path is a changed line).
    std::optional<SourceRange> SharedAt;
    if (Item.N != &ItemIn)
      SharedAt = PathAt;
    // In document order: the inventory lists a field's operations as written.
    for (size_t I = 0; I < Item.N->Keys.size(); ++I) {
      const std::string &Method = Item.N->Keys[I];
      if (std::find(std::begin(Methods), std::end(Methods), Method) == std::end(Methods) ||
          !Item.N->Values[I].isMap())
        continue;
      std::string Upper = Method;
      for (char &C : Upper)
        C = static_cast<char>(std::toupper(static_cast<unsigned char>(C)));
      readOperation(Item.D, *Item.N, I, Upper + " " + Path, Item.Pointer + "/" + Method, SharedAt);
    }
  }

  struct Start {
    long Entity;
    SourceRange Where;
    std::string What; // "response 200, application/json"
  };

  // The schemas of a request body or response (3.x content, 2.0 schema).
  void bodySchemas(Doc *D, const DocNode *BodyIn, const std::string &Pointer,
                   const std::string &What, std::vector<Start> &Out) {
    SchemaAt Body{D, BodyIn, Pointer, {}};
    if (!BodyIn || !follow(Body) || !Body.N->isMap())
      return;
    if (const DocNode *Schema = Body.N->get("schema")) { // Swagger 2.0
      long T = targetOf(Body.D, Schema, Body.Pointer + "/schema", {});
      if (T >= 0)
        Out.push_back({T, range(Body.D, Schema->Begin, Schema->End), What});
    }
    const DocNode *Content = Body.N->get("content");
    if (!Content || !Content->isMap())
      return;
    for (size_t I = 0; I < Content->Keys.size(); ++I) {
      const DocNode *Schema = Content->Values[I].get("schema");
      if (!Schema)
        continue;
      long T =
          targetOf(Body.D, Schema,
                   Body.Pointer + "/content/" + escapePointer(Content->Keys[I]) + "/schema", {});
      if (T >= 0)
        Out.push_back(
            {T, range(Body.D, Schema->Begin, Schema->End), What + ", " + Content->Keys[I]});
    }
  }

  void readOperation(Doc *D, const DocNode &Item, size_t MethodIdx, const std::string &Label,
                     const std::string &Pointer, const std::optional<SourceRange> &SharedAt) {
    const DocNode &Op = Item.Values[MethodIdx];
    SourceRange OpAt = SharedAt ? *SharedAt : keyRange(D, Item, MethodIdx);
    std::optional<Exposure::Related> OpNote;
    if (SharedAt)
      OpNote = Exposure::Related{keyRange(D, Item, MethodIdx), "'" + Label + "' is defined here"};
    // Request bodies: entities for the inventory, never reads.
    std::vector<Start> Requests;
    bodySchemas(D, Op.get("requestBody"), Pointer + "/requestBody", "request", Requests);
    if (const DocNode *Params = Op.get("parameters"); Params && Params->isSeq())
      for (size_t I = 0; I < Params->Values.size(); ++I)
        if (Params->Values[I].str("in") == "body")
          bodySchemas(D, &Params->Values[I], Pointer + "/parameters/" + std::to_string(I),
                      "request", Requests);
    std::vector<Start> Starts;
    if (const DocNode *Responses = Op.get("responses"); Responses && Responses->isMap())
      for (size_t I = 0; I < Responses->Keys.size(); ++I)
        if (!Responses->Keys[I].empty() && Responses->Keys[I][0] == '2')
          bodySchemas(D, &Responses->Values[I],
                      Pointer + "/responses/" + escapePointer(Responses->Keys[I]),
                      "response " + Responses->Keys[I], Starts);
    if (Starts.empty())
      return;
    Access A = accessOf(D, Op, Label);
    if (OpNote)
      A.Why.insert(A.Why.begin(), *OpNote);
    std::string Request =
        Requests.empty() ? ""
                         : M.Entities[static_cast<size_t>(Requests.front().Entity)].QualifiedName;
    expose(Starts, A, Label, OpAt, Request);
  }

  // Every field reachable from the response schemas, once, with the
  // shortest path through the schemas as notes.
  void expose(const std::vector<Start> &Starts, const Access &A, const std::string &Label,
              SourceRange OpAt, const std::string &Request) {
    struct Visit {
      long Parent = -1;          // entity index
      const Edge *Via = nullptr; // edge from Parent
      const Start *From = nullptr;
    };
    std::map<size_t, Visit> Seen;
    std::deque<size_t> Queue;
    for (const auto &St : Starts) {
      size_t E = static_cast<size_t>(St.Entity);
      if (Seen.emplace(E, Visit{-1, nullptr, &St}).second)
        Queue.push_back(E);
    }
    std::vector<size_t> Order;
    while (!Queue.empty()) {
      size_t E = Queue.front();
      Queue.pop_front();
      Order.push_back(E);
      for (const Edge &Ed : Edges[E])
        if (Seen.emplace(Ed.Target, Visit{static_cast<long>(E), &Ed, nullptr}).second)
          Queue.push_back(Ed.Target);
    }
    for (size_t E : Order) {
      // The path from the operation to E.
      std::vector<Exposure::Related> Path;
      const Start *First = nullptr;
      for (size_t Cur = E;;) {
        const Visit &V = Seen.at(Cur);
        if (V.From) {
          First = V.From;
          break;
        }
        Path.push_back({V.Via->Where, V.Via->Message});
        Cur = static_cast<size_t>(V.Parent);
      }
      std::reverse(Path.begin(), Path.end());
      const std::string &Response = M.Entities[static_cast<size_t>(First->Entity)].QualifiedName;
      for (size_t FI = 0; FI < M.Entities[E].Fields.size(); ++FI) {
        if (WriteOnly.contains({E, FI}))
          continue;
        const Entity &Ent = M.Entities[E];
        Exposure X;
        X.Audience = A.Anonymous ? "anonymous" : "authenticated";
        X.Role = A.Anonymous ? "" : A.Role;
        X.Channel = "http-operation";
        X.Via = Label;
        X.Through = "through operation '" + Label + "'";
        X.EntityIndex = E;
        X.FieldIndex = FI;
        X.Where = OpAt;
        X.Request = Request;
        X.Response = Response;
        X.RelatedLocations = A.Why;
        X.RelatedLocations.push_back(
            {First->Where, "'" + Label + "' returns '" + Response + "' (" + First->What + ")"});
        X.RelatedLocations.insert(X.RelatedLocations.end(), Path.begin(), Path.end());
        X.RelatedLocations.push_back(
            {Ent.Fields[FI].Range,
             "'" + Ent.QualifiedName + "." + Ent.Fields[FI].Name + "' is defined here", true});
        M.Exposures.push_back(std::move(X));
      }
    }
  }
};

} // namespace

void readOpenApi(const OpenApiInput &In, const OpenApiSettings &S, Model &M) {
  Reader R(In, S, M);
  R.run();
}

void checkOpenApiSyntax(const SourceFile &File, Model &M) {
  DocError Err;
  if (!parseDoc(File, Err))
    M.Problems.push_back({SourceRange{&File, Err.Offset, Err.Offset + 1}, Err.Message});
}

bool looksLikeOpenApi(std::string_view Head) {
  size_t I = 0;
  if (Head.substr(0, 3) == "\xEF\xBB\xBF")
    I = 3;
  while (I < Head.size() && std::isspace(static_cast<unsigned char>(Head[I])))
    ++I;
  if (I < Head.size() && Head[I] == '{') {
    // JSON: a key at depth 1.
    int Depth = 0;
    for (size_t P = I; P < Head.size(); ++P) {
      char C = Head[P];
      if (C == '{' || C == '[') {
        ++Depth;
      } else if (C == '}' || C == ']') {
        --Depth;
      } else if (C == '"') {
        size_t E = P + 1;
        while (E < Head.size() && Head[E] != '"')
          E += Head[E] == '\\' ? 2 : 1;
        std::string_view Key = Head.substr(P + 1, E - P - 1);
        if (Depth == 1 && (Key == "openapi" || Key == "swagger")) {
          size_t Colon = E + 1;
          while (Colon < Head.size() && std::isspace(static_cast<unsigned char>(Head[Colon])))
            ++Colon;
          if (Colon < Head.size() && Head[Colon] == ':')
            return true;
        }
        P = E;
      }
    }
    return false;
  }
  // YAML: a line at column 0.
  for (size_t P = 0; P < Head.size();) {
    size_t E = Head.find('\n', P);
    std::string_view Line =
        Head.substr(P, E == std::string_view::npos ? std::string_view::npos : E - P);
    for (std::string_view Key : {"openapi", "swagger"})
      for (std::string_view Q : {"", "\"", "'"}) {
        std::string K = std::string(Q) + std::string(Key) + std::string(Q);
        if (Line.substr(0, K.size()) == K) {
          std::string_view Rest = Line.substr(K.size());
          size_t C = Rest.find_first_not_of(" \t");
          if (C != std::string_view::npos && Rest[C] == ':')
            return true;
        }
      }
    if (E == std::string_view::npos)
      break;
    P = E + 1;
  }
  return false;
}

std::vector<std::string> referencedFiles(std::string_view Text) {
  std::vector<std::string> Out;
  for (size_t P = 0; (P = Text.find("$ref", P)) != std::string_view::npos;) {
    P += 4;
    size_t I = P;
    if (I < Text.size() && (Text[I] == '"' || Text[I] == '\''))
      ++I;
    while (I < Text.size() && (Text[I] == ' ' || Text[I] == '\t'))
      ++I;
    if (I >= Text.size() || Text[I] != ':')
      continue;
    ++I;
    while (I < Text.size() && (Text[I] == ' ' || Text[I] == '\t'))
      ++I;
    std::string Value;
    if (I < Text.size() && (Text[I] == '"' || Text[I] == '\'')) {
      char Q = Text[I];
      size_t E = Text.find(Q, I + 1);
      if (E == std::string_view::npos)
        continue;
      Value = std::string(Text.substr(I + 1, E - I - 1));
    } else {
      size_t E = I;
      while (E < Text.size() && Text[E] != '\n' && Text[E] != '\r' && Text[E] != ',' &&
             Text[E] != '}' && Text[E] != ' ' && Text[E] != '#')
        ++E;
      Value = std::string(Text.substr(I, E - I));
    }
    std::string FilePart = Value.substr(0, Value.find('#'));
    if (!FilePart.empty() && FilePart.find("://") == std::string::npos &&
        std::find(Out.begin(), Out.end(), FilePart) == Out.end())
      Out.push_back(FilePart);
  }
  return Out;
}

} // namespace privlint
