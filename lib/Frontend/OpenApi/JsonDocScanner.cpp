// A small JSON parser (RFC 8259) that keeps byte offsets: nlohmann's and
// simdjson's trees forget where a value was written.
#include "Frontend/OpenApi/DocTree.h"

#include "Support/Utf8.h"

#include <cctype>

namespace privlint {

namespace {

class JsonScanner {
public:
  JsonScanner(std::string_view Text, size_t Start, DocError &Err) : T(Text), Err(Err), P(Start) {}

  std::optional<DocNode> document() {
    DocNode Root;
    skipSpace();
    if (!value(Root, 0))
      return std::nullopt;
    skipSpace();
    if (P < T.size()) {
      fail("malformed JSON: unexpected text after the document");
      return std::nullopt;
    }
    return Root;
  }

private:
  std::string_view T;
  DocError &Err;
  size_t P = 0;

  bool fail(std::string Msg) {
    Err = {static_cast<uint32_t>(P), std::move(Msg)};
    return false;
  }

  void skipSpace() {
    while (P < T.size() && (T[P] == ' ' || T[P] == '\t' || T[P] == '\n' || T[P] == '\r'))
      ++P;
  }

  bool hex4(uint32_t &C) {
    if (P + 4 > T.size())
      return false;
    C = 0;
    for (int I = 0; I < 4; ++I) {
      char H = T[P++];
      C <<= 4;
      if (H >= '0' && H <= '9')
        C |= static_cast<uint32_t>(H - '0');
      else if (H >= 'a' && H <= 'f')
        C |= static_cast<uint32_t>(H - 'a' + 10);
      else if (H >= 'A' && H <= 'F')
        C |= static_cast<uint32_t>(H - 'A' + 10);
      else
        return false;
    }
    return true;
  }

  bool string(std::string &Out) {
    ++P; // the opening quote
    while (true) {
      if (P >= T.size())
        return fail("malformed JSON: unterminated string");
      char C = T[P];
      if (C == '"') {
        ++P;
        return true;
      }
      if (static_cast<unsigned char>(C) < 0x20)
        return fail("malformed JSON: control character in a string");
      if (C != '\\') {
        Out += C;
        ++P;
        continue;
      }
      size_t EscapeAt = P;
      if (++P >= T.size())
        return fail("malformed JSON: unterminated string");
      char E = T[P++];
      switch (E) {
      case '"':
        Out += '"';
        break;
      case '\\':
        Out += '\\';
        break;
      case '/':
        Out += '/';
        break;
      case 'b':
        Out += '\b';
        break;
      case 'f':
        Out += '\f';
        break;
      case 'n':
        Out += '\n';
        break;
      case 'r':
        Out += '\r';
        break;
      case 't':
        Out += '\t';
        break;
      case 'u': {
        uint32_t Code = 0;
        if (!hex4(Code)) {
          P = EscapeAt;
          return fail("malformed JSON: invalid \\u escape");
        }
        if (Code >= 0xD800 && Code < 0xDC00 && P + 1 < T.size() && T[P] == '\\' &&
            T[P + 1] == 'u') {
          size_t Save = P;
          P += 2;
          uint32_t Low = 0;
          if (hex4(Low) && Low >= 0xDC00 && Low < 0xE000)
            Code = 0x10000 + ((Code - 0xD800) << 10) + (Low - 0xDC00);
          else
            P = Save;
        }
        appendUtf8(Out, Code);
        break;
      }
      default:
        P = EscapeAt;
        return fail("malformed JSON: invalid escape in a string");
      }
    }
  }

  bool value(DocNode &N, unsigned Depth) {
    if (Depth > 512)
      return fail("malformed JSON: nested more than 512 levels deep");
    if (P >= T.size())
      return fail("malformed JSON: expected a value");
    N.Begin = static_cast<uint32_t>(P);
    char C = T[P];
    if (C == '{') {
      N.K = DocNode::Kind::Map;
      ++P;
      skipSpace();
      if (P < T.size() && T[P] == '}') {
        ++P;
        return true;
      }
      while (true) {
        skipSpace();
        if (P >= T.size() || T[P] != '"')
          return fail("malformed JSON: expected a string key");
        N.KeyBegin.push_back(static_cast<uint32_t>(P));
        N.Keys.emplace_back();
        if (!string(N.Keys.back()))
          return false;
        N.KeyEnd.push_back(static_cast<uint32_t>(P));
        skipSpace();
        if (P >= T.size() || T[P] != ':')
          return fail("malformed JSON: expected ':' after a key");
        ++P;
        skipSpace();
        N.Values.emplace_back();
        if (!value(N.Values.back(), Depth + 1))
          return false;
        skipSpace();
        if (P < T.size() && T[P] == ',') {
          ++P;
          continue;
        }
        if (P < T.size() && T[P] == '}') {
          ++P;
          return true;
        }
        return fail("malformed JSON: expected ',' or '}'");
      }
    }
    if (C == '[') {
      N.K = DocNode::Kind::Seq;
      ++P;
      skipSpace();
      if (P < T.size() && T[P] == ']') {
        ++P;
        return true;
      }
      while (true) {
        skipSpace();
        N.Values.emplace_back();
        if (!value(N.Values.back(), Depth + 1))
          return false;
        skipSpace();
        if (P < T.size() && T[P] == ',') {
          ++P;
          continue;
        }
        if (P < T.size() && T[P] == ']') {
          ++P;
          return true;
        }
        return fail("malformed JSON: expected ',' or ']'");
      }
    }
    if (C == '"') {
      N.K = DocNode::Kind::Scalar;
      if (!string(N.Text))
        return false;
      N.End = static_cast<uint32_t>(P);
      return true;
    }
    // true, false, null, numbers: the token as written.
    size_t Start = P;
    while (P < T.size() && (std::isalnum(static_cast<unsigned char>(T[P])) || T[P] == '-' ||
                            T[P] == '+' || T[P] == '.'))
      ++P;
    std::string_view Tok = T.substr(Start, P - Start);
    bool Number = !Tok.empty() && (Tok[0] == '-' || (Tok[0] >= '0' && Tok[0] <= '9'));
    if (Tok == "null") {
      N.K = DocNode::Kind::Null;
    } else if (Tok == "true" || Tok == "false" || Number) {
      N.K = DocNode::Kind::Scalar;
      N.Text = std::string(Tok);
    } else {
      P = Start;
      return fail("malformed JSON: expected a value");
    }
    N.End = static_cast<uint32_t>(P);
    return true;
  }
};

} // namespace

std::optional<DocNode> parseJsonDoc(std::string_view Text, DocError &Err) {
  // A UTF-8 byte order mark is tolerated (editors on Windows write one).
  size_t Skip = Text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  JsonScanner S(Text, Skip, Err);
  return S.document();
}

} // namespace privlint
