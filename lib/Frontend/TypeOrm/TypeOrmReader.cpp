#include "Frontend/TypeOrm/TypeOrmReader.h"

#include "Classify/Markers.h"
#include "Frontend/Orm/OrmProtection.h"
#include "Frontend/TypeOrm/TsProject.h"
#include "Support/Text.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace privlint {

namespace {

using orm::Verdict;
using ts::NodeId;
using ts::NoNode;
using tsx::Module;
using tsx::Project;
using tsx::Resolved;

constexpr int MaxDepth = 12; // inheritance, embedding and value chains

// TypeORM's StringUtils, as DefaultNamingStrategy uses them.
// snakeCase: ABc -> a_bc, aC -> a_c, then lower case.
std::string snakeCase(std::string_view S) {
  std::string A;
  for (size_t I = 0; I < S.size(); ++I) {
    A += S[I];
    if (I + 2 < S.size() && std::isupper(static_cast<unsigned char>(S[I])) &&
        std::isupper(static_cast<unsigned char>(S[I + 1])) &&
        std::islower(static_cast<unsigned char>(S[I + 2])))
      A += '_';
  }
  std::string B;
  for (size_t I = 0; I < A.size(); ++I) {
    B += A[I];
    if (I + 1 < A.size() &&
        (std::islower(static_cast<unsigned char>(A[I])) ||
         std::isdigit(static_cast<unsigned char>(A[I]))) &&
        std::isupper(static_cast<unsigned char>(A[I + 1])))
      B += '_';
  }
  return lowerAscii(B);
}

// camelCase: a leading capital is lowered; a space, '-' or '_' followed by a
// word character becomes that character in upper case.
std::string camelCase(std::string_view S) {
  std::string Out;
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (I == 0 && std::isupper(static_cast<unsigned char>(C))) {
      Out += static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
    } else if ((C == ' ' || C == '-' || C == '_' || C == '\t') && I + 1 < S.size() &&
               (std::isalnum(static_cast<unsigned char>(S[I + 1])) || S[I + 1] == '_')) {
      Out += static_cast<char>(std::toupper(static_cast<unsigned char>(S[I + 1])));
      ++I;
    } else {
      Out += C;
    }
  }
  return Out;
}

// titleCase: each word's first character in upper case, the rest lower.
std::string titleCase(std::string_view S) {
  std::string Out;
  bool InWord = false;
  for (char C : S) {
    bool Space = std::isspace(static_cast<unsigned char>(C)) != 0;
    if (!InWord && !Space && (std::isalnum(static_cast<unsigned char>(C)) || C == '_')) {
      Out += static_cast<char>(std::toupper(static_cast<unsigned char>(C)));
      InWord = true;
    } else {
      Out += InWord && !Space ? static_cast<char>(std::tolower(static_cast<unsigned char>(C))) : C;
      if (Space)
        InWord = false;
    }
  }
  return Out;
}

// A column type as TypeORM's drivers spell it, and what it stores.
TypeClass columnTypeClass(std::string_view Written) {
  std::string T = lowerAscii(Written);
  T = T.substr(0, T.find('('));
  while (!T.empty() && T.back() == ' ')
    T.pop_back();
  static const std::set<std::string, std::less<>> Text = {"varchar",
                                                          "character varying",
                                                          "text",
                                                          "char",
                                                          "character",
                                                          "nvarchar",
                                                          "nchar",
                                                          "national varchar",
                                                          "national char",
                                                          "tinytext",
                                                          "mediumtext",
                                                          "longtext",
                                                          "citext",
                                                          "string",
                                                          "varchar2",
                                                          "nvarchar2",
                                                          "clob",
                                                          "nclob",
                                                          "ntext",
                                                          "simple-array",
                                                          "shorttext",
                                                          "alphanum",
                                                          "nvarchar(max)",
                                                          "varchar(max)",
                                                          "long",
                                                          "rowid",
                                                          "urowid",
                                                          "ltree",
                                                          "xml"};
  static const std::set<std::string, std::less<>> Number = {
      "int",          "integer",      "int2",         "int4",       "int8",    "int64",
      "smallint",     "tinyint",      "mediumint",    "bigint",     "decimal", "numeric",
      "dec",          "float",        "float4",       "float8",     "double",  "double precision",
      "real",         "number",       "money",        "smallmoney", "fixed",   "unsigned big int",
      "smalldecimal", "binary_float", "binary_double"};
  static const std::set<std::string, std::less<>> Time = {"date",
                                                          "time",
                                                          "timestamp",
                                                          "timestamptz",
                                                          "timestamp with time zone",
                                                          "timestamp without time zone",
                                                          "time with time zone",
                                                          "time without time zone",
                                                          "datetime",
                                                          "datetime2",
                                                          "datetimeoffset",
                                                          "smalldatetime",
                                                          "timetz",
                                                          "interval",
                                                          "year",
                                                          "timestamp with local time zone",
                                                          "seconddate"};
  static const std::set<std::string, std::less<>> Binary = {
      "bytea",     "blob",  "tinyblob", "mediumblob", "longblob", "binary",
      "varbinary", "image", "raw",      "long raw",   "bfile",    "varbinary(max)"};
  if (Text.contains(T))
    return TypeClass::Text;
  if (Number.contains(T))
    return TypeClass::Number;
  if (Time.contains(T))
    return TypeClass::Time;
  if (Binary.contains(T))
    return TypeClass::Binary;
  if (T == "boolean" || T == "bool" || T == "bit")
    return TypeClass::Boolean;
  if (T == "json" || T == "jsonb" || T == "simple-json" || T == "hstore")
    return TypeClass::Json;
  if (T == "uuid" || T == "uniqueidentifier")
    return TypeClass::Uuid;
  if (T == "enum" || T == "simple-enum" || T == "set")
    return TypeClass::Enum;
  if (T == "inet" || T == "cidr" || T == "macaddr" || T == "macaddr8" || T == "inet4" ||
      T == "inet6")
    return TypeClass::Network;
  if (T == "point" || T == "geometry" || T == "geography" || T == "polygon" || T == "linestring" ||
      T == "line" || T == "lseg" || T == "box" || T == "circle" || T == "path" ||
      T == "multipoint" || T == "multipolygon" || T == "multilinestring" ||
      T == "geometrycollection" || T == "st_point" || T == "st_geometry")
    return TypeClass::Geometry;
  return TypeClass::Unknown;
}

