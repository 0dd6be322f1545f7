#include "Frontend/Jpa/JpaReader.h"

#include "Classify/Markers.h"
#include "Frontend/Jpa/JavaProject.h"
#include "Frontend/Orm/OrmProtection.h"
#include "Support/Text.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace privlint {

namespace {

using java::Project;
using java::ResolvedType;
using java::Unit;
using orm::Verdict;
using ts::NodeId;
using ts::NoNode;

constexpr int MaxDepth = 12; // inheritance and embedding chains

// The simple name of a written type: java.lang.String -> String,
// List<String> -> List, byte[] -> byte[].
std::string simpleType(std::string_view Written) {
  std::string Out;
  int Angle = 0;
  for (char C : Written) {
    if (C == '<')
      ++Angle;
    else if (C == '>')
      --Angle;
    else if (Angle == 0 && !std::isspace(static_cast<unsigned char>(C)))
      Out += C;
  }
  size_t Dot = Out.rfind('.');
  return Dot == std::string::npos ? Out : Out.substr(Dot + 1);
}

// The first generic argument: List<String> -> String.
std::string elementType(std::string_view Written) {
  size_t B = Written.find('<');
  if (B == std::string_view::npos)
    return {};
  size_t E = Written.find_first_of(",>", B + 1);
  std::string_view Arg =
      Written.substr(B + 1, E == std::string_view::npos ? std::string_view::npos : E - B - 1);
  while (!Arg.empty() && std::isspace(static_cast<unsigned char>(Arg.front())))
    Arg.remove_prefix(1);
  while (!Arg.empty() && std::isspace(static_cast<unsigned char>(Arg.back())))
    Arg.remove_suffix(1);
  return std::string(Arg);
}

TypeClass javaTypeClass(const std::string &Simple) {
  static const std::set<std::string, std::less<>> Text = {
      "String", "char[]", "Character[]", "CharSequence", "Clob", "NClob", "StringBuilder"};
  static const std::set<std::string, std::less<>> Binary = {"byte[]", "Byte[]", "Blob",
                                                            "ByteBuffer"};
  static const std::set<std::string, std::less<>> Number = {
      "int",        "long",       "short",         "byte",       "float",  "double",
      "Integer",    "Long",       "Short",         "Byte",       "Float",  "Double",
      "BigDecimal", "BigInteger", "AtomicInteger", "AtomicLong", "Number", "MonetaryAmount"};
  static const std::set<std::string, std::less<>> Time = {
      "Date",      "Calendar",       "Timestamp",  "Time",          "LocalDate", "LocalDateTime",
      "LocalTime", "OffsetDateTime", "OffsetTime", "ZonedDateTime", "Instant",   "Duration",
      "Year",      "YearMonth",      "MonthDay",   "Period"};
  if (Text.contains(Simple))
    return TypeClass::Text;
  if (Binary.contains(Simple))
    return TypeClass::Binary;
  if (Number.contains(Simple))
    return TypeClass::Number;
  if (Time.contains(Simple))
    return TypeClass::Time;
  if (Simple == "boolean" || Simple == "Boolean")
    return TypeClass::Boolean;
  if (Simple == "char" || Simple == "Character")
    return TypeClass::Text;
  if (Simple == "UUID")
    return TypeClass::Uuid;
  if (Simple == "InetAddress" || Simple == "Inet4Address" || Simple == "Inet6Address")
    return TypeClass::Network;
  if (Simple == "JsonNode" || Simple == "ObjectNode" || Simple == "Map" || Simple == "HashMap" ||
      Simple == "JsonObject")
    return TypeClass::Json;
  if (Simple == "Point" || Simple == "Geometry" || Simple == "Polygon" || Simple == "LineString" ||
      Simple == "MultiPolygon")
    return TypeClass::Geometry;
  return TypeClass::Unknown;
}

bool isJavaBuiltin(const std::string &Simple) {
  return javaTypeClass(Simple) != TypeClass::Unknown || Simple == "Object" || Simple == "List" ||
         Simple == "Set" || Simple == "Collection";
}

// A call in Java code that encrypts or hashes: Cipher.getInstance(...),
// encryptor.encrypt(...), Encryptors.text(...), MessageDigest.getInstance(...).
std::string findJavaCall(std::string_view Text, bool Hashing) {
  static const std::vector<std::string_view> EncryptQualified = {
      "Cipher.getInstance", "Encryptors.",        "TextEncryptor", "BytesEncryptor",
      "StringEncryptor",    "PBEStringEncryptor", "AeadFactory",   "Aead",
      "SecretBox",          "KmsClient",          "doFinal"};
  static const std::vector<std::string_view> HashQualified = {
      "MessageDigest.getInstance", "DigestUtils.",    "BCrypt.hashpw", "Hashing.sha",
      "Mac.getInstance",           "PasswordEncoder", "Argon2"};
  for (std::string_view W : Hashing ? HashQualified : EncryptQualified) {
    size_t P = Text.find(W);
    if (P == std::string_view::npos)
      continue;
    size_t E = P + W.size();
    while (E < Text.size() && (orm::isIdentifierChar(Text[E]) || Text[E] == '.'))
      ++E;
    return std::string(Text.substr(P, E - P));
  }
  // Any method whose name contains the word: encrypt(...), encryptString(...).
  if (Hashing)
    return orm::findCall(Text, {"hash", "digest"},
                         {/*BlanksBeforeParen=*/false, /*SkipDecrypt=*/true});
  return orm::findCall(Text, {"encrypt", "seal"},
                       {/*BlanksBeforeParen=*/false, /*SkipDecrypt=*/true});
}

// The annotations a container annotation holds in its value
// (@AttributeOverrides({@AttributeOverride(...), ...})), pushed onto Stack.
void pushContained(const ts::SyntaxTree &T, NodeId Container, std::vector<NodeId> &Stack) {
  std::vector<NodeId> Walk{java::annotationValue(T, Container, "value")};
  while (!Walk.empty()) {
    NodeId W = Walk.back();
    Walk.pop_back();
    if (W == NoNode)
      continue;
    if (T.node(W).Type == "annotation")
      Stack.push_back(W);
    else
      for (NodeId C : T.namedChildren(W))
        Walk.push_back(C);
  }
}

// JavaBeans property name of a getter: getEmail -> email, isActive ->
// active, getURL -> URL.
std::string propertyOfGetter(std::string_view Method) {
  std::string_view Rest;
  if (Method.size() > 3 && Method.starts_with("get"))
    Rest = Method.substr(3);
  else if (Method.size() > 2 && Method.starts_with("is"))
    Rest = Method.substr(2);
  if (Rest.empty() || !std::isupper(static_cast<unsigned char>(Rest[0])))
    return {};
  std::string Out(Rest);
  if (Out.size() > 1 && std::isupper(static_cast<unsigned char>(Out[1])))
    return Out;
  Out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(Out[0])));
  return Out;
}

