// Exposure without authentication in C++ services: a handler marked
// privlint:unauthenticated (annotation or comment, on the function or its
// class) or an oatpp ENDPOINT without an AUTHORIZATION parameter that
// serializes a record exposes the members its serializer writes. Serializers:
// to_json overloads (user-written or from NLOHMANN_DEFINE_TYPE_*) and oatpp
// DTOs (every DTO_FIELD). Nested records are followed through their own
// serializers.
#include "Frontend/Cxx/CxxAnalysis.h"
#include "Frontend/Cxx/CxxUnit.h"

#include <clang/AST/Attr.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Lex/Lexer.h>

namespace privlint {
namespace {

constexpr llvm::StringLiteral Marker = "privlint:unauthenticated";

// A member a serializer writes, and where.
struct Written {
  const clang::FieldDecl *Field;
  clang::SourceLocation At; // where it is written (the field itself for a DTO_FIELD)
  std::string By;           // to_json, NLOHMANN_DEFINE_TYPE_INTRUSIVE, DTO_FIELD
};

// Where a handler serializes a record.
struct Use {
  const clang::CXXRecordDecl *Record;
  clang::SourceLocation At;
  std::string What; // "'h' serializes 'T' here", "... responds with ...", "... returns ..."
};

struct Handler {
  const clang::FunctionDecl *Fn;
  std::string Channel; // handler | endpoint
  std::string Via;
};

const clang::CXXRecordDecl *recordOf(clang::QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  const clang::CXXRecordDecl *D = T->getAsCXXRecordDecl();
  return D && D->getDefinition() ? D->getDefinition() : D;
}

bool hasMarker(llvm::StringRef Text) {
  for (size_t P = Text.find(Marker); P != llvm::StringRef::npos; P = Text.find(Marker, P + 1)) {
    size_t E = P + Marker.size();
    if (E >= Text.size() ||
        (!std::isalnum(static_cast<unsigned char>(Text[E])) && Text[E] != '-' && Text[E] != '_'))
      return true;
  }
  return false;
}

// The declaration's own line and the comment lines right above it.
bool commentMarked(const clang::SourceManager &SM, clang::SourceLocation Begin) {
  Begin = SM.getExpansionLoc(Begin);
  if (Begin.isInvalid())
    return false;
  bool Invalid = false;
  llvm::StringRef Buf = SM.getBufferData(SM.getFileID(Begin), &Invalid);
  if (Invalid)
    return false;
  size_t Off = SM.getFileOffset(Begin);
  size_t LineStart = Buf.rfind('\n', Off ? Off - 1 : 0);
  LineStart = LineStart == llvm::StringRef::npos || Off == 0 ? 0 : LineStart + 1;
  size_t LineEnd = Buf.find('\n', Off);
  if (hasMarker(Buf.slice(LineStart, LineEnd == llvm::StringRef::npos ? Buf.size() : LineEnd)))
    return true;
  while (LineStart > 0) {
    size_t PrevEnd = LineStart - 1;
    size_t PrevStart = Buf.rfind('\n', PrevEnd ? PrevEnd - 1 : 0);
    PrevStart = PrevStart == llvm::StringRef::npos || PrevEnd == 0 ? 0 : PrevStart + 1;
    llvm::StringRef T = Buf.slice(PrevStart, PrevEnd).trim();
    bool Comment =
        T.starts_with("//") || T.starts_with("/*") || T.starts_with("*") || T.ends_with("*/");
    if (!Comment)
      return false;
    if (hasMarker(T))
      return true;
    LineStart = PrevStart;
  }
  return false;
}

bool annotated(const clang::Decl *D) {
  for (const auto *A : D->specific_attrs<clang::AnnotateAttr>())
    if (hasMarker(A->getAnnotation()))
      return true;
  return false;
}

bool markedUnauthenticated(const clang::SourceManager &SM, const clang::Decl *D) {
  for (const clang::Decl *R : D->redecls()) {
    if (annotated(R))
      return true;
    clang::SourceLocation Begin = R->getBeginLoc();
    if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(R))
      if (const auto *T = FD->getDescribedFunctionTemplate())
        Begin = T->getBeginLoc();
    if (const auto *RD = llvm::dyn_cast<clang::CXXRecordDecl>(R))
      if (const auto *T = RD->getDescribedClassTemplate())
        Begin = T->getBeginLoc();
    if (!R->isImplicit() && !SM.isInSystemHeader(Begin) && commentMarked(SM, Begin))
      return true;
  }
  return false;
}

bool derivesFromOatpp(const clang::CXXRecordDecl *D, llvm::StringRef Base) {
  D = D ? D->getDefinition() : nullptr;
  if (!D)
    return false;
  bool Found = false;
  D->forallBases([&](const clang::CXXRecordDecl *B) {
    if (identifierOf(B) == Base && B->getQualifiedNameAsString().starts_with("oatpp::"))
      Found = true;
    return true;
  });
  return Found;
}

bool inNlohmann(const clang::Decl *D) {
  for (const clang::DeclContext *C = D->getDeclContext(); C; C = C->getParent())
    if (const auto *NS = llvm::dyn_cast<clang::NamespaceDecl>(C); NS && NS->getName() == "nlohmann")
      return true;
  return false;
}

// Splits the text of a macro invocation NAME(a, b(c, d), e) into its arguments.
std::vector<std::string> macroArguments(llvm::StringRef Text) {
  std::vector<std::string> Out;
  size_t Open = Text.find('(');
  if (Open == llvm::StringRef::npos)
    return Out;
  int Depth = 0;
  std::string Cur;
  bool InString = false;
  for (size_t I = Open + 1; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      Cur += C;
      if (C == '\\' && I + 1 < Text.size())
        Cur += Text[++I];
      else if (C == '"')
        InString = false;
      continue;
    }
    if (C == '"')
      InString = true;
    if (C == '(')
      ++Depth;
    if (C == ')' && Depth-- == 0) {
      Out.push_back(llvm::StringRef(Cur).trim().str());
      break;
    }
    if (C == ',' && Depth == 0) {
      Out.push_back(llvm::StringRef(Cur).trim().str());
      Cur.clear();
      continue;
    }
    Cur += C;
  }
  return Out;
}