// A TypeScript property type (string, number, Date, Buffer, string[] ...).
TypeClass propertyTypeClass(std::string_view Written) {
  std::string T(Written);
  for (std::string_view Nullish : {" | null", " | undefined", "null | ", "undefined | "})
    for (size_t P; (P = T.find(Nullish)) != std::string::npos;)
      T.erase(P, Nullish.size());
  if (T == "string" || T == "String")
    return TypeClass::Text;
  if (T == "number" || T == "bigint" || T == "Number")
    return TypeClass::Number;
  if (T == "boolean" || T == "Boolean")
    return TypeClass::Boolean;
  if (T == "Date")
    return TypeClass::Time;
  if (T == "Buffer" || T == "Uint8Array")
    return TypeClass::Binary;
  if (T.size() > 2 && T.ends_with("[]"))
    return TypeClass::Json;
  if (T == "object" || T.starts_with("Record<"))
    return TypeClass::Json;
  if (!T.empty() && (T.front() == '"' || T.front() == '\''))
    return TypeClass::Enum; // a union of string literals
  return TypeClass::Unknown;
}

bool isPrimitiveTsType(std::string_view T) {
  for (std::string_view P : {"string", "number", "boolean", "bigint", "Date", "Buffer", "object",
                             "any", "unknown", "String", "Number", "Boolean", "Uint8Array"})
    if (T == P)
      return true;
  return false;
}

// A node of some module of the project.
struct Ref {
  Module *Mod = nullptr;
  NodeId N = NoNode;
  bool valid() const { return Mod != nullptr && N != NoNode; }
  const ts::SyntaxTree &tree() const { return Mod->Tree; }
  std::string_view text() const { return Mod->text(N); }
  std::string_view type() const { return Mod->Tree.node(N).Type; }
};

struct Decorator {
  std::string Name; // last component: Column, Entity, typeorm.Column -> Column
  NodeId Node = NoNode;
  bool Called = false;
  std::vector<NodeId> Args;
};

std::string calleeName(const ts::SyntaxTree &T, NodeId N) {
  N = tsx::unwrapExpression(T, N);
  if (N == NoNode)
    return {};
  if (T.node(N).Type == "identifier")
    return std::string(T.text(N));
  if (T.node(N).Type == "member_expression")
    if (NodeId P = T.child(N, "property"); P != NoNode)
      return std::string(T.text(P));
  return {};
}

Decorator readDecorator(const ts::SyntaxTree &T, NodeId D) {
  Decorator Out;
  Out.Node = D;
  auto Kids = T.namedChildren(D);
  NodeId E = Kids.empty() ? NoNode : Kids.front();
  if (E == NoNode)
    return Out;
  if (T.node(E).Type == "call_expression") {
    Out.Called = true;
    Out.Name = calleeName(T, T.child(E, "function"));
    Out.Args = tsx::callArguments(T, E);
  } else {
    Out.Name = calleeName(T, E);
  }
  return Out;
}

// The decorators of a class declaration (they sit on the export statement
// when the class is exported).
std::vector<Decorator> classDecorators(const ts::SyntaxTree &T, NodeId Class) {
  std::vector<Decorator> Out;
  auto Add = [&](NodeId Holder) {
    for (NodeId C : T.children(Holder))
      if (T.node(C).Type == "decorator")
        Out.push_back(readDecorator(T, C));
  };
  NodeId Parent = T.node(Class).Parent;
  if (Parent != NoNode && T.node(Parent).Type == "export_statement")
    Add(Parent);
  Add(Class);
  return Out;
}

const Decorator *findDecorator(const std::vector<Decorator> &Ds,
                               std::initializer_list<std::string_view> Names) {
  for (const auto &D : Ds)
    for (auto N : Names)
      if (D.Name == N)
        return &D;
  return nullptr;
}

enum class ColumnKind {
  None,
  Column,
  Primary,
  Generated,
  Date,
  Version,
  ObjectId,
  ViewColumn,
  Relation,
  Ignore
};

ColumnKind columnKindOf(std::string_view Name) {
  if (Name == "Column" || Name == "PrimaryColumn" || Name == "Embedded")
    return Name == "PrimaryColumn" ? ColumnKind::Primary : ColumnKind::Column;
  if (Name == "PrimaryGeneratedColumn")
    return ColumnKind::Generated;
  if (Name == "CreateDateColumn" || Name == "UpdateDateColumn" || Name == "DeleteDateColumn")
    return ColumnKind::Date;
  if (Name == "VersionColumn" || Name == "TreeLevelColumn")
    return ColumnKind::Version;
  if (Name == "ObjectIdColumn")
    return ColumnKind::ObjectId;
  if (Name == "ViewColumn")
    return ColumnKind::ViewColumn;
  if (Name == "ManyToOne" || Name == "OneToOne")
    return ColumnKind::Relation;
  if (Name == "OneToMany" || Name == "ManyToMany" || Name == "RelationId" ||
      Name == "RelationCount" || Name == "TreeParent" || Name == "TreeChildren" ||
      Name == "VirtualColumn")
    return ColumnKind::Ignore;
  return ColumnKind::None;
}

