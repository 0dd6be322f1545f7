// The one adapter that owns every libpg_query call and reads its JSON parse
// trees with simdjson. Nothing outside this file sees a parse-tree node.
#include "Frontend/Postgres/PostgresReplayer.h"

#include "Classify/Markers.h"
#include "Frontend/Sql/SqlText.h"
#include "Support/Text.h"
#include "Support/Utf8.h"

#include <pg_query.h>
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

namespace privlint {
namespace {

using El = simdjson::dom::element;

std::optional<El> get(El E, std::string_view Key) {
  El Out;
  if (E.type() != simdjson::dom::element_type::OBJECT)
    return std::nullopt;
  if (E[Key].get(Out))
    return std::nullopt;
  return Out;
}

std::string str(El E, std::string_view Key) {
  auto V = get(E, Key);
  std::string_view S;
  if (!V || V->get(S))
    return {};
  return std::string(S);
}

int64_t num(El E, std::string_view Key, int64_t Default = 0) {
  auto V = get(E, Key);
  int64_t N;
  if (!V || V->get(N))
    return Default;
  return N;
}

bool flag(El E, std::string_view Key) {
  auto V = get(E, Key);
  bool B;
  if (!V || V->get(B))
    return false;
  return B;
}

// Iterates an array field (absent = empty).
template <typename Fn> void each(El E, std::string_view Key, Fn F) {
  auto V = get(E, Key);
  simdjson::dom::array A;
  if (!V || V->get(A))
    return;
  for (El X : A)
    F(X);
}

// A node {"Type": {...}}: its type name and body.
std::pair<std::string_view, El> node(El E) {
  simdjson::dom::object O;
  if (E.get(O))
    return {{}, E};
  for (auto KV : O)
    return {KV.key, KV.value};
  return {{}, E};
}

// The String values of a list of {"String":{"sval":...}} nodes.
std::vector<std::string> strings(El E, std::string_view Key) {
  std::vector<std::string> Out;
  each(E, Key, [&](El X) {
    auto [T, B] = node(X);
    if (T == "String")
      Out.push_back(str(B, "sval"));
  });
  return Out;
}

class Replayer {
public:
  Replayer(const SourceFile &F, uint32_t Index, SqlCatalog &C, const PreparedSql &P)
      : File(F), FileIndex(Index), Cat(C), Prepared(P) {}

  void run();

private:
  // One parse of Text (a statement or the whole file) whose offsets start at Base.
  bool parseAndReplay(const std::string &Text, uint32_t Base, std::string *ErrMsg,
                      uint32_t *ErrOffset);
  void replayTree(El Root, uint32_t Base, uint32_t TextLen);
  void statement(std::string_view Type, El Body, uint32_t Begin, uint32_t End);
  bool recoverCreateTable(const std::string &Stmt, uint32_t Base);
  void replayStatements(const std::vector<std::pair<uint32_t, uint32_t>> &Stmts);
  void problem(uint32_t Offset, std::string Msg);

