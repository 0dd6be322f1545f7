#include "Frontend/Prisma/PrismaParser.h"

#include "Frontend/Prisma/PrismaLexer.h"
#include "Support/JsonEscape.h"
#include "Support/SourceFile.h"
#include "Support/Utf8.h"

#include <algorithm>

namespace privlint::prisma {

const Argument *Attribute::arg(const char *Key) const {
  for (const auto &A : Args)
    if (A.Name == Key)
      return &A;
  for (const auto &A : Args)
    if (A.Name.empty())
      return &A;
  return nullptr;
}

namespace {

constexpr size_t MaxProblems = 50; // a file that is not Prisma stops early
constexpr int MaxNesting = 64;     // [[[[... in garbage must not exhaust the stack

bool isBlockKeyword(std::string_view S) {
  return S == "model" || S == "view" || S == "type" || S == "enum" || S == "datasource" ||
         S == "generator";
}

// Decodes a string literal (quotes included) with JSON escapes, leniently:
// an escape JSON rejects stands for the character after the '\'.
std::string decodeString(std::string_view Lit) {
  std::string Out;
  if (Lit.size() < 2)
    return Out;
  // Invalid bytes of the file become '?' (as in the SQL text a name is
  // matched against); a lone surrogate escape keeps its bytes, as in JSON.
  std::string S(Lit.substr(1, Lit.size() - 2));
  replaceInvalidUtf8(S);
  for (size_t I = 0; I < S.size();) {
    if (S[I] != '\\') {
      Out += S[I++];
      continue;
    }
    switch (decodeJsonEscape(S, I, Out, I)) {
    case JsonEscape::Decoded:
      break;
    case JsonEscape::Truncated:
      Out += S[I++];
      break;
    case JsonEscape::BadUnicode:
    case JsonEscape::BadEscape:
      Out += S[I + 1];
      I += 2;
      break;
    }
  }
  return Out;
}

class Parser {
public:
  explicit Parser(std::string_view Text) : Text(Text), Toks(lexPrisma(Text)) {}

  SchemaAst run() {
    while (!stopped() && peek().Kind != Tok::End)
      topLevel();
    return std::move(Ast);
  }

private:
  std::string_view Text;
  std::vector<Token> Toks;
  size_t P = 0;
  SchemaAst Ast;
  bool Stopped = false;

  // --- tokens -------------------------------------------------------------
  const Token &peek(size_t K = 0) const { return Toks[std::min(P + K, Toks.size() - 1)]; }
  const Token &advance() {
    const Token &T = Toks[std::min(P, Toks.size() - 1)];
    if (P < Toks.size() - 1)
      ++P;
    return T;
  }
  bool is(Tok K, size_t Ahead = 0) const { return peek(Ahead).Kind == K; }
  std::string_view text(const Token &T) const { return Text.substr(T.Begin, T.End - T.Begin); }
  bool atLineStart() const { return P == 0 || Toks[P - 1].Kind == Tok::Newline; }
  static bool endsLine(const Token &T) {
    return T.Kind == Tok::Newline || T.Kind == Tok::End || T.Kind == Tok::RBrace;
  }

  // How a token reads in a message: the text of a name, number or character,
  // else what it is.
  std::string describe(const Token &T) const {
    switch (T.Kind) {
    case Tok::Ident:
    case Tok::Number:
    case Tok::Unknown:
    case Tok::LBrace:
    case Tok::RBrace:
    case Tok::LParen:
    case Tok::RParen:
    case Tok::LBracket:
    case Tok::RBracket:
    case Tok::Comma:
    case Tok::Colon:
    case Tok::Equal:
    case Tok::Question:
    case Tok::Bang:
    case Tok::Dot:
    case Tok::At:
    case Tok::AtAt: {
      // Messages are UTF-8 even when the file is not (the engine reads
      // invalid UTF-8 too): no cut inside a character, bad bytes as '?'.
      std::string_view S = text(T);
      bool Cut = S.size() > 40;
      if (Cut) {
        size_t E = 40;
        while (E > 0 && (static_cast<unsigned char>(S[E]) & 0xC0) == 0x80)
          --E;
        S = S.substr(0, E);
      }
      std::string Out(S);
      replaceInvalidUtf8(Out);
      return "'" + Out + (Cut ? "...'" : "'");
    }
    default:
      return tokenKindName(T.Kind);
    }
  }