class TypeOrmReader {
public:
  TypeOrmReader(Project &P, const OrmSettings &S, Model &M) : P(P), S(S), M(M) {}

  void run();

private:
  Project &P;
  const OrmSettings &S;
  Model &M;
  std::optional<std::string> SubscriberPlace; // where AutoEncryptSubscriber is registered
  bool SubscriberSearched = false;

  struct Scope {
    std::vector<std::string> Prefixes; // embedded column prefixes, outermost first
    std::string PathPrefix;            // "address." for fields of an embedded Address
    int Depth = 0;
    std::vector<std::pair<const Module *, NodeId>> Chain; // classes being expanded (cycles)
  };

  void readEntity(Module &Mod, NodeId Class, const std::vector<Decorator> &Decs);
  void collectFields(Module &Mod, NodeId Class, Entity &E, const Scope &Sc, bool SkipEntityBases,
                     std::set<std::pair<const Module *, NodeId>> &Seen);
  /// A class member with a column decorator, as the steps of readMember see it.
  struct Member {
    Member(Module &Mod, NodeId Node, const std::vector<Decorator> &Decs)
        : Mod(Mod), Node(Node), Decs(Decs) {}
    Module &Mod;
    NodeId Node;
    const std::vector<Decorator> &Decs;
    const Decorator *Col = nullptr; // the decorator that makes it a column
    ColumnKind Kind = ColumnKind::None;
    bool Listed = false;          // the decorator is listed in orm.encrypted_types
    bool NamedEncrypting = false; // a project's @EncryptedColumn()
    NodeId NameNode = NoNode;
    std::string Property;                 // the property's name
    std::string TsType;                   // its TypeScript type, as written
    Ref TypeArg, OptionsArg, EmbeddedArg; // the decorator's arguments
    std::map<std::string, Ref> Opts;      // the options object's keys
    Ref opt(const char *Key) const {
      auto It = Opts.find(Key);
      return It == Opts.end() ? Ref() : It->second;
    }
  };

  void readMember(Module &Mod, NodeId Node, const std::vector<Decorator> &Decs,
                  const std::vector<NodeId> &Comments, Entity &E, const Scope &Sc);
  bool findColumnDecorator(Member &Mb) const;
  void readColumnArguments(Member &Mb);
  std::optional<std::string> optionString(const Member &Mb, const char *Key);
  void readRelation(const Member &Mb, Entity &E, const Scope &Sc);
  void readEmbedded(const Member &Mb, Entity &E, const Scope &Sc);
  void readColumnType(Member &Mb, Field &F);
  Verdict columnVerdict(const Member &Mb);
  std::map<std::string, Ref> options(Ref Obj, int Depth = 0);
  Ref resolveValue(Ref R, int Depth);
  Verdict transformerVerdict(Ref R, int Depth);
  Verdict bodyVerdict(Ref Body, const std::string &What, const std::string &Name);
  std::string place(const Module &Mod, NodeId N) const;
  std::string subscriberPlace();
  std::string entityTableOf(Module &Mod, NodeId Class, int Depth);
};

std::string TypeOrmReader::place(const Module &Mod, NodeId N) const {
  return orm::placeOf(*Mod.File, Mod.Tree.node(N).Begin);
}

// Where the project registers typeorm-encrypted's subscriber (the data
// source's `subscribers:`); it may also be configured outside TypeScript.
std::string TypeOrmReader::subscriberPlace() {
  if (!SubscriberSearched) {
    SubscriberSearched = true;
    for (size_t I = 0; I < P.size() && !SubscriberPlace; ++I) {
      Module &Mod = P.module(I);
      const std::string &Text = Mod.File->text();
      for (size_t At = 0; (At = Text.find("AutoEncryptSubscriber", At)) != std::string::npos;
           At += 21) {
        uint32_t LineNo = Mod.File->lineOf(static_cast<uint32_t>(At));
        std::string_view Line = Mod.File->lineText(LineNo);
        size_t Col = At - Mod.File->lineStart(LineNo);
        size_t Lead = Line.find_first_not_of(" \t");
        bool Comment = Line.substr(0, Col).find("//") != std::string_view::npos ||
                       (Lead != std::string_view::npos &&
                        (Line[Lead] == '*' || Line.substr(Lead).starts_with("/*")));
        if (Comment || Line.find("import") != std::string_view::npos)
          continue; // a mention, not a registration
        SubscriberPlace = orm::placeOf(*Mod.File, static_cast<uint32_t>(At));
        break;
      }
    }
  }
  return SubscriberPlace.value_or("");
}

// Follows identifiers and `obj.key` to the value they name (a const of this
// or another module).
Ref TypeOrmReader::resolveValue(Ref R, int Depth) {
  for (; Depth < MaxDepth && R.valid(); ++Depth) {
    R.N = tsx::unwrapExpression(R.tree(), R.N);
    if (R.N == NoNode)
      return R;
    std::string_view Ty = R.type();
    if (Ty == "identifier") {
      Resolved X = P.resolve(*R.Mod, R.text());
      if (X.What != Resolved::Value)
        return R;
      R = Ref{X.Mod, X.Node};
    } else if (Ty == "member_expression") {
      const ts::SyntaxTree &T = R.tree();
      NodeId Obj = T.child(R.N, "object"), Prop = T.child(R.N, "property");
      Ref Base = resolveValue(Ref{R.Mod, Obj}, Depth + 1);
      if (!Base.valid() || Base.type() != "object" || Prop == NoNode) {
        // ns.name through a namespace import
        Resolved X = P.resolve(*R.Mod, R.text());
        if (X.What != Resolved::Value)
          return R;
        R = Ref{X.Mod, X.Node};
        continue;
      }
      auto Pairs = tsx::objectPairs(Base.tree(), Base.N);
      auto It = Pairs.find(std::string(T.text(Prop)));
      if (It == Pairs.end())
        return R;
      R = Ref{Base.Mod, It->second};
      if (R.type() == "shorthand_property_identifier")
        return R;
    } else {
      return R;
    }
  }
  return R;
}