bool isMappingAnnotation(std::string_view A) {
  for (std::string_view N :
       {"Column",   "Id",           "Convert",    "ColumnTransformer", "ColumnTransformers",
        "Lob",      "Basic",        "Enumerated", "Temporal",          "ManyToOne",
        "OneToOne", "JoinColumn",   "Embedded",   "EmbeddedId",        "ElementCollection",
        "Type",     "JdbcTypeCode", "Access",     "Version",           "Formula"})
    if (A == N)
      return true;
  return false;
}

// One persistent attribute: a field, or a getter in property access.
struct Attribute {
  std::string Name;
  NodeId NameNode = NoNode;
  NodeId Decl = NoNode; // field_declaration or method_declaration
  std::string TypeText; // as written
  std::vector<NodeId> Annotations;
};

class JpaReader {
public:
  JpaReader(Project &P, const OrmSettings &S, Model &M) : P(P), S(S), M(M) {}
  void run();

private:
  Project &P;
  const OrmSettings &S;
  Model &M;

  struct Scope {
    std::string PathPrefix;                       // "address." inside an embedded Address
    std::string EmbeddedFrom;                     // "Address": the @Embeddable declaring them
    std::map<std::string, std::string> Overrides; // @AttributeOverride: attribute -> column
    int Depth = 0;
    std::vector<NodeId> ChainNodes;       // classes being expanded (cycles),
    std::vector<const Unit *> ChainUnits; // with their units
  };

  void readEntity(Unit &U, const java::TypeDecl &D);
  bool propertyAccess(Unit &U, NodeId Class, int Depth);
  void collect(Unit &U, NodeId Class, Entity &E, const Scope &Sc, bool Property,
               bool IncludeEntityBases);
  std::vector<Attribute> attributes(Unit &U, NodeId Class, bool Property);
  void readAttribute(Unit &U, const Attribute &A, Entity &E, const Scope &Sc);
  Verdict converterVerdict(Unit &U, NodeId Value);
  Verdict converterClassVerdict(const std::string &Written, const ResolvedType &R,
                                const std::string &What);
  struct AutoConverter {
    Verdict V;
  };
  const AutoConverter *autoConverterFor(const std::string &SimpleType);
  std::map<std::string, AutoConverter> AutoConverters;
  bool AutoScanned = false;
  std::string place(const Unit &U, NodeId N) const {
    return orm::placeOf(*U.File, U.Tree.node(N).Begin);
  }
  NodeId find(Unit &U, const std::vector<NodeId> &Anns, std::string_view Name) const {
    for (NodeId A : Anns)
      if (java::annotationName(U.Tree, A) == Name)
        return A;
    return NoNode;
  }
  std::optional<std::string> stringElement(Unit &U, NodeId Ann, std::string_view Key);
  void readOverrides(Unit &U, const std::vector<NodeId> &Anns,
                     std::map<std::string, std::string> &Out);
  std::vector<std::pair<Unit *, NodeId>> comments(Unit &U, NodeId Decl);
  std::string inheritanceStrategy(Unit &U, NodeId Class);
};