  // --- problems -------------------------------------------------------------
  bool stopped() const { return Stopped; }
  void error(uint32_t Offset, std::string Message) {
    if (Stopped)
      return;
    if (Ast.Problems.size() >= MaxProblems) {
      Ast.Problems.push_back(
          {Offset, 1, "too many syntax errors; the rest of the file is not read"});
      Stopped = true;
      return;
    }
    Ast.Problems.push_back({Offset, 1, std::move(Message)});
  }
  void error(const Token &T, std::string Message) { error(T.Begin, std::move(Message)); }

  // Skips to the end of the current line (the newline is left).
  void skipLine() {
    while (!is(Tok::Newline) && !is(Tok::End))
      advance();
  }

  // After an error outside any block: skips to the next line that starts a
  // block (a block keyword and a name), passing over balanced braces.
  void recoverTopLevel() {
    int Depth = 0;
    bool Moved = false;
    while (!is(Tok::End)) {
      if (Moved && Depth <= 0 && atLineStart() && is(Tok::Ident) && isBlockKeyword(text(peek())) &&
          is(Tok::Ident, 1))
        return;
      if (is(Tok::LBrace))
        ++Depth;
      else if (is(Tok::RBrace))
        Depth = std::max(0, Depth - 1);
      advance();
      Moved = true;
    }
  }

  // --- top level -----------------------------------------------------------
  void topLevel() {
    const Token &T = peek();
    if (T.Kind == Tok::Newline || T.Kind == Tok::Comment || T.Kind == Tok::DocComment) {
      advance(); // comments above a block document the block, not a field
      return;
    }
    if (T.Kind == Tok::Ident && isBlockKeyword(text(T))) {
      if (!is(Tok::Ident, 1)) {
        error(peek(1),
              "expected a name after '" + std::string(text(T)) + "', found " + describe(peek(1)));
        recoverTopLevel();
        return;
      }
      if (text(T) == "type" && is(Tok::Equal, 2))
        typeAlias();
      else
        block();
      return;
    }
    if (T.Kind == Tok::Ident && is(Tok::Ident, 1) && is(Tok::LBrace, 2))
      error(T, "unknown block type " + describe(T) +
                   "; expected model, view, type, enum, datasource or generator");
    else if (T.Kind == Tok::BadString)
      error(T, "unterminated string");
    else
      error(T, "expected a block (model, view, type, enum, datasource or generator), found " +
                   describe(T));
    recoverTopLevel();
  }

  void typeAlias() {
    advance(); // type
    Block B;
    B.Kind = BlockKind::TypeAlias;
    const Token &Name = advance();
    B.Name = std::string(text(Name));
    B.NameWhere = {Name.Begin, Name.End};
    advance(); // =
    if (!is(Tok::Ident)) {
      error(peek(),
            "expected a type after '=' in type alias '" + B.Name + "', found " + describe(peek()));
      skipLine();
      return;
    }
    B.AliasOf = std::string(text(advance()));
    FieldDecl Ignored;
    while (is(Tok::At))
      if (!attribute(Ignored.Attributes, "'" + B.Name + "'")) {
        skipLine();
        break;
      }
    endOfLine(nullptr, "type alias '" + B.Name + "'");
    Ast.Blocks.push_back(std::move(B));
  }

  void block() {
    const Token &Kw = advance();
    std::string KwText(text(Kw));
    Block B;
    B.Kind = KwText == "model"        ? BlockKind::Model
             : KwText == "view"       ? BlockKind::View
             : KwText == "type"       ? BlockKind::Type
             : KwText == "enum"       ? BlockKind::Enum
             : KwText == "datasource" ? BlockKind::Datasource
                                      : BlockKind::Generator;
    const Token &Name = advance();
    B.Name = std::string(text(Name));
    B.NameWhere = {Name.Begin, Name.End};
    std::string What = KwText + " '" + B.Name + "'";
    if (!is(Tok::LBrace)) {
      error(peek(), "expected '{' after " + What + ", found " + describe(peek()));
      recoverTopLevel();
      return;
    }
    const Token &Open = advance();
    bool Closed = false;
    switch (B.Kind) {
    case BlockKind::Model:
    case BlockKind::View:
    case BlockKind::Type:
      Closed = fieldBlock(B, What);
      break;
    case BlockKind::Enum:
      Closed = enumBlock(B, What);
      break;
    default:
      Closed = configBlock();
      break;
    }
    if (!Closed)
      error(Open, "'{' of " + What + " is never closed");
    Ast.Blocks.push_back(std::move(B));
  }