// The options of an object literal, with `...spread` of constants merged
// in source order (later keys win, as in JavaScript).
std::map<std::string, Ref> TypeOrmReader::options(Ref Obj, int Depth) {
  std::map<std::string, Ref> Out;
  Obj = resolveValue(Obj, Depth);
  if (!Obj.valid() || Depth > MaxDepth || Obj.type() != "object")
    return Out;
  const ts::SyntaxTree &T = Obj.tree();
  for (NodeId C : T.namedChildren(Obj.N)) {
    std::string_view Ty = T.node(C).Type;
    if (Ty == "pair") {
      NodeId K = T.child(C, "key");
      Out[tsx::stringValue(T, K).value_or(std::string(T.text(K)))] =
          Ref{Obj.Mod, T.child(C, "value")};
    } else if (Ty == "shorthand_property_identifier") {
      Out[std::string(T.text(C))] = Ref{Obj.Mod, C};
    } else if (Ty == "method_definition") {
      if (NodeId K = T.child(C, "name"); K != NoNode)
        Out[std::string(T.text(K))] = Ref{Obj.Mod, C};
    } else if (Ty == "spread_element") {
      auto Kids = T.namedChildren(C);
      if (!Kids.empty())
        for (auto &[K, V] : options(Ref{Obj.Mod, Kids.front()}, Depth + 1))
          Out[K] = V;
    }
  }
  return Out;
}

// Encryption or hashing calls in code that produces the stored value.
Verdict TypeOrmReader::bodyVerdict(Ref Body, const std::string &What, const std::string &Name) {
  Verdict V;
  if (!Body.valid())
    return V;
  std::string_view Text = Body.text();
  // Calls that encrypt or hash the value (createCipheriv, kms.encrypt).
  const orm::CallSyntax Syntax{/*BlanksBeforeParen=*/true, /*SkipDecrypt=*/false};
  std::string Call = orm::findCall(
      Text, {"createcipheriv", "createcipher", "publicencrypt", "encrypt", "seal"}, Syntax);
  if (!Call.empty()) {
    V.Prot = Protection::Encrypted;
    V.Text = What + (Name.empty() ? "" : " '" + Name + "'") + " at " + place(*Body.Mod, Body.N) +
             " encrypts the value (calls " + Call + ")";
  } else {
    Call = orm::findCall(Text, {"createhash", "createhmac", "hash", "digest", "scrypt", "pbkdf2"},
                         Syntax);
    if (!Call.empty()) {
      V.Prot = Protection::Hashed;
      V.Text = What + (Name.empty() ? "" : " '" + Name + "'") + " at " + place(*Body.Mod, Body.N) +
               " hashes the value (calls " + Call + ")";
    }
  }
  V.Where = Body.Mod->range(Body.N);
  return V;
}

// The to() method of a transformer class (what produces the stored value),
// else the class itself.
Ref toMethodOf(Ref Class) {
  const ts::SyntaxTree &T = Class.tree();
  NodeId Body = T.child(Class.N, "body");
  if (Body != NoNode)
    for (NodeId C : T.namedChildren(Body))
      if (T.node(C).Type == "method_definition")
        if (NodeId N = T.child(C, "name"); N != NoNode && T.text(N) == "to")
          return Ref{Class.Mod, C};
  return Class;
}

// A column's `transformer:` value: typeorm-encrypted's transformers, one
// listed in orm.encrypted_types, or project code whose to() encrypts; an
// array applies each in turn (any encrypting one makes the value ciphertext).
Verdict TypeOrmReader::transformerVerdict(Ref R, int Depth) {
  Verdict None;
  if (!R.valid() || Depth > MaxDepth)
    return None;
  R.N = tsx::unwrapExpression(R.tree(), R.N);
  if (R.N == NoNode)
    return None;
  const ts::SyntaxTree &T = R.tree();
  std::string_view Ty = R.type();
  if (Ty == "array") {
    Verdict Best;
    for (NodeId C : T.namedChildren(R.N)) {
      Verdict V = transformerVerdict(Ref{R.Mod, C}, Depth + 1);
      if (V.Prot == Protection::Encrypted)
        return V;
      if (V && !Best)
        Best = V;
    }
    return Best;
  }
  if (Ty == "identifier" || Ty == "member_expression") {
    std::string Name(R.text());
    if (listedType(Name, S.EncryptedTypes))
      return {Protection::Encrypted, "transformer " + Name + " (listed in orm.encrypted_types)",
              R.Mod->range(R.N)};
    Ref V = resolveValue(R, Depth + 1);
    if (V.valid() && V.N != R.N) {
      // Name the constant the column refers to, then what it holds.
      Verdict X = transformerVerdict(V, Depth + 1);
      if (X) {
        std::string_view Inner = X.Text;
        if (Inner.starts_with("transformer "))
          Inner.remove_prefix(12);
        X.Text = "transformer " + Name + " = " + std::string(Inner);
      }
      return X;
    }
    Resolved X = P.resolve(*R.Mod, R.text());
    if (X.What == Resolved::Class)
      return bodyVerdict(toMethodOf(Ref{X.Mod, X.Node}), "transformer class", X.Name);
    return None;
  }
  if (Ty == "new_expression" || Ty == "call_expression") {
    NodeId Callee = T.child(R.N, Ty == "new_expression" ? "constructor" : "function");
    std::string Name(Callee == NoNode ? std::string_view() : T.text(Callee));
    std::string Last = calleeName(T, Callee);
    if (listedType(Name, S.EncryptedTypes))
      return {Protection::Encrypted, "transformer " + Name + " (listed in orm.encrypted_types)",
              R.Mod->range(R.N)};
    Resolved X = Callee == NoNode ? Resolved() : P.resolve(*R.Mod, Name);
    bool FromPackage = X.What == Resolved::External && X.Package == "typeorm-encrypted";
    if ((FromPackage || X.What == Resolved::None) &&
        (Last == "EncryptionTransformer" || Last == "JSONEncryptionTransformer"))
      return {Protection::Encrypted,
              "transformer new " + Last + "(...) (typeorm-encrypted) at " + place(*R.Mod, R.N),
              R.Mod->range(R.N)};
    if (X.What == Resolved::Class)
      return bodyVerdict(toMethodOf(Ref{X.Mod, X.Node}), "transformer class", X.Name);
    if (X.What == Resolved::Value) // a factory function
      return bodyVerdict(Ref{X.Mod, X.Node}, "transformer factory", X.Name);
    return None;
  }
  if (Ty == "object") {
    auto Opts = options(R, Depth + 1);
    auto It = Opts.find("to");
    return bodyVerdict(It != Opts.end() ? It->second : R, "transformer object's to()", "");
  }
  return None;
}

