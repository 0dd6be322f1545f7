#include "Frontend/Prisma/PrismaReader.h"

#include "Classify/Markers.h"
#include "Frontend/Prisma/PrismaParser.h"
#include "Support/Text.h"

#include <cctype>
#include <map>
#include <set>

namespace privlint {

using namespace prisma;

namespace {

bool isWordChar(char C) { return std::isalnum(static_cast<unsigned char>(C)) != 0 || C == '_'; }

// The scalar types of Prisma and the type class each stores.
std::optional<TypeClass> scalarClass(std::string_view T) {
  if (T == "String")
    return TypeClass::Text;
  if (T == "Int" || T == "BigInt" || T == "Float" || T == "Decimal")
    return TypeClass::Number;
  if (T == "Boolean")
    return TypeClass::Boolean;
  if (T == "DateTime")
    return TypeClass::Time;
  if (T == "Json")
    return TypeClass::Json;
  if (T == "Bytes")
    return TypeClass::Binary;
  return std::nullopt;
}

// The database type of Unsupported("...") (PostgreSQL, MySQL, SQL Server names).
TypeClass unsupportedClass(std::string_view Native) {
  std::string N = lowerAscii(Native);
  size_t Cut = N.find_first_of("( ");
  std::string Head = N.substr(0, Cut);
  static const std::set<std::string> Geometry = {"geometry",   "geography", "point",  "polygon",
                                                 "linestring", "box",       "circle", "line",
                                                 "lseg",       "path"};
  if (Geometry.contains(Head))
    return TypeClass::Geometry;
  if (Head == "bytea" || Head == "blob" || Head == "varbinary" || Head == "binary" ||
      Head == "longblob" || Head == "mediumblob" || Head == "image")
    return TypeClass::Binary;
  if (Head == "inet" || Head == "cidr" || Head == "macaddr")
    return TypeClass::Network;
  if (Head == "citext" || Head == "text" || Head == "tsvector" || Head == "xml" ||
      Head == "varchar")
    return TypeClass::Text;
  if (Head == "uuid")
    return TypeClass::Uuid;
  return TypeClass::Unknown;
}

// A native type (@db.X) that says more than the scalar type.
void refineByNativeType(std::string_view Native, TypeClass &TC) {
  if (TC != TypeClass::Text)
    return;
  if (Native == "Uuid" || Native == "UniqueIdentifier" || Native == "ObjectId")
    TC = TypeClass::Uuid;
  else if (Native == "Inet")
    TC = TypeClass::Network;
}

// prisma-field-encryption reads the field's documentation (its '///' lines)
// with /@encrypted(\?[\w=&]+)?/ and /@encryption:hash\((\w+)\)(\?[\w=&]+)?/.
struct EncryptionAnnotation {
  enum Kind { None, Encrypted, Readonly, Hash } What = None;
  std::string Written; // the annotation as written, e.g. @encrypted?mode=strict
  std::string HashOf;  // @encryption:hash(<field>)
  SourceRange Where;
};

size_t queryEnd(std::string_view S, size_t I) {
  if (I >= S.size() || S[I] != '?')
    return I;
  size_t E = I + 1;
  while (E < S.size() && (isWordChar(S[E]) || S[E] == '=' || S[E] == '&'))
    ++E;
  return E == I + 1 ? I : E;
}

// The value of Key in a URL query (?a=b&c), as URLSearchParams reads it.
std::optional<std::string> queryValue(std::string_view Query, std::string_view Key) {
  if (!Query.empty() && Query.front() == '?')
    Query.remove_prefix(1);
  while (!Query.empty()) {
    size_t Amp = Query.find('&');
    std::string_view Pair = Query.substr(0, Amp);
    size_t Eq = Pair.find('=');
    if (Pair.substr(0, Eq) == Key)
      return std::string(Eq == std::string_view::npos ? std::string_view() : Pair.substr(Eq + 1));
    if (Amp == std::string_view::npos)
      break;
    Query.remove_prefix(Amp + 1);
  }
  return std::nullopt;
}

EncryptionAnnotation findEncryptionAnnotation(const FieldDecl &F, const SourceFile &File) {
  EncryptionAnnotation Enc;
  EncryptionAnnotation Hash;
  for (const auto &C : F.Comments) {
    if (!C.Doc)
      continue; // a '//' comment is not documentation: prisma-field-encryption never sees it
    std::string_view T = C.Text;
    SourceRange Where{&File, C.Where.Begin, C.Where.End};
    if (Enc.What == EncryptionAnnotation::None) {
      size_t At = T.find("@encrypted");
      if (At != std::string_view::npos) {
        size_t E = queryEnd(T, At + 10);
        std::string_view Query = T.substr(At + 10, E - (At + 10));
        // mode=..., else the deprecated ?readonly / ?strict flags.
        std::string Mode = queryValue(Query, "mode")
                               .value_or(queryValue(Query, "readonly") ? "readonly" : "default");
        Enc.What =
            Mode == "readonly" ? EncryptionAnnotation::Readonly : EncryptionAnnotation::Encrypted;
        Enc.Written = std::string(T.substr(At, E - At));
        Enc.Where = Where;
      }
    }
    if (Hash.What == EncryptionAnnotation::None) {
      size_t At = T.find("@encryption:hash(");
      if (At != std::string_view::npos) {
        size_t B = At + 17;
        size_t E = B;
        while (E < T.size() && isWordChar(T[E]))
          ++E;
        if (E > B && E < T.size() && T[E] == ')') {
          size_t QE = queryEnd(T, E + 1);
          Hash.What = EncryptionAnnotation::Hash;
          Hash.HashOf = std::string(T.substr(B, E - B));
          Hash.Written = std::string(T.substr(At, QE - At));
          Hash.Where = Where;
        }
      }
    }
  }
  if (Enc.What == EncryptionAnnotation::Encrypted || Hash.What == EncryptionAnnotation::None)
    return Enc;
  return Hash;
}

struct Declarations {
  std::map<std::string, BlockKind> Kinds; // first declaration of each name
  std::map<std::string, std::string> Aliases;
};

// Resolves a field's type: its class, the type as written and its lower-case
// name (the classifier reads type names like domains: Unsupported("email")).
void resolveType(const FieldDecl &D, const Declarations &Decls, Field &F) {
  std::string Base = D.TypeName;
  for (int Hop = 0; Hop < 8; ++Hop) { // type aliases (legacy), cycles cut off
    auto A = Decls.Aliases.find(Base);
    if (A == Decls.Aliases.end())
      break;
    Base = A->second;
  }
  F.DeclaredType = D.TypeName;
  if (!D.UnsupportedType.empty() || D.TypeName == "Unsupported") {
    F.DeclaredType = "Unsupported(\"" + D.UnsupportedType + "\")";
    F.Type = unsupportedClass(D.UnsupportedType);
    F.TypeName = lowerAscii(D.UnsupportedType.substr(0, D.UnsupportedType.find_first_of("( ")));
  } else if (auto S = scalarClass(Base)) {
    F.Type = *S;
    F.TypeName = lowerAscii(Base);
  } else {
    auto K = Decls.Kinds.find(Base);
    // Models, views and composite types are references (a composite type's
    // fields are read as the type's own entity); a name this file does not
    // declare is most likely a model of another file of a multi-file schema.
    bool Enum = K != Decls.Kinds.end() && K->second == BlockKind::Enum;
    F.Type = Enum ? TypeClass::Enum : TypeClass::Reference;
    // An enum named Phone lists kinds of phone, not numbers: its name is not
    // a domain-like type name.
    F.TypeName = Enum ? "enum" : lowerAscii(Base);
  }
  if (D.List)
    F.DeclaredType += "[]";
  for (const auto &A : D.Attributes) {
    if (A.Name.size() > 3 && A.Name.starts_with("db.")) {
      std::string Native = A.Name.substr(3);
      F.DeclaredType += " @" + A.Name + A.ArgsText;
      refineByNativeType(Native, F.Type);
      F.TypeName = lowerAscii(Native);
    }
  }
}

void addProblems(const SchemaAst &Ast, const SourceFile &File, Model &M) {
  for (const auto &P : Ast.Problems)
    M.Problems.push_back({SourceRange{&File, P.Offset, P.Offset + P.Length}, P.Message});
}

Field makeField(const FieldDecl &D, const Declarations &Decls,
                const std::set<std::string> &ForeignKeys, const SourceFile &File) {
  Field F;
  F.Name = D.Name;
  F.Range = SourceRange{&File, D.NameWhere.Begin, D.NameWhere.End};
  F.Order = FactOrder{0, D.NameWhere.Begin};
  F.Nullable = D.Optional;
  resolveType(D, Decls, F);
  F.IsForeignKey = ForeignKeys.contains(D.Name);
  for (const auto &A : D.Attributes) {
    if (A.Name == "map") {
      const Argument *Col = A.arg("name");
      if (Col != nullptr && Col->IsString && Col->StringValue != D.Name)
        F.ColumnName = Col->StringValue;
    } else if (A.Name == "relation") {
      F.Type = TypeClass::Reference;
    } else if (const Argument *V = A.Name == "default" ? A.arg("value") : nullptr) {
      // @default("pending") or @default(PENDING): a status default.
      if (V->IsString)
        F.Default = V->StringValue;
      else if (V->Names.size() == 1)
        F.Default = V->Names[0];
    }
  }
  for (const auto &C : D.Comments) {
    if (C.Doc)
      F.Comments.push_back(C.Text);
    // privlint: markers work in '//' and '///' comments alike.
    parseMarkers(C.Text, SourceRange{&File, C.Where.Begin, C.Where.End}, F.Markers);
  }
  EncryptionAnnotation Ann = findEncryptionAnnotation(D, File);
  switch (Ann.What) {
  case EncryptionAnnotation::Encrypted:
    F.Prot = Protection::Encrypted;
    F.ProtectionEvidence.push_back(
        {"/// " + Ann.Written + " (prisma-field-encryption)", Ann.Where});
    break;
  case EncryptionAnnotation::Hash:
    F.Prot = Protection::Hashed;
    F.ProtectionEvidence.push_back(
        {"/// " + Ann.Written + " (prisma-field-encryption hash of '" + Ann.HashOf + "')",
         Ann.Where});
    break;
  default:
    break;
  }
  inferProtection(F);
  if (Ann.What == EncryptionAnnotation::Readonly && !F.Markers.ProtectionMarker) {
    // Encryption is being removed: values are decrypted on read and new
    // writes are stored in plaintext, whatever the name or type suggests.
    F.Prot = Protection::Plaintext;
    F.ProtectionEvidence.clear();
    F.ProtectionEvidence.push_back(
        {"/// " + Ann.Written +
             " (prisma-field-encryption): decryption in progress, new writes are plaintext",
         Ann.Where});
  }
  return F;
}

} // namespace

bool readPrismaSchema(const SourceFile &File, Model &M) {
  SchemaAst Ast = parsePrismaSchema(File.text());
  addProblems(Ast, File, M);

  Declarations Decls;
  for (const auto &B : Ast.Blocks) {
    if (B.Kind == BlockKind::Datasource || B.Kind == BlockKind::Generator)
      continue;
    Decls.Kinds.emplace(B.Name, B.Kind);
    if (B.Kind == BlockKind::TypeAlias)
      Decls.Aliases.emplace(B.Name, B.AliasOf);
  }

  for (const auto &B : Ast.Blocks) {
    if (B.Kind != BlockKind::Model && B.Kind != BlockKind::View && B.Kind != BlockKind::Type)
      continue;
    Entity E;
    E.Kind = B.Kind == BlockKind::Model  ? EntityKind::Model
             : B.Kind == BlockKind::View ? EntityKind::View
                                         : EntityKind::Record;
    E.Stored = B.Kind != BlockKind::View;
    // Names read as the schema states them: the model name. The database
    // table (@@map) and schema (@@schema) do not rename the entity.
    E.Name = B.Name;
    E.QualifiedName = B.Name;
    E.Range = SourceRange{&File, B.NameWhere.Begin, B.NameWhere.End};
    for (const auto &A : B.Attributes) {
      if (A.Name == "schema")
        if (const Argument *S = A.arg("name"); S != nullptr && S->IsString)
          E.Schema = S->StringValue;
      if (A.Name == "map")
        if (const Argument *S = A.arg("name"); S != nullptr && S->IsString)
          E.Table = S->StringValue;
    }

    // Scalar fields that hold a relation's key: @relation(fields: [authorId]).
    std::set<std::string> ForeignKeys;
    for (const auto &D : B.Fields)
      for (const auto &A : D.Attributes)
        if (A.Name == "relation")
          for (const auto &Arg : A.Args)
            if (Arg.Name == "fields")
              ForeignKeys.insert(Arg.Names.begin(), Arg.Names.end());

    for (const auto &D : B.Fields)
      E.Fields.push_back(makeField(D, Decls, ForeignKeys, File));
    M.Entities.push_back(std::move(E));
  }
  return true;
}

} // namespace privlint
