// The tolerant MySQL/MariaDB and SQLite DDL reader: statements are split by
// SqlDdlLexer, the few kinds a privacy linter needs are read token by token
// into the SQL catalog, and every other statement is skipped without a word.
// See docs/frontends/mysql-sqlite.md.
#include "Frontend/MysqlSqlite/MysqlSqliteReader.h"

#include "Classify/Markers.h"
#include "Frontend/MysqlSqlite/SqlDdlLexer.h"
#include "Frontend/Sql/SqlText.h"
#include "Support/Text.h"
#include "Support/Utf8.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace privlint {
namespace {

bool oneOf(std::string_view Upper, std::initializer_list<std::string_view> Words) {
  for (auto W : Words)
    if (Upper == W)
      return true;
  return false;
}

// Parse errors reported per file before the reader says it stops reporting
// them: a file in another dialect must not flood the output.
constexpr unsigned MaxParseErrors = 20;

class DdlReader {
public:
  DdlReader(const SourceFile &F, uint32_t Index, SqlCatalog &C, SqlDialect D)
      : File(F), FileIndex(Index), Cat(C), Dialect(D), Lex(F.text(), D) {}
  void run();

private:
  // ---- the current statement ----
  const DdlToken &tok(size_t K) const { return K < T.size() ? T[K] : EndTok; }
  std::string upper(size_t K) const {
    if (tok(K).K != DdlToken::Word)
      return {};
    std::string S(Lex.text(tok(K)));
    for (char &C : S)
      C = static_cast<char>(std::toupper(static_cast<unsigned char>(C)));
    return S;
  }
  bool word(size_t K, std::string_view W) const { return Lex.isWord(tok(K), W); }
  bool acceptWord(std::string_view W) {
    if (!word(I, W))
      return false;
    ++I;
    return true;
  }
  bool punct(size_t K, char C) const {
    return tok(K).K == DdlToken::Punct && File.text()[tok(K).Begin] == C;
  }
  bool acceptPunct(char C) {
    if (!punct(I, C))
      return false;
    ++I;
    return true;
  }
  bool atEnd(size_t K) const { return K >= T.size(); }
  static bool isName(const DdlToken &X) {
    return X.K == DdlToken::Word || X.K == DdlToken::QuotedName || X.K == DdlToken::DoubleQuoted;
  }
  bool acceptIfExists() {
    if (word(I, "IF") && word(I + 1, "EXISTS")) {
      I += 2;
      return true;
    }
    if (word(I, "IF") && word(I + 1, "NOT") && word(I + 2, "EXISTS")) {
      I += 3;
      return true;
    }
    return false;
  }
  bool qualifiedName(SqlName &N, SourceRange &Where);
  size_t skipGroup(size_t K) const; // K at '(': index after the matching ')'
  size_t nextTopLevelComma(size_t K) const;

  SourceRange range(uint32_t B, uint32_t E) const { return SourceRange{&File, B, E}; }
  SourceRange range(const DdlToken &X) const { return range(X.Begin, X.End); }
  Fact fact(std::string What) const {
    Fact F;
    F.Where = range(SB, SE);
    F.Order = FactOrder{FileIndex, SB};
    F.What = std::move(What);
    return F;
  }
  std::string stmtText() const {
    std::string_view S = std::string_view(File.text()).substr(SB, SE - SB);
    size_t NL = S.find('\n');
    std::string One = sanitizeUtf8(S.substr(0, NL));
    while (!One.empty() && (One.back() == '\r' || One.back() == ' '))
      One.pop_back();
    if (NL != std::string_view::npos)
      One += " ...";
    return One;
  }
  std::string tokenForMessage(size_t K) const;
  bool fail(size_t K, const std::string &Expected, const std::string &After = "");
  void problem(uint32_t Offset, std::string Msg);

  // ---- statements ----
  void statement();
  void createStmt();
  void skipCreateModifiers(bool &OrReplace, bool &Temporary, bool &Invoker);
  void createTable();
  bool columnDefinition(ColumnSpec &C, std::string &InlineComment, SourceRange &CommentWhere);
  void columnType(ColumnSpec &C);
  bool tableConstraintStart(size_t K) const;
  std::vector<std::string> foreignKeyColumns(size_t From, size_t To) const;
  void attachComments(ColumnSpec &C, uint32_t Bound, uint32_t MinAbove) const;
  void createView(bool OrReplace, bool Invoker);
  void createIndex();
  bool balancedParentheses();
  void readSelect(std::vector<ViewFrom> &From, std::vector<ViewTarget> &Targets);
  void selectTarget(size_t S, size_t E, std::vector<ViewTarget> &Targets) const;
  void readFrom(std::vector<ViewFrom> &From);
  void alterStmt();
  void alterTable();
  void renameStmt();
  void dropStmt();
  void useStmt();
  void grantStmt(bool IsGrant);
  void setPasswordStmt();

  // ---- accounts ----
  struct Account {
    bool HasPassword = true;
    bool Locked = false;
    bool Dropped = false;
  };
  bool account(std::string &Key, std::string &User);
  std::optional<bool> authOption(); // has a password, if an IDENTIFIED clause is there
  Account &accountState(const std::string &Key, const std::string &User);

  void noteSchema(const SqlName &N) {
    Schemas.insert(N.Schema.empty() ? Cat.defaultSchema() : N.Schema);
  }
  void headerDatabase();
  void skippedKind(const std::string &Kind) {
    if (isOtherSqlDialect(Dialect))
      ++Skipped[Kind];
  }