class ExposureFinder : public clang::RecursiveASTVisitor<ExposureFinder> {
public:
  explicit ExposureFinder(CxxUnit &U) : U(U), LO(U.Ctx.getLangOpts()) {}
  bool shouldVisitTemplateInstantiations() const { return false; }

  // to_json(json&, const T&): the members of T it writes.
  bool VisitFunctionDecl(clang::FunctionDecl *FD) {
    if (identifierOf(FD) == "to_json" && FD->getNumParams() >= 2 &&
        FD->doesThisDeclarationHaveABody())
      readSerializer(FD);
    if (FD->doesThisDeclarationHaveABody() && !FD->isImplicit() &&
        !llvm::isa<clang::CXXConstructorDecl, clang::CXXDestructorDecl>(FD))
      considerHandler(FD);
    return true;
  }

  void resolve() {
    for (const Handler &H : Handlers)
      expose(H);
  }

private:
  void readSerializer(const clang::FunctionDecl *FD) {
    const clang::ParmVarDecl *Value = FD->getParamDecl(1);
    const clang::CXXRecordDecl *R = recordOf(Value->getType());
    if (!R)
      return;
    std::string By = outermostMacro(U.SM, LO, FD->getLocation());
    if (!By.starts_with("NLOHMANN_DEFINE_"))
      By = "to_json";
    struct MemberFinder : clang::RecursiveASTVisitor<MemberFinder> {
      const clang::ParmVarDecl *Value;
      const clang::CXXRecordDecl *R;
      std::vector<Written> &Out;
      std::string By;
      bool isValue(const clang::Expr *E) const {
        const auto *DRE = llvm::dyn_cast<clang::DeclRefExpr>(E->IgnoreParenImpCasts());
        return DRE && DRE->getDecl() == Value;
      }
      bool VisitMemberExpr(clang::MemberExpr *ME) {
        if (const auto *F = llvm::dyn_cast<clang::FieldDecl>(ME->getMemberDecl());
            F && isValue(ME->getBase()))
          Out.push_back({F, ME->getMemberLoc(), By});
        return true;
      }
      bool VisitCXXDependentScopeMemberExpr(clang::CXXDependentScopeMemberExpr *ME) {
        if (ME->isImplicitAccess() || !isValue(ME->getBase()))
          return true;
        for (const clang::FieldDecl *F : R->fields())
          if (F->getDeclName() == ME->getMember())
            Out.push_back({F, ME->getMemberLoc(), By});
        return true;
      }
    } Finder{{}, Value, R, Serializers[R], By};
    Finder.TraverseStmt(FD->getBody());
  }