  // At the start of a line inside a block: does a new block begin here (the
  // current one lacks its '}')?
  bool newBlockStarts() const {
    return atLineStart() && is(Tok::Ident) && isBlockKeyword(text(peek())) && is(Tok::Ident, 1) &&
           is(Tok::LBrace, 2);
  }

  CommentLine commentLine(const Token &T) const {
    CommentLine C;
    C.Doc = T.Kind == Tok::DocComment;
    std::string_view S = text(T).substr(C.Doc ? 3 : 2);
    while (!S.empty() && (S.front() == ' ' || S.front() == '\t'))
      S.remove_prefix(1);
    while (!S.empty() && (S.back() == ' ' || S.back() == '\t'))
      S.remove_suffix(1);
    C.Text = std::string(S);
    replaceInvalidUtf8(C.Text);
    C.Where = {T.Begin, T.End};
    return C;
  }

  // The lines of a model, view, type or enum body up to its '}': true when
  // the block is closed, false at the end of the input or where a new block
  // starts (this one lacks its '}'). '@@' attributes are read here, up to
  // the end of their line; Line(T) reads any other line from its first
  // token T, consuming at least that token.
  template <class LineFn> bool blockLines(Block &B, const std::string &What, LineFn Line) {
    while (!stopped()) {
      const Token &T = peek();
      if (T.Kind == Tok::End || (T.Kind == Tok::Ident && newBlockStarts()))
        return false;
      if (T.Kind == Tok::RBrace) {
        advance();
        return true;
      }
      if (T.Kind != Tok::AtAt)
        Line(T);
      else if (attribute(B.Attributes, What))
        endOfLine(nullptr, What);
      else
        skipLine();
    }
    return true;
  }

  // model, view and type bodies. Returns false when the block is not closed.
  bool fieldBlock(Block &B, const std::string &What) {
    // Prisma documents a field with the last comment block before it (a run
    // of comment lines); blank lines and '@@' attributes in between keep it
    // (an '@@' line ends at a newline, which ends the comment block).
    std::vector<CommentLine> Pending;
    bool InCommentBlock = false;
    return blockLines(B, What, [&](const Token &T) {
      bool Comment = T.Kind == Tok::Comment || T.Kind == Tok::DocComment;
      switch (T.Kind) {
      case Tok::Newline:
        advance();
        break;
      case Tok::Comment:
      case Tok::DocComment:
        if (!InCommentBlock)
          Pending.clear();
        Pending.push_back(commentLine(advance()));
        if (is(Tok::Newline))
          advance();
        break;
      case Tok::Ident: {
        FieldDecl F;
        F.Comments = std::move(Pending);
        Pending.clear();
        if (field(F, What)) {
          endOfLine(&F, What);
          B.Fields.push_back(std::move(F));
        } else {
          skipLine();
        }
        break;
      }
      default:
        error(T, "expected a field or a '@@' attribute in " + What + ", found " + describe(T));
        skipLine();
        break;
      }
      InCommentBlock = Comment;
    });
  }

  bool enumBlock(Block &B, const std::string &What) {
    return blockLines(B, What, [&](const Token &T) {
      switch (T.Kind) {
      case Tok::Newline:
      case Tok::Comment:
      case Tok::DocComment:
        advance();
        break;
      case Tok::Ident: {
        FieldDecl V;
        const Token &Name = advance();
        V.Name = std::string(text(Name));
        V.NameWhere = {Name.Begin, Name.End};
        bool Ok = true;
        while (Ok && is(Tok::At))
          Ok = attribute(V.Attributes, "'" + V.Name + "'");
        if (Ok)
          endOfLine(nullptr, What);
        else
          skipLine();
        B.Fields.push_back(std::move(V));
        break;
      }
      default:
        error(T, "expected an enum value in " + What + ", found " + describe(T));
        skipLine();
        break;
      }
    });
  }