// The table of the entity a @ChildEntity's class extends (single-table
// inheritance keeps every child's columns in the root entity's table).
std::string TypeOrmReader::entityTableOf(Module &Mod, NodeId Class, int Depth) {
  if (Depth > MaxDepth)
    return {};
  const ts::SyntaxTree &T = Mod.Tree;
  auto Decs = classDecorators(T, Class);
  if (const Decorator *D = findDecorator(Decs, {"Entity"})) {
    std::string ClassName(T.text(T.child(Class, "name")));
    if (!D->Args.empty()) {
      if (auto Name = tsx::stringValue(T, D->Args[0]))
        return *Name;
      auto Opts = options(Ref{&Mod, D->Args[0]});
      if (auto It = Opts.find("name"); It != Opts.end())
        if (auto Name = tsx::stringValue(It->second.tree(), It->second.N))
          return *Name;
    }
    return snakeCase(ClassName);
  }
  NodeId Heritage = T.childOfType(Class, "class_heritage");
  NodeId Ext = Heritage == NoNode ? NoNode : T.childOfType(Heritage, "extends_clause");
  NodeId Base = Ext == NoNode ? NoNode : T.child(Ext, "value");
  if (Base == NoNode)
    return {};
  Resolved X = P.resolve(Mod, T.text(Base));
  if (X.What != Resolved::Class)
    return {};
  return entityTableOf(*X.Mod, X.Node, Depth + 1);
}

void TypeOrmReader::readEntity(Module &Mod, NodeId Class, const std::vector<Decorator> &Decs) {
  const ts::SyntaxTree &T = Mod.Tree;
  NodeId NameNode = T.child(Class, "name");
  if (NameNode == NoNode)
    return;
  Entity E;
  E.Kind = EntityKind::Model;
  E.Name = E.QualifiedName = std::string(T.text(NameNode));
  E.Range = Mod.range(NameNode);
  bool Child = false;
  if (const Decorator *D = findDecorator(Decs, {"Entity", "ViewEntity"})) {
    if (D->Name == "ViewEntity") {
      E.Kind = EntityKind::View;
      E.Stored = false;
    }
    E.Table = snakeCase(E.Name);
    if (!D->Args.empty()) {
      if (auto Name = tsx::stringValue(T, D->Args[0])) {
        E.Table = *Name;
      } else {
        auto Opts = options(Ref{&Mod, D->Args[0]});
        if (auto It = Opts.find("name"); It != Opts.end())
          if (auto Name = tsx::stringValue(It->second.tree(), It->second.N))
            E.Table = *Name;
        if (auto It = Opts.find("schema"); It != Opts.end())
          if (auto Schema = tsx::stringValue(It->second.tree(), It->second.N))
            E.Schema = *Schema;
      }
    }
  } else {
    Child = true; // @ChildEntity: the parent entity's table
    NodeId Heritage = T.childOfType(Class, "class_heritage");
    NodeId Ext = Heritage == NoNode ? NoNode : T.childOfType(Heritage, "extends_clause");
    NodeId Base = Ext == NoNode ? NoNode : T.child(Ext, "value");
    if (Base != NoNode) {
      Resolved X = P.resolve(Mod, T.text(Base));
      if (X.What == Resolved::Class)
        E.Table = entityTableOf(*X.Mod, X.Node, 1);
    }
  }
  std::set<std::pair<const Module *, NodeId>> Seen;
  collectFields(Mod, Class, E, Scope(), Child, Seen);
  M.Entities.push_back(std::move(E));
}