  void considerHandler(const clang::FunctionDecl *FD) {
    if (U.SM.isInSystemHeader(U.SM.getExpansionLoc(FD->getLocation())))
      return;
    const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(FD);
    if (MD && derivesFromOatpp(MD->getParent(), "ApiController") &&
        outermostMacro(U.SM, LO, FD->getLocation()) == "ENDPOINT") {
      // ENDPOINT("GET", "/users/{id}", getUser, PATH(Int64, id), AUTHORIZATION(...))
      clang::CharSourceRange Inv = U.SM.getExpansionRange(FD->getLocation());
      std::vector<std::string> Args = macroArguments(clang::Lexer::getSourceText(Inv, U.SM, LO));
      if (Args.size() < 3)
        return;
      for (size_t I = 3; I < Args.size(); ++I)
        if (llvm::StringRef(Args[I]).starts_with("AUTHORIZATION"))
          return; // the endpoint asks for credentials
      auto Unquote = [](llvm::StringRef S) {
        S.consume_front("\"");
        S.consume_back("\"");
        return S.str();
      };
      Handlers.push_back({FD, "endpoint", Unquote(Args[0]) + " " + Unquote(Args[1])});
      return;
    }
    if (markedUnauthenticated(U.SM, FD) || (MD && markedUnauthenticated(U.SM, MD->getParent())))
      Handlers.push_back({FD, "handler", FD->getQualifiedNameAsString()});
  }

  bool hasSerializer(const clang::CXXRecordDecl *R) {
    return Serializers.contains(R) || isOatppDto(R);
  }

  // Records with a serializer that a value of type T holds (T itself,
  // optional<T>, vector<T>, shared_ptr<T>, oatpp::Object<T>, ...).
  void serializable(clang::QualType T, std::vector<const clang::CXXRecordDecl *> &Out,
                    int Depth = 0) {
    if (Depth > 6 || T.isNull())
      return;
    T = T.getCanonicalType().getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    const clang::CXXRecordDecl *R = recordOf(T);
    if (!R)
      return;
    if (hasSerializer(R)) {
      Out.push_back(R);
      return;
    }
    if (const auto *S = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(R))
      for (const clang::TemplateArgument &A : S->getTemplateArgs().asArray())
        if (A.getKind() == clang::TemplateArgument::Type)
          serializable(A.getAsType(), Out, Depth + 1);
  }

  const std::vector<Written> &written(const clang::CXXRecordDecl *R) {
    auto It = Serializers.find(R);
    if (It != Serializers.end() || !isOatppDto(R))
      return It != Serializers.end() ? It->second : Empty;
    std::vector<Written> &Out = Serializers[R];
    for (const clang::FieldDecl *F : R->fields())
      if (outermostMacro(U.SM, LO, F->getLocation()) == "DTO_FIELD")
        Out.push_back({F, F->getLocation(), "DTO_FIELD"});
    return Out;
  }

  std::vector<Use> usesOf(const Handler &H) {
    std::vector<Use> Uses;
    std::string Name = "'" + H.Fn->getNameAsString() + "'";
    auto Add = [&](clang::QualType T, clang::SourceLocation At, const std::string &What) {
      std::vector<const clang::CXXRecordDecl *> Rs;
      serializable(T, Rs);
      for (const auto *R : Rs)
        Uses.push_back({R, At, Name + " " + What + " '" + R->getNameAsString() + "' here"});
    };
    struct BodyFinder : clang::RecursiveASTVisitor<BodyFinder> {
      std::function<void(clang::QualType, clang::SourceLocation, const std::string &)> Add;
      bool VisitCXXConstructExpr(clang::CXXConstructExpr *CE) const {
        const clang::CXXRecordDecl *J = CE->getConstructor()->getParent();
        if (identifierOf(J) != "basic_json" || !inNlohmann(J))
          return true;
        for (const clang::Expr *A : CE->arguments())
          Add(A->IgnoreUnlessSpelledInSource()->getType(), A->getExprLoc(), "serializes");
        return true;
      }
      bool VisitCallExpr(clang::CallExpr *C) const {
        const clang::NamedDecl *Callee = C->getDirectCallee();
        if (!Callee)
          if (const auto *ULE = llvm::dyn_cast<clang::UnresolvedLookupExpr>(
                  C->getCallee()->IgnoreParenImpCasts());
              ULE && !ULE->decls().empty())
            Callee = *ULE->decls().begin();
        if (!Callee)
          return true;
        llvm::StringRef N = identifierOf(Callee);
        if (N == "to_json" && C->getNumArgs() >= 2)
          Add(C->getArg(1)->IgnoreUnlessSpelledInSource()->getType(), C->getArg(1)->getExprLoc(),
              "serializes");
        if (N == "createDtoResponse" || N == "createResponse")
          for (const clang::Expr *A : C->arguments())
            Add(A->IgnoreUnlessSpelledInSource()->getType(), A->getExprLoc(), "responds with");
        return true;
      }
    } Finder{{}, Add};
    Finder.TraverseStmt(H.Fn->getBody());
    // A handler returning the record itself: its framework serializes it.
    if (const clang::TypeSourceInfo *TSI = H.Fn->getTypeSourceInfo())
      if (auto FTL = TSI->getTypeLoc().getAsAdjusted<clang::FunctionTypeLoc>())
        Add(H.Fn->getReturnType(), FTL.getReturnLoc().getBeginLoc(), "returns");
    return Uses;
  }

