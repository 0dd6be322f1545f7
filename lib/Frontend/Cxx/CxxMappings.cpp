// Database mappings that name a record's table and its members' columns:
// sqlite_orm make_table/make_column, Wt::Dbo field/id/Session::mapClass and
// ODB `#pragma db` object/member pragmas. ORM calls are read from the AST;
// ODB pragmas from the text of the record's file (clang ignores them, so
// reading them needs no preprocessor hook and works the same in all three
// front doors).
#include "Frontend/Cxx/CxxUnit.h"

#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/RecursiveASTVisitor.h>

namespace privlint {
namespace {

bool inNamespace(const clang::Decl *D, llvm::StringRef Outer, llvm::StringRef Inner = "") {
  bool SawInner = Inner.empty();
  for (const clang::DeclContext *C = D->getDeclContext(); C; C = C->getParent()) {
    const auto *NS = llvm::dyn_cast<clang::NamespaceDecl>(C);
    if (!NS)
      continue;
    if (!SawInner && NS->getName() == Inner)
      SawInner = true;
    else if (SawInner && NS->getName() == Outer)
      return true;
  }
  return false;
}

const clang::StringLiteral *stringArg(const clang::Expr *E) {
  return E ? llvm::dyn_cast<clang::StringLiteral>(E->IgnoreParenImpCasts()) : nullptr;
}

// The data member an argument names: &User::email, this->email_, email_.
const clang::FieldDecl *memberArg(const clang::Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *UO = llvm::dyn_cast<clang::UnaryOperator>(E);
      UO && UO->getOpcode() == clang::UO_AddrOf)
    E = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *DRE = llvm::dyn_cast<clang::DeclRefExpr>(E))
    return llvm::dyn_cast<clang::FieldDecl>(DRE->getDecl());
  if (const auto *ME = llvm::dyn_cast<clang::MemberExpr>(E))
    return llvm::dyn_cast<clang::FieldDecl>(ME->getMemberDecl());
  return nullptr;
}

// Name and declarations of a call's callee, resolved or not (calls in a
// template such as Wt::Dbo's persist(Action&) stay unresolved).
bool calleeIs(const clang::CallExpr *C, llvm::StringRef Name, llvm::StringRef Outer,
              llvm::StringRef Inner = "") {
  if (const clang::FunctionDecl *FD = C->getDirectCallee())
    return identifierOf(FD) == Name && inNamespace(FD, Outer, Inner);
  if (const auto *ULE =
          llvm::dyn_cast<clang::UnresolvedLookupExpr>(C->getCallee()->IgnoreParenImpCasts())) {
    if (ULE->getName().getAsString() != Name)
      return false;
    for (const clang::NamedDecl *D : ULE->decls())
      if (inNamespace(D->getUnderlyingDecl(), Outer, Inner))
        return true;
  }
  return false;
}

class MappingVisitor : public clang::RecursiveASTVisitor<MappingVisitor> {
public:
  explicit MappingVisitor(CxxUnit &U) : U(U) {}
  bool shouldVisitTemplateInstantiations() const { return false; }

  bool VisitCallExpr(clang::CallExpr *C) {
    if (calleeIs(C, "make_table", "sqlite_orm")) {
      const clang::StringLiteral *Table = C->getNumArgs() ? stringArg(C->getArg(0)) : nullptr;
      if (!Table)
        return true;
      for (unsigned I = 1; I < C->getNumArgs(); ++I)
        if (const auto *Col =
                llvm::dyn_cast<clang::CallExpr>(C->getArg(I)->IgnoreUnlessSpelledInSource()))
          TableOf[Col] = Table->getString().str();
      return true;
    }
    if (calleeIs(C, "make_column", "sqlite_orm") && C->getNumArgs() >= 2) {
      auto It = TableOf.find(C);
      map(memberArg(C->getArg(1)), stringArg(C->getArg(0)), It == TableOf.end() ? "" : It->second,
          "sqlite_orm make_column");
      return true;
    }
    for (const char *Fn : {"field", "id"})
      if (calleeIs(C, Fn, "Wt", "Dbo") && C->getNumArgs() >= 3)
        map(memberArg(C->getArg(1)), stringArg(C->getArg(2)), "", std::string("Wt::Dbo::") + Fn);
    return true;
  }