void TypeOrmReader::collectFields(Module &Mod, NodeId Class, Entity &E, const Scope &Sc,
                                  bool SkipEntityBases,
                                  std::set<std::pair<const Module *, NodeId>> &Seen) {
  if (Sc.Depth > MaxDepth || !Seen.insert({&Mod, Class}).second)
    return;
  Scope Here = Sc;
  Here.Chain.emplace_back(&Mod, Class);
  const ts::SyntaxTree &T = Mod.Tree;
  // Columns of base classes first, as TypeORM lists inherited columns.
  NodeId Heritage = T.childOfType(Class, "class_heritage");
  NodeId Ext = Heritage == NoNode ? NoNode : T.childOfType(Heritage, "extends_clause");
  NodeId Base = Ext == NoNode ? NoNode : T.child(Ext, "value");
  if (Base != NoNode) {
    Resolved X = P.resolve(Mod, T.text(Base));
    if (X.What == Resolved::Class) {
      bool BaseIsEntity =
          findDecorator(classDecorators(X.Mod->Tree, X.Node), {"Entity", "ChildEntity"}) != nullptr;
      if (!(SkipEntityBases && BaseIsEntity)) {
        Scope Up = Sc;
        Up.Depth++;
        collectFields(*X.Mod, X.Node, E, Up, SkipEntityBases, Seen);
      }
    }
  }
  NodeId Body = T.child(Class, "body");
  if (Body == NoNode)
    return;
  // Comments: own-line comments above a member (and inside it) belong to
  // it; a comment on the line where a member ends trails that member.
  std::vector<NodeId> Members;
  std::vector<NodeId> Kids = T.namedChildren(Body);
  std::vector<Decorator> Pending;
  std::vector<NodeId> PendingComments;
  NodeId Last = NoNode;
  const SourceFile &SF = *Mod.File;
  struct Item {
    NodeId Member;
    std::vector<Decorator> Decs;
    std::vector<NodeId> Comments;
  };
  std::vector<Item> Items;
  for (NodeId K : Kids) {
    std::string_view Ty = T.node(K).Type;
    if (Ty == "comment") {
      if (Last != NoNode && SF.lineOf(T.node(K).Begin) == SF.lineOf(T.node(Last).End - 1))
        Items.back().Comments.push_back(K);
      else
        PendingComments.push_back(K);
      continue;
    }
    if (Ty == "decorator") {
      Pending.push_back(readDecorator(T, K));
      continue;
    }
    Item I{K, std::move(Pending), std::move(PendingComments)};
    Pending.clear();
    PendingComments.clear();
    for (NodeId C : T.children(K)) {
      if (T.node(C).Type == "decorator")
        I.Decs.push_back(readDecorator(T, C));
      else if (T.node(C).Type == "comment")
        I.Comments.push_back(C);
    }
    Items.push_back(std::move(I));
    Last = K;
  }
  for (auto &I : Items)
    if (T.node(I.Member).Type == "public_field_definition")
      readMember(Mod, I.Member, I.Decs, I.Comments, E, Here);
}

// A column inside embedded entities: TypeORM's prefix + TitleCase(name)
// (DefaultNamingStrategy.columnName), prefixes joined outermost first.
std::string embeddedColumnName(const std::vector<std::string> &Prefixes,
                               const std::string &Column) {
  if (Prefixes.empty())
    return Column;
  std::string Joined;
  for (const auto &Px : Prefixes)
    Joined += (Joined.empty() ? "" : "_") + Px;
  return camelCase(Joined) + titleCase(Column);
}

// The decorator that makes a member a column (or a relation): TypeORM's, one
// listed in orm.encrypted_types, or a project's own *Column decorator (a
// function wrapping @Column: @EmailColumn(), @EncryptedColumn()). False for
// members that hold no column.
bool TypeOrmReader::findColumnDecorator(Member &Mb) const {
  for (const auto &D : Mb.Decs) {
    ColumnKind K = columnKindOf(D.Name);
    if (K == ColumnKind::None && listedType(D.Name, S.EncryptedTypes)) {
      K = ColumnKind::Column;
      Mb.Listed = true;
    } else if (K == ColumnKind::None && D.Name != "JoinColumn" && D.Name.size() > 6 &&
               D.Name.ends_with("Column")) {
      K = ColumnKind::Column;
      Mb.NamedEncrypting = orm::protectionByName(D.Name) == Protection::Encrypted;
    }
    if (K != ColumnKind::None && (Mb.Col == nullptr || Mb.Kind == ColumnKind::Ignore)) {
      Mb.Col = &D;
      Mb.Kind = K;
    }
  }
  if (Mb.Col == nullptr || Mb.Kind == ColumnKind::Ignore)
    return false;
  // The inverse side of a one-to-one holds no column.
  return Mb.Kind != ColumnKind::Relation || Mb.Col->Name != "OneToOne" ||
         findDecorator(Mb.Decs, {"JoinColumn"});
}

// Positional arguments: a type string, an embedded type (() => Address),
// and an options object.
void TypeOrmReader::readColumnArguments(Member &Mb) {
  const ts::SyntaxTree &T = Mb.Mod.Tree;
  for (NodeId A : Mb.Col->Args) {
    NodeId U = tsx::unwrapExpression(T, A);
    if (U == NoNode)
      continue;
    std::string_view Ty = T.node(U).Type;
    if (Ty == "arrow_function" || Ty == "function_expression") {
      if (!Mb.EmbeddedArg.valid()) // a relation's second function is the inverse side
        Mb.EmbeddedArg = Ref{&Mb.Mod, U};
    } else if (Ty == "object" ||
               (Ty == "identifier" && Mb.Kind != ColumnKind::Relation && Mb.TypeArg.valid()))
      Mb.OptionsArg = Ref{&Mb.Mod, U};
    else if ((Ty == "string" || Ty == "identifier") && !Mb.TypeArg.valid() &&
             !Mb.OptionsArg.valid())
      Mb.TypeArg = Ref{&Mb.Mod, U};
    else if (Ty == "identifier")
      Mb.OptionsArg = Ref{&Mb.Mod, U};
  }
  // An identifier first argument is a type (String, Number) for @Column but
  // a constant of options when it names an object.
  if (Mb.TypeArg.valid() && Mb.TypeArg.type() == "identifier") {
    Ref V = resolveValue(Mb.TypeArg, 0);
    if (V.valid() && V.type() == "object") {
      Mb.OptionsArg = Mb.TypeArg;
      Mb.TypeArg = Ref();
    }
  }
  Mb.Opts = options(Mb.OptionsArg);
}

std::optional<std::string> TypeOrmReader::optionString(const Member &Mb, const char *Key) {
  Ref R = resolveValue(Mb.opt(Key), 0);
  if (!R.valid())
    return std::nullopt;
  return tsx::stringValue(R.tree(), R.N);
}

