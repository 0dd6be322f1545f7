#include "Frontend/GraphQl/GraphQlParser.h"

#include <cctype>

namespace privlint {

const GqlValue *GqlDirective::arg(std::string_view N) const {
  for (size_t I = 0; I < ArgNames.size(); ++I)
    if (ArgNames[I] == N)
      return &ArgValues[I];
  return nullptr;
}

namespace {

struct Token {
  enum class Kind : uint8_t { Punct, Name, Number, String, End } K = Kind::End;
  std::string Text;
  uint32_t Begin = 0, End = 0;
  bool LineStart = false; // first token of its line, at column 1
  std::vector<std::string> Comments;
};

class Lexer {
public:
  explicit Lexer(std::string_view T) : T(T) {}

  Token next(std::string &Err) {
    Token Tok;
    bool SawNewline = P == 0;
    while (P < T.size()) {
      char C = T[P];
      if (C == '\n') {
        SawNewline = true;
        ++P;
      } else if (C == ' ' || C == '\t' || C == '\r' || C == ',' || C == '\xEF' || C == '\xBB' ||
                 C == '\xBF') {
        ++P;
      } else if (C == '#') {
        size_t E = T.find('\n', P);
        E = E == std::string_view::npos ? T.size() : E;
        Tok.Comments.emplace_back(T.substr(P + 1, E - P - 1));
        P = E;
      } else {
        break;
      }
    }
    Tok.Begin = static_cast<uint32_t>(P);
    Tok.LineStart = SawNewline && (P == 0 || T[P - 1] == '\n');
    if (P >= T.size()) {
      Tok.End = Tok.Begin;
      return Tok;
    }
    char C = T[P];
    if (std::isalpha(static_cast<unsigned char>(C)) || C == '_') {
      size_t E = P;
      while (E < T.size() && (std::isalnum(static_cast<unsigned char>(T[E])) || T[E] == '_'))
        ++E;
      Tok.K = Token::Kind::Name;
      Tok.Text = std::string(T.substr(P, E - P));
      P = E;
    } else if (std::isdigit(static_cast<unsigned char>(C)) || C == '-') {
      size_t E = P + 1;
      while (E < T.size() && (std::isalnum(static_cast<unsigned char>(T[E])) || T[E] == '.' ||
                              T[E] == '+' || T[E] == '-'))
        ++E;
      Tok.K = Token::Kind::Number;
      Tok.Text = std::string(T.substr(P, E - P));
      P = E;
    } else if (C == '"') {
      Tok.K = Token::Kind::String;
      if (T.substr(P, 3) == R"(""")") {
        size_t E = P + 3;
        while (E < T.size() && T.substr(E, 3) != R"(""")")
          E += (T[E] == '\\' && T.substr(E, 4) == R"(\""")") ? 4 : 1;
        if (E >= T.size()) {
          Err = "unterminated block string";
          return Tok;
        }
        Tok.Text = std::string(T.substr(P + 3, E - P - 3));
        P = E + 3;
      } else {
        size_t E = P + 1;
        while (E < T.size() && T[E] != '"' && T[E] != '\n') {
          if (T[E] == '\\')
            ++E;
          Tok.Text += T[E];
          ++E;
        }
        if (E >= T.size() || T[E] != '"') {
          Err = "unterminated string";
          return Tok;
        }
        P = E + 1;
      }
    } else if (T.substr(P, 3) == "...") {
      Tok.K = Token::Kind::Punct;
      Tok.Text = "...";
      P += 3;
    } else if (std::string_view("!$&()=:@[]{}|").find(C) != std::string_view::npos) {
      Tok.K = Token::Kind::Punct;
      Tok.Text = std::string(1, C);
      ++P;
    } else {
      Err = std::string("unexpected character '") + C + "'";
      return Tok;
    }
    Tok.End = static_cast<uint32_t>(P);
    return Tok;
  }

private:
  std::string_view T;
  size_t P = 0;
};

class Parser {
public:
  explicit Parser(std::string_view Text) : L(Text) { advance(); }

  GqlDocument run() {
    while (Tok.K != Token::Kind::End) {
      size_t Before = Doc.Defs.size();
      if (!definition()) {
        Doc.Defs.resize(Before);
        recover();
      }
    }
    return std::move(Doc);
  }

private:
  Lexer L;
  Token Tok;
  GqlDocument Doc;
  bool Failed = false;

  void advance() {
    std::string Err;
    Tok = L.next(Err);
    if (!Err.empty()) {
      fail(Err, Tok.Begin);
      Tok.K = Token::Kind::End;
    }
  }

  bool fail(const std::string &Msg, uint32_t At) {
    if (!Failed)
      Doc.Errors.push_back({At, Msg});
    Failed = true;
    return false;
  }

  std::string found() const {
    if (Tok.K == Token::Kind::End)
      return "the end of the file";
    if (Tok.K == Token::Kind::String)
      return "a string";
    return "'" + Tok.Text + "'";
  }

