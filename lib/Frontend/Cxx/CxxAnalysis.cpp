#include "Frontend/Cxx/CxxAnalysis.h"

#include "Classify/Markers.h"
#include "Frontend/Cxx/CxxUnit.h"
#include "Support/Text.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>

#include <filesystem>
#include <functional>
#include <regex>

namespace privlint {
namespace {

namespace fs = std::filesystem;

bool nameSaysEncrypted(const std::string &Name) {
  std::string L = lowerAscii(Name);
  return L.find("encrypted") != std::string::npos || L.find("sealed") != std::string::npos ||
         L.find("cipher") != std::string::npos || L.find("ciphertext") != std::string::npos;
}

// A URL type (Qt's QUrl, boost::urls::url, Poco::URI, ada::url, ...): what
// it holds is a location on a network, never a postal address or a phone.
// The last component of a qualified name (url for boost::urls::url).
std::string_view unqualified(std::string_view Name) {
  size_t Colon = Name.rfind("::");
  return Colon == std::string_view::npos ? Name : Name.substr(Colon + 2);
}

bool isUrlTypeName(std::string_view Qualified) {
  std::string Name = lowerAscii(unqualified(Qualified));
  return Name == "qurl" || Name == "url" || Name == "uri" || Name == "url_view";
}

// Peels wrappers that do not change what a field holds: optional, vectors
// and other single-argument containers, references, arrays of non-char.
clang::QualType peel(clang::QualType T) {
  for (int Depth = 0; Depth < 8; ++Depth) {
    T = T.getCanonicalType().getNonReferenceType();
    const auto *RT = T->getAs<clang::RecordType>();
    if (!RT)
      return T;
    const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(RT->getDecl());
    if (!Spec)
      return T;
    std::string Name = Spec->getQualifiedNameAsString();
    static const char *const Containers[] = {
        "std::optional",      "std::vector",     "std::list",  "std::deque", "std::set",
        "std::unordered_set", "boost::optional", "std::array", "QList",      "QVector"};
    // oatpp's wrappers (Primitive<v_int64>, Object<Dto>, Vector<T>) hold their first argument.
    bool Container = Name.starts_with("oatpp::");
    for (const char *C : Containers)
      if (Name == C)
        Container = true;
    if (!Container || Spec->getTemplateArgs().size() == 0 ||
        Spec->getTemplateArgs()[0].getKind() != clang::TemplateArgument::Type)
      return T;
    T = Spec->getTemplateArgs()[0].getAsType();
  }
  return T;
}

TypeClass typeClassOf(clang::QualType T, std::string &WrapperName) {
  T = peel(T);
  if (T->isBooleanType())
    return TypeClass::Boolean;
  if (T->isIntegerType() && !T->isAnyCharacterType())
    return T->isEnumeralType() ? TypeClass::Enum : TypeClass::Number;
  if (T->isEnumeralType())
    return TypeClass::Enum;
  if (T->isRealFloatingType())
    return TypeClass::Number;
  if (T->isPointerType() || T->isArrayType()) {
    clang::QualType E = T->isPointerType() ? T->getPointeeType()
                                           : clang::QualType(T->getArrayElementTypeNoTypeQual(), 0);
    if (E->isAnyCharacterType())
      return TypeClass::Text;
    return TypeClass::Unknown;
  }
  if (const auto *RT = T->getAs<clang::RecordType>()) {
    const clang::RecordDecl *D = RT->getDecl();
    std::string Name = D->getQualifiedNameAsString();
    if (Name == "std::basic_string" || Name == "std::basic_string_view" || Name == "QString" ||
        Name == "std::__cxx11::basic_string" || Name == "llvm::StringRef" ||
        Name == "absl::string_view" || (Name.starts_with("oatpp::") && D->getName() == "String"))
      return TypeClass::Text;
    if (Name.starts_with("std::chrono::"))
      return TypeClass::Time;
    if (Name.starts_with("nlohmann::"))
      return TypeClass::Json;
    if (isUrlTypeName(Name))
      return TypeClass::Network;
    WrapperName = D->getNameAsString();
    return TypeClass::Unknown;
  }
  return TypeClass::Unknown;
}

// Whether Clang could not resolve a field's type (an unknown type name, or a
// typedef of one: a header that was not found, or a compile error), so that
// the type it reports ('int') says nothing about what the field holds.
bool typeIsBroken(const clang::FieldDecl *FD) {
  if (FD->isInvalidDecl())
    return true;
  for (clang::QualType T = FD->getType(); !T.isNull();) {
    const auto *TT = T->getAs<clang::TypedefType>();
    if (!TT)
      break;
    if (TT->getDecl()->isInvalidDecl())
      return true;
    T = TT->desugar();
  }
  return false;
}

// The type of a field as spelled in the source (from the start of the
// declaration to the field's name), for a type Clang could not resolve.
std::string spelledType(const clang::FieldDecl *FD, const clang::SourceManager &SM,
                        const clang::LangOptions &LO) {
  clang::SourceLocation B = SM.getSpellingLoc(FD->getBeginLoc());
  clang::SourceLocation E = SM.getSpellingLoc(FD->getLocation());
  if (B.isInvalid() || E.isInvalid() || SM.getFileID(B) != SM.getFileID(E) ||
      SM.getFileOffset(E) <= SM.getFileOffset(B))
    return {};
  std::string Text =
      clang::Lexer::getSourceText(clang::CharSourceRange::getCharRange(B, E), SM, LO).str();
  std::string Out = collapseSpaces(Text);
  for (const char *Prefix : {"mutable ", "static ", "inline ", "const "})
    if (Out.starts_with(Prefix))
      Out.erase(0, std::string_view(Prefix).size());
  return Out;
}

// What a type Clang could not resolve holds, from its spelling: the string
// types of the common libraries are text; anything else is unknown.
TypeClass spelledTypeClass(const std::string &Spelled) {
  if (Spelled.find('<') != std::string::npos)
    return TypeClass::Unknown; // a container or template: not one string
  if (!Spelled.empty() && (Spelled.back() == '*' || Spelled.back() == '&'))
    return TypeClass::Unknown; // a pointer or reference: not the value itself
  std::string_view Last = unqualified(Spelled);
  if (isUrlTypeName(Last))
    return TypeClass::Network;
  for (const char *S : {"string", "wstring", "u8string", "u16string", "u32string", "string_view",
                        "QString", "String", "StringRef", "ustring"})
    if (Last == S)
      return TypeClass::Text;
  return TypeClass::Unknown;
}

// The name a record's fields take their meaning from. A private part of a
// class (the d-pointer and pimpl idioms: Address::Private, Widget::Impl)
// holds the data of the class it belongs to, so it is named after that
// class: 'number' in PhoneNumber::Private is a phone number.
std::string meaningName(const clang::CXXRecordDecl *D) {
  std::string Name = D->getNameAsString();
  const auto *Owner = llvm::dyn_cast<clang::CXXRecordDecl>(D->getDeclContext());
  if (!Owner || Owner->getName().empty())
    return Name;
  for (const char *Part : {"Private", "Priv", "Impl", "Data", "PrivateData", "P", "D"})
    if (Name == Part)
      return meaningName(Owner);
  return Name;
}

// The outermost type name of a spelled type (Encrypted for
// Encrypted<std::string>, Vaulted for const ns::Vaulted &), to be checked as
// a wrapper as a resolved record type is.
std::string spelledWrapper(const std::string &Spelled) {
  std::string Name = Spelled.substr(0, Spelled.find('<'));
  while (!Name.empty() && (Name.back() == '*' || Name.back() == '&' || Name.back() == ' '))
    Name.pop_back();
  Name = std::string(unqualified(Name));
  if (size_t Space = Name.rfind(' '); Space != std::string::npos)
    Name.erase(0, Space + 1);
  return Name;
}

class Visitor : public clang::RecursiveASTVisitor<Visitor> {
public:
  Visitor(clang::ASTContext &C, std::function<void(const clang::CXXRecordDecl *)> F)
      : Ctx(C), OnRecord(std::move(F)) {}
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool VisitCXXRecordDecl(const clang::CXXRecordDecl *D) {
    if (D->isThisDeclarationADefinition() && !D->isImplicit() && !D->isLambda() &&
        !llvm::isa<clang::ClassTemplateSpecializationDecl>(D))
      OnRecord(D);
    return true;
  }

private:
  clang::ASTContext &Ctx;
  std::function<void(const clang::CXXRecordDecl *)> OnRecord;
};

} // namespace

std::string displayPath(const std::string &Path) {
  // One spelling per file, however translation units reach it: absolute
  // for identity, shown relative to the current directory when inside it.
  std::error_code EC;
  fs::path Abs = fs::absolute(Path, EC).lexically_normal();
  fs::path Rel = Abs.lexically_relative(fs::current_path(EC));
  return (!Rel.empty() && !Rel.native().starts_with("..")) ? Rel.string() : Abs.string();
}

const SourceFile *CxxCollector::fileFor(const std::string &Path, const std::string &Text) {
  auto It = Files.find(Path);
  if (It != Files.end())
    return It->second.get();
  auto SF = std::make_unique<SourceFile>(Path, Text);
  const SourceFile *P = SF.get();
  Paths[P] = Path;
  Files.emplace(Path, std::move(SF));
  return P;
}

std::vector<std::unique_ptr<SourceFile>> CxxCollector::takeFiles() {
  std::vector<std::unique_ptr<SourceFile>> Out;
  for (auto &[Path, F] : Files)
    Out.push_back(std::move(F));
  Files.clear();
  return Out;
}

std::string outermostMacro(const clang::SourceManager &SM, const clang::LangOptions &LO,
                           clang::SourceLocation L) {
  if (!L.isMacroID())
    return {};
  clang::SourceLocation E = SM.getExpansionLoc(L);
  bool Invalid = false;
  llvm::StringRef Buf = SM.getBufferData(SM.getFileID(E), &Invalid);
  if (Invalid)
    return {};
  size_t B = SM.getFileOffset(E), End = B;
  while (End < Buf.size() &&
         (std::isalnum(static_cast<unsigned char>(Buf[End])) || Buf[End] == '_'))
    ++End;
  (void)LO;
  return Buf.substr(B, End - B).str();
}

bool isOatppDto(const clang::CXXRecordDecl *D) {
  D = D ? D->getDefinition() : nullptr;
  if (!D)
    return false;
  bool Found = false;
  D->forallBases([&](const clang::CXXRecordDecl *B) {
    std::string N = B->getQualifiedNameAsString();
    if (N.starts_with("oatpp::") && (B->getName() == "DTO" || B->getName() == "BaseObject"))
      Found = true;
    return true;
  });
  return Found;
}

const SourceFile *CxxCollector::projectFile(const clang::SourceManager &SM,
                                            clang::SourceLocation Loc) {
  Loc = SM.getSpellingLoc(Loc);
  if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
    return nullptr;
  clang::FileID FID = SM.getFileID(Loc);
  auto Cached = FileDecisions.find(FID);
  if (Cached != FileDecisions.end())
    return Cached->second;
  const SourceFile *Result = nullptr;
  auto Entry = SM.getFileEntryRefForID(FID);
  if (Entry) {
    std::error_code EC;
    std::string Path = displayPath(Entry->getName().str());
    bool Accept = true;
    if (!Opts.ProjectRoot.empty()) {
      fs::path Root = fs::weakly_canonical(Opts.ProjectRoot, EC);
      fs::path P = fs::weakly_canonical(Path, EC);
      auto R = P.lexically_relative(Root);
      Accept = !R.empty() && !R.native().starts_with("..");
    }
    if (Accept && !Opts.HeaderFilter.empty()) {
      // Like clang-tidy's -header-filter, but for every file, main files too.
      static thread_local std::string CachedRe;
      static thread_local std::regex Filter;
      if (CachedRe != Opts.HeaderFilter) {
        Filter = std::regex(Opts.HeaderFilter, std::regex::extended);
        CachedRe = Opts.HeaderFilter;
      }
      Accept = std::regex_search(Path, Filter);
    }
    if (Accept)
      Result = fileFor(Path, SM.getBufferData(FID).str());
  }
  FileDecisions[FID] = Result;
  return Result;
}

void CxxCollector::collect(clang::ASTContext &Ctx) {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  FileDecisions.clear(); // FileIDs are per translation unit
  CxxUnit U{Ctx,
            SM,
            M,
            {},
            {},
            SeenFacts,
            [this, &SM](clang::SourceLocation L) { return projectFile(SM, L); }};
  Visitor V(Ctx, [&](const clang::CXXRecordDecl *D) {
    clang::SourceLocation Loc = SM.getSpellingLoc(D->getLocation());
    const SourceFile *SF = projectFile(SM, Loc);
    if (!SF)
      return;
    clang::FileID FID = SM.getFileID(Loc);
    if (D->getName().empty())
      return; // anonymous structs are reached through their parent's field
    unsigned Offset = SM.getFileOffset(Loc);
    auto Seen = SeenRecords.find({SF->path(), Offset});
    if (Seen != SeenRecords.end()) {
      U.Entities[D] = Seen->second; // the same header record from another translation unit
      return;
    }
    auto RangeOf = [&](clang::SourceLocation L, llvm::StringRef Name) {
      L = SM.getSpellingLoc(L);
      unsigned Off = SM.getFileOffset(L);
      return SourceRange{SF, Off, Off + static_cast<uint32_t>(std::max<size_t>(Name.size(), 1))};
    };

    Entity E;
    E.Kind = EntityKind::Record;
    E.Name = meaningName(D);
    E.QualifiedName = D->getQualifiedNameAsString();
    if (isOatppDto(D)) {
      // A DTO is what an endpoint sends, not where data is kept.
      E.Kind = EntityKind::ApiObject;
      E.Stored = false;
    }
    E.Range = RangeOf(D->getLocation(), D->getName());
    for (const clang::FieldDecl *FD : D->fields()) {
      if (SM.getFileID(SM.getSpellingLoc(FD->getLocation())) != FID)
        continue; // fields from macros expanded elsewhere
      Field F;
      F.Name = FD->getNameAsString();
      if (F.Name.empty())
        continue;
      F.Range = RangeOf(FD->getLocation(), FD->getName());
      std::string Wrapper;
      if (typeIsBroken(FD)) {
        F.DeclaredType = spelledType(FD, SM, Ctx.getLangOpts());
        F.Type = spelledTypeClass(F.DeclaredType);
        if (F.Type == TypeClass::Unknown)
          Wrapper = spelledWrapper(F.DeclaredType);
      } else {
        F.DeclaredType = FD->getType().getAsString(Ctx.getPrintingPolicy());
        F.Type = typeClassOf(FD->getType(), Wrapper);
      }
      F.TypeName = lowerAscii(Wrapper);
      for (const auto *A : FD->specific_attrs<clang::AnnotateAttr>())
        parseMarkers(A->getAnnotation().str(), F.Range, F.Markers);
      bool Listed = false;
      for (const auto &T : Opts.EncryptedTypes)
        if (!Wrapper.empty() && (T == Wrapper || T == F.DeclaredType))
          Listed = true;
      if (!Wrapper.empty() && (Listed || nameSaysEncrypted(Wrapper))) {
        F.Prot = Protection::Encrypted;
        F.Type = TypeClass::Binary;
        F.ProtectionEvidence.push_back(
            {"type '" + F.DeclaredType + "' holds ciphertext (" +
                 (Listed ? std::string("cxx.encrypted_types") : std::string("its name says so")) +
                 ")",
             F.Range});
      }
      inferProtection(F);
      E.Fields.push_back(std::move(F));
    }
    SeenRecords[{SF->path(), Offset}] = M.Entities.size();
    U.Entities[D] = M.Entities.size();
    U.NewEntities.insert(M.Entities.size());
    M.Entities.push_back(std::move(E));
  });
  V.TraverseDecl(Ctx.getTranslationUnitDecl());
  collectOrmMappings(U);
  collectExposures(U);
}

} // namespace privlint