// A @ManyToOne or owning @OneToOne: a foreign-key column named by
// @JoinColumn({ name }) or TypeORM's default, relation + "Id".
void TypeOrmReader::readRelation(const Member &Mb, Entity &E, const Scope &Sc) {
  const ts::SyntaxTree &T = Mb.Mod.Tree;
  Field F;
  F.Name = Sc.PathPrefix + Mb.Property;
  F.Range = Mb.Mod.range(Mb.NameNode);
  F.Order = FactOrder{0, T.node(Mb.NameNode).Begin};
  F.Type = TypeClass::Reference;
  F.IsForeignKey = true;
  std::string Target = Mb.TsType;
  if (Mb.EmbeddedArg.valid())
    if (NodeId B = T.child(Mb.EmbeddedArg.N, "body"); B != NoNode)
      Target = std::string(T.text(B));
  F.DeclaredType = Target;
  F.TypeName = lowerAscii(Target);
  std::string Column = camelCase(Mb.Property + "_id");
  if (const Decorator *J = findDecorator(Mb.Decs, {"JoinColumn"}); J && !J->Args.empty()) {
    auto JO = options(Ref{&Mb.Mod, J->Args[0]});
    if (auto It = JO.find("name"); It != JO.end())
      if (auto N = tsx::stringValue(It->second.tree(), It->second.N))
        Column = *N;
  }
  F.ColumnName = embeddedColumnName(Sc.Prefixes, Column);
  E.Fields.push_back(std::move(F));
}

// An embedded entity: its columns become columns of this table, named with
// the prefix (the property name unless `prefix:` says otherwise).
void TypeOrmReader::readEmbedded(const Member &Mb, Entity &E, const Scope &Sc) {
  const ts::SyntaxTree &T = Mb.Mod.Tree;
  NodeId B = T.child(Mb.EmbeddedArg.N, "body");
  if (B == NoNode || Sc.Depth >= MaxDepth)
    return;
  B = tsx::unwrapExpression(T, B);
  Resolved X = P.resolve(Mb.Mod, T.text(B));
  if (X.What != Resolved::Class)
    return;
  for (const auto &C : Sc.Chain)
    if (C.first == X.Mod && C.second == X.Node)
      return; // a class embedded in itself: TypeORM rejects it
  Scope Inner = Sc;
  Inner.Depth++;
  Inner.PathPrefix = Sc.PathPrefix + Mb.Property + ".";
  Ref PrefixOpt = resolveValue(Mb.opt("prefix"), 0);
  if (!PrefixOpt.valid() || PrefixOpt.text() == "true") {
    Inner.Prefixes.push_back(Mb.Property);
  } else if (auto Px = tsx::stringValue(PrefixOpt.tree(), PrefixOpt.N)) {
    if (!Px->empty())
      Inner.Prefixes.push_back(*Px);
  } // prefix: false -> no prefix
  std::set<std::pair<const Module *, NodeId>> SeenInner; // the same class may be embedded twice
  collectFields(*X.Mod, X.Node, E, Inner, false, SeenInner);
}

// What a column stores: its column type (the decorator's type argument or
// `type:` option), else its TypeScript type; the decorator kind and `enum:`
// decide for generated, date, version and enum columns. A named TypeScript
// type (EmailAddress, type Phone = string) is kept as a strong hint.
void TypeOrmReader::readColumnType(Member &Mb, Field &F) {
  std::optional<std::string> ColumnType;
  if (Mb.TypeArg.valid())
    ColumnType =
        tsx::stringValue(Mb.TypeArg.tree(), Mb.TypeArg.N).value_or(std::string(Mb.TypeArg.text()));
  if (auto Ty = optionString(Mb, "type"))
    ColumnType = *Ty;
  else if (Ref TyR = Mb.opt("type"); TyR.valid())
    ColumnType = std::string(TyR.text()); // String, Number, Date ...
  if (Mb.Kind == ColumnKind::Generated && Mb.TypeArg.valid() && !optionString(Mb, "type")) {
    // The first argument is the strategy: increment, identity, rowid or uuid.
    ColumnType = ColumnType.value_or("") == "uuid" ? "uuid" : "integer";
  }
  if (ColumnType) {
    F.DeclaredType = *ColumnType;
    if (Ref L = Mb.opt("length"); L.valid())
      F.DeclaredType +=
          "(" + (tsx::stringValue(L.tree(), L.N).value_or(std::string(L.text()))) + ")";
    F.Type = columnTypeClass(*ColumnType);
    if (F.Type == TypeClass::Unknown) // TypeORM also accepts constructors: String, Number, Date ...
      F.Type = propertyTypeClass(*ColumnType);
    std::string Head = lowerAscii(*ColumnType);
    F.TypeName = Head.substr(0, Head.find('('));
  } else if (!Mb.TsType.empty()) {
    F.DeclaredType = Mb.TsType;
    F.Type = propertyTypeClass(Mb.TsType);
    F.TypeName = lowerAscii(Mb.TsType);
  }
  if (Mb.Kind == ColumnKind::Generated && !ColumnType)
    F.Type = TypeClass::Number;
  else if (Mb.Kind == ColumnKind::Date)
    F.Type = TypeClass::Time;
  else if (Mb.Kind == ColumnKind::Version)
    F.Type = TypeClass::Number;
  else if (Mb.Kind == ColumnKind::ObjectId)
    F.Type = TypeClass::Uuid;
  if (Mb.opt("enum").valid())
    F.Type = TypeClass::Enum;
  if (!Mb.TsType.empty() && !isPrimitiveTsType(Mb.TsType) &&
      propertyTypeClass(Mb.TsType) == TypeClass::Unknown) {
    std::string Named = Mb.TsType.substr(0, Mb.TsType.find_first_of("<[ |"));
    F.SourceHint = lowerAscii(Named);
    Resolved X = P.resolve(Mb.Mod, Named);
    if (X.What == Resolved::Enum && !ColumnType)
      F.Type = TypeClass::Enum;
  }
  // A validation decorator names what the value is (class-validator's
  // @IsEmail(), @IsPhoneNumber(), @IsMobilePhone()): as strong as a type.
  for (const auto &D : Mb.Decs)
    if (D.Name == "IsEmail" || D.Name == "IsPhoneNumber" || D.Name == "IsMobilePhone") {
      F.SourceHint = lowerAscii(D.Name);
      break;
    }
}

