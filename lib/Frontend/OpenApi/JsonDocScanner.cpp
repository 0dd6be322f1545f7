// A small JSON parser (RFC 8259) that keeps byte offsets: nlohmann's and
// simdjson's trees forget where a value was written.
#include "Frontend/OpenApi/DocTree.h"

#include "Support/JsonEscape.h"

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
      switch (decodeJsonEscape(T, P, Out, P)) {
      case JsonEscape::Decoded:
        break;
      case JsonEscape::Truncated:
        ++P;
        return fail("malformed JSON: unterminated string");
      case JsonEscape::BadUnicode:
        return fail("malformed JSON: invalid \\u escape");
      case JsonEscape::BadEscape:
        return fail("malformed JSON: invalid escape in a string");
      }
    }
  }

  // The members of a map or the elements of a sequence, from its opening
  // bracket at P to its closing one (Close): Member() reads one, from its
  // first character, and returns false after a failure.
  template <class MemberFn> bool members(char Close, MemberFn Member) {
    ++P;
    skipSpace();
    if (P < T.size() && T[P] == Close) {
      ++P;
      return true;
    }
    while (true) {
      skipSpace();
      if (!Member())
        return false;
      skipSpace();
      if (P < T.size() && T[P] == ',') {
        ++P;
        continue;
      }
      if (P < T.size() && T[P] == Close) {
        ++P;
        return true;
      }
      return fail(std::string("malformed JSON: expected ',' or '") + Close + "'");
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
      return members('}', [&] {
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
        return value(N.Values.back(), Depth + 1);
      });
    }
    if (C == '[') {
      N.K = DocNode::Kind::Seq;
      return members(']', [&] {
        N.Values.emplace_back();
        return value(N.Values.back(), Depth + 1);
      });
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
