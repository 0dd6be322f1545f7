// PostgreSQL DDL and migrations replayed into the SQL catalog. Parse trees
// come from the libpg_query adapter (PgQueryAdapter.h); each statement kind
// has a named handler, found through one table (statementHandlers). When a
// parse fails, recovery resumes at the next statement: see run().
#include "Frontend/Postgres/PostgresReplayer.h"

#include "Classify/Markers.h"
#include "Frontend/Postgres/PgQueryAdapter.h"
#include "Frontend/Postgres/PostgresStatementText.h"
#include "Frontend/Sql/SqlText.h"
#include "Support/Text.h"
#include "Support/Utf8.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace privlint {
namespace {

using pg::BundledVersion;
using pg::count;
using pg::each;
using pg::flag;
using pg::get;
using pg::node;
using pg::Node;
using pg::num;
using pg::parses;
using pg::PgError;
using pg::PgStatement;
using pg::str;
using pg::strings;
using pg::word;

// Files up to WholeFileBytes are parsed at once; larger ones in chunks of
// about ChunkBytes (smaller chunks: less memory for the trees being parsed
// and replayed at a time, the same time).
constexpr size_t WholeFileBytes = size_t{512} * 1024;
constexpr size_t ChunkBytes = size_t{128} * 1024;

// The string of a constant default, through casts: 'pending'::text.
std::string constantString(Node E) {
  auto [T, B] = node(E);
  if (T == "TypeCast")
    if (auto Arg = get(B, "arg"))
      return constantString(*Arg);
  if (T != "A_Const")
    return {};
  auto S = get(B, "sval");
  return S ? str(*S, "sval") : std::string();
}

// What a COMMENT ON or SECURITY LABEL statement is on, when a list of names
// names it: its type (OBJECT_COLUMN, OBJECT_TABLE ...) and names; for a
// column, the last name is split off as Column and Names name its relation.
struct LabelledObject {
  std::string Type;
  std::vector<std::string> Names;
  std::string Column;
};

std::optional<LabelledObject> labelledObject(Node S) {
  auto Obj = get(S, "object");
  if (!Obj)
    return std::nullopt;
  auto [T, Body] = node(*Obj);
  if (T != "List")
    return std::nullopt;
  LabelledObject On{str(S, "objtype"), strings(Body, "items"), {}};
  if (On.Type == "OBJECT_COLUMN") {
    if (On.Names.size() < 2)
      return std::nullopt;
    On.Column = std::move(On.Names.back());
    On.Names.pop_back();
  }
  return On;
}

class Replayer {
public:
  Replayer(const SourceFile &F, uint32_t Index, SqlCatalog &C, const PreparedSql &P)
      : File(F), FileIndex(Index), Cat(C), Prepared(P) {}

  void run();

  // A statement handler: the statement's body, its first byte and its end.
  using Handler = void (Replayer::*)(Node S, uint32_t B, uint32_t E);

private:
  // ---- parsing and recovery ----
  // One parse of Text (a statement or many) whose offsets start at TreeBase.
  bool parseAndReplay(const std::string &Text, uint32_t TreeBase, PgError *Err);
  void replayTree(Node Root, uint32_t TreeBase, uint32_t TextLen);
  void statement(std::string_view Type, Node S, uint32_t Begin, uint32_t End);
  void addUnsplitTail(std::vector<PgStatement> &Stmts) const;
  void readStatementsFrom(uint32_t From);
  void replayStatements(const std::vector<PgStatement> &Stmts);
  void replayOne(const std::string &Stmt, uint32_t Loc, const PgError &Err);
  bool recoverCreateTable(const std::string &Original, uint32_t Base);
  void rejected(const std::string &Stmt, uint32_t Loc, const PgError &Err);
  void problem(uint32_t Offset, std::string Msg);

  // ---- statement handlers (statementHandlers() maps node names to them) ----
  static const std::vector<std::pair<std::string_view, Handler>> &statementHandlers();
  void createTable(Node S, uint32_t B, uint32_t E);
  void createForeignTable(Node S, uint32_t B, uint32_t E);
  void doBlock(Node S, uint32_t B, uint32_t E);
  void alterTable(Node S, uint32_t B, uint32_t E);
  void rename(Node S, uint32_t B, uint32_t E);
  void alterObjectSchema(Node S, uint32_t B, uint32_t E);
  void drop(Node S, uint32_t B, uint32_t E);
  void createDomain(Node S, uint32_t B, uint32_t E);
  void createEnum(Node S, uint32_t B, uint32_t E);
  void comment(Node S, uint32_t B, uint32_t E);
  void securityLabel(Node S, uint32_t B, uint32_t E);
  void createView(Node S, uint32_t B, uint32_t E);
  void createTableAs(Node S, uint32_t B, uint32_t E);
  void createFunction(Node S, uint32_t B, uint32_t E);
  void grant(Node S, uint32_t B, uint32_t E);
  void alterDefaultPrivileges(Node S, uint32_t B, uint32_t E);
  void createPolicy(Node S, uint32_t B, uint32_t E);
  void alterPolicy(Node S, uint32_t B, uint32_t E);
  void variableSet(Node S, uint32_t B, uint32_t E);

  // ---- shared by the handlers ----
  void tableDefinition(Node C, uint32_t B);
  void policy(Node S, uint32_t B, uint32_t E, bool Alter);
  SourceRange range(uint32_t B, uint32_t E) const { return SourceRange{&File, B, E}; }
  SourceRange tokenAt(int64_t Loc) const;
  SqlName rangeVar(Node RV) const;
  SqlName qualified(const std::vector<std::string> &Names) const;
  Fact fact(uint32_t B, uint32_t E, std::string What) const {
    return Fact{range(B, E), FactOrder{FileIndex, B}, std::move(What)};
  }
  ColumnSpec columnDef(Node CD, uint32_t StmtBegin) const;
  void typeName(Node TN, ColumnSpec &C) const;
  void attachComments(ColumnSpec &C, uint32_t StmtBegin) const;
  std::vector<std::string> roles(Node E, std::string_view Key) const;
  void grantStmt(Node G, uint32_t B, uint32_t E, bool Defaults,
                 const std::vector<std::string> &Schemas);
  void viewStmt(Node Query, const SqlName &Name, bool Materialized, bool Invoker, bool Replace,
                uint32_t B, uint32_t E);
  std::string stmtText(uint32_t B, uint32_t E) const {
    std::string_view S = std::string_view(File.text()).substr(B, E - B);
    size_t NL = S.find('\n');
    std::string One = sanitizeUtf8(S.substr(0, NL));
    if (NL != std::string_view::npos)
      One += " ...";
    return One;
  }