  bool expected(const std::string &What) {
    return fail("expected " + What + ", found " + found(), Tok.Begin);
  }

  bool isPunct(const char *P) const { return Tok.K == Token::Kind::Punct && Tok.Text == P; }
  bool isName(const char *N) const { return Tok.K == Token::Kind::Name && Tok.Text == N; }

  bool eat(const char *P) {
    if (!isPunct(P))
      return false;
    advance();
    return true;
  }

  // Skips to the next definition keyword at the start of a line.
  void recover() {
    static const char *const Keywords[] = {
        "type",   "extend",    "interface", "input",    "enum",         "union",   "scalar",
        "schema", "directive", "query",     "mutation", "subscription", "fragment"};
    Failed = false;
    advance();
    while (Tok.K != Token::Kind::End) {
      if (Tok.LineStart && (Tok.K == Token::Kind::String || Tok.K == Token::Kind::Name))
        for (const char *K : Keywords)
          if (Tok.K == Token::Kind::String || Tok.Text == K)
            return;
      advance();
    }
  }

  bool name(std::string &Out, uint32_t *Begin = nullptr, uint32_t *End = nullptr) {
    if (Tok.K != Token::Kind::Name)
      return expected("a name");
    Out = Tok.Text;
    if (Begin)
      *Begin = Tok.Begin;
    if (End)
      *End = Tok.End;
    advance();
    return true;
  }

  bool value(GqlValue &V, unsigned Depth = 0) {
    if (Depth > 64)
      return fail("values nested too deeply", Tok.Begin);
    if (eat("$")) {
      std::string N;
      return name(N);
    }
    if (eat("[")) {
      V.K = GqlValue::Kind::List;
      while (!isPunct("]")) {
        if (Tok.K == Token::Kind::End)
          return expected("']'");
        V.Items.emplace_back();
        if (!value(V.Items.back(), Depth + 1))
          return false;
      }
      advance();
      return true;
    }
    if (eat("{")) {
      V.K = GqlValue::Kind::Object;
      while (!isPunct("}")) {
        std::string K;
        if (!name(K))
          return false;
        if (!eat(":"))
          return expected("':'");
        V.Keys.push_back(K);
        V.Items.emplace_back();
        if (!value(V.Items.back(), Depth + 1))
          return false;
      }
      advance();
      return true;
    }
    if (Tok.K == Token::Kind::Name || Tok.K == Token::Kind::Number ||
        Tok.K == Token::Kind::String) {
      V.Text = Tok.Text;
      advance();
      return true;
    }
    return expected("a value");
  }

  bool directives(std::vector<GqlDirective> &Out) {
    while (isPunct("@")) {
      GqlDirective D;
      D.Begin = Tok.Begin;
      advance();
      D.End = Tok.End;
      if (!name(D.Name))
        return false;
      if (eat("(")) {
        while (!isPunct(")")) {
          std::string N;
          if (!name(N))
            return false;
          if (!eat(":"))
            return expected("':'");
          D.ArgNames.push_back(N);
          D.ArgValues.emplace_back();
          if (!value(D.ArgValues.back()))
            return false;
        }
        D.End = Tok.End;
        advance();
      }
      Out.push_back(std::move(D));
    }
    return true;
  }

  bool type(GqlType &T, unsigned Depth = 0) {
    if (Depth > 16)
      return fail("list types nested too deeply", Tok.Begin);
    if (eat("[")) {
      GqlType Inner;
      if (!type(Inner, Depth + 1))
        return false;
      if (!eat("]"))
        return expected("']'");
      T.Text = "[" + Inner.Text + "]";
      T.Named = Inner.Named;
    } else {
      if (!name(T.Named))
        return false;
      T.Text = T.Named;
    }
    if (eat("!"))
      T.Text += "!";
    return true;
  }

  std::string description() {
    if (Tok.K != Token::Kind::String)
      return {};
    std::string D = Tok.Text;
    advance();
    return D;
  }

  // ( name: Type = default @dirs ... ): arguments are inputs, not fields.
  bool arguments() {
    if (!eat("("))
      return true;
    while (!isPunct(")")) {
      description();
      std::string N;
      if (!name(N))
        return false;
      if (!eat(":"))
        return expected("':' after argument '" + N + "'");
      GqlType T;
      if (!type(T))
        return false;
      if (eat("=")) {
        GqlValue V;
        if (!value(V))
          return false;
      }
      std::vector<GqlDirective> Ds;
      if (!directives(Ds))
        return false;
    }
    advance();
    return true;
  }