// @AttributeOverride(name = "street", column = @Column(name = "home_street")),
// alone or inside @AttributeOverrides({...}): attribute -> column.
void JpaReader::readOverrides(Unit &U, const std::vector<NodeId> &Anns,
                              std::map<std::string, std::string> &Out) {
  const ts::SyntaxTree &T = U.Tree;
  std::vector<NodeId> Stack(Anns.begin(), Anns.end());
  while (!Stack.empty()) {
    NodeId N = Stack.back();
    Stack.pop_back();
    std::string_view AN = java::annotationName(T, N);
    if (AN == "AttributeOverride") {
      auto Name = stringElement(U, N, "name");
      NodeId Col = java::annotationValue(T, N, "column");
      auto ColName = Col == NoNode ? std::nullopt : stringElement(U, Col, "name");
      if (Name && ColName)
        Out[*Name] = *ColName;
    } else if (AN == "AttributeOverrides") {
      pushContained(T, N, Stack);
    }
  }
}

std::optional<std::string> JpaReader::stringElement(Unit &U, NodeId Ann, std::string_view Key) {
  if (Ann == NoNode)
    return std::nullopt;
  NodeId V = java::annotationValue(U.Tree, Ann, Key);
  if (V == NoNode)
    return std::nullopt;
  if (auto Str = java::stringValue(U.Tree, V))
    return Str;
  // A constant of the same class: static final String EMAIL_COLUMN = "...".
  if (U.Tree.node(V).Type == "identifier") {
    std::string Name(U.Tree.text(V));
    for (NodeId C = U.Tree.node(Ann).Parent; C != NoNode; C = U.Tree.node(C).Parent) {
      if (U.Tree.node(C).Type != "class_body")
        continue;
      for (NodeId F : U.Tree.namedChildren(C)) {
        if (U.Tree.node(F).Type != "field_declaration")
          continue;
        for (NodeId Dc : U.Tree.namedChildren(F))
          if (U.Tree.node(Dc).Type == "variable_declarator" &&
              U.Tree.text(U.Tree.child(Dc, "name")) == Name)
            return java::stringValue(U.Tree, U.Tree.child(Dc, "value"));
      }
    }
  }
  return std::nullopt;
}

// Comments that belong to a declaration: those inside it and the own-line
// comments directly above it (up to the previous member), plus a comment
// trailing its last line.
std::vector<std::pair<Unit *, NodeId>> JpaReader::comments(Unit &U, NodeId Decl) {
  std::vector<std::pair<Unit *, NodeId>> Out;
  const ts::SyntaxTree &T = U.Tree;
  NodeId Parent = T.node(Decl).Parent;
  if (Parent == NoNode)
    return Out;
  auto Kids = T.namedChildren(Parent);
  auto It = std::find(Kids.begin(), Kids.end(), Decl);
  if (It == Kids.end())
    return Out;
  const SourceFile &SF = *U.File;
  auto IsComment = [&](NodeId N) {
    return T.node(N).Type == "line_comment" || T.node(N).Type == "block_comment";
  };
  // Above: back to the previous non-comment sibling; a comment on that
  // sibling's last line trails it instead.
  auto B = It;
  NodeId Prev = NoNode;
  while (B != Kids.begin()) {
    --B;
    if (!IsComment(*B)) {
      Prev = *B;
      break;
    }
  }
  for (auto C = std::next(It, 0); C != Kids.begin();) {
    --C;
    if (!IsComment(*C))
      break;
    if (Prev != NoNode && SF.lineOf(T.node(*C).Begin) == SF.lineOf(T.node(Prev).End - 1))
      break;
    Out.emplace_back(&U, *C);
  }
  // Inside (between annotations and the name).
  std::vector<NodeId> Stack{Decl};
  while (!Stack.empty()) {
    NodeId N = Stack.back();
    Stack.pop_back();
    for (NodeId C : T.namedChildren(N)) {
      if (IsComment(C))
        Out.emplace_back(&U, C);
      else if (T.node(C).Type == "modifiers")
        Stack.push_back(C);
    }
  }
  // Trailing on the last line.
  for (auto C = std::next(It); C != Kids.end() && IsComment(*C); ++C) {
    if (SF.lineOf(T.node(*C).Begin) != SF.lineOf(T.node(Decl).End - 1))
      break;
    Out.emplace_back(&U, *C);
  }
  return Out;
}