  SourceRange range(uint32_t B, uint32_t E) const { return SourceRange{&File, B, E}; }
  SourceRange tokenAt(int64_t Loc) const;
  SqlName rangeVar(El RV) const;
  SqlName qualified(const std::vector<std::string> &Names) const;
  Fact fact(uint32_t B, uint32_t E, std::string What) const {
    return Fact{range(B, E), FactOrder{FileIndex, B}, std::move(What)};
  }
  ColumnSpec columnDef(El CD, uint32_t StmtBegin) const;
  void typeName(El TN, ColumnSpec &C) const;
  void attachComments(ColumnSpec &C, uint32_t StmtBegin) const;
  std::vector<std::string> roles(El E, std::string_view Key) const;
  void grantStmt(El G, uint32_t B, uint32_t E, bool Defaults, const std::vector<std::string> &Schemas);
  void viewStmt(El Query, const SqlName &Name, bool Materialized, bool Invoker, bool Replace,
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
  uint32_t Base = 0;
  simdjson::dom::parser Parser; // reused across chunks: keeps its buffers
};

void Replayer::problem(uint32_t Offset, std::string Msg) {
  Cat.problems().push_back({range(Offset, Offset + 1), std::move(Msg)});
}

SourceRange Replayer::tokenAt(int64_t Loc) const {
  if (Loc < 0)
    return range(Base, Base);
  uint32_t B = Base + static_cast<uint32_t>(Loc);
  const std::string &T = File.text();
  uint32_t E = B;
  if (E < T.size() && T[E] == '"') {
    ++E;
    while (E < T.size()) {
      if (T[E] == '"') {
        if (E + 1 < T.size() && T[E + 1] == '"') {
          E += 2;
          continue;
        }
        ++E;
        break;
      }
      ++E;
    }
  } else {
    while (E < T.size() && (std::isalnum(static_cast<unsigned char>(T[E])) || T[E] == '_' ||
                            T[E] == '$' || static_cast<unsigned char>(T[E]) >= 0x80))
      ++E;
  }
  if (E == B)
    E = B + 1;
  return range(B, E);
}

SqlName Replayer::rangeVar(El RV) const {
  return SqlName{str(RV, "schemaname"), str(RV, "relname")};
}

SqlName Replayer::qualified(const std::vector<std::string> &Names) const {
  if (Names.empty())
    return {};
  if (Names.size() == 1)
    return SqlName{"", Names[0]};
  return SqlName{Names[Names.size() - 2], Names.back()};
}

void Replayer::typeName(El TN, ColumnSpec &C) const {
  C.TypeNames = strings(TN, "names");
  std::string Last = C.TypeNames.empty() ? "" : C.TypeNames.back();
  static const std::pair<const char *, const char *> Pretty[] = {
      {"int2", "smallint"}, {"int4", "integer"}, {"int8", "bigint"}, {"bool", "boolean"},
      {"float4", "real"}, {"float8", "double precision"}, {"bpchar", "char"}};
  std::string Decl = Last;
  if (C.TypeNames.size() == 2 && C.TypeNames[0] == "pg_catalog") {
    for (auto [From, To] : Pretty)
      if (Last == From)
        Decl = To;
  } else if (C.TypeNames.size() > 1) {
    Decl = C.TypeNames[C.TypeNames.size() - 2] + "." + Last;
  }
  std::string Mods;
  each(TN, "typmods", [&](El M) {
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
  auto AB = get(TN, "arrayBounds");
  if (AB) {
    C.IsArray = true;
    simdjson::dom::array A;
    if (!AB->get(A))
      for (size_t I = 0; I < A.size(); ++I)
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

ColumnSpec Replayer::columnDef(El CD, uint32_t StmtBegin) const {
  ColumnSpec C;
  C.Name = str(CD, "colname");
  C.Range = tokenAt(num(CD, "location", -1));
  C.Order = FactOrder{FileIndex, StmtBegin};
  if (auto TN = get(CD, "typeName"))
    typeName(*TN, C);
  each(CD, "constraints", [&](El X) {
    auto [T, B] = node(X);
    if (T != "Constraint")
      return;
    std::string K = str(B, "contype");
    if (K == "CONSTR_NOTNULL" || K == "CONSTR_PRIMARY")
      C.NotNull = true;
    else if (K == "CONSTR_FOREIGN")
      C.IsForeignKey = true;
  });
  attachComments(C, StmtBegin);
  return C;
}

std::vector<std::string> Replayer::roles(El E, std::string_view Key) const {
  std::vector<std::string> Out;
  each(E, Key, [&](El X) {
    auto [T, B] = node(X);
    if (T != "RoleSpec")
      return;
    std::string RT = str(B, "roletype");
    if (RT == "ROLESPEC_PUBLIC")
      Out.push_back("PUBLIC");
    else if (RT == "ROLESPEC_CSTRING")
      Out.push_back(str(B, "rolename"));
    else
      Out.push_back(lowerAscii(RT.substr(9))); // current_user, session_user, ...
  });
  return Out;
}

void Replayer::grantStmt(El G, uint32_t B, uint32_t E, bool Defaults,
                         const std::vector<std::string> &Schemas) {
  GrantSpec S;
  S.IsGrant = flag(G, "is_grant");
  std::string Obj = str(G, "objtype");
  std::string Targ = str(G, "targtype");
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
  each(G, "privileges", [&](El X) {
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
  each(G, "objects", [&](El X) {
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

void Replayer::viewStmt(El Query, const SqlName &Name, bool Materialized, bool Invoker,
                        bool Replace, uint32_t B, uint32_t E) {
  std::vector<ViewFrom> From;
  std::vector<ViewTarget> Targets;
  auto [QT, Q] = node(Query);
  if (QT != "SelectStmt")
    return;
  // Set operations (UNION ...): take the left-most SELECT's columns.
  while (auto L = get(Q, "larg"))
    Q = *L;
  std::function<void(El)> AddFrom = [&](El X) {
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
  each(Q, "targetList", [&](El X) {
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
        each(VB, "fields", [&](El F) {
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
  Cat.createView(Name, Materialized, Invoker, Replace, From, Targets,
                 fact(B, E, stmtText(B, E)));
}

bool isTrueOption(El DefElem) {
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

bool constantTrue(El Qual) {
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
  if (T == "A_Expr" && str(B, "kind") == "AEXPR_OP") {
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

void Replayer::statement(std::string_view Type, El S, uint32_t B, uint32_t E) {
  if (Type == "CreateStmt" || Type == "CreateForeignTableStmt") {
    El C = S;
    if (Type == "CreateForeignTableStmt") {
      auto BaseNode = get(S, "base");
      if (!BaseNode)
        return;
      C = *BaseNode;
    }
    auto Rel = get(C, "relation");
    if (!Rel)
      return;
    std::vector<ColumnSpec> Cols;
    std::vector<std::string> FkCols;
    each(C, "tableElts", [&](El X) {
      auto [T, Body] = node(X);
      if (T == "ColumnDef")
        Cols.push_back(columnDef(Body, B));
      else if (T == "Constraint" && str(Body, "contype") == "CONSTR_FOREIGN") {
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
    return;
  }
  if (Type == "AlterTableStmt") {
    auto Rel = get(S, "relation");
    if (!Rel)
      return;
    SqlName N = rangeVar(*Rel);
    each(S, "cmds", [&](El X) {
      auto [T, Cmd] = node(X);
      if (T != "AlterTableCmd")
        return;
      std::string Sub = str(Cmd, "subtype");
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
        El List = DB;
        auto Visit = [&](El Item) {
          auto [IT, IB] = node(Item);
          if (IT == "DefElem" && str(IB, "defname") == "security_invoker")
            Cat.setViewSecurityInvoker(N, Sub == "AT_SetRelOptions" && isTrueOption(IB));
        };
        if (DT == "List")
          each(List, "items", Visit);
      }
    });
    return;
  }
  if (Type == "RenameStmt") {
    std::string RT = str(S, "renameType");
    auto Rel = get(S, "relation");
    if (!Rel)
      return;
    SqlName N = rangeVar(*Rel);
    if (RT == "OBJECT_COLUMN")
      Cat.renameColumn(N, str(S, "subname"), str(S, "newname"));
    else if (RT == "OBJECT_TABLE" || RT == "OBJECT_VIEW" || RT == "OBJECT_MATVIEW" ||
             RT == "OBJECT_FOREIGN_TABLE")
      Cat.renameRelation(N, str(S, "newname"));
    return;
  }
  if (Type == "AlterObjectSchemaStmt") {
    if (auto Rel = get(S, "relation"))
      Cat.setRelationSchema(rangeVar(*Rel), str(S, "newschema"), fact(B, E, stmtText(B, E)));
    return;
  }
  if (Type == "DropStmt") {
    std::string RT = str(S, "removeType");
    each(S, "objects", [&](El X) {
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
    return;
  }
  if (Type == "CreateDomainStmt") {
    ColumnSpec Base;
    if (auto TN = get(S, "typeName"))
      typeName(*TN, Base);
    Cat.createDomain(qualified(strings(S, "domainname")), Base);
    return;
  }
  if (Type == "CreateEnumStmt") {
    Cat.createEnum(qualified(strings(S, "typeName")));
    return;
  }
  if (Type == "CommentStmt" || Type == "SecLabelStmt") {
    std::string OT = str(S, "objtype");
    auto Obj = get(S, "object");
    if (!Obj)
      return;
    auto [T, Body] = node(*Obj);
    if (T != "List")
      return;
    auto Names = strings(Body, "items");
    if (Type == "CommentStmt") {
      std::string Text = str(S, "comment");
      if (OT == "OBJECT_COLUMN" && Names.size() >= 2) {
        std::string Col = Names.back();
        Names.pop_back();
        Cat.commentOnColumn(qualified(Names), Col, Text, range(B, E));
      } else if (OT == "OBJECT_TABLE" || OT == "OBJECT_VIEW") {
        Cat.commentOnTable(qualified(Names), Text, range(B, E));
      }
    } else if (OT == "OBJECT_COLUMN" && Names.size() >= 2) {
      std::string Col = Names.back();
      Names.pop_back();
      Cat.securityLabelOnColumn(qualified(Names), Col, str(S, "provider"), str(S, "label"),
                                range(B, E));
    }
    return;
  }
  if (Type == "ViewStmt") {
    auto V = get(S, "view");
    auto Q = get(S, "query");
    if (!V || !Q)
      return;
    bool Invoker = false;
    each(S, "options", [&](El X) {
      auto [T, Body] = node(X);
      if (T == "DefElem" && str(Body, "defname") == "security_invoker")
        Invoker = isTrueOption(Body);
    });
    viewStmt(*Q, rangeVar(*V), false, Invoker, flag(S, "replace"), B, E);
    return;
  }
  if (Type == "CreateTableAsStmt") {
    if (str(S, "objtype") != "OBJECT_MATVIEW")
      return; // CREATE TABLE AS copies data: its columns are unknown without the query types
    auto Into = get(S, "into");
    auto Q = get(S, "query");
    if (!Into || !Q)
      return;
    auto Rel = get(*Into, "rel");
    if (!Rel)
      return;
    viewStmt(*Q, rangeVar(*Rel), true, false, false, B, E);
    return;
  }
  if (Type == "CreateFunctionStmt") {
    bool Definer = false;
    each(S, "options", [&](El X) {
      auto [T, Body] = node(X);
      if (T == "DefElem" && str(Body, "defname") == "security") {
        auto Arg = get(Body, "arg");
        if (Arg) {
          auto [AT, AB] = node(*Arg);
          Definer = AT == "Boolean" && flag(AB, "boolval");
        }
      }
    });
    std::vector<ColumnSpec> Out;
    each(S, "parameters", [&](El X) {
      auto [T, Body] = node(X);
      if (T != "FunctionParameter")
        return;
      std::string Mode = str(Body, "mode");
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
    Cat.createFunction(qualified(FN), Definer, SetOf, std::move(Out),
                       fact(B, E, stmtText(B, E)));
    return;
  }
  if (Type == "GrantStmt") {
    grantStmt(S, B, E, false, {});
    return;
  }
  if (Type == "AlterDefaultPrivilegesStmt") {
    std::vector<std::string> Schemas;
    each(S, "options", [&](El X) {
      auto [T, Body] = node(X);
      if (T == "DefElem" && str(Body, "defname") == "schemas")
        if (auto Arg = get(Body, "arg")) {
          auto [AT, AB] = node(*Arg);
          if (AT == "List")
            Schemas = strings(AB, "items");
        }
    });
    if (auto A = get(S, "action"))
      grantStmt(*A, B, E, true, Schemas);
    return;
  }
  if (Type == "CreatePolicyStmt" || Type == "AlterPolicyStmt") {
    auto T = get(S, "table");
    if (!T)
      return;
    PolicySpec P;
    P.Table = rangeVar(*T);
    P.Name = str(S, "policy_name");
    P.At = fact(B, E, "policy '" + P.Name + "' lets every row be read (USING is constant true)");
    if (Type == "AlterPolicyStmt") {
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
    if (Type == "AlterPolicyStmt") {
      Cat.alterPolicy(P, get(S, "roles").has_value(), get(S, "qual").has_value());
      return;
    }
    Cat.createPolicy(P);
    return;
  }
  if (Type == "VariableSetStmt") {
    if (str(S, "name") != "search_path")
      return;
    std::vector<std::string> Path;
    each(S, "args", [&](El X) {
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
    return;
  }
}

void Replayer::replayTree(El Root, uint32_t TreeBase, uint32_t TextLen) {
  each(Root, "stmts", [&](El RawStmt) {
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

bool Replayer::parseAndReplay(const std::string &Text, uint32_t TreeBase, std::string *ErrMsg,
                              uint32_t *ErrOffset) {
  static const bool Timing = std::getenv("PRIVLINT_TIMING") != nullptr;
  auto T0 = std::chrono::steady_clock::now();
  PgQueryParseResult R = pg_query_parse(Text.c_str());
  auto T1 = std::chrono::steady_clock::now();
  if (R.error) {
    if (ErrMsg)
      *ErrMsg = sanitizeUtf8(R.error->message ? R.error->message : "syntax error");
    if (ErrOffset)
      *ErrOffset = R.error->cursorpos > 0 ? static_cast<uint32_t>(R.error->cursorpos - 1) : 0;
    pg_query_free_parse_result(R);
    return false;
  }
  El Root;
  auto Err = Parser.parse(R.parse_tree, std::strlen(R.parse_tree)).get(Root);
  if (Err) {
    pg_query_free_parse_result(R);
    if (ErrMsg)
      *ErrMsg = std::string("internal error reading the parse tree: ") + simdjson::error_message(Err);
    if (ErrOffset)
      *ErrOffset = 0;
    return false;
  }
  auto T2 = std::chrono::steady_clock::now();
  replayTree(Root, TreeBase, static_cast<uint32_t>(Text.size()));
  auto T3 = std::chrono::steady_clock::now();
  pg_query_free_parse_result(R);
  if (Timing && Text.size() > 100000) {
    using Ms = std::chrono::duration<double, std::milli>;
    std::fprintf(stderr, "privlint: timing: pg_query_parse %.2f ms, simdjson %.2f ms, replay %.2f ms\n",
                 Ms(T1 - T0).count(), Ms(T2 - T1).count(), Ms(T3 - T2).count());
  }
  return true;
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
    for (uint32_t I = std::max(CIt->Begin, StmtBase); I < CIt->End && I - StmtBase < Stmt.size(); ++I)
      if (Stmt[I - StmtBase] != '\n')
        Stmt[I - StmtBase] = ' ';
  // Find "CREATE ... TABLE name (" and the matching ")".
  size_t Start = skipSpaceAndComments(Stmt, 0);
  std::string L = lowerAscii(Stmt.substr(Start, std::min<size_t>(Stmt.size() - Start, 200)));
  if (L.compare(0, 6, "create") != 0 || L.find("table") == std::string::npos)
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
    PgQueryParseResult R = pg_query_parse((Probe + Elt + ")").c_str());
    if (!R.error) {
      ++Good;
      pg_query_free_parse_result(R);
      continue;
    }
    uint32_t Pos = R.error->cursorpos > static_cast<int>(Probe.size())
                       ? EB + static_cast<uint32_t>(R.error->cursorpos - 1 - Probe.size())
                       : static_cast<uint32_t>(skipSpaceAndComments(Stmt, EB));
    Bads.push_back({Pos, sanitizeUtf8(R.error->message ? R.error->message : "syntax error")});
    pg_query_free_parse_result(R);
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
  std::string Msg;
  if (!parseAndReplay(Fixed, StmtBase, &Msg, nullptr))
    return false;
  for (const auto &B : Bads)
    problem(StmtBase + B.Offset,
            B.Message + "; this column definition was skipped and the table's other columns "
                        "were read (it may be PostgreSQL syntax newer than the bundled "
                        "parser, PostgreSQL " PG_VERSION ")");
  return true;
}

void Replayer::replayStatements(const std::vector<std::pair<uint32_t, uint32_t>> &Stmts) {
  const std::string &Clean = Prepared.Clean;
  for (auto [Loc, Len] : Stmts) {
    std::string Stmt = Clean.substr(Loc, Len == 0 ? std::string::npos : Len);
    std::string Msg;
    uint32_t ErrOff = 0;
    if (parseAndReplay(Stmt, Loc, &Msg, &ErrOff))
      continue;
    if (recoverCreateTable(Stmt, Loc))
      continue;
    problem(Loc + ErrOff, Msg);
  }
}

void Replayer::run() {
  const std::string &Clean = Prepared.Clean;
  // Small files: one parse. Large files: parse in chunks of whole statements,
  // which keeps the parse tree and its JSON small enough to stay in cache
  // (measured: faster than one parse of the whole file).
  constexpr size_t ChunkBytes = 256 * 1024;
  if (Clean.size() <= 2 * ChunkBytes && parseAndReplay(Clean, 0, nullptr, nullptr))
    return;
  PgQuerySplitResult Split = pg_query_split_with_scanner(Clean.c_str());
  std::vector<std::pair<uint32_t, uint32_t>> Stmts;
  bool SplitOk = !Split.error;
  if (SplitOk) {
    for (int I = 0; I < Split.n_stmts; ++I)
      Stmts.emplace_back(static_cast<uint32_t>(Split.stmts[I]->stmt_location),
                         static_cast<uint32_t>(Split.stmts[I]->stmt_len));
  } else if (Clean.size() > 2 * ChunkBytes && parseAndReplay(Clean, 0, nullptr, nullptr)) {
    pg_query_free_split_result(Split);
    return;
  } else {
    std::string Msg = sanitizeUtf8(Split.error->message ? Split.error->message : "lexical error");
    Msg = Msg.substr(0, Msg.find('\n'));
    if (Msg.size() > 120)
      Msg = std::string(utf8Prefix(Msg, 117)) + "...";
    uint32_t Pos = Split.error->cursorpos > 0 ? static_cast<uint32_t>(Split.error->cursorpos - 1) : 0;
    problem(Pos, Msg + "; nothing after this point could be read");
    // The statements before the lexical error are still read.
    PgQuerySplitResult Prefix = pg_query_split_with_scanner(Clean.substr(0, Pos).c_str());
    if (!Prefix.error)
      for (int I = 0; I < Prefix.n_stmts; ++I) {
        // Only complete statements: the one holding the error has no ';'.
        uint32_t Loc = static_cast<uint32_t>(Prefix.stmts[I]->stmt_location);
        uint32_t Len = static_cast<uint32_t>(Prefix.stmts[I]->stmt_len);
        if (Loc + Len < Pos && Clean[Loc + Len] == ';')
          Stmts.emplace_back(Loc, Len);
      }
    pg_query_free_split_result(Prefix);
  }
  pg_query_free_split_result(Split);
  if (Clean.size() <= 2 * ChunkBytes) {
    // The whole-file parse failed: statement by statement, so that one error
    // costs one statement and everything else is still read.
    replayStatements(Stmts);
    return;
  }
  for (size_t B = 0; B < Stmts.size();) {
    size_t E = B;
    uint32_t Start = Stmts[B].first;
    uint32_t End = Start;
    while (E < Stmts.size() && (End - Start < ChunkBytes || E == B)) {
      End = Stmts[E].second == 0 ? static_cast<uint32_t>(Clean.size())
                                 : Stmts[E].first + Stmts[E].second;
      ++E;
    }
    // Include the terminating ';' of the chunk's last statement.
    if (End < Clean.size() && Clean[End] == ';')
      ++End;
    std::string Chunk = Clean.substr(Start, End - Start);
    if (!parseAndReplay(Chunk, Start, nullptr, nullptr))
      replayStatements({Stmts.begin() + static_cast<long>(B), Stmts.begin() + static_cast<long>(E)});
    B = E;
  }
}

} // namespace

void replayPostgresFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat) {
  PreparedSql P = prepareSql(File.text());
  Replayer R(File, FileIndex, Cat, P);
  R.run();
}

} // namespace privlint
