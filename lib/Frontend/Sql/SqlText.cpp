#include "Frontend/Sql/SqlText.h"

#include "Classify/Markers.h"
#include "Support/SourceFile.h"

#include <algorithm>

#include <cctype>

namespace privlint {
namespace {

bool startsWithWordCI(std::string_view S, size_t At, std::string_view Word) {
  if (At + Word.size() > S.size())
    return false;
  for (size_t I = 0; I < Word.size(); ++I)
    if (std::tolower(static_cast<unsigned char>(S[At + I])) != Word[I])
      return false;
  return At + Word.size() == S.size() ||
         !std::isalnum(static_cast<unsigned char>(S[At + Word.size()]));
}

// Is the statement [B, E) a "COPY ... FROM stdin" whose data follows inline?
bool isCopyFromStdin(std::string_view S, size_t B, size_t E) {
  B = skipSpaceAndComments(S, static_cast<uint32_t>(B));
  if (!startsWithWordCI(S, B, "copy"))
    return false;
  std::string Norm;
  for (size_t I = B; I < E; ++I) {
    char C = static_cast<char>(std::tolower(static_cast<unsigned char>(S[I])));
    if (std::isspace(static_cast<unsigned char>(C))) {
      if (!Norm.empty() && Norm.back() != ' ')
        Norm.push_back(' ');
    } else {
      Norm.push_back(C);
    }
  }
  return Norm.find(" from stdin") != std::string::npos;
}

void blank(std::string &Out, size_t B, size_t E) {
  for (size_t I = B; I < E && I < Out.size(); ++I)
    if (Out[I] != '\n')
      Out[I] = ' ';
}

} // namespace

void attachTrailingComments(const SourceFile &File, const std::vector<SqlComment> &Comments,
                            uint32_t NameBegin, uint32_t Bound, std::vector<std::string> &Texts,
                            FieldMarkers &Markers) {
  uint32_t LineEnd = File.lineStart(File.lineOf(NameBegin) + 1);
  auto It = std::lower_bound(Comments.begin(), Comments.end(), NameBegin,
                             [](const SqlComment &C, uint32_t Off) { return C.Begin < Off; });
  for (; It != Comments.end() && It->Begin < LineEnd && It->Begin < Bound; ++It) {
    Texts.push_back(It->Text);
    parseMarkers(It->Text, SourceRange{&File, It->Begin, It->End}, Markers);
  }
}

size_t skipLineComment(std::string_view S, size_t I) {
  size_t E = S.find('\n', I);
  return E == std::string_view::npos ? S.size() : E;
}

size_t skipBlockComment(std::string_view S, size_t I, bool *Closed) {
  size_t N = S.size();
  int Depth = 1;
  I += 2;
  while (I < N && Depth > 0) {
    if (S[I] == '/' && I + 1 < N && S[I + 1] == '*') {
      ++Depth;
      I += 2;
    } else if (S[I] == '*' && I + 1 < N && S[I + 1] == '/') {
      --Depth;
      I += 2;
    } else {
      ++I;
    }
  }
  if (Closed)
    *Closed = Depth == 0;
  return std::min(I, N);
}

size_t skipQuoted(std::string_view S, size_t I, bool BackslashEscapes) {
  size_t N = S.size();
  char Quote = S[I++];
  while (I < N) {
    if (BackslashEscapes && S[I] == '\\') {
      I += 2;
      continue;
    }
    if (S[I] == Quote) {
      if (I + 1 < N && S[I + 1] == Quote) {
        I += 2;
        continue;
      }
      return I + 1;
    }
    ++I;
  }
  return N; // unterminated, or a '\\' as the last byte
}

uint32_t skipSpaceAndComments(std::string_view S, uint32_t I) {
  while (I < S.size()) {
    auto C = static_cast<unsigned char>(S[I]);
    if (std::isspace(C))
      ++I;
    else if (C == '-' && I + 1 < S.size() && S[I + 1] == '-')
      I = static_cast<uint32_t>(skipLineComment(S, I));
    else if (C == '/' && I + 1 < S.size() && S[I + 1] == '*')
      I = static_cast<uint32_t>(skipBlockComment(S, I));
    else
      break;
  }
  return I;
}

PreparedSql prepareSql(std::string_view S) {
  PreparedSql P;
  P.Clean.assign(S.begin(), S.end());
  size_t N = S.size();
  size_t StmtStart = 0;
  bool AtLineStart = true;
  // A psql script that sets variables (\set name value) uses them as :name,
  // :'name' and :"name": the colon becomes a blank, so the parser reads a
  // name, a string or a quoted name in its place, at the same columns.
  bool PsqlVariables = S.starts_with("\\set ") || S.find("\n\\set ") != std::string_view::npos;
  for (size_t I = 0; I < N;) {
    char C = S[I];
    if (C == '\n') {
      AtLineStart = true;
      ++I;
      continue;
    }
    if (AtLineStart && (C == ' ' || C == '\t' || C == '\r')) {
      ++I;
      continue;
    }
    if (AtLineStart && C == '\\') {
      // psql meta-command (\connect, \restrict, \set ...): not SQL.
      size_t E = I;
      while (E < N && S[E] != '\n')
        ++E;
      blank(P.Clean, I, E);
      ++P.BlankedDataLines;
      I = E;
      StmtStart = E;
      continue;
    }
    AtLineStart = false;
    if (C == '-' && I + 1 < N && S[I + 1] == '-') {
      size_t E = skipLineComment(S, I);
      size_t TE = E > I + 2 && S[E - 1] == '\r' ? E - 1 : E;
      P.Comments.push_back({static_cast<uint32_t>(I), static_cast<uint32_t>(E),
                            std::string(S.substr(I + 2, TE - I - 2))});
      I = E;
      continue;
    }
    if (C == '/' && I + 1 < N && S[I + 1] == '*') {
      bool Closed = false;
      size_t E = skipBlockComment(S, I, &Closed);
      size_t TextEnd = Closed ? E - 2 : E;
      P.Comments.push_back({static_cast<uint32_t>(I), static_cast<uint32_t>(E),
                            std::string(S.substr(I + 2, TextEnd - I - 2))});
      I = E;
      continue;
    }
    if (C == '\'' || C == '"') {
      // Only an E'...' string takes backslash escapes. The byte before the E
      // (and before a '$' below) is tested with isalnum here, where
      // PostgresStatementText's skipLexeme also counts '_', '$' and non-ASCII
      // bytes as name characters: kept apart so comments found here stay as
      // they were.
      bool Escapes = C == '\'' && I > 0 && (S[I - 1] == 'E' || S[I - 1] == 'e') &&
                     (I < 2 || !std::isalnum(static_cast<unsigned char>(S[I - 2])));
      I = skipQuoted(S, I, Escapes);
      continue;
    }
    if (C == '$' &&
        (I == 0 || (!std::isalnum(static_cast<unsigned char>(S[I - 1])) && S[I - 1] != '_'))) {
      // Dollar quote: $$ or $tag$.
      size_t J = I + 1;
      while (J < N && (std::isalnum(static_cast<unsigned char>(S[J])) || S[J] == '_'))
        ++J;
      if (J < N && S[J] == '$' &&
          (J <= I + 1 || !std::isdigit(static_cast<unsigned char>(S[I + 1])))) {
        std::string_view Tag = S.substr(I, J - I + 1);
        size_t Close = S.find(Tag, J + 1);
        I = Close == std::string_view::npos ? N : Close + Tag.size();
        continue;
      }
      ++I;
      continue;
    }
    if (C == ':' && PsqlVariables && I + 1 < N &&
        (I == 0 || std::isspace(static_cast<unsigned char>(S[I - 1])) || S[I - 1] == '(' ||
         S[I - 1] == ',' || S[I - 1] == '=') &&
        (std::isalpha(static_cast<unsigned char>(S[I + 1])) || S[I + 1] == '_' ||
         S[I + 1] == '\'' || S[I + 1] == '"')) {
      P.Clean[I] = ' ';
      ++I;
      continue;
    }
    if (C == ';') {
      ++I;
      if (isCopyFromStdin(S, StmtStart, I)) {
        // Data follows on the next line up to a line holding only "\.".
        size_t LineEnd = I;
        while (LineEnd < N && S[LineEnd] != '\n')
          ++LineEnd;
        size_t J = LineEnd < N ? LineEnd + 1 : N;
        size_t DataStart = J;
        while (J < N) {
          size_t E = J;
          while (E < N && S[E] != '\n')
            ++E;
          std::string_view Line = S.substr(J, E - J);
          if (!Line.empty() && Line.back() == '\r')
            Line.remove_suffix(1);
          ++P.BlankedDataLines;
          if (Line == "\\.") {
            J = E;
            break;
          }
          J = E < N ? E + 1 : N;
        }
        blank(P.Clean, DataStart, J);
        I = J;
      }
      StmtStart = I;
      continue;
    }
    ++I;
  }
  // The parser and its JSON need valid UTF-8; the problem itself is reported
  // by the engine at the first invalid byte.
  replaceInvalidUtf8(P.Clean);
  return P;
}

} // namespace privlint
