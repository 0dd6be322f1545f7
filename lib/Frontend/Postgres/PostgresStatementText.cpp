#include "Frontend/Postgres/PostgresStatementText.h"

#include "Frontend/Sql/SqlText.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace privlint {
namespace {

// A table rather than std::isalnum: this runs on every byte of a file.
constexpr std::array<bool, 256> IdentChars = [] {
  std::array<bool, 256> T{};
  for (int U = 0; U < 256; ++U)
    T[U] = (U >= 'a' && U <= 'z') || (U >= 'A' && U <= 'Z') || (U >= '0' && U <= '9') || U == '_' ||
           U == '$' || U >= 0x80;
  return T;
}();

inline bool identChar(char C) { return IdentChars[static_cast<unsigned char>(C)]; }

// At a '$' that may open a dollar-quoted body: the length of its tag
// ("$tag$" or "$$"), or 0.
size_t dollarTag(std::string_view T, size_t I) {
  if (I > 0 && identChar(T[I - 1]))
    return 0; // part of a name, or a parameter like $1 after an identifier
  size_t K = I + 1;
  if (K < T.size() && (std::isdigit(static_cast<unsigned char>(T[K]))))
    return 0; // $1: a parameter
  while (K < T.size() && T[K] != '$' &&
         (std::isalnum(static_cast<unsigned char>(T[K])) || T[K] == '_' ||
          static_cast<unsigned char>(T[K]) >= 0x80))
    ++K;
  if (K >= T.size() || T[K] != '$')
    return 0;
  return K - I + 1;
}

// skipLexeme, inlined into the scans below, which call it at every byte that
// does not continue a name (a call there costs a tenth of their time).
[[gnu::always_inline]] inline size_t lexemeEnd(std::string_view T, size_t I) {
  size_t N = T.size();
  char C = T[I];
  if (C == '-' && I + 1 < N && T[I + 1] == '-')
    return skipLineComment(T, I);
  if (C == '/' && I + 1 < N && T[I + 1] == '*')
    return skipBlockComment(T, I);
  if (C == '\'' || C == '"') {
    // E'...' strings take backslash escapes; '' and "" double a quote.
    bool Backslash = C == '\'' && I > 0 && (T[I - 1] == 'E' || T[I - 1] == 'e') &&
                     (I < 2 || !identChar(T[I - 2]));
    return skipQuoted(T, I, Backslash);
  }
  if (C == '$') {
    if (size_t Len = dollarTag(T, I)) {
      size_t Close = T.find(T.substr(I, Len), I + Len);
      return Close == std::string_view::npos ? N : Close + Len;
    }
  }
  return I;
}

} // namespace

size_t skipLexeme(std::string_view T, size_t I) { return lexemeEnd(T, I); }

std::vector<std::pair<uint32_t, uint32_t>> splitAtSemicolons(std::string_view T) {
  std::vector<std::pair<uint32_t, uint32_t>> Out;
  size_t Start = 0, I = 0, N = T.size();
  auto Piece = [&](size_t End) {
    if (skipSpaceAndComments(T.substr(0, End), static_cast<uint32_t>(Start)) < End)
      Out.emplace_back(static_cast<uint32_t>(Start), static_cast<uint32_t>(End));
    Start = End;
  };
  while (I < N) {
    char C = T[I];
    if (size_t After = lexemeEnd(T, I); After != I) {
      I = After;
    } else if (C == ';') {
      ++I;
      Piece(I);
    } else if (identChar(C)) {
      while (I < N && identChar(T[I]))
        ++I;
    } else {
      ++I;
    }
  }
  if (Start < N)
    Piece(N);
  return Out;
}

std::vector<uint32_t> chunkCuts(std::string_view T, size_t ChunkBytes) {
  std::vector<uint32_t> Out;
  size_t I = 0, N = T.size(), Last = 0;
  // libpg_query's split counts parentheses in an unsigned counter: a ')'
  // too many wraps it, and so no ';' ends a statement until a '(' more.
  size_t Depth = 0;
  // Inside BEGIN ATOMIC ... END (a SQL-standard function body) a ';' ends
  // a statement of the body; CASE ... END nests inside it.
  size_t Atomic = 0;
  bool AfterBegin = false;
  auto WordIs = [&](size_t B, size_t E, std::string_view W) {
    if (E - B != W.size())
      return false;
    for (size_t K = 0; K < W.size(); ++K)
      if (std::tolower(static_cast<unsigned char>(T[B + K])) != W[K])
        return false;
    return true;
  };
  while (I < N) {
    char C = T[I];
    if (size_t After = lexemeEnd(T, I); After != I) {
      // A comment between BEGIN and ATOMIC keeps them together.
      if (C != '-' && C != '/')
        AfterBegin = false;
      I = After;
    } else if (C == '(') {
      ++Depth;
      ++I;
    } else if (C == ')') {
      --Depth;
      ++I;
    } else if (C == ';') {
      ++I;
      if (Depth == 0 && Atomic == 0 && I - Last >= ChunkBytes && I < N) {
        Out.push_back(static_cast<uint32_t>(I));
        Last = I;
      }
      AfterBegin = false;
    } else if (identChar(C)) {
      size_t B = I;
      while (I < N && identChar(T[I]))
        ++I;
      if (AfterBegin && WordIs(B, I, "atomic"))
        ++Atomic;
      else if (Atomic > 0 && WordIs(B, I, "case"))
        ++Atomic;
      else if (Atomic > 0 && WordIs(B, I, "end"))
        --Atomic;
      AfterBegin = WordIs(B, I, "begin");
    } else {
      ++I;
    }
  }
  return Out;
}

bool isDataStatement(std::string_view S) {
  size_t I = skipSpaceAndComments(S, 0);
  while (I < S.size() && S[I] == '(') // (SELECT ...) UNION ...
    I = skipSpaceAndComments(S, static_cast<uint32_t>(I + 1));
  size_t E = I;
  while (E < S.size() && std::isalpha(static_cast<unsigned char>(S[E])))
    ++E;
  std::string Word(S.substr(I, E - I));
  for (char &C : Word)
    C = static_cast<char>(std::toupper(static_cast<unsigned char>(C)));
  static const char *const Data[] = {
      "ABORT",   "ANALYSE", "ANALYZE",  "BEGIN",      "CALL",    "CHECKPOINT", "CLOSE",
      "CLUSTER", "COMMIT",  "COPY",     "DEALLOCATE", "DECLARE", "DELETE",     "DISCARD",
      "END",     "EXECUTE", "EXPLAIN",  "FETCH",      "INSERT",  "LISTEN",     "LOAD",
      "LOCK",    "MERGE",   "MOVE",     "NOTIFY",     "PREPARE", "REFRESH",    "REINDEX",
      "RELEASE", "RESET",   "ROLLBACK", "SAVEPOINT",  "SELECT",  "SET",        "SHOW",
      "START",   "TABLE",   "TRUNCATE", "UNLISTEN",   "UPDATE",  "VACUUM",     "VALUES",
      "WITH"};
  return std::find(std::begin(Data), std::end(Data), Word) != std::end(Data);
}

} // namespace privlint
