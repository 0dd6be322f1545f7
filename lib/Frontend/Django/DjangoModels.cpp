#include "Frontend/Django/DjangoModels.h"

#include "Classify/Markers.h"

#include <ranges>
#include <set>

namespace privlint::django {

using ts::NodeId;
using ts::NoNode;

namespace {

std::string prefixOf(std::string_view Q) {
  size_t Dot = Q.rfind('.');
  return Dot == std::string_view::npos ? std::string() : std::string(Q.substr(0, Dot));
}

bool isDjangoModelBase(std::string_view Q) {
  return Q == "django.db.models.Model" || Q == "django.db.models.base.Model" ||
         Q == "django.contrib.gis.db.models.Model";
}

} // namespace

// An abstract model of django.contrib whose source is not in the project:
// the fields it lends to the models built on it.
struct LibraryModel {
  struct LibraryField {
    const char *Name;
    const char *Class; // Django field class
    Protection Prot;
    const char *Why; // when not plaintext
  };
  std::vector<std::string_view> Names; // qualified, re-exports included
  bool Concrete = false;               // auth.User: a parent with its own table
  std::vector<LibraryField> Fields;
};

namespace {

const std::vector<LibraryModel> &libraryModels() {
  static const std::vector<LibraryModel> Models = [] {
    using Field = LibraryModel::LibraryField;
    const Protection Plain = Protection::Plaintext;
    const std::vector<Field> Base = {
        {"password", "CharField", Protection::Hashed,
         "Django's AbstractBaseUser stores a salted hash (make_password)"},
        {"last_login", "DateTimeField", Plain, ""}};
    const std::vector<Field> Permissions = {{"is_superuser", "BooleanField", Plain, ""},
                                            {"groups", "ManyToManyField", Plain, ""},
                                            {"user_permissions", "ManyToManyField", Plain, ""}};
    // AbstractUser(AbstractBaseUser, PermissionsMixin) and its own fields.
    std::vector<Field> User = Base;
    User.insert(User.end(), Permissions.begin(), Permissions.end());
    for (auto [Name, Class] : {std::pair{"username", "CharField"},
                               {"first_name", "CharField"},
                               {"last_name", "CharField"},
                               {"email", "EmailField"},
                               {"is_staff", "BooleanField"},
                               {"is_active", "BooleanField"},
                               {"date_joined", "DateTimeField"}})
      User.push_back({Name, Class, Plain, ""});
    return std::vector<LibraryModel>{
        {{"django.contrib.auth.base_user.AbstractBaseUser",
          "django.contrib.auth.models.AbstractBaseUser"},
         false,
         Base},
        {{"django.contrib.auth.models.PermissionsMixin"}, false, Permissions},
        {{"django.contrib.auth.models.AbstractUser"}, false, User},
        // auth.User is concrete: a model deriving from it keeps its own
        // columns in its own table (multi-table inheritance).
        {{"django.contrib.auth.models.User"}, true, {}},
        // Wagtail's page tree (concrete: each page type has its own table
        // beside wagtailcore_page) and its settings bases. None lends a
        // contact field; AbstractEmailForm (the site's own to and from
        // addresses) is left to the note for a base that is not read.
        {{"wagtail.models.Page", "wagtail.core.models.Page"}, true, {}},
        {{"wagtail.contrib.settings.models.BaseSiteSetting",
          "wagtail.contrib.settings.models.BaseGenericSetting",
          "wagtail.contrib.settings.models.BaseSetting"},
         false,
         {}}};
  }();
  return Models;
}

const LibraryModel *libraryModel(std::string_view Q) {
  for (const auto &L : libraryModels())
    for (std::string_view N : L.Names)
      if (N == Q)
        return &L;
  return nullptr;
}

// Field classes of these packages hold ciphertext (the import path decides:
// class names like EncryptedCharField are reused across libraries).
const char *encryptionLibrary(std::string_view Prefix) {
  std::string_view Root = Prefix.substr(0, Prefix.find('.'));
  if (Root == "fernet_fields" || Root == "django_fernet_fields")
    return "django-fernet-fields";
  if (Root == "encrypted_model_fields")
    return "django-encrypted-model-fields";
  if (Root == "django_cryptography")
    return "django-cryptography";
  if (Root == "encrypted_fields")
    return "django-fernet-encrypted-fields";
  if (Root == "mirage")
    return "django-mirage-field";
  if (Root == "pgcrypto")
    return "django-pgcrypto-fields";
  std::string L = lowerAscii(Prefix);
  if (L.find("crypt") != std::string::npos || L.find("fernet") != std::string::npos)
    return "an encryption package";
  return nullptr;
}

// Modules whose *Field classes are not model fields.
bool notModelFieldModule(std::string_view Prefix) {
  return Prefix.starts_with("rest_framework") || Prefix.starts_with("django.forms") ||
         Prefix == "forms" || Prefix == "serializers" || Prefix.starts_with("graphene") ||
         Prefix.starts_with("marshmallow") || Prefix.starts_with("wtforms") ||
         Prefix.starts_with("pydantic") || Prefix.starts_with("dataclasses") ||
         Prefix.starts_with("sqlalchemy") || Prefix.starts_with("ninja") ||
         Prefix.starts_with("sqlmodel") || Prefix.starts_with("flask_sqlalchemy");
}

TypeClass djangoTypeClass(std::string_view C) {
  static const std::set<std::string_view> Text = {
      "CharField",     "TextField",    "EmailField",  "SlugField",        "URLField",
      "FilePathField", "FileField",    "ImageField",  "PhoneNumberField", "CountryField",
      "CICharField",   "CIEmailField", "CITextField", "RegionField",      "TimeZoneField"};
  static const std::set<std::string_view> Number = {"IntegerField",
                                                    "BigIntegerField",
                                                    "SmallIntegerField",
                                                    "PositiveIntegerField",
                                                    "PositiveBigIntegerField",
                                                    "PositiveSmallIntegerField",
                                                    "FloatField",
                                                    "DecimalField",
                                                    "AutoField",
                                                    "BigAutoField",
                                                    "SmallAutoField",
                                                    "MoneyField"};
  static const std::set<std::string_view> Time = {"DateField", "DateTimeField", "TimeField",
                                                  "DurationField"};
  if (Text.contains(C))
    return TypeClass::Text;
  if (Number.contains(C))
    return TypeClass::Number;
  if (Time.contains(C))
    return TypeClass::Time;
  if (C == "BinaryField")
    return TypeClass::Binary;
  if (C == "BooleanField" || C == "NullBooleanField")
    return TypeClass::Boolean;
  if (C == "JSONField" || C == "HStoreField")
    return TypeClass::Json;
  if (C == "UUIDField")
    return TypeClass::Uuid;
  if (C == "GenericIPAddressField" || C == "IPAddressField" || C == "InetAddressField" ||
      C == "CidrAddressField" || C == "MACAddressField")
    return TypeClass::Network;
  if (C.ends_with("ForeignKey") || C == "OneToOneField" || C == "ManyToManyField" ||
      C == "ParentalKey" || C == "ParentalManyToManyField")
    return TypeClass::Reference;
  if (C == "PointField" || C == "PolygonField" || C == "GeometryField" || C == "LineStringField" ||
      C == "MultiPointField" || C == "MultiPolygonField" || C == "MultiLineStringField" ||
      C == "GeometryCollectionField" || C == "RasterField")
    return TypeClass::Geometry;
  return TypeClass::Unknown;
}

// The Django field class a library field stores like: EncryptedEmailField
// and EmailPGPSymmetricKeyField hold an EmailField's value.
std::string underlyingClass(std::string_view C) {
  if (C.starts_with("Encrypted") && C.ends_with("Field") && C.size() > 14)
    return std::string(C.substr(9));
  for (std::string_view Suffix : {"PGPSymmetricKeyField", "PGPPublicKeyField"})
    if (C.ends_with(Suffix) && C.size() > Suffix.size())
      return std::string(C.substr(0, C.size() - Suffix.size())) + "Field";
  if (C == "TextDigestField" || C == "TextHMACField")
    return "TextField";
  if (C.starts_with("CI") && (C == "CICharField" || C == "CIEmailField" || C == "CITextField"))
    return std::string(C.substr(2));
  return std::string(C);
}

enum class RefKind { None, ForeignKey, ManyToMany };

// What a field class is: its class, the Django class it stores like, and
// what it does to the value.
struct ClassSpec {
  std::string Class;      // EncryptedEmailField, LowercaseEmailField
  std::string Underlying; // EmailField
  RefKind Ref = RefKind::None;
  Protection Prot = Protection::Plaintext;
  std::string Why;   // evidence reason when not plaintext
  std::string Doubt; // why an encryption-like name was not trusted
};

struct FieldSpec {
  std::string Written; // models.EmailField, encrypt(models.EmailField)
  ClassSpec Spec;
  NodeId Call = NoNode; // the field class's own call (its keyword arguments)
};

class FieldAnalyzer {
public:
  FieldAnalyzer(const Project &P, const OrmSettings &S) : P(P), S(S) {}