  // datasource and generator: key = value lines, not needed; skipped to the
  // matching '}' (strings are tokens, so a '}' in a URL does not count).
  bool configBlock() {
    int Depth = 0;
    while (!is(Tok::End)) {
      if (newBlockStarts())
        return false;
      if (is(Tok::LBrace))
        ++Depth;
      else if (is(Tok::RBrace) && Depth-- == 0) {
        advance();
        return true;
      }
      advance();
    }
    return false;
  }

  // After a field, attribute or enum value: a trailing comment, then the end
  // of the line ('}' may close the block on the same line).
  void endOfLine(FieldDecl *F, const std::string &What) {
    if (is(Tok::Comment) || is(Tok::DocComment)) {
      CommentLine C = commentLine(advance());
      if (F != nullptr)
        F->Comments.push_back(std::move(C));
    }
    if (endsLine(peek()))
      return;
    const Token &T = peek();
    if (T.Kind == Tok::BadString)
      error(T, "unterminated string");
    else
      error(T, "unexpected " + describe(T) + " in " + What + "; expected the end of the line");
    skipLine();
  }

  // name Type? @attr... Returns false after reporting an error.
  bool field(FieldDecl &F, const std::string &What) {
    const Token &Name = advance();
    F.Name = std::string(text(Name));
    F.NameWhere = {Name.Begin, Name.End};
    if (is(Tok::Colon)) {
      error(peek(), "field declarations take no ':' (field '" + F.Name + "')");
      advance();
    }
    if (is(Tok::LBracket)) { // legacy list syntax: [Type]
      advance();
      F.List = true;
      if (!is(Tok::Ident)) {
        error(peek(),
              "expected a type after '[' in field '" + F.Name + "', found " + describe(peek()));
        return false;
      }
      const Token &Ty = advance();
      F.TypeName = std::string(text(Ty));
      F.TypeWhere = {Ty.Begin, Ty.End};
      if (!is(Tok::RBracket)) {
        error(peek(),
              "expected ']' after the type of field '" + F.Name + "', found " + describe(peek()));
        return false;
      }
      advance();
    } else if (is(Tok::Ident)) {
      const Token &Ty = advance();
      F.TypeName = std::string(text(Ty));
      F.TypeWhere = {Ty.Begin, Ty.End};
      if (F.TypeName == "Unsupported" && is(Tok::LParen)) {
        advance();
        if (!is(Tok::String)) {
          error(peek(), "expected a string in Unsupported(...) of field '" + F.Name + "', found " +
                            describe(peek()));
          return false;
        }
        F.UnsupportedType = decodeString(text(advance()));
        if (!is(Tok::RParen)) {
          error(peek(), "expected ')' after Unsupported(\"" + F.UnsupportedType + "\"), found " +
                            describe(peek()));
          return false;
        }
        F.TypeWhere.End = advance().End;
      }
    } else {
      error(peek(), "expected a type after field '" + F.Name + "' in " + What + ", found " +
                        describe(peek()));
      return false;
    }
    // Modifiers: [] list, ? optional, ! (legacy required); []? is accepted
    // for Unsupported lists.
    for (;;) {
      if (is(Tok::LBracket) && is(Tok::RBracket, 1)) {
        advance();
        advance();
        F.List = true;
      } else if (is(Tok::Question)) {
        advance();
        F.Optional = true;
      } else if (is(Tok::Bang)) {
        advance();
      } else {
        break;
      }
    }
    while (is(Tok::At))
      if (!attribute(F.Attributes, "field '" + F.Name + "'"))
        return false;
    return true;
  }