  const SourceFile &File;
  uint32_t FileIndex;
  SqlCatalog &Cat;
  SqlDialect Dialect;
  SqlDdlLexer Lex;
  std::vector<DdlToken> T;
  DdlToken EndTok;
  size_t I = 0;
  uint32_t SB = 0, SE = 0; // the statement's first byte and the end of its last token
  unsigned Errors = 0;
  std::set<std::string> Schemas;           // databases this file names (for *.* grants)
  std::map<std::string, unsigned> Skipped; // other dialects: statement kinds not modelled
public:
  std::string *Note = nullptr;

private:
  std::map<std::string, Account> Accounts;
  std::vector<std::string> AccountOrder;
};

void DdlReader::problem(uint32_t Offset, std::string Msg) {
  ++Errors;
  if (Errors > MaxParseErrors + 1)
    return;
  if (Errors == MaxParseErrors + 1)
    Msg = std::string("too many statements could not be read as ") +
          sqlDialectDisplayName(Dialect) +
          " DDL; further parse errors in this file are not reported (if the file is in another "
          "SQL dialect, choose it with --dialect or sql.dialect)";
  Cat.problems().push_back({range(Offset, Offset + 1), std::move(Msg)});
}

std::string DdlReader::tokenForMessage(size_t K) const {
  std::string_view S = Lex.text(tok(K));
  if (S.size() > 40)
    return sanitizeUtf8(utf8Prefix(S, 37)) + "...";
  return sanitizeUtf8(S);
}

bool DdlReader::fail(size_t K, const std::string &Expected, const std::string &After) {
  uint32_t Off;
  std::string Msg;
  if (atEnd(K)) {
    Off = T.empty() ? SB : T.back().End;
    Msg = "syntax error at end of statement; expected " + Expected;
  } else {
    Off = tok(K).Begin;
    Msg = "syntax error at or near \"" + tokenForMessage(K) + "\"; expected " + Expected;
  }
  problem(Off, Msg + After);
  return false;
}

size_t DdlReader::skipGroup(size_t K) const {
  int Depth = 0;
  for (; K < T.size(); ++K) {
    if (punct(K, '('))
      ++Depth;
    else if (punct(K, ')') && --Depth == 0)
      return K + 1;
  }
  return K;
}

size_t DdlReader::nextTopLevelComma(size_t K) const {
  int Depth = 0;
  for (; K < T.size(); ++K) {
    if (punct(K, '('))
      ++Depth;
    else if (punct(K, ')'))
      --Depth;
    else if (Depth == 0 && punct(K, ','))
      return K;
  }
  return K;
}

bool DdlReader::qualifiedName(SqlName &N, SourceRange &Where) {
  if (!isName(tok(I)))
    return false;
  std::vector<std::string> Parts{Lex.value(tok(I))};
  uint32_t B = tok(I).Begin, E = tok(I).End;
  ++I;
  while (punct(I, '.') && isName(tok(I + 1))) {
    Parts.push_back(Lex.value(tok(I + 1)));
    E = tok(I + 1).End;
    I += 2;
  }
  N.Name = Parts.back();
  N.Schema = Parts.size() >= 2 ? Parts[Parts.size() - 2] : "";
  // SQLite's main database is the default one.
  if (Dialect == SqlDialect::Sqlite && lowerAscii(N.Schema) == "main")
    N.Schema.clear();
  Where = range(B, E);
  return true;
}

// ---------------------------------------------------------------- driver

void DdlReader::headerDatabase() {
  // mysqldump without --databases writes no USE, only its header comment
  // ("-- Host: localhost    Database: realmd"): name the tables after it.
  std::string_view Head = std::string_view(File.text()).substr(0, 2048);
  size_t H = Head.find("-- Host:");
  if (H == std::string_view::npos)
    return;
  size_t EOL = Head.find('\n', H);
  std::string_view Line =
      Head.substr(H, EOL == std::string_view::npos ? std::string_view::npos : EOL - H);
  size_t D = Line.find("Database: ");
  if (D == std::string_view::npos)
    return;
  std::string_view Name = Line.substr(D + 10);
  while (!Name.empty() && std::isspace(static_cast<unsigned char>(Name.back())))
    Name.remove_suffix(1);
  if (!Name.empty() && Name.find(' ') == std::string_view::npos)
    Cat.setDefaultSchema(std::string(Name));
}

void DdlReader::run() {
  // MySQL and SQLite have no "public" schema: unqualified names stay bare
  // until USE names a database.
  if (Cat.defaultSchema() == "public")
    Cat.setDefaultSchema("");
  if (Dialect == SqlDialect::MySql)
    headerDatabase();
  Schemas.insert(Cat.defaultSchema());
  while (true) {
    DdlToken First = Lex.next();
    if (First.K == DdlToken::EndOfInput)
      break;
    if (First.K == DdlToken::Delimiter)
      continue;
    if (Lex.isWord(First, "DELIMITER")) {
      Lex.readDelimiterCommand();
      continue;
    }
    T.clear();
    T.push_back(First);
    std::string Kind = upper(0);
    bool Wanted = oneOf(Kind, {"CREATE", "ALTER", "DROP", "RENAME", "USE", "GRANT", "REVOKE"});
    if (Kind == "SET") {
      DdlToken Second = Lex.next();
      if (Second.K == DdlToken::Delimiter || Second.K == DdlToken::EndOfInput)
        continue;
      T.push_back(Second);
      Wanted = Lex.isWord(Second, "PASSWORD");
    }
    if (!Wanted) {
      if (First.K == DdlToken::Word)
        skippedKind(upper(0));
      Lex.skipStatement(); // data blocks, SET, PRAGMA, LOCK TABLES, ...
      if (Lex.error())
        break;
      continue;
    }
    // Collect the statement. Trigger and routine bodies hold ';' between
    // BEGIN and END when no DELIMITER was set: count the nesting.
    bool Routine = false, KindSeen = false;
    int Depth = 0;
    while (true) {
      DdlToken X = Lex.next();
      if (X.K == DdlToken::EndOfInput)
        break;
      if (X.K == DdlToken::Delimiter && Depth <= 0)
        break;
      if (X.K == DdlToken::Delimiter) {
        X.K = DdlToken::Punct; // ';' inside BEGIN ... END
        X.End = X.Begin + 1;
      }
      T.push_back(X);
      if (Kind == "CREATE" && !KindSeen && T.size() <= 16 && X.K == DdlToken::Word) {
        if (Lex.isWord(X, "TRIGGER") || Lex.isWord(X, "PROCEDURE") || Lex.isWord(X, "FUNCTION") ||
            Lex.isWord(X, "EVENT")) {
          Routine = KindSeen = true;
        } else if (Lex.isWord(X, "TABLE") || Lex.isWord(X, "VIEW") || Lex.isWord(X, "INDEX") ||
                   Lex.isWord(X, "USER") || Lex.isWord(X, "DATABASE") || Lex.isWord(X, "SCHEMA") ||
                   Lex.isWord(X, "ROLE")) {
          KindSeen = true;
        }
      }
      if (Routine && X.K == DdlToken::Word) {
        size_t K = T.size() - 1;
        if (Lex.isWord(X, "BEGIN") || Lex.isWord(X, "CASE")) {
          // "END CASE" closes a CASE statement: its CASE does not open one.
          if (!Lex.isWord(X, "CASE") || K <= 0 || !word(K - 1, "END"))
            ++Depth;
        } else if (Lex.isWord(X, "END")) {
          --Depth;
        } else if ((Lex.isWord(X, "IF") || Lex.isWord(X, "LOOP") || Lex.isWord(X, "WHILE") ||
                    Lex.isWord(X, "REPEAT")) &&
                   K > 0 && word(K - 1, "END")) {
          ++Depth; // END IF, END LOOP ... close no BEGIN
        }
      }
    }
    if (Lex.error())
      break;
    SB = T.front().Begin;
    SE = T.back().End;
    I = 0;
    EndTok = DdlToken{DdlToken::EndOfInput, SE, SE};
    statement();
  }
  if (const auto &E = Lex.error())
    problem(E->Offset, E->Message);
  if (Note && isOtherSqlDialect(Dialect)) {
    std::string List;
    for (const auto &[Kind, Count] : Skipped)
      List += (List.empty() ? "" : ", ") + Kind + " (" + std::to_string(Count) + ")";
    *Note = std::string("read as ") + sqlDialectDisplayName(Dialect) +
            " by the tolerant DDL reader: tables, columns, views and grants are read" +
            (List.empty() ? std::string(", nothing was skipped")
                          : "; statements it does not model were skipped: " + List);
  }
  for (const auto &Key : AccountOrder) {
    const Account &A = Accounts[Key];
    if (!A.HasPassword && !A.Locked && !A.Dropped)
      Cat.addAnonymousRole(Key);
  }
}

void DdlReader::statement() {
  std::string Kind = upper(0);
  I = 1;
  if (isOtherSqlDialect(Dialect) && (Kind == "CREATE" || Kind == "ALTER" || Kind == "DROP")) {
    // What follows CREATE [OR REPLACE] [modifiers]: the kinds not modelled
    // are named in the file's note.
    size_t K = 1;
    while (K < T.size() && (word(K, "OR") || word(K, "REPLACE") || word(K, "GLOBAL") ||
                            word(K, "LOCAL") || word(K, "TEMPORARY") || word(K, "TEMP") ||
                            word(K, "MEMORY") || word(K, "CACHED") || word(K, "UNIQUE") ||
                            word(K, "PUBLIC") || word(K, "EDITIONABLE") || word(K, "CLUSTERED") ||
                            word(K, "NONCLUSTERED") || word(K, "FORCE") || word(K, "NOFORCE")))
      ++K;
    std::string What = upper(K);
    if (What == "MATERIALIZED" && K + 1 < T.size())
      What += " " + upper(K + 1); // Oracle's and ClickHouse's MATERIALIZED VIEW
    if (!oneOf(What, {"TABLE", "VIEW", "USER", "DATABASE", "SCHEMA", "INDEX"}))
      skippedKind(Kind + (What.empty() ? "" : " " + What));
  }
  if (Kind == "CREATE")
    createStmt();
  else if (Kind == "ALTER")
    alterStmt();
  else if (Kind == "DROP")
    dropStmt();
  else if (Kind == "RENAME")
    renameStmt();
  else if (Kind == "USE")
    useStmt();
  else if (Kind == "GRANT")
    grantStmt(true);
  else if (Kind == "REVOKE")
    grantStmt(false);
  else if (Kind == "SET")
    setPasswordStmt();
}

// ---------------------------------------------------------------- CREATE

void DdlReader::skipCreateModifiers(bool &OrReplace, bool &Temporary, bool &Invoker) {
  while (!atEnd(I)) {
    if (word(I, "OR") && word(I + 1, "REPLACE")) {
      OrReplace = true;
      I += 2;
    } else if (word(I, "TEMP") || word(I, "TEMPORARY")) {
      Temporary = true;
      ++I;
    } else if (word(I, "ALGORITHM") && punct(I + 1, '=')) {
      I += 3;
    } else if (word(I, "DEFINER") && punct(I + 1, '=')) {
      I += 2;
      std::string Key, User;
      account(Key, User);
    } else if (word(I, "SQL") && word(I + 1, "SECURITY")) {
      Invoker = word(I + 2, "INVOKER");
      I += 3;
    } else if (word(I, "MEMORY") || word(I, "CACHED") || word(I, "GLOBAL") || word(I, "LOCAL")) {
      ++I; // HSQLDB and H2 table kinds; GLOBAL/LOCAL TEMPORARY (Oracle, HSQLDB)
    } else if (word(I, "VIRTUAL")) {
      Temporary = true; // SQLite: a module's table (fts5, rtree), not stored columns
      ++I;
    } else if (word(I, "AGGREGATE") || word(I, "UNIQUE") || word(I, "FULLTEXT") ||
               word(I, "SPATIAL") || word(I, "ONLINE") || word(I, "OFFLINE") || word(I, "IGNORE")) {
      ++I;
    } else {
      break;
    }
  }
}

void DdlReader::createStmt() {
  bool OrReplace = false, Temporary = false, Invoker = false;
  skipCreateModifiers(OrReplace, Temporary, Invoker);
  std::string Kind = upper(I);
  if (Kind == "TABLE") {
    ++I;
    if (!Temporary) // a temporary table lives for one session: no stored data
      createTable();
  } else if (Kind == "VIEW") {
    ++I;
    if (!Temporary)
      createView(OrReplace, Invoker);
  } else if (Kind == "INDEX") {
    ++I;
    createIndex();
  } else if (Kind == "DATABASE" || Kind == "SCHEMA") {
    ++I;
    acceptIfExists();
    if (isName(tok(I)))
      Schemas.insert(Lex.value(tok(I)));
    else
      fail(I, "a database name");
  } else if (Kind == "USER") {
    ++I;
    acceptIfExists();
    std::vector<std::pair<std::string, std::optional<bool>>> Created;
    while (true) {
      std::string Key, User;
      if (!account(Key, User)) {
        fail(I, "an account name ('user'@'host')");
        return;
      }
      accountState(Key, User);
      Created.emplace_back(Key, authOption());
      if (!acceptPunct(','))
        break;
    }
    bool Locked = false;
    for (size_t K = I; K + 1 < T.size(); ++K)
      if (word(K, "ACCOUNT") && word(K + 1, "LOCK"))
        Locked = true;
    for (const auto &[Key, Pw] : Created) {
      Account &A = Accounts[Key];
      A.HasPassword = Pw.value_or(false); // no IDENTIFIED clause: no password
      A.Locked = Locked;
      A.Dropped = false;
    }
  }
  // Triggers, routines, events, roles...: nothing a linter reads.
}

bool DdlReader::tableConstraintStart(size_t K) const {
  if (tok(K).K != DdlToken::Word)
    return false; // a quoted name is always a column
  std::string U = upper(K);
  if (oneOf(U, {"CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK"}))
    return true;
  // In SQLite these are ordinary column names.
  return Dialect == SqlDialect::MySql &&
         oneOf(U, {"KEY", "INDEX", "FULLTEXT", "SPATIAL", "PERIOD"});
}

std::vector<std::string> DdlReader::foreignKeyColumns(size_t From, size_t To) const {
  std::vector<std::string> Cols;
  for (size_t K = From; K + 1 < To; ++K) {
    if (!(word(K, "FOREIGN") && word(K + 1, "KEY")))
      continue;
    size_t P = K + 2;
    if (isName(tok(P)) && !punct(P, '('))
      ++P; // index name
    if (!punct(P, '('))
      break;
    for (size_t Q = P + 1; Q < To && !punct(Q, ')'); ++Q)
      if (isName(tok(Q)))
        Cols.push_back(Lex.value(tok(Q)));
    break;
  }
  return Cols;
}

void DdlReader::columnType(ColumnSpec &C) {
  const DdlToken &First = tok(I);
  if (First.K != DdlToken::Word)
    return;
  std::string U = upper(I);
  // Words that begin a column constraint: the column has no type (SQLite).
  if (oneOf(U, {"CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE",
                "REFERENCES", "GENERATED", "AS", "COMMENT", "AUTO_INCREMENT", "AUTOINCREMENT", "ON",
                "KEY"}))
    return;
  std::vector<std::string> Words{lowerAscii(Lex.text(First))};
  ++I;
  // Multi-word type names: DOUBLE PRECISION, CHARACTER VARYING, NATIONAL
  // CHAR, LONG VARCHAR, UNSIGNED BIG INT (SQLite).
  static const std::set<std::string> Starts = {
      "double", "character", "char", "varying", "national", "native", "long", "unsigned", "big"};
  static const std::set<std::string> Continues = {"precision", "varying",   "character", "char",
                                                  "varchar",   "varbinary", "int",       "integer",
                                                  "big",       "nchar"};
  while (tok(I).K == DdlToken::Word && Starts.contains(Words.back()) &&
         Continues.contains(lowerAscii(Lex.text(tok(I)))) && !word(I + 1, "SET"))
    Words.push_back(lowerAscii(Lex.text(tok(I++))));
  std::string Joined;
  for (const auto &W : Words)
    Joined += (Joined.empty() ? "" : " ") + W;
  std::string Canon = Words.front();
  static const std::map<std::string, std::string> Multi = {
      {"double precision", "double"},
      {"character varying", "varchar"},
      {"char varying", "varchar"},
      {"varying character", "varchar"},
      {"national char", "nchar"},
      {"national character", "nchar"},
      {"native character", "nchar"},
      {"national varchar", "nvarchar"},
      {"national character varying", "nvarchar"},
      {"national char varying", "nvarchar"},
      {"long varchar", "mediumtext"},
      {"long", "mediumtext"},
      {"long varbinary", "mediumblob"},
      {"unsigned big int", "bigint"},
      {"big int", "bigint"},
      {"dec", "decimal"},
      {"fixed", "decimal"},
      {"integer", "integer"}};
  if (auto It = Multi.find(Joined); It != Multi.end())
    Canon = It->second;
  if (Dialect != SqlDialect::MySql) {
    // SQLite accepts any type name and derives an affinity from it; the
    // other dialects' types (VARCHAR2, NVARCHAR, NUMBER) are read the same way.
    static const std::set<std::string> Known = {
        "text",   "varchar",    "nvarchar",  "nchar",    "char",       "character", "clob",
        "blob",   "int",        "integer",   "tinyint",  "smallint",   "mediumint", "bigint",
        "real",   "double",     "float",     "numeric",  "decimal",    "boolean",   "bool",
        "date",   "datetime",   "timestamp", "time",     "json",       "uuid",      "varbinary",
        "binary", "mediumtext", "longtext",  "tinytext", "mediumblob", "longblob",  "tinyblob"};
    if (!Known.contains(Canon)) {
      auto Has = [&](const char *S) { return Joined.find(S) != std::string::npos; };
      if (Has("int"))
        Canon = "integer";
      else if (Has("char") || Has("clob") || Has("text"))
        Canon = "text";
      else if (Has("blob"))
        Canon = "blob";
      else if (Has("real") || Has("floa") || Has("doub"))
        Canon = "real";
    }
  }
  std::string Decl = Joined;
  if (punct(I, '(')) {
    size_t E = skipGroup(I);
    std::string Args;
    for (size_t K = I + 1; K + 1 < E; ++K)
      Args += Lex.text(tok(K));
    if (Args.size() > 60)
      Args = std::string(utf8Prefix(Args, 57)) + "...";
    Decl += "(" + sanitizeUtf8(Args) + ")";
    I = E;
  }
  while (word(I, "UNSIGNED") || word(I, "SIGNED") || word(I, "ZEROFILL"))
    Decl += " " + lowerAscii(Lex.text(tok(I++)));
  C.TypeNames = {sanitizeUtf8(Canon)};
  C.DeclaredType = sanitizeUtf8(Decl);
}

bool DdlReader::columnDefinition(ColumnSpec &C, std::string &InlineComment,
                                 SourceRange &CommentWhere) {
  if (!isName(tok(I)) || tableConstraintStart(I))
    return fail(I, "a column definition");
  C.Name = Lex.value(tok(I));
  C.Range = range(tok(I));
  C.Order = FactOrder{FileIndex, SB};
  ++I;
  columnType(C);
  int Depth = 0;
  for (; !atEnd(I); ++I) {
    if (Depth == 0 && (punct(I, ',') || punct(I, ')')))
      break;
    if (punct(I, '(')) {
      ++Depth;
      continue;
    }
    if (punct(I, ')')) {
      --Depth;
      continue;
    }
    if (Depth > 0 || tok(I).K != DdlToken::Word)
      continue;
    std::string U = upper(I);
    if (U == "NOT" && word(I + 1, "NULL"))
      C.NotNull = true;
    else if (U == "PRIMARY")
      C.NotNull = true;
    else if (U == "REFERENCES")
      C.IsForeignKey = true;
    else if (U == "DEFAULT" && tok(I + 1).K == DdlToken::String)
      C.Default = Lex.value(tok(I + 1));
    else if (U == "COMMENT" &&
             (tok(I + 1).K == DdlToken::String || tok(I + 1).K == DdlToken::DoubleQuoted)) {
      InlineComment = Lex.value(tok(I + 1));
      CommentWhere = range(tok(I + 1));
      ++I;
    }
  }
  // The inline COMMENT is part of the definition: the caller records it with
  // commentOnColumn, so that MODIFY / CHANGE replace it as MySQL does.
  return true;
}

void DdlReader::attachComments(ColumnSpec &C, uint32_t Bound, uint32_t MinAbove) const {
  // SQL comments on the column's line after its name (before the next
  // column), and whole-line comments directly above it.
  const auto &Cm = Lex.comments();
  uint32_t Line = File.lineOf(C.Range.Begin);
  attachTrailingComments(File, Cm, C.Range.Begin, Bound, C.Comments, C.Markers);
  uint32_t L = Line;
  while (L > 1) {
    --L;
    std::string_view LT = File.lineText(L);
    size_t Last = LT.find_last_not_of(" \t");
    if (Last == std::string_view::npos)
      break;
    uint32_t EndOff = File.lineStart(L) + static_cast<uint32_t>(Last) + 1;
    // The comment that ends this line.
    auto E = std::lower_bound(Cm.begin(), Cm.end(), EndOff,
                              [](const SqlComment &X, uint32_t Off) { return X.Begin < Off; });
    if (E == Cm.begin())
      break;
    --E;
    if (E->End < EndOff || E->Begin < MinAbove)
      break;
    uint32_t StartLine = File.lineOf(E->Begin);
    std::string_view SL = File.lineText(StartLine);
    size_t NS = SL.find_first_not_of(" \t");
    if (NS == std::string_view::npos || File.lineStart(StartLine) + NS != E->Begin)
      break; // code before the comment: it belongs to that code
    C.Comments.insert(C.Comments.begin(), E->Text);
    parseMarkers(E->Text, range(E->Begin, E->End), C.Markers);
    L = StartLine;
  }
}

void DdlReader::createTable() {
  bool IfNotExists = acceptIfExists();
  SqlName N;
  SourceRange NameWhere;
  if (!qualifiedName(N, NameWhere)) {
    fail(I, "a table name");
    return;
  }
  // CREATE TABLE ... LIKE and ... AS SELECT copy another table's columns,
  // which this reader does not follow.
  if (word(I, "LIKE") || (punct(I, '(') && word(I + 1, "LIKE")) || word(I, "AS") ||
      word(I, "SELECT") || (punct(I, '(') && word(I + 1, "SELECT")) ||
      ((word(I, "IGNORE") || word(I, "REPLACE")) && (word(I + 1, "AS") || word(I + 1, "SELECT"))))
    return;
  if (!acceptPunct('(')) {
    fail(I, "'(' and the column list of '" + N.Name + "'");
    return;
  }
  std::vector<ColumnSpec> Cols;
  std::vector<std::tuple<std::string, std::string, SourceRange>> Inlines;
  std::vector<std::string> FkCols;
  bool Closed = false;
  while (!atEnd(I)) {
    size_t ElemBegin = I;
    if (tableConstraintStart(I)) {
      size_t E = nextTopLevelComma(I);
      // The element ends at the ',' or at the ')' closing the list.
      size_t Close = I;
      int Depth = 0;
      for (; Close < E; ++Close) {
        if (punct(Close, '('))
          ++Depth;
        else if (punct(Close, ')') && --Depth < 0)
          break;
      }
      auto F = foreignKeyColumns(ElemBegin, Close);
      if (F.size() == 1)
        FkCols.push_back(F.front());
      I = Close;
    } else {
      ColumnSpec C;
      std::string Inline;
      SourceRange InlineWhere;
      if (columnDefinition(C, Inline, InlineWhere)) {
        if (!Inline.empty())
          Inlines.emplace_back(C.Name, Inline, InlineWhere);
        Cols.push_back(std::move(C));
      } else {
        // Skip the unreadable element; the other columns are still read.
        int Depth = 0;
        for (; !atEnd(I); ++I) {
          if (Depth == 0 && (punct(I, ',') || punct(I, ')')))
            break;
          if (punct(I, '('))
            ++Depth;
          else if (punct(I, ')'))
            --Depth;
        }
      }
    }
    if (acceptPunct(','))
      continue;
    if (acceptPunct(')')) {
      Closed = true;
      break;
    }
  }
  if (!Closed)
    fail(I, "')' closing the column list of '" + N.Name + "'",
         "; the columns before this point were read");
  for (auto &C : Cols)
    if (std::find(FkCols.begin(), FkCols.end(), C.Name) != FkCols.end())
      C.IsForeignKey = true;
  for (size_t K = 0; K < Cols.size(); ++K)
    attachComments(Cols[K], K + 1 < Cols.size() ? Cols[K + 1].Range.Begin : SE + 1, SB);
  // Table options: ENGINE=... DEFAULT CHARSET=... COMMENT='...'
  std::string TableComment;
  SourceRange TableCommentWhere;
  for (size_t K = I; K < T.size(); ++K) {
    if (!word(K, "COMMENT"))
      continue;
    size_t V = punct(K + 1, '=') ? K + 2 : K + 1;
    if (tok(V).K == DdlToken::String || tok(V).K == DdlToken::DoubleQuoted) {
      TableComment = Lex.value(tok(V));
      TableCommentWhere = range(tok(V));
    }
  }
  Fact At;
  At.Where = NameWhere;
  At.Order = FactOrder{FileIndex, SB};
  Cat.createTable(N, At, std::move(Cols), IfNotExists);
  for (const auto &[Col, Text, Where] : Inlines)
    Cat.commentOnColumn(N, Col, Text, Where);
  if (!TableComment.empty())
    Cat.commentOnTable(N, TableComment, TableCommentWhere);
  noteSchema(N);
}

// A statement cut short (an unbalanced '(' or a ')' too many) is a parse
// error; the statements after it are read as usual.
bool DdlReader::balancedParentheses() {
  std::vector<size_t> Open;
  for (size_t K = 0; K < T.size(); ++K) {
    if (punct(K, '(')) {
      Open.push_back(K);
    } else if (punct(K, ')')) {
      if (Open.empty())
        return fail(K, "no ')' here: no '(' is open");
      Open.pop_back();
    }
  }
  if (Open.empty())
    return true;
  const DdlToken &Paren = tok(Open.back());
  return fail(T.size(),
              "')' closing the '(' at " + std::to_string(File.lineOf(Paren.Begin)) + ":" +
                  std::to_string(File.columnOf(Paren.Begin)),
              "; the statement was skipped");
}

// ---------------------------------------------------------------- indexes

void DdlReader::createIndex() {
  // CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX [IF NOT EXISTS] name [USING type]
  // ON table [USING type] (key parts) ...: nothing to read, but a truncated
  // index definition is reported as one.
  acceptIfExists();
  SqlName N, Table;
  SourceRange Where;
  if (!qualifiedName(N, Where)) {
    fail(I, "an index name");
    return;
  }
  if (word(I, "USING"))
    I += 2;
  if (!acceptWord("ON")) {
    fail(I, "ON and the indexed table");
    return;
  }
  if (!qualifiedName(Table, Where)) {
    fail(I, "the indexed table");
    return;
  }
  if (word(I, "USING"))
    I += 2;
  if (!punct(I, '(')) {
    fail(I, "'(' and the indexed columns");
    return;
  }
  balancedParentheses();
}

// ---------------------------------------------------------------- views

void DdlReader::createView(bool OrReplace, bool Invoker) {
  acceptIfExists();
  SqlName N;
  SourceRange NameWhere;
  if (!qualifiedName(N, NameWhere)) {
    fail(I, "a view name");
    return;
  }
  if (!balancedParentheses())
    return;
  std::vector<std::string> Names;
  if (punct(I, '(')) {
    size_t E = skipGroup(I);
    for (size_t K = I + 1; K + 1 < E; ++K)
      if (isName(tok(K)))
        Names.push_back(Lex.value(tok(K)));
    I = E;
  }
  if (!acceptWord("AS")) {
    fail(I, "AS and the view's query");
    return;
  }
  // A query cut short after a keyword or an operator that needs more.
  size_t Last = T.size() - 1;
  if (atEnd(I) || punct(Last, ',') || punct(Last, '.') || punct(Last, '=') ||
      oneOf(upper(Last), {"SELECT", "FROM", "WHERE", "JOIN", "ON", "AND", "OR", "AS", "BY", "UNION",
                          "DISTINCT"})) {
    fail(T.size(), "the rest of the view's query", "; the view was skipped");
    return;
  }
  std::vector<ViewFrom> From;
  std::vector<ViewTarget> Targets;
  readSelect(From, Targets);
  for (size_t K = 0; K < Targets.size() && K < Names.size(); ++K)
    Targets[K].OutputName = Names[K];
  Cat.createView(N, false, Invoker, OrReplace, From, Targets, fact(stmtText()));
  noteSchema(N);
}

void DdlReader::readSelect(std::vector<ViewFrom> &From, std::vector<ViewTarget> &Targets) {
  while (acceptPunct('('))
    ;
  if (word(I, "WITH")) {
    int Depth = 0;
    for (; !atEnd(I); ++I) {
      if (punct(I, '('))
        ++Depth;
      else if (punct(I, ')'))
        --Depth;
      else if (Depth == 0 && word(I, "SELECT"))
        break;
    }
  }
  if (!acceptWord("SELECT"))
    return;
  while (word(I, "ALL") || word(I, "DISTINCT") || word(I, "DISTINCTROW") ||
         word(I, "HIGH_PRIORITY") || word(I, "STRAIGHT_JOIN") || word(I, "SQL_SMALL_RESULT") ||
         word(I, "SQL_BIG_RESULT") || word(I, "SQL_BUFFER_RESULT") || word(I, "SQL_NO_CACHE") ||
         word(I, "SQL_CACHE") || word(I, "SQL_CALC_FOUND_ROWS"))
    ++I;
  size_t Start = I;
  int Depth = 0;
  for (;; ++I) {
    if (atEnd(I)) {
      selectTarget(Start, I, Targets);
      return;
    }
    if (Depth == 0) {
      std::string U = upper(I);
      if (oneOf(U, {"FROM", "UNION", "EXCEPT", "INTERSECT", "ORDER", "LIMIT", "INTO", "WHERE",
                    "GROUP", "HAVING", "WINDOW"}) ||
          punct(I, ')')) {
        selectTarget(Start, I, Targets);
        break;
      }
      if (punct(I, ',')) {
        selectTarget(Start, I, Targets);
        Start = I + 1;
        continue;
      }
    }
    if (punct(I, '('))
      ++Depth;
    else if (punct(I, ')'))
      --Depth;
  }
  if (acceptWord("FROM"))
    readFrom(From);
}

void DdlReader::selectTarget(size_t S, size_t E, std::vector<ViewTarget> &Targets) const {
  if (E <= S)
    return;
  ViewTarget VT;
  VT.Range = range(tok(S));
  size_t ExprEnd = E;
  auto AliasToken = [&](size_t K) {
    const DdlToken &X = tok(K);
    if (X.K == DdlToken::QuotedName || X.K == DdlToken::DoubleQuoted || X.K == DdlToken::String)
      return true;
    return X.K == DdlToken::Word &&
           !oneOf(upper(K), {"NULL", "TRUE", "FALSE", "END",     "AND",  "OR",     "NOT",
                             "IS",   "LIKE", "IN",    "BETWEEN", "THEN", "ELSE",   "WHEN",
                             "ASC",  "DESC", "DIV",   "MOD",     "XOR",  "REGEXP", "RLIKE"});
  };
  if (E - S >= 3 && word(E - 2, "AS") && AliasToken(E - 1)) {
    VT.OutputName = Lex.value(tok(E - 1));
    ExprEnd = E - 2;
  } else if (E - S >= 2 && AliasToken(E - 1) &&
             (isName(tok(E - 2)) || punct(E - 2, ')') || tok(E - 2).K == DdlToken::String ||
              tok(E - 2).K == DdlToken::Number)) {
    VT.OutputName = Lex.value(tok(E - 1));
    ExprEnd = E - 1;
  }
  // A plain column reference: name(.name)* or name(.name)*.* or *.
  size_t N = ExprEnd - S;
  bool Plain = N % 2 == 1;
  for (size_t K = S; Plain && K < ExprEnd; ++K) {
    bool NameSlot = (K - S) % 2 == 0;
    if (NameSlot)
      Plain = isName(tok(K)) || (K + 1 == ExprEnd && punct(K, '*'));
    else
      Plain = punct(K, '.');
  }
  if (Plain) {
    if (punct(ExprEnd - 1, '*')) {
      VT.K = ViewTarget::Star;
      if (N >= 3)
        VT.Qualifier = Lex.value(tok(ExprEnd - 3));
    } else {
      VT.K = ViewTarget::ColumnRef;
      VT.Column = Lex.value(tok(ExprEnd - 1));
      if (N >= 3)
        VT.Qualifier = Lex.value(tok(ExprEnd - 3));
    }
  }
  Targets.push_back(std::move(VT));
}

void DdlReader::readFrom(std::vector<ViewFrom> &From) {
  auto Keyword = [&](size_t K) {
    return tok(K).K == DdlToken::Word &&
           oneOf(upper(K), {"JOIN",   "INNER",     "LEFT",          "RIGHT", "FULL",   "OUTER",
                            "CROSS",  "NATURAL",   "STRAIGHT_JOIN", "ON",    "USING",  "WHERE",
                            "GROUP",  "HAVING",    "ORDER",         "LIMIT", "WINDOW", "UNION",
                            "EXCEPT", "INTERSECT", "FOR",           "LOCK",  "INTO",   "USE",
                            "IGNORE", "FORCE",     "PARTITION",     "WITH",  "AS",     "LATERAL"});
  };
  bool Expect = true;
  int Depth = 0;
  while (!atEnd(I)) {
    std::string U = upper(I);
    if (Depth == 0 && oneOf(U, {"WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "WINDOW", "UNION",
                                "EXCEPT", "INTERSECT", "INTO", "PROCEDURE", "LOCK", "FOR", "WITH"}))
      break;
    if (punct(I, '(')) {
      if (word(I + 1, "SELECT") || word(I + 1, "WITH")) {
        I = skipGroup(I); // a derived table: its columns are not followed
        acceptWord("AS");
        if (isName(tok(I)) && !Keyword(I))
          ++I;
        Expect = false;
      } else if (Expect) {
        ++I;
        ++Depth;
      } else {
        I = skipGroup(I);
      }
      continue;
    }
    if (punct(I, ')')) {
      if (Depth == 0)
        break;
      --Depth;
      ++I;
      continue;
    }
    if (Expect) {
      Expect = false;
      if (isName(tok(I)) && !Keyword(I)) {
        SqlName N;
        SourceRange W;
        qualifiedName(N, W);
        std::string Alias = N.Name;
        if (acceptWord("AS")) {
          if (isName(tok(I)) || tok(I).K == DdlToken::String)
            Alias = Lex.value(tok(I++));
        } else if (isName(tok(I)) && !Keyword(I)) {
          Alias = Lex.value(tok(I++));
        }
        From.push_back({Alias, N});
        continue;
      }
      ++I;
      continue;
    }
    if (punct(I, ',') || word(I, "JOIN") || word(I, "STRAIGHT_JOIN"))
      Expect = true;
    ++I;
  }
}

// ---------------------------------------------------------------- ALTER, RENAME, DROP, USE

void DdlReader::alterStmt() {
  bool OrReplace = false, Temporary = false, Invoker = false;
  skipCreateModifiers(OrReplace, Temporary, Invoker);
  std::string Kind = upper(I);
  if (Kind == "TABLE") {
    ++I;
    alterTable();
  } else if (Kind == "VIEW") {
    ++I;
    createView(true, Invoker); // ALTER VIEW replaces the definition
  } else if (Kind == "USER") {
    ++I;
    acceptIfExists();
    std::vector<std::pair<std::string, std::optional<bool>>> Changed;
    while (true) {
      std::string Key, User;
      if (!account(Key, User))
        return; // ALTER USER USER() ... and other forms: nothing to follow
      Changed.emplace_back(Key, authOption());
      if (!acceptPunct(','))
        break;
    }
    std::optional<bool> Lock;
    for (size_t K = I; K + 1 < T.size(); ++K)
      if (word(K, "ACCOUNT"))
        Lock = word(K + 1, "LOCK");
    for (const auto &[Key, Pw] : Changed) {
      Account &A = Accounts[Key];
      if (std::find(AccountOrder.begin(), AccountOrder.end(), Key) == AccountOrder.end())
        AccountOrder.push_back(Key);
      if (Pw)
        A.HasPassword = *Pw;
      if (Lock)
        A.Locked = *Lock;
    }
  }
}

void DdlReader::alterTable() {
  acceptIfExists();
  SqlName N;
  SourceRange NameWhere;
  if (!qualifiedName(N, NameWhere)) {
    fail(I, "a table name");
    return;
  }
  auto ColumnComments = [&](ColumnSpec &C, const std::string &Inline) {
    // A column defined on the statement's first line may carry its markers
    // in the comment lines above the statement.
    uint32_t MinAbove = File.lineOf(C.Range.Begin) == File.lineOf(SB) ? 0 : SB;
    attachComments(C, SE + 1, MinAbove);
    std::string Text = Inline;
    for (const auto &Cm : C.Comments)
      if (Cm.find("privlint:") != std::string::npos)
        Text += (Text.empty() ? "" : "\n") + Cm;
    return Text;
  };
  while (!atEnd(I)) {
    size_t SpecEnd = nextTopLevelComma(I);
    std::string U = upper(I);
    if (U == "ADD") {
      ++I;
      acceptWord("COLUMN");
      bool IfNotExists = acceptIfExists();
      if (tableConstraintStart(I) || word(I, "PARTITION") || word(I, "SYSTEM")) {
        // ADD INDEX / KEY / CONSTRAINT ...: not columns
      } else if (punct(I, '(')) {
        size_t E = skipGroup(I);
        ++I;
        while (I < E) {
          ColumnSpec C;
          std::string Inline;
          SourceRange W;
          if (!columnDefinition(C, Inline, W))
            break;
          attachComments(C, SE + 1, SB);
          std::string Col = C.Name;
          Cat.addColumn(N, std::move(C), IfNotExists);
          if (!Inline.empty())
            Cat.commentOnColumn(N, Col, Inline, W);
          if (!acceptPunct(','))
            break;
        }
        SpecEnd = nextTopLevelComma(E);
      } else {
        ColumnSpec C;
        std::string Inline;
        SourceRange W;
        if (columnDefinition(C, Inline, W)) {
          uint32_t MinAbove = File.lineOf(C.Range.Begin) == File.lineOf(SB) ? 0 : SB;
          attachComments(C, SE + 1, MinAbove);
          std::string Col = C.Name;
          Cat.addColumn(N, std::move(C), IfNotExists);
          if (!Inline.empty())
            Cat.commentOnColumn(N, Col, Inline, W);
        }
      }
    } else if (U == "MODIFY" || U == "CHANGE") {
      ++I;
      acceptWord("COLUMN");
      acceptIfExists();
      std::string Old;
      if (U == "CHANGE") {
        if (!isName(tok(I))) {
          fail(I, "the name of the column to change");
          return;
        }
        Old = Lex.value(tok(I++));
      }
      ColumnSpec C;
      std::string Inline;
      SourceRange W;
      if (columnDefinition(C, Inline, W)) {
        if (U == "CHANGE" && Old != C.Name)
          Cat.renameColumn(N, Old, C.Name);
        // MySQL replaces the whole definition, its COMMENT included.
        std::string Text = ColumnComments(C, Inline);
        Cat.alterColumnType(N, C.Name, C);
        Cat.commentOnColumn(N, C.Name, Text, range(SB, SE));
      }
    } else if (U == "DROP") {
      ++I;
      bool Column = acceptWord("COLUMN");
      acceptIfExists();
      bool Other = !Column && tok(I).K == DdlToken::Word &&
                   oneOf(upper(I), {"INDEX", "KEY", "PRIMARY", "FOREIGN", "CONSTRAINT", "CHECK",
                                    "PARTITION", "SYSTEM", "PERIOD", "DEFAULT"});
      if (!Other) {
        if (!isName(tok(I))) {
          fail(I, "the name of the column to drop");
          return;
        }
        Cat.dropColumn(N, Lex.value(tok(I)));
      }
    } else if (U == "RENAME") {
      ++I;
      if (acceptWord("COLUMN")) {
        if (!isName(tok(I)) || !word(I + 1, "TO") || !isName(tok(I + 2))) {
          fail(isName(tok(I)) ? (word(I + 1, "TO") ? I + 2 : I + 1) : I,
               isName(tok(I))
                   ? (word(I + 1, "TO") ? "the new column name" : "TO and the new column name")
                   : "the name of the column to rename");
          return;
        }
        Cat.renameColumn(N, Lex.value(tok(I)), Lex.value(tok(I + 2)));
      } else if (word(I, "INDEX") || word(I, "KEY")) {
        // renames an index
      } else {
        if (!acceptWord("TO"))
          acceptWord("AS");
        SqlName New;
        SourceRange NW;
        if (!qualifiedName(New, NW)) {
          fail(I, "the new table name");
          return;
        }
        Cat.renameRelation(N, New.Name);
        N.Name = New.Name;
        if (!New.Schema.empty() &&
            New.Schema != (N.Schema.empty() ? Cat.defaultSchema() : N.Schema)) {
          Cat.setRelationSchema(N, New.Schema, fact(stmtText()));
          N.Schema = New.Schema;
        }
      }
    }
    // ALTER COLUMN ... SET DEFAULT, ENGINE=..., CONVERT TO ...: nothing to follow.
    I = std::max(I, SpecEnd);
    if (!acceptPunct(','))
      break;
  }
}

void DdlReader::renameStmt() {
  if (!acceptWord("TABLE") && !acceptWord("TABLES"))
    return; // RENAME USER ...
  while (true) {
    SqlName From, To;
    SourceRange FW, TW;
    if (!qualifiedName(From, FW)) {
      fail(I, "the name of the table to rename");
      return;
    }
    if (!acceptWord("TO")) {
      fail(I, "TO and the new table name");
      return;
    }
    if (!qualifiedName(To, TW)) {
      fail(I, "the new table name");
      return;
    }
    Cat.renameRelation(From, To.Name);
    SqlName Renamed{From.Schema, To.Name};
    std::string FromSchema = From.Schema.empty() ? Cat.defaultSchema() : From.Schema;
    if (!To.Schema.empty() && To.Schema != FromSchema)
      Cat.setRelationSchema(Renamed, To.Schema, fact(stmtText()));
    if (!acceptPunct(','))
      break;
  }
}

void DdlReader::dropStmt() {
  acceptWord("TEMPORARY");
  std::string Kind = upper(I);
  if (Kind == "TABLE" || Kind == "TABLES" || Kind == "VIEW") {
    ++I;
    acceptIfExists();
    while (true) {
      SqlName N;
      SourceRange W;
      if (!qualifiedName(N, W)) {
        fail(I, Kind == "VIEW" ? "a view name" : "a table name");
        return;
      }
      Cat.dropRelation(N);
      if (!acceptPunct(','))
        break;
    }
    // HSQLDB writes IF EXISTS after the name; Oracle adds CASCADE CONSTRAINTS
    // and PURGE: nothing to read in them.
    acceptIfExists();
  } else if (Kind == "USER") {
    ++I;
    acceptIfExists();
    while (true) {
      std::string Key, User;
      if (!account(Key, User))
        return;
      accountState(Key, User).Dropped = true;
      if (!acceptPunct(','))
        break;
    }
  }
}

void DdlReader::useStmt() {
  if (!isName(tok(I))) {
    fail(I, "a database name");
    return;
  }
  std::string Db = Lex.value(tok(I));
  Cat.setDefaultSchema(Db);
  Schemas.insert(Db);
}

// ---------------------------------------------------------------- accounts and privileges

bool DdlReader::account(std::string &Key, std::string &User) {
  if (word(I, "CURRENT_USER")) {
    ++I;
    if (punct(I, '(') && punct(I + 1, ')'))
      I += 2;
    Key = User = "CURRENT_USER";
    return true;
  }
  const DdlToken &U = tok(I);
  if (!isName(U) && U.K != DdlToken::String)
    return false;
  if (Lex.isWord(U, "PUBLIC") && !punct(I + 1, '@')) {
    ++I;
    Key = User = "PUBLIC";
    return true;
  }
  User = Lex.value(U);
  ++I;
  std::string Host = "%";
  if (acceptPunct('@')) {
    const DdlToken &H = tok(I);
    if (isName(H) || H.K == DdlToken::String || H.K == DdlToken::Number) {
      Host = Lex.value(H);
      ++I;
    } else if (punct(I, '%')) {
      ++I;
    }
  }
  Key = "'" + User + "'@'" + lowerAscii(Host) + "'";
  return true;
}

DdlReader::Account &DdlReader::accountState(const std::string &Key, const std::string &User) {
  auto It = Accounts.find(Key);
  if (It != Accounts.end())
    return It->second;
  AccountOrder.push_back(Key);
  Account A;
  // The anonymous account (empty user name) matches any user: it has no
  // password unless one is set here. Other accounts first seen in a GRANT
  // were created elsewhere; assume they authenticate.
  A.HasPassword = !User.empty();
  if (Key == "PUBLIC" || Key == "CURRENT_USER")
    A.HasPassword = true;
  return Accounts.emplace(Key, A).first->second;
}

std::optional<bool> DdlReader::authOption() {
  if (!acceptWord("IDENTIFIED"))
    return std::nullopt;
  auto Secret = [&]() -> bool {
    if (acceptWord("RANDOM")) {
      acceptWord("PASSWORD");
      return true;
    }
    if (word(I, "PASSWORD") && punct(I + 1, '(')) {
      bool Empty = (tok(I + 2).K == DdlToken::String || tok(I + 2).K == DdlToken::DoubleQuoted) &&
                   Lex.value(tok(I + 2)).empty();
      I = skipGroup(I + 1);
      return !Empty;
    }
    acceptWord("PASSWORD");
    if (tok(I).K == DdlToken::String || tok(I).K == DdlToken::DoubleQuoted)
      return !Lex.value(tok(I++)).empty();
    return true;
  };
  if (acceptWord("BY"))
    return Secret();
  if (acceptWord("WITH") || acceptWord("VIA")) {
    std::string Plugin;
    if (isName(tok(I)) || tok(I).K == DdlToken::String)
      Plugin = lowerAscii(Lex.value(tok(I++)));
    if (acceptWord("BY") || acceptWord("AS") || acceptWord("USING"))
      return Secret();
    // A password plugin without a password: an empty password. Socket, PAM,
    // LDAP and Kerberos plugins authenticate by other means.
    return !oneOf(Plugin, {"mysql_native_password", "caching_sha2_password", "sha256_password",
                           "mysql_old_password", "ed25519"});
  }
  return true;
}

void DdlReader::setPasswordStmt() {
  // SET PASSWORD [FOR account] = 'x' | PASSWORD('x')
  I = 2;
  if (!acceptWord("FOR"))
    return; // the session's own account
  std::string Key, User;
  if (!account(Key, User))
    return;
  if (!acceptPunct('='))
    return;
  bool Empty = false;
  if (tok(I).K == DdlToken::String || tok(I).K == DdlToken::DoubleQuoted)
    Empty = Lex.value(tok(I)).empty();
  else if (tok(I).K == DdlToken::Word && punct(I + 1, '('))
    Empty = (tok(I + 2).K == DdlToken::String || tok(I + 2).K == DdlToken::DoubleQuoted) &&
            Lex.value(tok(I + 2)).empty();
  accountState(Key, User).HasPassword = !Empty;
}

void DdlReader::grantStmt(bool IsGrant) {
  if (!IsGrant)
    acceptIfExists();
  GrantSpec G;
  G.IsGrant = IsGrant;
  bool AllRevoke = false;
  // Privileges up to ON (or TO/FROM for role grants and REVOKE ALL ... FROM).
  while (!atEnd(I) && !word(I, "ON") && !word(I, "TO") && !word(I, "FROM")) {
    std::string U = upper(I);
    bool IsSelect = U == "SELECT", IsAll = U == "ALL";
    while (!atEnd(I) && !punct(I, ',') && !punct(I, '(') && !word(I, "ON") && !word(I, "TO") &&
           !word(I, "FROM"))
      ++I;
    std::vector<std::string> Cols;
    if (punct(I, '(')) {
      size_t E = skipGroup(I);
      for (size_t K = I + 1; K + 1 < E; ++K)
        if (isName(tok(K)))
          Cols.push_back(Lex.value(tok(K)));
      I = E;
    }
    if (IsSelect || IsAll) {
      G.Select = true;
      G.Columns.insert(G.Columns.end(), Cols.begin(), Cols.end());
      AllRevoke = AllRevoke || IsAll;
    }
    acceptPunct(',');
  }
  enum { Table, Database, Global } Level = Global;
  SqlName Object;
  if (acceptWord("ON")) {
    if (word(I, "FUNCTION") || word(I, "PROCEDURE"))
      return; // stored routines are not modelled
    acceptWord("TABLE");
    if (acceptPunct('*')) {
      if (acceptPunct('.')) {
        if (!acceptPunct('*')) {
          fail(I, "'*' after '*.' in the privilege level");
          return;
        }
        Level = Global;
      } else {
        Level = Database; // "*": every table of the current database
        Object.Name = Cat.defaultSchema();
      }
    } else if (isName(tok(I))) {
      std::string First = Lex.value(tok(I++));
      if (acceptPunct('.')) {
        if (acceptPunct('*')) {
          Level = Database;
          Object.Name = First;
        } else if (isName(tok(I))) {
          Level = Table;
          Object = SqlName{First, Lex.value(tok(I++))};
        } else {
          fail(I, "a table name or '*' after '" + First + ".'");
          return;
        }
      } else {
        Level = Table;
        Object = SqlName{"", First};
      }
    } else {
      fail(I, "a privilege level (db.table, db.* or *.*)");
      return;
    }
  } else if (IsGrant || !AllRevoke || !word(I, "FROM")) {
    return; // GRANT role TO account: role membership is not followed
  }
  if (!acceptWord(IsGrant ? "TO" : "FROM")) {
    fail(I, IsGrant ? "TO and the accounts" : "FROM and the accounts");
    return;
  }
  std::vector<std::string> Anonymous;
  while (true) {
    std::string Key, User;
    if (!account(Key, User)) {
      fail(I, "an account name ('user'@'host')");
      return;
    }
    Account &A = accountState(Key, User);
    if (auto Pw = authOption()) // MySQL 5.x: GRANT ... IDENTIFIED BY sets the password
      A.HasPassword = *Pw;
    G.Grantees.push_back(Key);
    if (!acceptPunct(','))
      break;
  }
  if (!G.Select)
    return; // only SELECT lets an account read
  G.At = fact(stmtText());
  // A dump names its database at most once (USE, or not at all) and then
  // creates tables unqualified: a grant on db.table or db.* reaches those
  // tables when the file names no other database.
  auto Unnamed = [&](const std::string &Db) {
    if (Db.empty() || Schemas.contains(Db))
      return false;
    for (const auto &S : Schemas)
      if (!S.empty())
        return false;
    return true;
  };
  if (Level == Table) {
    G.Target = PrivTarget::Table;
    if (Unnamed(Object.Schema))
      Object.Schema.clear();
    G.Objects = {Object};
    Cat.grant(G);
    return;
  }
  // Database and global privileges also cover tables created later.
  G.Columns.clear();
  G.Target = PrivTarget::AllTablesInSchema;
  if (Level == Database) {
    G.Objects = {SqlName{"", Object.Name}};
    std::vector<std::string> Dbs{Object.Name};
    if (Unnamed(Object.Name)) {
      G.Objects.push_back(SqlName{"", ""});
      Dbs.emplace_back();
    }
    Cat.grant(G);
    Cat.defaultPrivileges(G, Dbs);
    return;
  }
  for (const auto &S : Schemas)
    G.Objects.push_back(SqlName{"", S});
  Cat.grant(G);
  Cat.defaultPrivileges(G, {});
}

} // namespace

bool replaySqlDdlFile(const SourceFile &File, uint32_t FileIndex, SqlCatalog &Cat, SqlDialect D,
                      std::string *Note) {
  DdlReader R(File, FileIndex, Cat, D);
  R.Note = Note;
  R.run();
  return true;
}

} // namespace privlint