  std::optional<ClassSpec> classSpec(const Resolved &R, int Depth) const {
    if (Depth > 16)
      return std::nullopt;
    if (R.project()) {
      const ClassInfo &C = P.classes()[R.Class];
      for (const Resolved &B : P.bases(R.Class)) {
        auto Base = classSpec(B, Depth + 1);
        if (!Base)
          continue;
        ClassSpec Out = *Base;
        Out.Class = C.Name;
        if (Base->Prot != Protection::Plaintext)
          Out.Why = "a subclass of " + Base->Class + ": " + Base->Why;
        else if (C.Name.starts_with("Encrypted") && Out.Doubt.empty())
          Out.Doubt = "project class " + C.Qualified +
                      " derives from no known encrypted field (list it in orm.encrypted_types if "
                      "it encrypts)";
        if (listedType(C.Qualified, S.EncryptedTypes) && Out.Prot == Protection::Plaintext) {
          Out.Prot = Protection::Encrypted;
          Out.Why = "listed in orm.encrypted_types";
        }
        return Out;
      }
      return std::nullopt;
    }
    const std::string &Q = R.Qualified;
    std::string Last(py::lastComponent(Q));
    std::string Prefix = prefixOf(Q);
    if (notModelFieldModule(Prefix))
      return std::nullopt;
    if (Last == "GenericForeignKey" || Last == "GenericRelation")
      return std::nullopt; // no column of their own
    bool Field = Last.ends_with("Field") || Last.ends_with("ForeignKey") || Last == "ParentalKey";
    bool Listed = listedType(Q, S.EncryptedTypes);
    if (!Field && !Listed)
      return std::nullopt;
    ClassSpec Out;
    Out.Class = Last;
    Out.Underlying = underlyingClass(Last);
    if (Last.ends_with("ForeignKey") || Last == "OneToOneField" || Last == "ParentalKey")
      Out.Ref = RefKind::ForeignKey;
    else if (Last == "ManyToManyField" || Last == "ParentalManyToManyField")
      Out.Ref = RefKind::ManyToMany;
    const char *Lib = encryptionLibrary(Prefix);
    bool Pgcrypto = Prefix.starts_with("pgcrypto") || Prefix.empty();
    if (Last.ends_with("PGPSymmetricKeyField") || Last.ends_with("PGPPublicKeyField")) {
      Out.Prot = Protection::Encrypted;
      Out.Why = std::string(Pgcrypto ? "django-pgcrypto-fields" : "a pgcrypto field") +
                (Last.ends_with("PublicKeyField") ? " encrypts it with pgp_pub_encrypt"
                                                  : " encrypts it with pgp_sym_encrypt");
    } else if (Last == "TextDigestField" || Last == "TextHMACField") {
      Out.Prot = Protection::Hashed;
      Out.Why = std::string(Pgcrypto ? "django-pgcrypto-fields" : "a pgcrypto field") +
                (Last == "TextHMACField" ? " stores a keyed hash (hmac)"
                                         : " stores a one-way hash (digest)");
    } else if (Last.starts_with("Encrypted") && Lib) {
      Out.Prot = Protection::Encrypted;
      Out.Why = std::string(Lib) + " stores ciphertext";
    } else if (Listed) {
      Out.Prot = Protection::Encrypted;
      Out.Why = "listed in orm.encrypted_types";
    } else if (Last.starts_with("Encrypted")) {
      Out.Doubt = "imported from " + (Prefix.empty() ? std::string("an unknown module") : Prefix) +
                  ", not a known encryption package (list it in orm.encrypted_types if it "
                  "encrypts)";
    }
    return Out;
  }