  // @name(args) or @@name(args) into Out. Returns false after an error.
  bool attribute(std::vector<Attribute> &Out, const std::string &Owner) {
    const Token &At = advance();
    Attribute A;
    A.Where.Begin = At.Begin;
    if (!is(Tok::Ident)) {
      error(peek(), "expected an attribute name after " + describe(At) + " in " + Owner +
                        ", found " + describe(peek()));
      return false;
    }
    const Token *Last = &advance();
    A.Name = std::string(text(*Last));
    while (is(Tok::Dot)) {
      Last = &advance();
      if (!is(Tok::Ident))
        break; // Prisma's path allows a trailing dot
      Last = &advance();
      A.Name += "." + std::string(text(*Last));
    }
    A.Where.End = Last->End;
    if (is(Tok::LParen)) {
      uint32_t OpenAt = peek().Begin;
      if (!arguments(&A.Args, "'" + std::string(text(At)) + A.Name + "'", 0))
        return false;
      A.Where.End = Toks[P - 1].End;
      A.ArgsText = std::string(Text.substr(OpenAt, A.Where.End - OpenAt));
      replaceInvalidUtf8(A.ArgsText);
    }
    Out.push_back(std::move(A));
    return true;
  }

  // ( [name:] value, ... ) on one line. Records the arguments into Out when
  // given (top-level attribute arguments), else only checks the syntax.
  bool arguments(std::vector<Argument> *Out, const std::string &Owner, int Depth) {
    advance(); // (
    if (is(Tok::RParen)) {
      advance();
      return true;
    }
    for (;;) {
      Argument A;
      A.Where.Begin = peek().Begin;
      if (is(Tok::Ident) && is(Tok::Colon, 1)) {
        A.Name = std::string(text(advance()));
        advance();
        if (!is(Tok::Comma) && !is(Tok::RParen) &&
            !value(Out != nullptr ? &A : nullptr, Owner, Depth + 1))
          return false;
      } else if (!value(Out != nullptr ? &A : nullptr, Owner, Depth + 1)) {
        return false;
      }
      A.Where.End = Toks[P - 1].End;
      if (Out != nullptr)
        Out->push_back(std::move(A));
      if (is(Tok::Comma)) {
        advance();
        if (is(Tok::RParen)) { // trailing comma
          advance();
          return true;
        }
        continue;
      }
      if (is(Tok::RParen)) {
        advance();
        return true;
      }
      error(peek(),
            "expected ',' or ')' in the arguments of " + Owner + ", found " + describe(peek()));
      return false;
    }
  }

  // A value: string, number, path, function call or [list]. Records a
  // string's value and the names of a path or list into A when given.
  bool value(Argument *A, const std::string &Owner, int Depth) {
    if (Depth > MaxNesting) {
      error(peek(), "values nested too deeply in " + Owner);
      return false;
    }
    const Token &T = peek();
    switch (T.Kind) {
    case Tok::String:
      advance();
      if (A != nullptr) {
        A->IsString = true;
        A->StringValue = decodeString(text(T));
      }
      return true;
    case Tok::Number:
      advance();
      return true;
    case Tok::Ident: {
      std::string Path(text(advance()));
      while (is(Tok::Dot) && is(Tok::Ident, 1)) {
        advance();
        Path += "." + std::string(text(advance()));
      }
      if (A != nullptr)
        A->Names.push_back(Path);
      if (is(Tok::LParen))
        return arguments(nullptr, Owner, Depth + 1);
      return true;
    }
    case Tok::LBracket: {
      advance();
      if (is(Tok::RBracket)) {
        advance();
        return true;
      }
      for (;;) {
        // Elements of a top-level list: their names are recorded (fields: [a, b]).
        Argument Element;
        if (!value(A != nullptr ? &Element : nullptr, Owner, Depth + 1))
          return false;
        if (A != nullptr && !Element.Names.empty())
          A->Names.push_back(Element.Names.front());
        if (is(Tok::Comma)) {
          advance();
          continue;
        }
        if (is(Tok::RBracket)) {
          advance();
          return true;
        }
        error(peek(), "expected ',' or ']' in a list in " + Owner + ", found " + describe(peek()));
        return false;
      }
    }
    case Tok::BadString:
      error(T, "unterminated string");
      return false;
    default:
      error(T, "expected a value in " + Owner + ", found " + describe(T));
      return false;
    }
  }
};

} // namespace

SchemaAst parsePrismaSchema(std::string_view Text) { return Parser(Text).run(); }

} // namespace privlint::prisma