// @Convert(converter = X.class): X listed in orm.encrypted_types, X's
// convertToDatabaseColumn calling an encryption API, or X's name.
Verdict JpaReader::converterVerdict(Unit &U, NodeId Value) {
  const ts::SyntaxTree &T = U.Tree;
  if (Value == NoNode || T.node(Value).Type != "class_literal")
    return Verdict();
  auto Kids = T.namedChildren(Value);
  if (Kids.empty())
    return Verdict();
  std::string Written(T.text(Kids.front()));
  ResolvedType R = P.resolve(U, Written);
  Verdict V =
      converterClassVerdict(Written, R, "@Convert(converter = " + simpleType(Written) + ".class)");
  V.Where = U.range(Value);
  return V;
}

// What a converter class stores: listed in orm.encrypted_types, its
// convertToDatabaseColumn calling an encryption or hashing API (when the
// project has its source), else what its name says.
Verdict JpaReader::converterClassVerdict(const std::string &Written, const ResolvedType &R,
                                         const std::string &What) {
  Verdict V;
  std::string Simple = simpleType(Written);
  std::string Qualified = R.Qualified.empty() ? Written : R.Qualified;
  if (listedType(Qualified, S.EncryptedTypes) || listedType(Written, S.EncryptedTypes)) {
    V.Prot = Protection::Encrypted;
    V.Text = What + ": listed in orm.encrypted_types";
    return V;
  }
  if (R.found()) {
    // The method that produces the stored value, else the whole class.
    const ts::SyntaxTree &CT = R.U->Tree;
    NodeId Body = CT.child(R.Decl->Node, "body");
    NodeId Scan = Body;
    std::string Where = "convertToDatabaseColumn";
    if (Body != NoNode)
      for (NodeId C : CT.namedChildren(Body))
        if (CT.node(C).Type == "method_declaration" &&
            CT.text(CT.child(C, "name")) == "convertToDatabaseColumn")
          Scan = C;
    if (Scan == Body)
      Where = "its body";
    if (Scan != NoNode) {
      std::string_view Text = CT.text(Scan);
      std::string At = Simple + " at " + place(*R.U, CT.child(R.Decl->Node, "name"));
      std::string Call = findJavaCall(Text, false);
      if (!Call.empty()) {
        V.Prot = Protection::Encrypted;
        V.Text = What + ": " + At + " encrypts in " + Where + " (calls " + Call + ")";
        return V;
      }
      Call = findJavaCall(Text, true);
      if (!Call.empty()) {
        V.Prot = Protection::Hashed;
        V.Text = What + ": " + At + " hashes in " + Where + " (calls " + Call + ")";
        return V;
      }
    }
  }
  V.Prot = orm::protectionByName(Simple);
  if (V.Prot != Protection::Plaintext)
    V.Text = What + ": the converter's name says it " +
             (V.Prot == Protection::Encrypted ? "encrypts" : "hashes");
  return V;
}

// Converters declared @Converter(autoApply = true): each applies to every
// attribute of its entity-side type (the first type argument of
// AttributeConverter<X, Y>) that has no @Convert of its own.
const JpaReader::AutoConverter *JpaReader::autoConverterFor(const std::string &SimpleType) {
  if (!AutoScanned) {
    AutoScanned = true;
    for (size_t I = 0; I < P.size(); ++I) {
      const std::string &Text = P.unit(I).File->text();
      if (Text.find("autoApply") == std::string::npos || !P.loadQuietly(I))
        continue;
      Unit &CU = P.unit(I);
      const ts::SyntaxTree &T = CU.Tree;
      for (const auto &D : CU.Types) {
        NodeId Conv = find(CU, java::annotationsOf(T, D.Node), "Converter");
        NodeId Auto = Conv == NoNode ? NoNode : java::annotationValue(T, Conv, "autoApply");
        NodeId Ifaces = T.child(D.Node, "interfaces");
        if (Auto == NoNode || T.text(Auto) != "true" || Ifaces == NoNode)
          continue;
        std::string_view IT = T.text(Ifaces);
        size_t At = IT.find("AttributeConverter<");
        if (At == std::string_view::npos)
          continue;
        std::string Target = simpleType(elementType(IT.substr(At)));
        ResolvedType R;
        R.U = &CU;
        R.Decl = &D;
        R.Qualified = D.Qualified;
        AutoConverter A;
        A.V = converterClassVerdict(D.Name, R,
                                    "@Converter(autoApply = true) " + D.Name + " for " + Target);
        A.V.Where = CU.range(T.child(D.Node, "name"));
        AutoConverters.emplace(Target, A);
      }
    }
  }
  auto It = AutoConverters.find(SimpleType);
  return It == AutoConverters.end() ? nullptr : &It->second;
}