  std::optional<FieldSpec> fieldSpec(const py::Module &M, NodeId Call, int Depth) const {
    if (Call == NoNode || Depth > 4 || M.Tree.node(Call).Type != "call")
      return std::nullopt;
    NodeId Fn = M.Tree.child(Call, "function");
    std::string Written = py::dottedName(M.Tree, Fn);
    if (Written.empty())
      return std::nullopt;
    Resolved R = P.resolve(M, Written);
    // An unimported `models.` prefix (a file with errors): Django's.
    if (!R.project() && R.Qualified.starts_with("models."))
      R.Qualified = "django.db.models." + R.Qualified.substr(7);
    std::string Last(py::lastComponent(R.Qualified));
    auto Args = py::positionalArguments(M.Tree, Call);
    // django-cryptography: encrypt(models.EmailField(...)) wraps any field.
    if (!R.project() && Last == "encrypt") {
      if (Args.empty())
        return std::nullopt;
      auto Inner = fieldSpec(M, Args.front(), Depth + 1);
      if (!Inner)
        return std::nullopt;
      std::string Prefix = prefixOf(R.Qualified);
      if (!encryptionLibrary(Prefix) && !listedType(Written, S.EncryptedTypes)) {
        // Some other encrypt(): not trusted.
        FieldSpec Out = *Inner;
        Out.Written = Written + "(" + Inner->Written + ")";
        if (Out.Spec.Prot == Protection::Plaintext)
          Out.Spec.Doubt = R.Qualified + " is not a known encryption wrapper (list it in "
                                         "orm.encrypted_types if it encrypts)";
        return Out;
      }
      FieldSpec Out = *Inner;
      Out.Written = Written + "(" + Inner->Written + ")";
      if (Out.Spec.Prot == Protection::Plaintext || Out.Spec.Prot == Protection::Hashed) {
        Out.Spec.Prot = Protection::Encrypted;
        const char *Lib = encryptionLibrary(Prefix);
        Out.Spec.Why =
            std::string(Lib && std::string_view(Lib) != "an encryption package" ? Lib
                                                                                : "the wrapper") +
            " encrypts the wrapped field";
      }
      return Out;
    }
    auto Spec = classSpec(R, 0);
    if (!Spec)
      return std::nullopt;
    if (Spec->Prot == Protection::Plaintext && listedType(Written, S.EncryptedTypes)) {
      Spec->Prot = Protection::Encrypted;
      Spec->Why = "listed in orm.encrypted_types";
    }
    FieldSpec Out;
    Out.Written = Written;
    Out.Spec = *Spec;
    Out.Call = Call;
    // ArrayField(base_field) stores values of its base field.
    if (Last == "ArrayField") {
      NodeId Base = Args.empty() ? py::keywordArgument(M.Tree, Call, "base_field") : Args.front();
      if (auto Inner = fieldSpec(M, Base, Depth + 1)) {
        Out.Written = Written + "(" + Inner->Written + ")";
        Out.Spec.Underlying = Inner->Spec.Underlying;
        Out.Spec.Prot = Inner->Spec.Prot;
        Out.Spec.Why = Inner->Spec.Why;
        Out.Spec.Doubt = Inner->Spec.Doubt;
      }
    }
    return Out;
  }

private:
  const Project &P;
  const OrmSettings &S;
};

bool isTrue(const ts::SyntaxTree &T, NodeId N) { return N != NoNode && T.node(N).Type == "true"; }

// The app label Django gives a model of module Mod: the package that holds
// models.py or the models/ package (apps.shop.models.customer -> shop).
std::string appLabelOf(const std::string &Module, const std::string &Root) {
  std::vector<std::string> Parts;
  size_t B = 0;
  while (B <= Module.size()) {
    size_t E = Module.find('.', B);
    if (E == std::string::npos)
      E = Module.size();
    Parts.push_back(Module.substr(B, E - B));
    B = E + 1;
  }
  for (size_t I = Parts.size(); I-- > 1;)
    if (Parts[I] == "models")
      return Parts[I - 1];
  if (Parts.size() >= 2)
    return Parts[Parts.size() - 2];
  // models.py at the source root: the root directory is the app.
  std::string R = Root;
  while (!R.empty() && (R.back() == '/' || R.back() == '\\'))
    R.pop_back();
  size_t Slash = R.find_last_of("/\\");
  std::string Base = Slash == std::string::npos ? R : R.substr(Slash + 1);
  return Base.empty() || Base == "." ? Parts.front() : Base;
}

bool inMigrations(const std::string &Module) {
  return Module == "migrations" || Module.starts_with("migrations.") ||
         Module.find(".migrations.") != std::string::npos || Module.ends_with(".migrations");
}

} // namespace

DjangoModels::DjangoModels(const Project &Proj, const OrmSettings &Settings, Model &Out)
    : P(Proj), S(Settings), M(Out) {
  const auto &Classes = P.classes();
  ModelByClass.assign(Classes.size(), -2); // -2: not decided yet
  for (size_t I = 0; I < Classes.size(); ++I)
    isModelClass(static_cast<int>(I), 0);
  for (size_t I = 0; I < Models.size(); ++I)
    read(static_cast<int>(I));
  // Entities for concrete, non-proxy models, in class order (module order,
  // then source order).
  for (auto &Mi : Models) {
    if (Mi.Abstract || Mi.Proxy)
      continue;
    const ClassInfo &C = Classes[Mi.Class];
    const py::Module &Mod = P.moduleOf(C);
    Entity E;
    E.Kind = EntityKind::Model;
    E.Name = C.Name;
    E.QualifiedName = Mi.Label;
    E.Table = Mi.DbTable.empty() ? Mi.AppLabel + "_" + lowerAscii(C.Name) : Mi.DbTable;
    E.Range = Mod.range(Mod.Tree.child(C.Node, "name"));
    E.Fields = Mi.Fields;
    Mi.Entity = static_cast<int>(M.Entities.size());
    M.Entities.push_back(std::move(E));
  }
}

bool DjangoModels::isModelClass(int Class, int Depth) {
  int &Slot = ModelByClass[Class];
  if (Slot >= -1)
    return Slot >= 0;
  if (Depth > 32)
    return false;
  const ClassInfo &C = P.classes()[Class];
  const py::Module &Mod = P.moduleOf(C);
  if (inMigrations(Mod.Name)) {
    Slot = -1;
    return false;
  }
  Slot = -1; // cycles end here
  bool IsModel = false;
  std::vector<int> ModelBases;
  bool ExternalModelish = false;
  std::vector<std::pair<const LibraryModel *, NodeId>> LibraryBases;
  const Resolved *Unbound = nullptr, *Unknown = nullptr;
  for (const Resolved &B : P.bases(Class)) {
    if (B.project()) {
      if (isModelClass(B.Class, Depth + 1)) {
        IsModel = true;
        ModelBases.push_back(ModelByClass[B.Class]);
      }
    } else if (const LibraryModel *L = libraryModel(B.Qualified)) {
      IsModel = true;
      LibraryBases.emplace_back(L, B.Node);
    } else if (isDjangoModelBase(B.Qualified) ||
               (!P.module(prefixOf(B.Qualified)) && B.Qualified == "models.Model")) {
      IsModel = true;
    } else if (B.Unbound) {
      if (!Unbound)
        Unbound = &B;
    } else if (B.Qualified.ends_with("Model") && !notModelFieldModule(prefixOf(B.Qualified)) &&
               !B.Qualified.starts_with("django.db.models")) {
      ExternalModelish = true; // TimeStampedModel, PolymorphicModel, MPTTModel ...
    } else if (!Unknown && !B.Qualified.starts_with("django.") && B.Qualified != "object") {
      Unknown = &B; // imported from a module outside what was read
    }
  }
  // A base model of a package we cannot see: a model when the class
  // declares model fields.
  if (!IsModel && ExternalModelish)
    IsModel = declaresFields(Class, false);
  // A base that is never imported (a file with errors, a name from a star
  // import of a module outside the project under another name): a model
  // when its body declares fields of imported Django field classes, said in
  // a note since what the base adds is unknown.
  // The same for a base imported from a module that was not read (a
  // project module under a root privlint could not place, a package outside
  // the project): `from shop.base import TimeStamped`.
  if (const Resolved *B = Unbound ? Unbound : Unknown;
      !IsModel && B && declaresFields(Class, true, /*DjangoOnly=*/B == Unknown)) {
    IsModel = true;
    if (Mod.Given) {
      const auto &N = Mod.Tree.node(B->Node);
      S.note(Mod.File->path() + ":" + std::to_string(Mod.File->lineOf(N.Begin)) + ":" +
             std::to_string(Mod.File->columnOf(N.Begin)) + ": note: base '" +
             std::string(Mod.Tree.text(B->Node)) + "' of class '" + C.Name + "' " +
             (B == Unbound ? std::string("is neither imported nor defined")
                           : "(" + B->Qualified + ") is not defined in the files read") +
             "; read as a Django model because its body declares model fields (fields the "
             "base adds are not seen)");
    }
  }
  if (!IsModel)
    return false;
  Info Mi;
  Mi.Class = Class;
  Mi.ModelBases = std::move(ModelBases);
  Mi.LibraryBases = std::move(LibraryBases);
  Slot = static_cast<int>(Models.size());
  Models.push_back(std::move(Mi));
  return true;
}

bool DjangoModels::declaresFields(int Class, bool ImportedOnly, bool DjangoOnly) const {
  const ClassInfo &C = P.classes()[Class];
  const py::Module &Mod = P.moduleOf(C);
  FieldAnalyzer A(P, S);
  for (NodeId St : statementsOf(Mod.Tree, classBody(Mod.Tree, C.Node))) {
    auto [L, R] = simpleAssignment(Mod.Tree, St);
    if (L == NoNode)
      continue;
    auto Spec = A.fieldSpec(Mod, R, 0);
    if (!Spec)
      continue;
    // Imported: models.EmailField or a class imported by name, not a bare
    // EmailField nothing binds.
    if (ImportedOnly) {
      NodeId Fn = Spec->Call != NoNode ? Mod.Tree.child(Spec->Call, "function") : NoNode;
      std::string Written = Fn != NoNode ? py::dottedName(Mod.Tree, Fn) : std::string();
      if (Written.empty() ||
          !P.names().binds(Mod, std::string_view(Written).substr(0, Written.find('.'))))
        continue;
      // Django's own field classes: a form's StringField, a GraphQL
      // type's Mutation.Field() are no model fields.
      if (DjangoOnly && !P.resolve(Mod, Written).Qualified.starts_with("django."))
        continue;
    }
    return true;
  }
  return false;
}

int DjangoModels::modelOfClass(int Class) const {
  if (Class < 0 || Class >= static_cast<int>(ModelByClass.size()))
    return -1;
  return ModelByClass[Class] >= 0 ? ModelByClass[Class] : -1;
}

void DjangoModels::readMeta(int Model) {
  Info &Mi = Models[Model];
  const ClassInfo &C = P.classes()[Mi.Class];
  const py::Module &Mod = P.moduleOf(C);
  const ts::SyntaxTree &T = Mod.Tree;
  NodeId Meta = nestedClass(T, C.Node, "Meta");
  bool InheritMeta = Meta == NoNode; // children of abstract models inherit their Meta
  if (Meta != NoNode) {
    Mi.HasMeta = true;
    // class Meta(Base.Meta): inherits Base's options.
    if (NodeId Sup = T.child(Meta, "superclasses"); Sup != NoNode)
      for (NodeId B : T.namedChildren(Sup))
        if (py::lastComponent(py::dottedName(T, B)) == "Meta")
          InheritMeta = true;
  }
  if (InheritMeta)
    for (int B : Mi.ModelBases) {
      const Info &Bi = Models[B];
      if (!Bi.Abstract)
        continue;
      // Only an app_label the base's Meta declares is inherited: the
      // base's own app (saleor's core.ModelWithMetadata) is not the child's.
      if (Mi.AppLabel.empty() && !Bi.DeclaredAppLabel.empty())
        Mi.AppLabel = Mi.DeclaredAppLabel = Bi.DeclaredAppLabel;
      if (Mi.DbTable.empty())
        Mi.DbTable = Bi.DbTable;
      break;
    }
  if (Meta == NoNode)
    return;
  for (NodeId St : statementsOf(T, classBody(T, Meta))) {
    auto [L, R] = simpleAssignment(T, St);
    if (L == NoNode)
      continue;
    std::string_view Key = T.text(L);
    if (Key == "abstract")
      Mi.Abstract = isTrue(T, R);
    else if (Key == "proxy")
      Mi.Proxy = isTrue(T, R);
    else if (Key == "db_table") {
      if (auto V = py::stringValue(T, R))
        Mi.DbTable = *V;
    } else if (Key == "app_label") {
      if (auto V = py::stringValue(T, R))
        Mi.AppLabel = Mi.DeclaredAppLabel = *V;
    }
  }
}

std::optional<Field> DjangoModels::readField(const py::Module &Mod, NodeId Statement, NodeId Name,
                                             NodeId Value, const ts::CommentIndex &Comments,
                                             std::string &TargetText, NodeId &TargetNode) {
  const ts::SyntaxTree &T = Mod.Tree;
  FieldAnalyzer A(P, S);
  auto Spec = A.fieldSpec(Mod, Value, 0);
  if (!Spec)
    return std::nullopt;
  Field F;
  F.Name = std::string(T.text(Name));
  F.Range = Mod.range(Name);
  F.Order = FactOrder{0, T.node(Name).Begin};
  F.DeclaredType = Spec->Written;
  F.TypeName = lowerAscii(Spec->Spec.Class);
  F.SourceHint = lowerAscii(Spec->Spec.Underlying);
  F.Type = djangoTypeClass(Spec->Spec.Underlying);
  if (F.Type == TypeClass::Unknown)
    F.Type = djangoTypeClass(Spec->Spec.Class);
  NodeId Call = Spec->Call;
  F.Nullable = isTrue(T, py::keywordArgument(T, Call, "null"));
  if (auto Default = py::stringValue(T, py::keywordArgument(T, Call, "default")))
    F.Default = *Default; // a status default: state = CharField(default="pending")
  // A text field limited to choices is an enumeration.
  if (F.Type == TypeClass::Text && py::keywordArgument(T, Call, "choices") != NoNode)
    F.Type = TypeClass::Enum;
  // validators=[validate_email]: a validator named for the data is a type
  // signal, read as the field class would be.
  NodeId Vs = py::keywordArgument(T, Call, "validators");
  if (Vs != NoNode && (F.SourceHint == "charfield" || F.SourceHint == "textfield"))
    for (NodeId V : T.namedChildren(Vs)) {
      NodeId Callee = T.node(V).Type == "call" ? T.child(V, "function") : V;
      std::string Name = lowerAscii(py::dottedName(T, Callee));
      if (auto Dot = Name.rfind('.'); Dot != std::string::npos)
        Name = Name.substr(Dot + 1);
      if (!Name.empty() && Name.find("validat") != std::string::npos) {
        F.SourceHint = Name; // the classifier reads it as a type name (rules/taxonomy.yaml domains)
        break;
      }
    }
  std::string Column;
  if (auto DbColumn = py::stringValue(T, py::keywordArgument(T, Call, "db_column")))
    Column = *DbColumn;
  if (Spec->Spec.Ref != RefKind::None) {
    F.Type = TypeClass::Reference;
    if (Spec->Spec.Ref == RefKind::ForeignKey) {
      F.IsForeignKey = true;
      if (Column.empty())
        Column = F.Name + "_id";
    }
    auto Args = py::positionalArguments(T, Call);
    TargetNode = !Args.empty() ? Args.front() : py::keywordArgument(T, Call, "to");
    if (TargetNode != NoNode) {
      if (auto Str = py::stringValue(T, TargetNode))
        TargetText = *Str;
      else
        TargetText = py::dottedName(T, TargetNode);
    }
  }
  if (!Column.empty() && Column != F.Name)
    F.ColumnName = Column;
  const auto &St = T.node(Statement);
  for (const auto &[Text, Where] : Comments.around(St.Begin, St.End)) {
    F.Comments.emplace_back(Text);
    parseMarkers(Text, Where, F.Markers);
  }
  if (Spec->Spec.Prot != Protection::Plaintext) {
    F.Prot = Spec->Spec.Prot;
    F.ProtectionEvidence.push_back(
        {Spec->Written + " at " + where(Mod.range(Value)) + ": " + Spec->Spec.Why,
         Mod.range(Value)});
  } else if (!Spec->Spec.Doubt.empty()) {
    F.ProtectionEvidence.push_back(
        {Spec->Written + " at " + where(Mod.range(Value)) + ": " + Spec->Spec.Doubt,
         Mod.range(Value)});
  }
  inferProtection(F);
  return F;
}

void DjangoModels::read(int Model) {
  Info &Mi0 = Models[Model];
  if (Mi0.Read || Mi0.Reading)
    return;
  Mi0.Reading = true;
  // Bases first: abstract bases lend their fields and Meta.
  std::vector<int> Bases = Mi0.ModelBases;
  for (int B : Bases)
    read(B);
  Info &Mi = Models[Model];
  const ClassInfo &C = P.classes()[Mi.Class];
  const py::Module &Mod = P.moduleOf(C);
  readMeta(Model);
  if (Mi.AppLabel.empty())
    Mi.AppLabel = appLabelOf(Mod.Name, S.Root);
  Mi.Label = Mi.AppLabel + "." + C.Name;
  ByLabel.emplace(Mi.Label, Model);

  std::vector<Field> Fields;
  auto Has = [&](const std::string &Name) {
    for (const auto &F : Fields)
      if (F.Name == Name)
        return true;
    return false;
  };
  for (int B : Bases) {
    const Info &Bi = Models[B];
    if (!Bi.Abstract)
      continue; // a concrete parent keeps its fields in its own table
    for (const auto &F : Bi.Fields)
      if (!Has(F.Name)) {
        Fields.push_back(F);
        if (auto It = Bi.TargetsWritten.find(F.Name); It != Bi.TargetsWritten.end()) {
          Mi.TargetsWritten[F.Name] = It->second;
          Mi.TargetModule[F.Name] = Bi.TargetModule.at(F.Name);
          Mi.TargetNode[F.Name] = Bi.TargetNode.at(F.Name);
        }
      }
  }
  for (const auto &[L, BaseNode] : Mi.LibraryBases) {
    if (L->Concrete)
      continue;
    // Django's own fields, placed at the base as written in this class.
    for (const auto &LF : L->Fields) {
      if (Has(LF.Name))
        continue;
      Field F;
      F.Name = LF.Name;
      F.Range = Mod.range(BaseNode);
      F.Order = FactOrder{0, Mod.Tree.node(BaseNode).Begin};
      F.DeclaredType = LF.Class;
      F.TypeName = lowerAscii(LF.Class);
      F.SourceHint = F.TypeName;
      F.Type = djangoTypeClass(LF.Class);
      F.Nullable = F.Name == "last_login";
      if (F.Type == TypeClass::Reference)
        continue; // groups, user_permissions: join tables of their own
      if (LF.Prot != Protection::Plaintext) {
        F.Prot = LF.Prot;
        F.ProtectionEvidence.push_back({LF.Why, F.Range});
      }
      inferProtection(F);
      Fields.push_back(std::move(F));
    }
  }
  if (Mi.Proxy) {
    Mi.Fields.clear(); // a proxy adds no columns
    Mi.Read = true;
    return;
  }
  auto &Slot = CommentsByModule[P.moduleIndex(Mod)];
  if (!Slot)
    Slot =
        std::make_unique<ts::CommentIndex>(Mod.Tree, *Mod.File); // once per module, not per class
  const ts::CommentIndex &Comments = *Slot;
  for (NodeId St : statementsOf(Mod.Tree, classBody(Mod.Tree, C.Node))) {
    auto [L, R] = simpleAssignment(Mod.Tree, St);
    if (L == NoNode)
      continue;
    if (Mod.Tree.node(R).Type == "none") {
      // `username = None`: removes a field inherited from an abstract model.
      std::string_view Removed = Mod.Tree.text(L);
      std::erase_if(Fields, [&](const Field &F) { return F.Name == Removed; });
      continue;
    }
    std::string Target;
    NodeId TargetNode = NoNode;
    auto F = readField(Mod, St, L, R, Comments, Target, TargetNode);
    if (!F)
      continue;
    // A field redefined (or overriding an abstract base's): the last wins.
    for (auto It = Fields.begin(); It != Fields.end(); ++It)
      if (It->Name == F->Name) {
        Fields.erase(It);
        break;
      }
    if (!Target.empty()) {
      Mi.TargetsWritten[F->Name] = Target;
      Mi.TargetModule[F->Name] = P.moduleIndex(Mod);
      Mi.TargetNode[F->Name] = TargetNode;
    }
    Fields.push_back(std::move(*F));
  }
  Mi.Fields = std::move(Fields);
  Mi.Read = true;
}

std::optional<FieldRef> DjangoModels::field(int Model, std::string_view Name) const {
  for (int Hop = 0; Model >= 0 && Hop < 16; ++Hop) {
    const Info &Mi = Models[Model];
    if (Mi.Entity >= 0) {
      const auto &Fs = M.Entities[Mi.Entity].Fields;
      for (size_t I = 0; I < Fs.size(); ++I)
        if (Fs[I].Name == Name || (Fs[I].IsForeignKey && Fs[I].Name + "_id" == Name))
          return FieldRef{static_cast<size_t>(Mi.Entity), I};
    }
    // Multi-table inheritance and proxies read their parents' columns.
    Model = concreteParent(Model);
  }
  return std::nullopt;
}

int DjangoModels::concreteParent(int Model) const {
  for (int B : Models[Model].ModelBases)
    if (!Models[B].Abstract)
      return B;
  return -1;
}

std::vector<FieldRef> DjangoModels::allFields(int Model) const {
  std::vector<int> Chain;
  for (int Hop = 0; Model >= 0 && Hop < 16; ++Hop) {
    Chain.push_back(Model);
    Model = concreteParent(Model);
  }
  std::vector<FieldRef> Out;
  for (int &It : std::ranges::reverse_view(Chain)) {
    int E = Models[It].Entity;
    if (E < 0)
      continue;
    for (size_t I = 0; I < M.Entities[E].Fields.size(); ++I)
      Out.push_back({static_cast<size_t>(E), I});
  }
  return Out;
}

int DjangoModels::resolveTarget(int Model, const std::string &FieldName) const {
  const Info &Mi = Models[Model];
  auto It = Mi.TargetsWritten.find(FieldName);
  if (It == Mi.TargetsWritten.end())
    return -1;
  const std::string &Written = It->second;
  if (Written == "self")
    return Model;
  const py::Module &Mod = P.modules()[Mi.TargetModule.at(FieldName)];
  NodeId N = Mi.TargetNode.at(FieldName);
  if (N != NoNode && Mod.Tree.node(N).Type == "string") {
    // "Customer" (same app) or "shop.Customer" (a model label).
    std::string Label =
        Written.find('.') == std::string::npos ? Mi.AppLabel + "." + Written : Written;
    auto L = ByLabel.find(Label);
    return L == ByLabel.end() ? -1 : L->second;
  }
  Resolved R = P.resolve(Mod, Written);
  return R.project() ? modelOfClass(R.Class) : -1;
}

int DjangoModels::target(int Model, std::string_view FieldName) const {
  for (int Hop = 0; Model >= 0 && Hop < 16; ++Hop) {
    int T = resolveTarget(Model, std::string(FieldName));
    if (T >= 0)
      return T;
    Model = concreteParent(Model);
  }
  return -1;
}

} // namespace privlint::django