  // session.mapClass<User>("user"): the table Wt::Dbo maps the class to.
  bool VisitCXXMemberCallExpr(clang::CXXMemberCallExpr *C) {
    const clang::CXXMethodDecl *MD = C->getMethodDecl();
    if (!MD || identifierOf(MD) != "mapClass" || !inNamespace(MD, "Wt", "Dbo") ||
        C->getNumArgs() < 1)
      return true;
    const clang::TemplateArgumentList *Args = MD->getTemplateSpecializationArgs();
    const clang::StringLiteral *Table = stringArg(C->getArg(0));
    if (!Args || Args->size() < 1 || Args->get(0).getKind() != clang::TemplateArgument::Type ||
        !Table)
      return true;
    if (auto E = U.entityOf(Args->get(0).getAsType()->getAsCXXRecordDecl()))
      if (U.M.Entities[*E].Table.empty())
        U.M.Entities[*E].Table = Table->getString().str();
    return true;
  }

private:
  void map(const clang::FieldDecl *FD, const clang::StringLiteral *Column, const std::string &Table,
           const std::string &How) {
    if (!FD || !Column)
      return;
    auto E = U.entityOf(llvm::dyn_cast<clang::CXXRecordDecl>(FD->getParent()));
    if (!E)
      return;
    auto F = U.fieldIndex(*E, FD->getName());
    SourceRange At = U.rangeAt(Column->getBeginLoc(), Column->getByteLength() + 2);
    if (!F || !At.valid() || !U.SeenFacts.insert("map:" + CxxUnit::placeKey(At)).second)
      return;
    Entity &Ent = U.M.Entities[*E];
    if (!Table.empty() && Ent.Table.empty())
      Ent.Table = Table;
    Field &Fld = Ent.Fields[*F];
    Fld.ColumnName = Column->getString().str();
    Fld.OtherDefinitions.push_back(At); // the mapping: a note on the field's findings
    (void)How;
  }

  CxxUnit &U;
  std::map<const clang::CallExpr *, std::string> TableOf; // make_column call -> its make_table
};

// One `#pragma db ...` line (continuations joined): its qualifier
// (object, member, ...; empty when it starts with a specifier), the name in
// the qualifier's parentheses, and the string arguments of its specifiers.
struct OdbPragma {
  unsigned Line = 0; // 0-based line of '#'
  std::string Qualifier;
  std::string Name;
  struct Spec {
    std::string Value;
    unsigned Offset = 0; // of the string literal
    unsigned Length = 0;
  };
  std::map<std::string, Spec> Specs;
};

std::vector<OdbPragma> readOdbPragmas(llvm::StringRef Buf) {
  std::vector<OdbPragma> Out;
  unsigned Line = 0;
  size_t Pos = 0;
  while (Pos < Buf.size()) {
    size_t EOL = Buf.find('\n', Pos);
    if (EOL == llvm::StringRef::npos)
      EOL = Buf.size();
    llvm::StringRef Text = Buf.slice(Pos, EOL).ltrim();
    unsigned ThisLine = Line;
    size_t Start = Pos;
    Pos = EOL + 1;
    ++Line;
    if (!Text.consume_front("#"))
      continue;
    Text = Text.ltrim();
    if (!Text.consume_front("pragma") || Text.empty() ||
        !std::isspace(static_cast<unsigned char>(Text[0])))
      continue;
    Text = Text.ltrim();
    if (!Text.consume_front("db") ||
        (!Text.empty() && !std::isspace(static_cast<unsigned char>(Text[0]))))
      continue;
    // Join continuation lines (the offsets stay those of the buffer).
    size_t End = EOL;
    while (End > Start && Buf[End - 1] == '\\' && End < Buf.size()) {
      size_t Next = Buf.find('\n', End + 1);
      End = Next == llvm::StringRef::npos ? Buf.size() : Next;
      Pos = End + 1;
      ++Line;
    }
    size_t I = Buf.find("db", Start) + 2;
    OdbPragma P;
    P.Line = ThisLine;
    bool First = true;
    while (I < End) {
      while (I < End && (std::isspace(static_cast<unsigned char>(Buf[I])) || Buf[I] == '\\'))
        ++I;
      size_t W = I;
      while (I < End && (std::isalnum(static_cast<unsigned char>(Buf[I])) || Buf[I] == '_'))
        ++I;
      std::string Word = Buf.slice(W, I).str();
      if (Word.empty())
        break;
      std::string Arg;
      OdbPragma::Spec S;
      if (I < End && Buf[I] == '(') {
        int Depth = 0;
        size_t A = I + 1;
        for (; I < End; ++I) {
          if (Buf[I] == '"') {
            size_t Q = I + 1;
            while (Q < End && Buf[Q] != '"')
              Q += Buf[Q] == '\\' ? 2 : 1;
            if (S.Length == 0) {
              S.Offset = static_cast<unsigned>(I);
              S.Length = static_cast<unsigned>(Q + 1 - I);
              S.Value = Buf.slice(I + 1, Q).str();
            }
            I = Q;
            continue;
          }
          if (Buf[I] == '(')
            ++Depth;
          else if (Buf[I] == ')' && --Depth == 0)
            break;
        }
        Arg = Buf.slice(A, std::min(I, End)).trim().str();
        ++I;
      }
      bool IsQualifier = First && (Word == "object" || Word == "member" || Word == "view" ||
                                   Word == "value" || Word == "namespace" || Word == "index");
      if (IsQualifier) {
        P.Qualifier = Word;
        P.Name = Arg;
      } else {
        P.Specs[Word] = S;
      }
      First = false;
    }
    Out.push_back(std::move(P));
  }
  return Out;
}