// Property access when the class says @Access(AccessType.PROPERTY) or its
// identifier is mapped on a getter (here or in a mapped superclass).
bool JpaReader::propertyAccess(Unit &U, NodeId Class, int Depth) {
  const ts::SyntaxTree &T = U.Tree;
  auto Anns = java::annotationsOf(T, Class);
  if (NodeId A = find(U, Anns, "Access"); A != NoNode) {
    NodeId V = java::annotationValue(T, A, "value");
    if (V != NoNode)
      return T.text(V).find("PROPERTY") != std::string_view::npos;
  }
  NodeId Body = T.child(Class, "body");
  if (Body != NoNode)
    for (NodeId C : T.namedChildren(Body)) {
      std::string_view Ty = T.node(C).Type;
      if (Ty != "field_declaration" && Ty != "method_declaration")
        continue;
      auto MA = java::annotationsOf(T, C);
      if (find(U, MA, "Id") != NoNode || find(U, MA, "EmbeddedId") != NoNode)
        return Ty == "method_declaration";
    }
  NodeId Super = T.child(Class, "superclass");
  if (Super != NoNode && Depth < MaxDepth) {
    auto Kids = T.namedChildren(Super);
    if (!Kids.empty()) {
      ResolvedType R = P.resolve(U, T.text(Kids.front()));
      if (R.found())
        return propertyAccess(*R.U, R.Decl->Node, Depth + 1);
    }
  }
  return false;
}

std::vector<Attribute> JpaReader::attributes(Unit &U, NodeId Class, bool Property) {
  std::vector<Attribute> Fields, Getters;
  const ts::SyntaxTree &T = U.Tree;
  NodeId Body = T.child(Class, "body");
  if (T.node(Class).Type == "record_declaration") {
    // Record components: the parameters of the canonical constructor.
    NodeId Params = T.child(Class, "parameters");
    if (Params != NoNode)
      for (NodeId Pm : T.namedChildren(Params)) {
        if (T.node(Pm).Type != "formal_parameter")
          continue;
        Attribute A;
        A.NameNode = T.child(Pm, "name");
        if (A.NameNode == NoNode)
          continue;
        A.Name = std::string(T.text(A.NameNode));
        A.Decl = Pm;
        if (NodeId Ty = T.child(Pm, "type"); Ty != NoNode)
          A.TypeText = std::string(T.text(Ty));
        A.Annotations = java::annotationsOf(T, Pm);
        Fields.push_back(std::move(A));
      }
  }
  if (Body != NoNode)
    for (NodeId C : T.namedChildren(Body)) {
      std::string_view Ty = T.node(C).Type;
      if (Ty == "field_declaration") {
        if (java::hasModifier(T, C, "static") || java::hasModifier(T, C, "transient"))
          continue;
        NodeId Type = T.child(C, "type");
        for (NodeId Dc : T.namedChildren(C)) {
          if (T.node(Dc).Type != "variable_declarator")
            continue;
          Attribute A;
          A.NameNode = T.child(Dc, "name");
          if (A.NameNode == NoNode)
            continue;
          A.Name = std::string(T.text(A.NameNode));
          A.Decl = C;
          A.TypeText = Type == NoNode ? std::string() : std::string(T.text(Type));
          if (NodeId Dims = T.child(Dc, "dimensions"); Dims != NoNode)
            A.TypeText += T.text(Dims);
          A.Annotations = java::annotationsOf(T, C);
          Fields.push_back(std::move(A));
        }
      } else if (Ty == "method_declaration") {
        if (java::hasModifier(T, C, "static"))
          continue;
        NodeId Params = T.child(C, "parameters");
        if (Params == NoNode || !T.namedChildren(Params).empty())
          continue;
        std::string Prop = propertyOfGetter(T.text(T.child(C, "name")));
        if (Prop.empty())
          continue;
        Attribute A;
        A.Name = Prop;
        A.NameNode = T.child(C, "name");
        A.Decl = C;
        if (NodeId Type = T.child(C, "type"); Type != NoNode)
          A.TypeText = std::string(T.text(Type));
        A.Annotations = java::annotationsOf(T, C);
        Getters.push_back(std::move(A));
      }
    }
  auto Mapped = [&](const Attribute &A) {
    return std::any_of(A.Annotations.begin(), A.Annotations.end(),
                       [&](NodeId N) { return isMappingAnnotation(java::annotationName(T, N)); });
  };
  std::vector<Attribute> Out;
  if (Property) {
    // Property access: the getters; fields only when they say @Access(FIELD).
    for (auto &G : Getters)
      Out.push_back(G);
    for (auto &F : Fields)
      if (find(U, F.Annotations, "Access") != NoNode)
        Out.push_back(F);
    return Out;
  }
  // Field access: the fields; a getter that carries mapping annotations
  // maps its property there (the backing field is then not read again).
  std::set<std::string> ByGetter;
  for (auto &G : Getters)
    if (Mapped(G))
      ByGetter.insert(G.Name);
  for (auto &F : Fields)
    if (!ByGetter.contains(F.Name))
      Out.push_back(F);
  for (auto &G : Getters) {
    if (!ByGetter.contains(G.Name))
      continue;
    // The backing field's annotations (@Convert on the field, @Column on
    // the getter) describe the same attribute.
    for (auto &F : Fields)
      if (F.Name == G.Name)
        G.Annotations.insert(G.Annotations.begin(), F.Annotations.begin(), F.Annotations.end());
    Out.push_back(G);
  }
  std::stable_sort(Out.begin(), Out.end(), [&](const Attribute &A, const Attribute &B) {
    return T.node(A.NameNode).Begin < T.node(B.NameNode).Begin;
  });
  return Out;
}