  void expose(const Handler &H) {
    SourceRange Where = U.rangeAt(H.Fn->getLocation(), H.Fn->getNameAsString().size());
    if (!Where.valid())
      return;
    for (const Use &X : usesOf(H)) {
      std::vector<Exposure::Related> Chain{{U.rangeAt(X.At, 1), X.What}};
      std::set<const clang::CXXRecordDecl *> Visiting;
      walk(H, Where, X.Record, Chain, Visiting);
    }
  }

  void walk(const Handler &H, const SourceRange &Where, const clang::CXXRecordDecl *R,
            std::vector<Exposure::Related> &Chain,
            std::set<const clang::CXXRecordDecl *> &Visiting) {
    if (!Visiting.insert(R).second)
      return;
    auto EI = U.entityOf(R);
    for (const Written &W : written(R)) {
      const std::string Qualified =
          (EI ? U.M.Entities[*EI].QualifiedName : R->getQualifiedNameAsString()) + "." +
          W.Field->getNameAsString();
      size_t Mark = Chain.size();
      std::vector<const clang::CXXRecordDecl *> Nested;
      serializable(W.Field->getType(), Nested);
      if (W.By != "DTO_FIELD" || !Nested.empty())
        Chain.push_back({U.rangeAt(W.At, W.Field->getName().size()),
                         "'" + Qualified + "' is " +
                             (W.By == "DTO_FIELD" ? std::string("serialized with the DTO")
                                                  : "written by " + W.By) +
                             " here"});
      // A member that is itself a serialized record is followed, not
      // reported: its own members carry the findings.
      for (const auto *N : Nested)
        walk(H, Where, N, Chain, Visiting);
      auto FI = EI && Nested.empty() ? U.fieldIndex(*EI, W.Field->getName()) : std::nullopt;
      if (FI) {
        Exposure Ex;
        Ex.Audience = "anonymous";
        Ex.Channel = H.Channel;
        Ex.Via = H.Via;
        // A function marked privlint:unauthenticated, or an oatpp ENDPOINT without AUTHORIZATION.
        Ex.Through =
            (H.Channel == "endpoint" ? "through endpoint '" : "through handler '") + H.Via + "'";
        Ex.EntityIndex = *EI;
        Ex.FieldIndex = *FI;
        Ex.Where = Where;
        for (const auto &C : Chain)
          if (C.Where.valid())
            Ex.RelatedLocations.push_back(C);
        Ex.RelatedLocations.push_back(
            {U.M.Entities[*EI].Fields[*FI].Range, "'" + Qualified + "' is defined here"});
        std::string Key = "expose:" + CxxUnit::placeKey(Where) + ":" + std::to_string(*EI) + ":" +
                          std::to_string(*FI);
        if (U.SeenFacts.insert(Key).second)
          U.M.Exposures.push_back(std::move(Ex));
      }
      Chain.resize(Mark);
    }
    Visiting.erase(R);
  }

  CxxUnit &U;
  const clang::LangOptions &LO;
  std::map<const clang::CXXRecordDecl *, std::vector<Written>> Serializers;
  std::vector<Handler> Handlers;
  const std::vector<Written> Empty;
};

} // namespace

void collectExposures(CxxUnit &U) {
  ExposureFinder F(U);
  F.TraverseDecl(U.Ctx.getTranslationUnitDecl());
  F.resolve();
}

} // namespace privlint