// The first line after Line that holds code (not blank, a comment or another
// pragma): what an unnamed pragma applies to.
unsigned nextCodeLine(llvm::StringRef Buf, const std::vector<size_t> &LineStarts, unsigned Line) {
  for (unsigned L = Line + 1; L < LineStarts.size(); ++L) {
    size_t B = LineStarts[L];
    size_t E = L + 1 < LineStarts.size() ? LineStarts[L + 1] : Buf.size();
    llvm::StringRef T = Buf.slice(B, E).trim();
    if (T.empty() || T.starts_with("//") || T.starts_with("#pragma") || T.starts_with("# pragma"))
      continue;
    return L;
  }
  return ~0u;
}

bool namesRecord(llvm::StringRef Name, const clang::CXXRecordDecl *D) {
  Name = Name.trim();
  Name.consume_front("::");
  std::string Q = D->getQualifiedNameAsString();
  return Name == Q || (llvm::StringRef(Q).ends_with(Name) && Q.size() > Name.size() &&
                       llvm::StringRef(Q).drop_back(Name.size()).ends_with("::"));
}

void readOdbPragmasFor(CxxUnit &U) {
  std::map<clang::FileID, std::pair<std::vector<OdbPragma>, std::vector<size_t>>> Files;
  for (const auto &[D, EI] : U.Entities) {
    if (!U.NewEntities.contains(EI))
      continue;
    clang::SourceLocation Loc = U.SM.getSpellingLoc(D->getLocation());
    clang::FileID FID = U.SM.getFileID(Loc);
    llvm::StringRef Buf = U.SM.getBufferData(FID);
    auto [It, New] = Files.try_emplace(FID);
    if (New) {
      if (Buf.find("#pragma db") == llvm::StringRef::npos &&
          Buf.find("pragma db") == llvm::StringRef::npos)
        continue;
      It->second.first = readOdbPragmas(Buf);
      It->second.second.push_back(0);
      for (size_t I = 0; I < Buf.size(); ++I)
        if (Buf[I] == '\n')
          It->second.second.push_back(I + 1);
    }
    const auto &[Pragmas, LineStarts] = It->second;
    if (Pragmas.empty())
      continue;
    auto LineOf = [&](clang::SourceLocation L) {
      return U.SM.getSpellingLineNumber(U.SM.getExpansionLoc(L)) - 1;
    };
    auto Apply = [&](const OdbPragma::Spec &S, const char *Fact) {
      SourceRange At =
          U.rangeAt(U.SM.getLocForStartOfFile(FID).getLocWithOffset(S.Offset), S.Length);
      return At.valid() && U.SeenFacts.insert(std::string(Fact) + CxxUnit::placeKey(At)).second
                 ? At
                 : SourceRange{};
    };
    Entity &E = U.M.Entities[EI];
    unsigned RecordLine = LineOf(D->getOuterLocStart());
    for (const OdbPragma &P : Pragmas) {
      bool ForRecord = P.Qualifier == "object" &&
                       (P.Name.empty() ? nextCodeLine(Buf, LineStarts, P.Line) == RecordLine
                                       : namesRecord(P.Name, D));
      if (ForRecord) {
        auto T = P.Specs.find("table");
        // ODB's default table name is the class name.
        E.Table = T != P.Specs.end() && !T->second.Value.empty() ? T->second.Value : E.Name;
        continue;
      }
      auto Col = P.Specs.find("column");
      if (Col == P.Specs.end() || Col->second.Value.empty() ||
          (!P.Qualifier.empty() && P.Qualifier != "member"))
        continue;
      for (const clang::FieldDecl *FD : D->fields()) {
        bool ForField;
        if (!P.Name.empty()) {
          llvm::StringRef N(P.Name);
          size_t Sep = N.rfind("::");
          ForField = Sep != llvm::StringRef::npos && N.substr(Sep + 2).trim() == FD->getName() &&
                     namesRecord(N.substr(0, Sep), D);
        } else {
          ForField = nextCodeLine(Buf, LineStarts, P.Line) == LineOf(FD->getBeginLoc());
        }
        auto FI = ForField ? U.fieldIndex(EI, FD->getName()) : std::nullopt;
        if (!FI)
          continue;
        SourceRange At = Apply(Col->second, "odb:");
        if (!At.valid())
          break;
        E.Fields[*FI].ColumnName = Col->second.Value;
        E.Fields[*FI].OtherDefinitions.push_back(At);
        break;
      }
    }
  }
}

} // namespace

void collectOrmMappings(CxxUnit &U) {
  MappingVisitor V(U);
  V.TraverseDecl(U.Ctx.getTranslationUnitDecl());
  readOdbPragmasFor(U);
}

} // namespace privlint