std::string JpaReader::inheritanceStrategy(Unit &U, NodeId Class) {
  auto Anns = java::annotationsOf(U.Tree, Class);
  NodeId A = find(U, Anns, "Inheritance");
  if (A == NoNode)
    return "SINGLE_TABLE";
  NodeId V = java::annotationValue(U.Tree, A, "strategy");
  std::string_view Text = V == NoNode ? std::string_view() : U.Tree.text(V);
  if (Text.find("JOINED") != std::string_view::npos)
    return "JOINED";
  if (Text.find("TABLE_PER_CLASS") != std::string_view::npos)
    return "TABLE_PER_CLASS";
  return "SINGLE_TABLE";
}

void JpaReader::collect(Unit &U, NodeId Class, Entity &E, const Scope &Sc, bool Property,
                        bool IncludeEntityBases) {
  if (Sc.Depth > MaxDepth)
    return;
  for (size_t I = 0; I < Sc.ChainNodes.size(); ++I)
    if (Sc.ChainNodes[I] == Class && Sc.ChainUnits[I] == &U)
      return; // an inheritance or embedding cycle: JPA rejects it
  Scope Here = Sc;
  Here.ChainNodes.push_back(Class);
  Here.ChainUnits.push_back(&U);
  const ts::SyntaxTree &T = U.Tree;
  // Mapped superclasses first (their columns are part of every subclass's
  // table); an entity superclass keeps its own columns unless the
  // hierarchy maps one table per concrete class.
  if (NodeId Super = T.child(Class, "superclass"); Super != NoNode) {
    auto Kids = T.namedChildren(Super);
    if (!Kids.empty()) {
      ResolvedType R = P.resolve(U, T.text(Kids.front()));
      if (R.found()) {
        auto SA = java::annotationsOf(R.U->Tree, R.Decl->Node);
        bool Mapped = find(*R.U, SA, "MappedSuperclass") != NoNode;
        bool IsEntity = find(*R.U, SA, "Entity") != NoNode;
        if (Mapped || (IsEntity && IncludeEntityBases)) {
          Scope Up = Here;
          Up.Depth++;
          collect(*R.U, R.Decl->Node, E, Up, Property, IncludeEntityBases);
        }
      }
    }
  }
  for (const auto &A : attributes(U, Class, Property))
    readAttribute(U, A, E, Here);
}