// How a column's value is protected: its decorator (listed, or named for
// encryption), typeorm-encrypted's `encrypt:` option, or a `transformer:`.
Verdict TypeOrmReader::columnVerdict(const Member &Mb) {
  const Decorator &Col = *Mb.Col;
  if (Mb.Listed)
    return {Protection::Encrypted, "@" + Col.Name + " (listed in orm.encrypted_types)",
            Mb.Mod.range(Col.Node)};
  if (Mb.NamedEncrypting && Col.Name != "Column")
    return {Protection::Encrypted,
            "@" + Col.Name + ": the column decorator's name says it encrypts",
            Mb.Mod.range(Col.Node)};
  if (Ref Enc = Mb.opt("encrypt");
      Enc.valid() && Enc.text() != "false" && Enc.text() != "undefined") {
    std::string Where = subscriberPlace();
    return {
        Protection::Encrypted,
        "encrypt: option at " + place(*Enc.Mod, Enc.N) +
            " (typeorm-encrypted ExtendedColumnOptions; " +
            (Where.empty()
                 ? std::string("AutoEncryptSubscriber must be among the data source's subscribers")
                 : "AutoEncryptSubscriber registered at " + Where) +
            ")",
        Enc.Mod->range(Enc.N)};
  }
  if (Ref Tr = Mb.opt("transformer"); Tr.valid())
    return transformerVerdict(Tr, 0);
  return Verdict();
}

void TypeOrmReader::readMember(Module &Mod, NodeId Node, const std::vector<Decorator> &Decs,
                               const std::vector<NodeId> &Comments, Entity &E, const Scope &Sc) {
  const ts::SyntaxTree &T = Mod.Tree;
  Member Mb(Mod, Node, Decs);
  if (!findColumnDecorator(Mb))
    return;
  Mb.NameNode = T.child(Node, "name");
  if (Mb.NameNode == NoNode)
    return;
  Mb.Property = tsx::stringValue(T, Mb.NameNode).value_or(std::string(T.text(Mb.NameNode)));
  if (NodeId TA = T.child(Node, "type"); TA != NoNode)
    if (auto Kids = T.namedChildren(TA); !Kids.empty())
      Mb.TsType = std::string(T.text(Kids.front()));
  readColumnArguments(Mb);
  if (Mb.Kind == ColumnKind::Relation) {
    readRelation(Mb, E, Sc);
    return;
  }
  if (Mb.EmbeddedArg.valid()) {
    readEmbedded(Mb, E, Sc);
    return;
  }

  Field F;
  F.Name = Sc.PathPrefix + Mb.Property;
  F.Range = Mod.range(Mb.NameNode);
  F.Order = FactOrder{0, T.node(Mb.NameNode).Begin};
  readColumnType(Mb, F);
  std::string Column =
      embeddedColumnName(Sc.Prefixes, optionString(Mb, "name").value_or(Mb.Property));
  if (Column != F.Name)
    F.ColumnName = Column;
  Ref Nullable = Mb.opt("nullable");
  F.Nullable = (Nullable.valid() && Nullable.text() == "true") ||
               T.text(Node).find("?:") != std::string_view::npos;
  for (NodeId C : Comments) {
    F.Comments.emplace_back(T.text(C));
    parseMarkers(T.text(C), Mod.range(C), F.Markers);
  }
  orm::applyVerdict(columnVerdict(Mb), F);
  inferProtection(F);
  E.Fields.push_back(std::move(F));
}

bool declaresEntity(std::string_view Text) {
  return Text.find("@Entity") != std::string_view::npos ||
         Text.find("@ChildEntity") != std::string_view::npos ||
         Text.find("@ViewEntity") != std::string_view::npos;
}

void TypeOrmReader::run() {
  // A context file is read for its entities only when one of them may put
  // a column into a given file: it declares an entity and names a class
  // declared there (an embedded type or a base class).
  auto ClassesOf = [](const Module &Mod, std::vector<std::string> &Names) {
    for (const auto &[Name, Node] : Mod.Classes)
      if (Name != "default")
        Names.push_back(Name);
  };
  std::vector<size_t> Order = P.loadGivenAndRelated(M.Problems, ClassesOf, declaresEntity);
  for (size_t I : Order) {
    Module &Mod = P.module(I);
    if (!declaresEntity(Mod.File->text()))
      continue;
    std::vector<std::pair<uint32_t, NodeId>> Classes;
    for (const auto &[Name, Node] : Mod.Classes)
      Classes.emplace_back(Mod.Tree.node(Node).Begin, Node);
    std::sort(Classes.begin(), Classes.end());
    Classes.erase(std::unique(Classes.begin(), Classes.end()), Classes.end());
    for (const auto &[Begin, Node] : Classes) {
      auto Decs = classDecorators(Mod.Tree, Node);
      if (findDecorator(Decs, {"Entity", "ChildEntity", "ViewEntity"}))
        readEntity(Mod, Node, Decs);
    }
  }
}

} // namespace

void readTypeOrmProject(const std::vector<OrmFile> &Files, const OrmSettings &S, Model &M) {
  Project P(Files);
  TypeOrmReader R(P, S, M);
  R.run();
}

} // namespace privlint