  bool fields(GqlTypeDef &D, bool Input) {
    if (!isPunct("{"))
      return true; // extensions may add only directives or interfaces
    advance();
    while (!isPunct("}")) {
      if (Tok.K == Token::Kind::End)
        return expected("'}'");
      GqlField F;
      F.Comments = Tok.Comments;
      F.Description = description();
      if (!name(F.Name, &F.Begin, &F.End))
        return false;
      if (!Input && !arguments())
        return false;
      if (!eat(":"))
        return expected("':' after field '" + F.Name + "'");
      if (!type(F.Type))
        return false;
      if (Input && eat("=")) {
        GqlValue V;
        if (!value(V))
          return false;
      }
      if (!directives(F.Directives))
        return false;
      D.Fields.push_back(std::move(F));
    }
    advance();
    return true;
  }

  // Skips a balanced { ... } (executable definitions).
  bool skipBlock() {
    int Depth = 0;
    while (Tok.K != Token::Kind::End) {
      if (isPunct("{"))
        ++Depth;
      else if (isPunct("}") && --Depth == 0) {
        advance();
        return true;
      }
      advance();
    }
    return expected("'}'");
  }

  bool definition() {
    std::string Desc = description();
    bool Extension = false;
    if (isName("extend")) {
      Extension = true;
      advance();
    }
    if (Tok.K == Token::Kind::Punct && Tok.Text == "{")
      return skipBlock(); // an anonymous query
    if (Tok.K != Token::Kind::Name)
      return expected("a definition");
    std::string Kw = Tok.Text;
    if (!Extension &&
        (Kw == "query" || Kw == "mutation" || Kw == "subscription" || Kw == "fragment")) {
      while (Tok.K != Token::Kind::End && !isPunct("{"))
        advance();
      return skipBlock();
    }
    if (Kw == "directive") {
      advance();
      if (!eat("@"))
        return expected("'@'");
      std::string N;
      if (!name(N) || !arguments())
        return false;
      if (isName("repeatable"))
        advance();
      if (!isName("on"))
        return expected("'on'");
      advance();
      eat("|");
      std::string Loc;
      if (!name(Loc))
        return false;
      while (eat("|"))
        if (!name(Loc))
          return false;
      return true;
    }
    GqlTypeDef D;
    D.Extension = Extension;
    D.Description = Desc;
    if (Kw == "type")
      D.K = GqlTypeDef::Kind::Object;
    else if (Kw == "interface")
      D.K = GqlTypeDef::Kind::Interface;
    else if (Kw == "input")
      D.K = GqlTypeDef::Kind::Input;
    else if (Kw == "union")
      D.K = GqlTypeDef::Kind::Union;
    else if (Kw == "enum")
      D.K = GqlTypeDef::Kind::Enum;
    else if (Kw == "scalar")
      D.K = GqlTypeDef::Kind::Scalar;
    else if (Kw == "schema")
      D.K = GqlTypeDef::Kind::Schema;
    else
      return expected("a definition ('type', 'interface', 'input', 'enum', 'union', 'scalar', "
                      "'schema', 'directive', 'extend')");
    advance();
    if (D.K == GqlTypeDef::Kind::Schema) {
      if (!directives(D.Directives))
        return false;
      if (eat("{")) {
        while (!isPunct("}")) {
          std::string Op, T;
          if (!name(Op))
            return false;
          if (!eat(":"))
            return expected("':'");
          if (!name(T))
            return false;
          D.RootTypes.emplace_back(Op, T);
        }
        advance();
      }
      Doc.Defs.push_back(std::move(D));
      return true;
    }
    if (!name(D.Name, &D.Begin, &D.End))
      return false;
    if (isName("implements")) {
      advance();
      eat("&");
      std::string I;
      if (!name(I))
        return false;
      D.Implements.push_back(I);
      while (eat("&") || (Tok.K == Token::Kind::Name && !isPunct("{"))) {
        if (Tok.K != Token::Kind::Name)
          return expected("an interface name");
        if (Tok.LineStart)
          break; // the next definition
        D.Implements.push_back(Tok.Text);
        advance();
      }
    }
    if (!directives(D.Directives))
      return false;
    switch (D.K) {
    case GqlTypeDef::Kind::Object:
    case GqlTypeDef::Kind::Interface:
      if (!fields(D, false))
        return false;
      break;
    case GqlTypeDef::Kind::Input:
      if (!fields(D, true))
        return false;
      break;
    case GqlTypeDef::Kind::Union:
      if (eat("=")) {
        eat("|");
        std::string M;
        if (!name(M))
          return false;
        D.Members.push_back(M);
        while (eat("|")) {
          if (!name(M))
            return false;
          D.Members.push_back(M);
        }
      }
      break;
    case GqlTypeDef::Kind::Enum:
      if (eat("{")) {
        while (!isPunct("}")) {
          description();
          std::string V;
          if (!name(V))
            return false;
          std::vector<GqlDirective> Ds;
          if (!directives(Ds))
            return false;
        }
        advance();
      }
      break;
    default:
      break;
    }
    Doc.Defs.push_back(std::move(D));
    return true;
  }
};

} // namespace

GqlDocument parseGraphQl(std::string_view Text) { return Parser(Text).run(); }

} // namespace privlint