void JpaReader::readAttribute(Unit &U, const Attribute &A, Entity &E, const Scope &Sc) {
  const ts::SyntaxTree &T = U.Tree;
  auto Has = [&](std::string_view N) { return find(U, A.Annotations, N) != NoNode; };
  if (Has("Transient") || Has("OneToMany") || Has("ManyToMany"))
    return;
  std::string Simple = simpleType(A.TypeText);
  Field F;
  F.Name = Sc.PathPrefix + A.Name;
  F.EmbeddedFrom = Sc.EmbeddedFrom;
  F.Range = U.range(A.NameNode);
  F.Order = FactOrder{0, T.node(A.NameNode).Begin};
  F.DeclaredType = A.TypeText;
  F.TypeName = lowerAscii(Simple);
  NodeId ColumnAnn = find(U, A.Annotations, "Column");
  std::string Column = A.Name;
  // An annotation tree-sitter could not read (a missing ')') names no column.
  if (ColumnAnn != NoNode && T.node(ColumnAnn).HasError)
    ColumnAnn = NoNode;
  if (auto Name = stringElement(U, ColumnAnn, "name"))
    Column = *Name;
  if (auto It = Sc.Overrides.find(A.Name); It != Sc.Overrides.end())
    Column = It->second;

  // References: a foreign-key column named by @JoinColumn, or
  // <attribute>_<referenced id> (JPA's default; "id" assumed).
  if (Has("ManyToOne") || Has("OneToOne")) {
    NodeId Rel = find(U, A.Annotations, Has("ManyToOne") ? "ManyToOne" : "OneToOne");
    if (stringElement(U, Rel, "mappedBy"))
      return; // the inverse side holds no column
    F.Type = TypeClass::Reference;
    F.IsForeignKey = true;
    F.ColumnName =
        stringElement(U, find(U, A.Annotations, "JoinColumn"), "name").value_or(A.Name + "_id");
    E.Fields.push_back(std::move(F));
    return;
  }

  // Embedded values: @Embedded, or a field whose type is an @Embeddable.
  ResolvedType R;
  if (!isJavaBuiltin(Simple))
    R = P.resolve(U, A.TypeText);
  bool Embeddable =
      R.found() && find(*R.U, java::annotationsOf(R.U->Tree, R.Decl->Node), "Embeddable") != NoNode;
  if ((Has("Embedded") || Embeddable) && R.found()) {
    Scope Inner;
    Inner.Depth = Sc.Depth + 1;
    Inner.ChainNodes = Sc.ChainNodes;
    Inner.ChainUnits = Sc.ChainUnits;
    Inner.PathPrefix = Sc.PathPrefix + A.Name + ".";
    Inner.EmbeddedFrom = Simple;
    readOverrides(U, A.Annotations, Inner.Overrides);
    // Overrides of the outer scope reach into nested embeddables by path.
    for (const auto &[K, V] : Sc.Overrides)
      if (K.starts_with(A.Name + "."))
        Inner.Overrides[K.substr(A.Name.size() + 1)] = V;
    collect(*R.U, R.Decl->Node, E, Inner, propertyAccess(*R.U, R.Decl->Node, 0), false);
    return;
  }

  if (Has("ElementCollection")) {
    // A collection table of basic values: List<String> emails.
    std::string Elem = simpleType(elementType(A.TypeText));
    F.TypeName = lowerAscii(Elem);
    F.Type = javaTypeClass(Elem);
  } else {
    F.Type = javaTypeClass(Simple);
  }
  if (F.Type == TypeClass::Text && Has("Lob") && Simple == "String")
    F.DeclaredType += " @Lob";
  if (Has("Enumerated") || (R.found() && R.U->Tree.node(R.Decl->Node).Type == "enum_declaration"))
    F.Type = TypeClass::Enum;
  if (F.Type == TypeClass::Unknown && !Simple.empty() && !isJavaBuiltin(Simple))
    F.SourceHint = lowerAscii(Simple); // EmailAddress, PhoneNumber: a strong hint
  // Bean Validation's @Email (jakarta, javax or Hibernate Validator) names
  // what the value is: as strong as a type.
  if (Has("Email"))
    F.SourceHint = "email";
  if (Column != F.Name)
    F.ColumnName = Column;
  if (ColumnAnn != NoNode) {
    NodeId N = java::annotationValue(T, ColumnAnn, "nullable");
    F.Nullable = N == NoNode || T.text(N) != "false";
  }
  if (Has("Id"))
    F.Nullable = false;

  for (const auto &[CU, C] : comments(U, A.Decl)) {
    F.Comments.emplace_back(CU->text(C));
    parseMarkers(CU->text(C), CU->range(C), F.Markers);
  }

  // Protection: @Convert, @ColumnTransformer(write = ...), a listed or
  // encrypting Hibernate @Type.
  Verdict V;
  if (NodeId Conv = find(U, A.Annotations, "Convert"); Conv != NoNode) {
    NodeId Disable = java::annotationValue(T, Conv, "disableConversion");
    if (Disable == NoNode || T.text(Disable) != "true")
      V = converterVerdict(U, java::annotationValue(T, Conv, "converter"));
  } else if (const AutoConverter *AC = autoConverterFor(Simple)) {
    V = AC->V;
  }
  if (!V) {
    std::vector<NodeId> Stack(A.Annotations.begin(), A.Annotations.end());
    while (!Stack.empty() && !V) {
      NodeId N = Stack.back();
      Stack.pop_back();
      std::string_view AN = java::annotationName(T, N);
      if (AN == "ColumnTransformers") {
        pushContained(T, N, Stack);
      } else if (AN == "ColumnTransformer") {
        auto Write = stringElement(U, N, "write");
        if (!Write)
          continue;
        std::string Fn;
        Protection Pr = orm::sqlWriteProtection(*Write, Fn);
        if (Pr != Protection::Plaintext) {
          V.Prot = Pr;
          V.Text = "@ColumnTransformer(write = \"" + *Write + "\"): " + Fn + "() stores " +
                   (Pr == Protection::Encrypted ? "ciphertext" : "a hash");
          V.Where = U.range(N);
        }
      } else if (AN == "Type") {
        NodeId TV = java::annotationValue(T, N, "type");
        if (TV == NoNode)
          TV = java::annotationValue(T, N, "value");
        if (TV == NoNode)
          continue;
        std::string Name = java::stringValue(T, TV).value_or(std::string(T.text(TV)));
        if (Name.size() > 6 && Name.ends_with(".class"))
          Name.resize(Name.size() - 6);
        std::string L = lowerAscii(Name);
        if (listedType(Name, S.EncryptedTypes) || L.find("encrypt") != std::string::npos) {
          V.Prot = Protection::Encrypted;
          V.Text = "@Type(" + Name + ")" +
                   (listedType(Name, S.EncryptedTypes) ? ": listed in orm.encrypted_types"
                                                       : ": an encrypting Hibernate type (Jasypt)");
          V.Where = U.range(N);
        }
      }
    }
  }
  orm::applyVerdict(V, F);
  inferProtection(F);
  E.Fields.push_back(std::move(F));
}