  const SourceFile &File;
  uint32_t FileIndex;
  SqlCatalog &Cat;
  const PreparedSql &Prepared;
  uint32_t Base = 0;   // offset of the parsed text in the file
  pg::PgParser Parser; // reused across chunks: keeps its buffers
};

// ---------------------------------------------------------------- reading nodes

SourceRange Replayer::tokenAt(int64_t Loc) const {
  if (Loc < 0)
    return range(Base, Base);
  uint32_t B = Base + static_cast<uint32_t>(Loc);
  const std::string &T = File.text();
  uint32_t E = B;
  if (E < T.size() && T[E] == '"') {
    E = static_cast<uint32_t>(skipQuoted(T, E, false));
  } else {
    while (E < T.size() && (std::isalnum(static_cast<unsigned char>(T[E])) || T[E] == '_' ||
                            T[E] == '$' || static_cast<unsigned char>(T[E]) >= 0x80))
      ++E;
  }
  if (E == B)
    E = B + 1;
  return range(B, E);
}

SqlName Replayer::rangeVar(Node RV) const {
  return SqlName{str(RV, "schemaname"), str(RV, "relname")};
}

SqlName Replayer::qualified(const std::vector<std::string> &Names) const {
  if (Names.empty())
    return {};
  if (Names.size() == 1)
    return SqlName{"", Names[0]};
  return SqlName{Names[Names.size() - 2], Names.back()};
}

void Replayer::typeName(Node TN, ColumnSpec &C) const {
  C.TypeNames = strings(TN, "names");
  std::string Last = C.TypeNames.empty() ? "" : C.TypeNames.back();
  static const std::pair<const char *, const char *> Pretty[] = {
      {"int2", "smallint"}, {"int4", "integer"}, {"int8", "bigint"},
      {"bool", "boolean"},  {"float4", "real"},  {"float8", "double precision"},
      {"bpchar", "char"}};
  std::string Decl = Last;
  if (C.TypeNames.size() == 2 && C.TypeNames[0] == "pg_catalog") {
    for (auto [From, To] : Pretty)
      if (Last == From)
        Decl = To;
  } else if (C.TypeNames.size() > 1) {
    Decl = C.TypeNames[C.TypeNames.size() - 2] + "." + Last;
  }
  std::string Mods;
  each(TN, "typmods", [&](Node M) {
    auto [T, B] = node(M);
    if (T != "A_Const")
      return;
    auto IV = get(B, "ival");
    if (!Mods.empty())
      Mods += ",";
    Mods += IV ? std::to_string(num(*IV, "ival")) : "?";
  });
  if (!Mods.empty())
    Decl += "(" + Mods + ")";
  if (get(TN, "arrayBounds")) {
    C.IsArray = true;
    for (size_t I = 0, N = count(TN, "arrayBounds"); I < N; ++I)
      Decl += "[]";
  }
  if (flag(TN, "setof"))
    Decl = "setof " + Decl;
  C.DeclaredType = Decl;
}

void Replayer::attachComments(ColumnSpec &C, uint32_t StmtBegin) const {
  // Comments on the column's line after its name, and whole-line comments
  // directly above it (inside the same statement).
  uint32_t Line = File.lineOf(C.Range.Begin);
  attachTrailingComments(File, Prepared.Comments, C.Range.Begin, UINT32_MAX, C.Comments, C.Markers);
  uint32_t L = Line;
  while (L > 1) {
    --L;
    std::string_view T = File.lineText(L);
    size_t NS = T.find_first_not_of(" \t");
    if (NS == std::string_view::npos || T.substr(NS, 2) != "--")
      break;
    uint32_t Off = File.lineStart(L) + static_cast<uint32_t>(NS);
    if (Off < StmtBegin)
      break;
    std::string Text(T.substr(NS + 2));
    C.Comments.insert(C.Comments.begin(), Text);
    parseMarkers(Text, range(Off, Off + static_cast<uint32_t>(T.size() - NS)), C.Markers);
  }
}

ColumnSpec Replayer::columnDef(Node CD, uint32_t StmtBegin) const {
  ColumnSpec C;
  C.Name = str(CD, "colname");
  C.Range = tokenAt(num(CD, "location", -1));
  C.Order = FactOrder{FileIndex, StmtBegin};
  if (auto TN = get(CD, "typeName"))
    typeName(*TN, C);
  each(CD, "constraints", [&](Node X) {
    auto [T, B] = node(X);
    if (T != "Constraint")
      return;
    std::string_view K = word(B, "contype");
    if (K == "CONSTR_NOTNULL" || K == "CONSTR_PRIMARY")
      C.NotNull = true;
    else if (K == "CONSTR_FOREIGN")
      C.IsForeignKey = true;
    else if (auto Raw = K == "CONSTR_DEFAULT" ? get(B, "raw_expr") : std::nullopt)
      C.Default = constantString(*Raw);
  });
  attachComments(C, StmtBegin);
  return C;
}

std::vector<std::string> Replayer::roles(Node E, std::string_view Key) const {
  std::vector<std::string> Out;
  each(E, Key, [&](Node X) {
    auto [T, B] = node(X);
    if (T != "RoleSpec")
      return;
    std::string_view RT = word(B, "roletype");
    if (RT == "ROLESPEC_PUBLIC")
      Out.emplace_back("PUBLIC");
    else if (RT == "ROLESPEC_CSTRING")
      Out.push_back(str(B, "rolename"));
    else
      Out.push_back(lowerAscii(RT.substr(9))); // current_user, session_user, ...
  });
  return Out;
}

void Replayer::grantStmt(Node G, uint32_t B, uint32_t E, bool Defaults,
                         const std::vector<std::string> &Schemas) {
  GrantSpec S;
  S.IsGrant = flag(G, "is_grant");
  std::string_view Obj = word(G, "objtype");
  std::string_view Targ = word(G, "targtype");
  bool Functions = Obj == "OBJECT_FUNCTION" || Obj == "OBJECT_ROUTINE" || Obj == "OBJECT_PROCEDURE";
  if (Obj != "OBJECT_TABLE" && !Functions)
    return; // sequences, schemas, types: not readable data
  if (Defaults)
    S.Target = Functions ? PrivTarget::AllFunctionsInSchema : PrivTarget::AllTablesInSchema;
  else if (Targ == "ACL_TARGET_ALL_IN_SCHEMA")
    S.Target = Functions ? PrivTarget::AllFunctionsInSchema : PrivTarget::AllTablesInSchema;
  else
    S.Target = Functions ? PrivTarget::Function : PrivTarget::Table;
  bool Any = false;
  auto Privs = get(G, "privileges");
  if (!Privs) {
    // GRANT ALL [PRIVILEGES]
    S.Select = !Functions;
    S.Execute = Functions;
    Any = true;
  }
  each(G, "privileges", [&](Node X) {
    auto [T, Body] = node(X);
    if (T != "AccessPriv")
      return;
    std::string P = str(Body, "priv_name");
    auto Cols = strings(Body, "cols");
    if (P.empty() || P == "all") {
      S.Select = !Functions;
      S.Execute = Functions;
      Any = true;
      S.Columns.insert(S.Columns.end(), Cols.begin(), Cols.end());
    } else if (P == "select" && !Functions) {
      S.Select = true;
      Any = true;
      S.Columns.insert(S.Columns.end(), Cols.begin(), Cols.end());
    } else if (P == "execute" && Functions) {
      S.Execute = true;
      Any = true;
    }
  });
  if (!Any)
    return;
  S.Grantees = roles(G, "grantees");
  each(G, "objects", [&](Node X) {
    auto [T, Body] = node(X);
    if (T == "RangeVar")
      S.Objects.push_back(rangeVar(Body));
    else if (T == "ObjectWithArgs")
      S.Objects.push_back(qualified(strings(Body, "objname")));
    else if (T == "String")
      S.Objects.push_back(SqlName{"", str(Body, "sval")});
  });
  S.At = fact(B, E, stmtText(B, E));
  if (Defaults)
    Cat.defaultPrivileges(S, Schemas);
  else
    Cat.grant(S);
}

void Replayer::viewStmt(Node Query, const SqlName &Name, bool Materialized, bool Invoker,
                        bool Replace, uint32_t B, uint32_t E) {
  std::vector<ViewFrom> From;
  std::vector<ViewTarget> Targets;
  auto [QT, Q] = node(Query);
  if (QT != "SelectStmt")
    return;
  // Set operations (UNION ...): take the left-most SELECT's columns.
  while (auto L = get(Q, "larg"))
    Q = *L;
  std::function<void(Node)> AddFrom = [&](Node X) {
    auto [T, Body] = node(X);
    if (T == "RangeVar") {
      SqlName N = rangeVar(Body);
      std::string Alias = N.Name;
      if (auto A = get(Body, "alias"))
        Alias = str(*A, "aliasname");
      From.push_back({Alias, N});
    } else if (T == "JoinExpr") {
      if (auto L = get(Body, "larg"))
        AddFrom(*L);
      if (auto R = get(Body, "rarg"))
        AddFrom(*R);
    }
  };
  each(Q, "fromClause", AddFrom);
  each(Q, "targetList", [&](Node X) {
    auto [T, RT] = node(X);
    if (T != "ResTarget")
      return;
    ViewTarget VT;
    VT.OutputName = str(RT, "name");
    VT.Range = tokenAt(num(RT, "location", -1));
    auto V = get(RT, "val");
    if (V) {
      auto [VTy, VB] = node(*V);
      if (VTy == "ColumnRef") {
        std::vector<std::string> Parts;
        bool Star = false;
        each(VB, "fields", [&](Node F) {
          auto [FT, FB] = node(F);
          if (FT == "String")
            Parts.push_back(str(FB, "sval"));
          else if (FT == "A_Star")
            Star = true;
        });
        if (Star) {
          VT.K = ViewTarget::Star;
          if (!Parts.empty())
            VT.Qualifier = Parts.back();
        } else if (!Parts.empty()) {
          VT.K = ViewTarget::ColumnRef;
          VT.Column = Parts.back();
          if (Parts.size() >= 2)
            VT.Qualifier = Parts[Parts.size() - 2];
        }
      }
    }
    Targets.push_back(std::move(VT));
  });
  Cat.createView(Name, Materialized, Invoker, Replace, From, Targets, fact(B, E, stmtText(B, E)));
}

bool isTrueOption(Node DefElem) {
  auto Arg = get(DefElem, "arg");
  if (!Arg)
    return true; // WITH (security_invoker) alone means true
  auto [T, B] = node(*Arg);
  if (T == "String") {
    std::string V = lowerAscii(str(B, "sval"));
    return V == "true" || V == "on" || V == "1" || V == "yes";
  }
  if (T == "Boolean")
    return flag(B, "boolval");
  if (T == "Integer")
    return num(B, "ival") != 0;
  return false;
}

bool constantTrue(Node Qual) {
  auto [T, B] = node(Qual);
  if (T == "A_Const") {
    if (auto BV = get(B, "boolval"))
      return flag(*BV, "boolval");
    return false;
  }
  if (T == "TypeCast") {
    // 'true'::boolean
    if (auto Arg = get(B, "arg")) {
      auto [AT, AB] = node(*Arg);
      if (AT == "A_Const")
        if (auto SV = get(AB, "sval"))
          return lowerAscii(str(*SV, "sval")) == "true";
      return constantTrue(*Arg);
    }
    return false;
  }
  if (T == "A_Expr" && word(B, "kind") == "AEXPR_OP") {
    auto Names = strings(B, "name");
    auto L = get(B, "lexpr"), R = get(B, "rexpr");
    if (Names.size() == 1 && Names[0] == "=" && L && R) {
      auto [LT, LB] = node(*L);
      auto [RT, RB] = node(*R);
      if (LT == "A_Const" && RT == "A_Const") {
        auto LI = get(LB, "ival"), RI = get(RB, "ival");
        if (LI && RI)
          return num(*LI, "ival") == num(*RI, "ival");
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------- handlers

// libpg_query's statement node names, in name order, and what replays them.
// Statements not listed (SELECT, INSERT, CREATE INDEX, ...) hold nothing the
// catalog needs.
const std::vector<std::pair<std::string_view, Replayer::Handler>> &Replayer::statementHandlers() {
  static const std::vector<std::pair<std::string_view, Replayer::Handler>> Table = {
      {"AlterDefaultPrivilegesStmt", &Replayer::alterDefaultPrivileges},
      {"AlterObjectSchemaStmt", &Replayer::alterObjectSchema},
      {"AlterPolicyStmt", &Replayer::alterPolicy},
      {"AlterTableStmt", &Replayer::alterTable},
      {"CommentStmt", &Replayer::comment},
      {"CreateDomainStmt", &Replayer::createDomain},
      {"CreateEnumStmt", &Replayer::createEnum},
      {"CreateForeignTableStmt", &Replayer::createForeignTable},
      {"CreateFunctionStmt", &Replayer::createFunction},
      {"CreatePolicyStmt", &Replayer::createPolicy},
      {"CreateStmt", &Replayer::createTable},
      {"CreateTableAsStmt", &Replayer::createTableAs},
      {"DoStmt", &Replayer::doBlock},
      {"DropStmt", &Replayer::drop},
      {"GrantStmt", &Replayer::grant},
      {"RenameStmt", &Replayer::rename},
      {"SecLabelStmt", &Replayer::securityLabel},
      {"VariableSetStmt", &Replayer::variableSet},
      {"ViewStmt", &Replayer::createView},
  };
  return Table;
}

void Replayer::statement(std::string_view Type, Node S, uint32_t B, uint32_t E) {
  const auto &Table = statementHandlers();
  auto It = std::lower_bound(Table.begin(), Table.end(), Type,
                             [](const auto &Entry, std::string_view T) { return Entry.first < T; });
  if (It != Table.end() && It->first == Type)
    (this->*It->second)(S, B, E);
}

void Replayer::tableDefinition(Node C, uint32_t B) {
  auto Rel = get(C, "relation");
  if (!Rel)
    return;
  std::vector<ColumnSpec> Cols;
  Cols.reserve(count(C, "tableElts"));
  std::vector<std::string> FkCols;
  each(C, "tableElts", [&](Node X) {
    auto [T, Body] = node(X);
    if (T == "ColumnDef")
      Cols.push_back(columnDef(Body, B));
    else if (T == "Constraint" && word(Body, "contype") == "CONSTR_FOREIGN") {
      auto F = strings(Body, "fk_attrs");
      FkCols.insert(FkCols.end(), F.begin(), F.end());
    }
  });
  for (auto &Col : Cols)
    for (const auto &F : FkCols)
      if (Col.Name == F && FkCols.size() == 1)
        Col.IsForeignKey = true;
  SourceRange NameRange = tokenAt(num(*Rel, "location", -1));
  Fact At{NameRange, FactOrder{FileIndex, B}, ""};
  Cat.createTable(rangeVar(*Rel), At, std::move(Cols), flag(C, "if_not_exists"));
}

void Replayer::createTable(Node S, uint32_t B, uint32_t) { tableDefinition(S, B); }

void Replayer::createForeignTable(Node S, uint32_t B, uint32_t) {
  if (auto BaseNode = get(S, "base"))
    tableDefinition(*BaseNode, B);
}

// Where a DDL statement starts in a PL/pgSQL statement (after BEGIN, IF ...
// THEN, ELSE and the like): the first CREATE, ALTER, GRANT, REVOKE, COMMENT or
// DROP outside parentheses, strings and comments, or npos. EXECUTE's dynamic
// SQL is a string and is not read.
size_t embeddedDdlStart(std::string_view Piece) {
  int Depth = 0;
  for (size_t I = 0; I < Piece.size();) {
    if (size_t After = skipLexeme(Piece, I); After != I) {
      I = After;
      continue;
    }
    unsigned char C = static_cast<unsigned char>(Piece[I]);
    if (C == '(' || C == ')') {
      Depth += C == '(' ? 1 : -1;
      ++I;
      continue;
    }
    if (!std::isalpha(C) && C != '_') {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Piece.size() && (std::isalnum(static_cast<unsigned char>(Piece[J])) ||
                                Piece[J] == '_' || Piece[J] == '$'))
      ++J;
    std::string W = lowerAscii(Piece.substr(I, J - I));
    if (Depth == 0 && (W == "create" || W == "alter" || W == "grant" || W == "revoke" ||
                       W == "comment" || W == "drop"))
      return I;
    I = J;
  }
  return std::string_view::npos;
}

// DO $$ ... $$ in PL/pgSQL: the DDL statements of its body are replayed as if
// the block ran (a conditional CREATE is taken to happen: a gate assumes the
// table may exist). Only a dollar-quoted body is read (its offsets are the
// file's); a statement of it that does not parse as SQL is left out, as the
// DO block was before.
void Replayer::doBlock(Node S, uint32_t, uint32_t) {
  std::string Language = "plpgsql";
  int64_t Loc = -1;
  each(S, "args", [&](Node X) {
    auto [T, D] = node(X);
    if (T != "DefElem")
      return;
    std::string Name = str(D, "defname");
    if (Name == "language") {
      if (auto A = get(D, "arg"))
        Language = lowerAscii(str(node(*A).second, "sval"));
    } else if (Name == "as") {
      Loc = num(D, "location", -1);
    }
  });
  const std::string &Clean = Prepared.Clean;
  const uint32_t TreeBase = Base;
  size_t Open = TreeBase + static_cast<size_t>(Loc);
  if (Language != "plpgsql" || Loc < 0 || Open >= Clean.size() || Clean[Open] != '$')
    return;
  size_t TagEnd = Clean.find('$', Open + 1);
  if (TagEnd == std::string::npos)
    return;
  std::string Tag = Clean.substr(Open, TagEnd - Open + 1);
  size_t BodyStart = TagEnd + 1;
  size_t BodyEnd = Clean.find(Tag, BodyStart);
  if (BodyEnd == std::string::npos)
    return;
  std::string_view Body(Clean.data() + BodyStart, BodyEnd - BodyStart);
  pg::PgParser Local; // the enclosing statement's tree may live in Parser
  for (auto [PB, PE] : splitAtSemicolons(Body)) {
    std::string_view Piece = Body.substr(PB, PE - PB);
    size_t At = embeddedDdlStart(Piece);
    if (At == std::string_view::npos)
      continue;
    std::string Stmt(Piece.substr(At));
    Node Root;
    PgError Err;
    if (Local.parse(Stmt, Root, Err))
      replayTree(Root, static_cast<uint32_t>(BodyStart + PB + At),
                 static_cast<uint32_t>(Stmt.size()));
  }
  Base = TreeBase;
}

void Replayer::alterTable(Node S, uint32_t B, uint32_t E) {
  auto Rel = get(S, "relation");
  if (!Rel)
    return;
  SqlName N = rangeVar(*Rel);
  each(S, "cmds", [&](Node X) {
    auto [T, Cmd] = node(X);
    if (T != "AlterTableCmd")
      return;
    std::string_view Sub = word(Cmd, "subtype");
    if (Sub == "AT_AddColumn") {
      if (auto D = get(Cmd, "def")) {
        auto [DT, DB] = node(*D);
        if (DT == "ColumnDef")
          Cat.addColumn(N, columnDef(DB, B), flag(Cmd, "missing_ok"));
      }
    } else if (Sub == "AT_DropColumn") {
      Cat.dropColumn(N, str(Cmd, "name"));
    } else if (Sub == "AT_AlterColumnType") {
      if (auto D = get(Cmd, "def")) {
        auto [DT, DB] = node(*D);
        ColumnSpec NT;
        if (auto TN = get(DB, "typeName"))
          typeName(*TN, NT);
        Cat.alterColumnType(N, str(Cmd, "name"), NT);
      }
    } else if (Sub == "AT_EnableRowSecurity") {
      Cat.setRowLevelSecurity(N, SqlCatalog::RlsChange::Enable, fact(B, E, stmtText(B, E)));
    } else if (Sub == "AT_DisableRowSecurity") {
      Cat.setRowLevelSecurity(N, SqlCatalog::RlsChange::Disable,
                              fact(B, E, "row-level security is disabled here"));
    } else if (Sub == "AT_ForceRowSecurity") {
      Cat.setRowLevelSecurity(N, SqlCatalog::RlsChange::Force, fact(B, E, stmtText(B, E)));
    } else if (Sub == "AT_NoForceRowSecurity") {
      Cat.setRowLevelSecurity(N, SqlCatalog::RlsChange::NoForce, fact(B, E, stmtText(B, E)));
    } else if (Sub == "AT_SetRelOptions" || Sub == "AT_ResetRelOptions") {
      auto D = get(Cmd, "def");
      if (!D)
        return;
      auto [DT, DB] = node(*D);
      auto Visit = [&](Node Item) {
        auto [IT, IB] = node(Item);
        if (IT == "DefElem" && word(IB, "defname") == "security_invoker")
          Cat.setViewSecurityInvoker(N, Sub == "AT_SetRelOptions" && isTrueOption(IB));
      };
      if (DT == "List")
        each(DB, "items", Visit);
    }
  });
}

void Replayer::rename(Node S, uint32_t, uint32_t) {
  std::string_view RT = word(S, "renameType");
  auto Rel = get(S, "relation");
  if (!Rel)
    return;
  SqlName N = rangeVar(*Rel);
  if (RT == "OBJECT_COLUMN")
    Cat.renameColumn(N, str(S, "subname"), str(S, "newname"));
  else if (RT == "OBJECT_TABLE" || RT == "OBJECT_VIEW" || RT == "OBJECT_MATVIEW" ||
           RT == "OBJECT_FOREIGN_TABLE")
    Cat.renameRelation(N, str(S, "newname"));
}

void Replayer::alterObjectSchema(Node S, uint32_t B, uint32_t E) {
  if (auto Rel = get(S, "relation"))
    Cat.setRelationSchema(rangeVar(*Rel), str(S, "newschema"), fact(B, E, stmtText(B, E)));
}

void Replayer::drop(Node S, uint32_t, uint32_t) {
  std::string_view RT = word(S, "removeType");
  each(S, "objects", [&](Node X) {
    auto [T, Body] = node(X);
    std::vector<std::string> Names;
    if (T == "List")
      Names = strings(Body, "items");
    else if (T == "ObjectWithArgs")
      Names = strings(Body, "objname");
    if (Names.empty())
      return;
    if (RT == "OBJECT_POLICY") {
      std::string Pol = Names.back();
      Names.pop_back();
      Cat.dropPolicy(qualified(Names), Pol);
    } else if (RT == "OBJECT_TABLE" || RT == "OBJECT_VIEW" || RT == "OBJECT_MATVIEW" ||
               RT == "OBJECT_FOREIGN_TABLE" || RT == "OBJECT_FUNCTION") {
      Cat.dropRelation(qualified(Names));
    }
  });
}

void Replayer::createDomain(Node S, uint32_t, uint32_t) {
  ColumnSpec BaseType;
  if (auto TN = get(S, "typeName"))
    typeName(*TN, BaseType);
  Cat.createDomain(qualified(strings(S, "domainname")), BaseType);
}

void Replayer::createEnum(Node S, uint32_t, uint32_t) {
  Cat.createEnum(qualified(strings(S, "typeName")));
}

void Replayer::comment(Node S, uint32_t B, uint32_t E) {
  auto On = labelledObject(S);
  if (!On)
    return;
  std::string Text = str(S, "comment");
  if (On->Type == "OBJECT_COLUMN")
    Cat.commentOnColumn(qualified(On->Names), On->Column, Text, range(B, E));
  else if (On->Type == "OBJECT_TABLE" || On->Type == "OBJECT_VIEW")
    Cat.commentOnTable(qualified(On->Names), Text, range(B, E));
}

void Replayer::securityLabel(Node S, uint32_t B, uint32_t E) {
  auto On = labelledObject(S);
  if (On && On->Type == "OBJECT_COLUMN")
    Cat.securityLabelOnColumn(qualified(On->Names), On->Column, str(S, "provider"), str(S, "label"),
                              range(B, E));
}

void Replayer::createView(Node S, uint32_t B, uint32_t E) {
  auto V = get(S, "view");
  auto Q = get(S, "query");
  if (!V || !Q)
    return;
  bool Invoker = false;
  each(S, "options", [&](Node X) {
    auto [T, Body] = node(X);
    if (T == "DefElem" && word(Body, "defname") == "security_invoker")
      Invoker = isTrueOption(Body);
  });
  viewStmt(*Q, rangeVar(*V), false, Invoker, flag(S, "replace"), B, E);
}

void Replayer::createTableAs(Node S, uint32_t B, uint32_t E) {
  if (word(S, "objtype") != "OBJECT_MATVIEW")
    return; // CREATE TABLE AS copies data: its columns are unknown without the query types
  auto Into = get(S, "into");
  auto Q = get(S, "query");
  if (!Into || !Q)
    return;
  auto Rel = get(*Into, "rel");
  if (!Rel)
    return;
  viewStmt(*Q, rangeVar(*Rel), true, false, false, B, E);
}

void Replayer::createFunction(Node S, uint32_t B, uint32_t E) {
  bool Definer = false;
  each(S, "options", [&](Node X) {
    auto [T, Body] = node(X);
    if (T == "DefElem" && word(Body, "defname") == "security") {
      auto Arg = get(Body, "arg");
      if (Arg) {
        auto [AT, AB] = node(*Arg);
        Definer = AT == "Boolean" && flag(AB, "boolval");
      }
    }
  });
  std::vector<ColumnSpec> Out;
  each(S, "parameters", [&](Node X) {
    auto [T, Body] = node(X);
    if (T != "FunctionParameter")
      return;
    std::string_view Mode = word(Body, "mode");
    if (Mode != "FUNC_PARAM_TABLE" && Mode != "FUNC_PARAM_OUT" && Mode != "FUNC_PARAM_INOUT")
      return;
    ColumnSpec C;
    C.Name = str(Body, "name");
    if (auto TN = get(Body, "argType")) {
      typeName(*TN, C);
      C.Range = tokenAt(num(*TN, "location", -1));
    }
    // The parameter name precedes its type; find it on the same line.
    C.Order = FactOrder{FileIndex, B};
    if (!C.Name.empty())
      Out.push_back(std::move(C));
  });
  std::optional<SqlName> SetOf;
  if (auto RT = get(S, "returnType")) {
    auto Names = strings(*RT, "names");
    bool Builtin = Names.size() == 2 && Names[0] == "pg_catalog";
    if (!Builtin && !Names.empty() && Out.empty())
      SetOf = qualified(Names);
  }
  auto FN = strings(S, "funcname");
  Cat.createFunction(qualified(FN), Definer, SetOf, std::move(Out), fact(B, E, stmtText(B, E)));
}

void Replayer::grant(Node S, uint32_t B, uint32_t E) { grantStmt(S, B, E, false, {}); }

void Replayer::alterDefaultPrivileges(Node S, uint32_t B, uint32_t E) {
  std::vector<std::string> Schemas;
  each(S, "options", [&](Node X) {
    auto [T, Body] = node(X);
    if (T == "DefElem" && word(Body, "defname") == "schemas")
      if (auto Arg = get(Body, "arg")) {
        auto [AT, AB] = node(*Arg);
        if (AT == "List")
          Schemas = strings(AB, "items");
      }
  });
  if (auto A = get(S, "action"))
    grantStmt(*A, B, E, true, Schemas);
}

void Replayer::policy(Node S, uint32_t B, uint32_t E, bool Alter) {
  auto T = get(S, "table");
  if (!T)
    return;
  PolicySpec P;
  P.Table = rangeVar(*T);
  P.Name = str(S, "policy_name");
  P.At = fact(B, E, "policy '" + P.Name + "' lets every row be read (USING is constant true)");
  if (Alter) {
    // Not tracked field by field: ALTER POLICY replaces roles and USING when given.
    P.Command = "all";
  } else {
    P.Command = str(S, "cmd_name");
    if (P.Command.empty())
      P.Command = "all";
    P.Permissive = flag(S, "permissive");
  }
  P.Roles = roles(S, "roles");
  if (P.Roles.size() == 1 && P.Roles[0] == "PUBLIC")
    P.Roles.clear();
  if (auto Q = get(S, "qual")) {
    P.HasUsing = true;
    P.UsingConstantTrue = constantTrue(*Q);
  }
  if (Alter)
    Cat.alterPolicy(P, get(S, "roles").has_value(), get(S, "qual").has_value());
  else
    Cat.createPolicy(P);
}

void Replayer::createPolicy(Node S, uint32_t B, uint32_t E) { policy(S, B, E, false); }

void Replayer::alterPolicy(Node S, uint32_t B, uint32_t E) { policy(S, B, E, true); }

void Replayer::variableSet(Node S, uint32_t, uint32_t) {
  if (word(S, "name") != "search_path")
    return;
  std::vector<std::string> Path;
  each(S, "args", [&](Node X) {
    auto [T, Body] = node(X);
    if (T == "A_Const")
      if (auto SV = get(Body, "sval"))
        Path.push_back(str(*SV, "sval"));
  });
  for (const auto &P : Path)
    if (!P.empty() && P != "$user" && P != "pg_catalog") {
      Cat.setDefaultSchema(P);
      break;
    }
}

// ---------------------------------------------------------------- parsing

void Replayer::replayTree(Node Root, uint32_t TreeBase, uint32_t TextLen) {
  each(Root, "stmts", [&](Node RawStmt) {
    uint32_t Loc = static_cast<uint32_t>(num(RawStmt, "stmt_location", 0));
    int64_t Len = num(RawStmt, "stmt_len", 0);
    uint32_t End = Len == 0 ? TextLen : Loc + static_cast<uint32_t>(Len);
    uint32_t B = TreeBase + Loc;
    B = skipSpaceAndComments(Prepared.Clean, B);
    uint32_t E = TreeBase + End;
    auto S = get(RawStmt, "stmt");
    if (!S)
      return;
    auto [Type, Body] = node(*S);
    Base = TreeBase;
    statement(Type, Body, B, E);
  });
}

bool Replayer::parseAndReplay(const std::string &Text, uint32_t TreeBase, PgError *Err) {
  Node Root;
  PgError Local;
  if (!Parser.parse(Text, Root, Err ? *Err : Local))
    return false;
  replayTree(Root, TreeBase, static_cast<uint32_t>(Text.size()));
  return true;
}

// ---------------------------------------------------------------- recovery

void Replayer::problem(uint32_t Offset, std::string Msg) {
  Cat.problems().push_back({range(Offset, Offset + 1), std::move(Msg)});
}

// Splits "( a, b(c, d), e )" at top-level commas; offsets relative to Text.
std::vector<std::pair<uint32_t, uint32_t>> splitElements(std::string_view T, uint32_t Open,
                                                         uint32_t Close) {
  std::vector<std::pair<uint32_t, uint32_t>> Out;
  int Depth = 0;
  uint32_t Start = Open + 1;
  for (uint32_t I = Open + 1; I < Close; ++I) {
    char C = T[I];
    if (C == '\'' || C == '"') {
      char Q = C;
      ++I;
      while (I < Close && T[I] != Q)
        ++I;
    } else if (C == '(') {
      ++Depth;
    } else if (C == ')') {
      --Depth;
    } else if (C == ',' && Depth == 0) {
      Out.emplace_back(Start, I);
      Start = I + 1;
    }
  }
  Out.emplace_back(Start, Close);
  return Out;
}

bool Replayer::recoverCreateTable(const std::string &Original, uint32_t StmtBase) {
  // Work on a copy without comments (same offsets): a '(' or ',' in a comment
  // must not split the column list.
  std::string Stmt = Original;
  auto CIt = std::lower_bound(Prepared.Comments.begin(), Prepared.Comments.end(), StmtBase,
                              [](const SqlComment &Cm, uint32_t Off) { return Cm.End <= Off; });
  for (; CIt != Prepared.Comments.end() && CIt->Begin < StmtBase + Stmt.size(); ++CIt)
    for (uint32_t I = std::max(CIt->Begin, StmtBase); I < CIt->End && I - StmtBase < Stmt.size();
         ++I)
      if (Stmt[I - StmtBase] != '\n')
        Stmt[I - StmtBase] = ' ';
  // Find "CREATE ... TABLE name (" and the matching ")".
  size_t Start = skipSpaceAndComments(Stmt, 0);
  std::string L = lowerAscii(Stmt.substr(Start, std::min<size_t>(Stmt.size() - Start, 200)));
  if (!L.starts_with("create") || L.find("table") == std::string::npos)
    return false;
  size_t Open = Stmt.find('(', Start);
  if (Open == std::string::npos)
    return false;
  int Depth = 0;
  size_t Close = std::string::npos;
  for (size_t I = Open; I < Stmt.size(); ++I) {
    char C = Stmt[I];
    if (C == '\'' || C == '"') {
      char Q = C;
      ++I;
      while (I < Stmt.size() && Stmt[I] != Q)
        ++I;
    } else if (C == '(') {
      ++Depth;
    } else if (C == ')' && --Depth == 0) {
      Close = I;
      break;
    }
  }
  if (Close == std::string::npos)
    return false;
  auto Elements = splitElements(Stmt, static_cast<uint32_t>(Open), static_cast<uint32_t>(Close));
  std::string Fixed = Stmt;
  const std::string Probe = "CREATE TABLE privlint_probe (";
  struct Bad {
    uint32_t Offset;
    std::string Message;
  };
  std::vector<Bad> Bads;
  size_t Good = 0;
  for (size_t K = 0; K < Elements.size(); ++K) {
    auto [EB, EE] = Elements[K];
    std::string Elt = Stmt.substr(EB, EE - EB);
    PgError Err;
    if (parses(Probe + Elt + ")", &Err)) {
      ++Good;
      continue;
    }
    uint32_t Pos = Err.Offset >= Probe.size()
                       ? EB + static_cast<uint32_t>(Err.Offset - Probe.size())
                       : skipSpaceAndComments(Stmt, EB);
    Bads.push_back({Pos, Err.Message});
    // Blank the element and one adjacent comma so the rest still parses.
    uint32_t BB = EB, BE = EE;
    if (K + 1 < Elements.size())
      BE = EE + 1; // the comma after it
    else if (K > 0)
      BB = EB - 1; // the comma before it
    for (uint32_t I = BB; I < BE && I < Fixed.size(); ++I)
      if (Fixed[I] != '\n')
        Fixed[I] = ' ';
  }
  if (Bads.empty() || Good == 0)
    return false;
  if (!parseAndReplay(Fixed, StmtBase, nullptr))
    return false;
  for (const auto &B : Bads)
    problem(StmtBase + B.Offset,
            B.Message +
                "; this column definition was skipped and the table's other columns "
                "were read (it may be PostgreSQL syntax newer than the bundled "
                "parser, PostgreSQL " +
                BundledVersion + ")");
  return true;
}

void Replayer::rejected(const std::string &Stmt, uint32_t Loc, const PgError &Err) {
  // Data statements never produce a parse-error: a file of INSERTs is not a
  // schema. Anything that may define, alter or grant something does.
  if (!isDataStatement(Stmt))
    problem(Loc + Err.Offset, Err.Message);
}

void Replayer::replayOne(const std::string &Stmt, uint32_t Loc, const PgError &Err) {
  if (!recoverCreateTable(Stmt, Loc))
    rejected(Stmt, Loc, Err);
}

void Replayer::replayStatements(const std::vector<PgStatement> &Stmts) {
  const std::string &Clean = Prepared.Clean;
  for (auto [Loc, Len] : Stmts) {
    std::string Stmt = Clean.substr(Loc, Len == 0 ? std::string::npos : Len);
    PgError Err;
    if (parseAndReplay(Stmt, Loc, &Err))
      continue;
    // libpg_query's split does not end a statement at a ';' inside
    // parentheses: after an unbalanced '(' the statements that follow are
    // part of this one. Read them one by one, each with its ';'.
    auto Pieces = splitAtSemicolons(Clean.substr(Loc, Len == 0 ? std::string::npos : Len + 1));
    if (Pieces.size() <= 1) {
      replayOne(Stmt, Loc, Err);
      continue;
    }
    for (auto [PB, PE] : Pieces) {
      std::string Piece = Clean.substr(Loc + PB, PE - PB);
      PgError PieceErr;
      if (!parseAndReplay(Piece, Loc + PB, &PieceErr))
        replayOne(Piece, Loc + PB, PieceErr);
    }
  }
}

// libpg_query's split leaves out a last statement it considers unfinished (an
// unbalanced '(' runs to the end of the file): it is read as one more.
void Replayer::addUnsplitTail(std::vector<PgStatement> &Stmts) const {
  const std::string &Clean = Prepared.Clean;
  uint32_t End = 0;
  if (!Stmts.empty()) {
    if (Stmts.back().Length == 0)
      return;
    End = Stmts.back().Begin + Stmts.back().Length;
  }
  uint32_t P = skipSpaceAndComments(Clean, End);
  while (P < Clean.size() && Clean[P] == ';')
    P = skipSpaceAndComments(Clean, P + 1);
  if (P < Clean.size())
    Stmts.push_back({P, 0});
}

// Bytes [Start, End) of the file, parsed at once.
struct ChunkRange {
  uint32_t Start, End;
};

// Parses the chunks of Clean and calls Replay(K, Ok, Root, TextLen) for each
// in order; Replay returns false to stop. Parsing costs about twice what
// replaying does, so a second thread parses chunks ahead and the replaying
// thread parses one too whenever the chunk it needs is not ready
// (libpg_query is thread-safe). Chunk K's tree lives in slot K % Slots,
// which is parsed into again only once chunk K has been replayed.
template <typename Fn>
void parseChunksAhead(const std::string &Clean, const std::vector<ChunkRange> &Chunks, Fn Replay) {
  constexpr size_t NumSlots = 3;
  struct Slot {
    pg::PgParser Parser;
    std::string Text;
    Node Root;
    bool Ok = false;
  };
  std::array<Slot, NumSlots> Slots;
  const size_t Count = Chunks.size();
  std::vector<char> Done(Count, 0);
  size_t Next = 0;     // the next chunk to parse
  size_t Replayed = 0; // chunks replayed so far
  bool Stop = false;
  std::mutex Lock;
  std::condition_variable Changed;
  auto Parse = [&](size_t K) {
    Slot &S = Slots[K % NumSlots];
    S.Text.assign(Clean, Chunks[K].Start, Chunks[K].End - Chunks[K].Start);
    PgError Err;
    S.Ok = S.Parser.parse(S.Text, S.Root, Err);
  };
  // Under Lock: whether a chunk may be claimed for parsing now.
  auto Claimable = [&] { return !Stop && Next < Count && Next < Replayed + NumSlots; };
  auto Helper = [&] {
    std::unique_lock<std::mutex> G(Lock);
    for (;;) {
      Changed.wait(G, [&] { return Stop || Next >= Count || Claimable(); });
      if (!Claimable())
        return;
      size_t K = Next++;
      G.unlock();
      Parse(K);
      G.lock();
      Done[K] = 1;
      Changed.notify_all();
    }
  };
  std::thread Ahead;
  try {
    Ahead = std::thread(Helper);
  } catch (...) { // NOLINT(bugprone-empty-catch): no thread to be had, so
                  // this one parses every chunk
  }
  for (size_t K = 0; K < Count; ++K) {
    std::unique_lock<std::mutex> G(Lock);
    while (!Done[K]) {
      if (Claimable()) {
        size_t J = Next++;
        G.unlock();
        Parse(J);
        G.lock();
        Done[J] = 1;
        Changed.notify_all();
      } else {
        Changed.wait(G);
      }
    }
    G.unlock();
    const Slot &S = Slots[K % NumSlots];
    bool Go = Replay(K, S.Ok, S.Root, static_cast<uint32_t>(S.Text.size()));
    G.lock();
    Replayed = K + 1;
    Stop = !Go;
    Changed.notify_all();
    if (Stop)
      break;
  }
  {
    std::lock_guard<std::mutex> G(Lock);
    Stop = true;
    Changed.notify_all();
  }
  if (Ahead.joinable())
    Ahead.join();
}

void Replayer::run() {
  const std::string &Clean = Prepared.Clean;
  // Small files: one parse. Large files: parse in chunks of whole
  // statements, which keeps the parse tree and its JSON small enough to stay
  // in cache (measured: faster than one parse of the whole file). The cuts
  // come from a cheap scan (chunkCuts), not from libpg_query's split, which
  // lexes the whole file twice: a chunk that parses was cut between two
  // statements (a cut inside a string, a comment, parentheses or a
  // statement leaves one that does not parse), so every chunk before the
  // first one that does not parse was read as libpg_query's split would
  // have had it read. From that chunk on, the file is read as before.
  if (Clean.size() <= WholeFileBytes) {
    if (!parseAndReplay(Clean, 0, nullptr))
      readStatementsFrom(0);
    return;
  }
  std::vector<ChunkRange> Chunks;
  uint32_t Start = 0;
  for (uint32_t Cut : chunkCuts(Clean, ChunkBytes)) {
    Chunks.push_back({Start, Cut});
    Start = Cut;
  }
  Chunks.push_back({Start, static_cast<uint32_t>(Clean.size())});
  uint32_t Failed = UINT32_MAX;
  parseChunksAhead(Clean, Chunks, [&](size_t K, bool Ok, Node Root, uint32_t TextLen) {
    if (!Ok) {
      Failed = Chunks[K].Start;
      return false;
    }
    replayTree(Root, Chunks[K].Start, TextLen);
    return true;
  });
  if (Failed != UINT32_MAX)
    readStatementsFrom(Failed);
}

// Reads Clean from From (0, or the start of a statement) statement by
// statement, as libpg_query's split has them, with the recovery described
// in run() and in docs/frontends/postgres.md.
void Replayer::readStatementsFrom(uint32_t From) {
  const std::string &Clean = Prepared.Clean;
  const bool Large = Clean.size() > WholeFileBytes;
  std::string Rest = Clean.substr(From);
  auto Shift = [&](std::vector<PgStatement> &Stmts, size_t Since) {
    for (size_t I = Since; I < Stmts.size(); ++I)
      Stmts[I].Begin += From;
  };
  std::vector<PgStatement> Stmts;
  PgError SplitErr;
  if (pg::splitStatements(Rest, Stmts, SplitErr)) {
    Shift(Stmts, 0);
    addUnsplitTail(Stmts);
  } else if (Large && parseAndReplay(Rest, From, nullptr)) {
    return;
  } else if (!SplitErr.Message.starts_with("unterminated")) {
    // A lexical error inside one token (trailing junk after a number, a bad
    // escape): the statements around it are split at their ';' and read; the
    // one holding it gets the parser's message.
    for (auto [PB, PE] : splitAtSemicolons(Rest))
      Stmts.push_back({From + PB, PE - PB - (Rest[PE - 1] == ';' ? 1u : 0u)});
  } else {
    std::string Msg = SplitErr.Message.substr(0, SplitErr.Message.find('\n'));
    if (Msg.size() > 120)
      Msg = std::string(utf8Prefix(Msg, 117)) + "...";
    uint32_t Pos = From + SplitErr.Offset;
    // In a data statement (a dump's INSERT with a string PostgreSQL cannot
    // read) the error is no parse-error when nothing after it defines,
    // alters or grants anything: a file of data is not a schema.
    uint32_t StmtBegin = From;
    for (auto [PB, PE] : splitAtSemicolons(std::string_view(Clean).substr(From, Pos - From)))
      if (Clean[From + PE - 1] == ';')
        StmtBegin = From + PE;
    auto DefinesAfter = [&] {
      std::string After = lowerAscii(std::string_view(Clean).substr(Pos));
      for (std::string_view K : {"create ", "alter ", "grant ", "revoke ", "comment on"})
        if (After.find(K) != std::string::npos)
          return true;
      return false;
    };
    if (!isDataStatement(std::string_view(Clean).substr(StmtBegin, Pos - StmtBegin)) ||
        DefinesAfter())
      problem(Pos, Msg + "; nothing after this point could be read");
    // The statements before the lexical error are still read.
    std::vector<PgStatement> Prefix;
    PgError PrefixErr;
    Stmts.clear();
    uint32_t Covered = From;
    if (pg::splitStatements(Clean.substr(From, Pos - From), Prefix, PrefixErr))
      for (auto [Loc, Len] : Prefix)
        // Only complete statements: the one holding the error has no ';'.
        if (From + Loc + Len < Pos && Clean[From + Loc + Len] == ';') {
          Stmts.push_back({From + Loc, Len});
          Covered = From + Loc + Len + 1;
        }
    // After an unbalanced '(' the split above stops early: the complete
    // statements between it and the error are split at their ';' here.
    for (auto [PB, PE] : splitAtSemicolons(std::string_view(Clean).substr(Covered, Pos - Covered)))
      if (Clean[Covered + PE - 1] == ';')
        Stmts.push_back({Covered + PB, PE - PB - 1});
  }
  if (!Large) {
    // The whole-file parse failed: statement by statement, so that one error
    // costs one statement and everything else is still read.
    replayStatements(Stmts);
    return;
  }
  // Chunks of whole statements; a chunk that does not parse is read
  // statement by statement.
  std::vector<ChunkRange> Chunks;
  std::vector<size_t> First; // each chunk's first statement, then Stmts.size()
  for (size_t B = 0; B < Stmts.size();) {
    size_t E = B;
    uint32_t Start = Stmts[B].Begin;
    uint32_t End = Start;
    while (E < Stmts.size() && (End - Start < ChunkBytes || E == B)) {
      End = Stmts[E].Length == 0 ? static_cast<uint32_t>(Clean.size())
                                 : Stmts[E].Begin + Stmts[E].Length;
      ++E;
    }
    // Include the terminating ';' of the chunk's last statement.
    if (End < Clean.size() && Clean[End] == ';')
      ++End;
    Chunks.push_back({Start, End});
    First.push_back(B);
    B = E;
  }
  First.push_back(Stmts.size());
  parseChunksAhead(Clean, Chunks, [&](size_t K, bool Ok, Node Root, uint32_t TextLen) {
    if (Ok)
      replayTree(Root, Chunks[K].Start, TextLen);
    else
      replayStatements({Stmts.begin() + static_cast<long>(First[K]),
                        Stmts.begin() + static_cast<long>(First[K + 1])});
    return true;
  });
}

} // namespace

void replayPostgresFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat) {
  PreparedSql P = prepareSql(File.text());
  Replayer R(File, FileIndex, Cat, P);
  R.run();
}

} // namespace privlint