void JpaReader::readEntity(Unit &U, const java::TypeDecl &D) {
  const ts::SyntaxTree &T = U.Tree;
  auto Anns = java::annotationsOf(T, D.Node);
  Entity E;
  E.Kind = EntityKind::Model;
  E.Name = E.QualifiedName = D.Name;
  E.Range = U.range(T.child(D.Node, "name"));
  // The table: @Table(name), else the entity name (@Entity(name), else the
  // class's simple name), as the JPA specification defaults it.
  std::string EntityName = stringElement(U, find(U, Anns, "Entity"), "name").value_or(D.Name);
  NodeId TableAnn = find(U, Anns, "Table");
  E.Table = stringElement(U, TableAnn, "name").value_or(EntityName);
  if (auto Schema = stringElement(U, TableAnn, "schema"))
    E.Schema = *Schema;
  // Subclasses of an entity in a SINGLE_TABLE hierarchy (the default) live
  // in the root entity's table; TABLE_PER_CLASS repeats the inherited columns.
  bool IncludeEntityBases = false;
  {
    Unit *CU = &U;
    NodeId C = D.Node;
    std::string RootTable;
    for (int Depth = 0; Depth < MaxDepth; ++Depth) {
      NodeId Super = CU->Tree.child(C, "superclass");
      auto Kids = Super == NoNode ? std::vector<NodeId>() : CU->Tree.namedChildren(Super);
      if (Kids.empty())
        break;
      ResolvedType R = P.resolve(*CU, CU->Tree.text(Kids.front()));
      if (!R.found())
        break;
      auto SA = java::annotationsOf(R.U->Tree, R.Decl->Node);
      if (find(*R.U, SA, "Entity") != NoNode) {
        std::string Strategy = inheritanceStrategy(*R.U, R.Decl->Node);
        IncludeEntityBases = Strategy == "TABLE_PER_CLASS";
        if (Strategy == "SINGLE_TABLE") {
          std::string Name =
              stringElement(*R.U, find(*R.U, SA, "Entity"), "name").value_or(R.Decl->Name);
          RootTable = stringElement(*R.U, find(*R.U, SA, "Table"), "name").value_or(Name);
        } else {
          RootTable.clear();
        }
      }
      CU = R.U;
      C = R.Decl->Node;
    }
    if (!RootTable.empty())
      E.Table = RootTable;
  }
  // @AttributeOverride(s) on the entity rename inherited columns.
  Scope Top;
  readOverrides(U, Anns, Top.Overrides);
  collect(U, D.Node, E, Top, propertyAccess(U, D.Node, 0), IncludeEntityBases);
  M.Entities.push_back(std::move(E));
}

bool mentionsEntity(std::string_view Text) {
  return Text.find("@Entity") != std::string_view::npos ||
         Text.find("persistence.Entity") != std::string_view::npos;
}

void JpaReader::run() {
  // A context unit is read for its entities only when one of them may hold
  // a column declared in a given unit (it declares an entity and names a
  // type of a given unit: a mapped superclass or an embeddable).
  auto TypesOf = [](const Unit &U, std::vector<std::string> &Names) {
    for (const auto &D : U.Types)
      Names.push_back(D.Name);
  };
  std::vector<size_t> Order = P.loadGivenAndRelated(M.Problems, TypesOf, mentionsEntity);
  for (size_t I : Order) {
    Unit &U = P.unit(I);
    if (!mentionsEntity(U.File->text()))
      continue;
    for (const auto &D : U.Types) {
      std::string_view Ty = U.Tree.node(D.Node).Type;
      if (Ty != "class_declaration" && Ty != "record_declaration")
        continue;
      if (find(U, java::annotationsOf(U.Tree, D.Node), "Entity") != NoNode)
        readEntity(U, D);
    }
  }
}

} // namespace

void readJpaProject(const std::vector<OrmFile> &Files, const OrmSettings &S, Model &M) {
  Project P(Files);
  JpaReader R(P, S, M);
  R.run();
}

} // namespace privlint
