#include "Lsp/Transport.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace privlint::lsp {

namespace {

// Finds the top-level "id" of a JSON object while its bytes stream past,
// without keeping them: a string and a depth tracker, and the text of a
// value that follows the key "id" at depth 1 (bounded).
class TopLevelIdScanner {
public:
  void feed(const char *P, size_t N) {
    for (size_t I = 0; I < N; ++I)
      step(P[I]);
  }
  std::optional<json> id() const {
    if (!Found)
      return std::nullopt;
    json V = json::parse(Value, nullptr, false);
    if (V.is_number_integer() || V.is_string())
      return V;
    return std::nullopt;
  }

private:
  void step(char C) {
    if (Capturing) {
      bool Quoted = !Value.empty() && Value[0] == '"';
      if (Value.empty() && (C == ' ' || C == '\t' || C == '\n' || C == '\r'))
        return;
      if (Quoted) {
        Value.push_back(C);
        if (C == '"' && !ValueEscape && Value.size() > 1) {
          Capturing = false;
          Found = true;
        }
        ValueEscape = !ValueEscape && C == '\\';
        if (Value.size() > 1024)
          Capturing = false;
        return;
      }
      if (C != ',' && C != '}' && C != ']' && C != ' ' && C != '\t' && C != '\n' && C != '\r') {
        Value.push_back(C);
        if (Value.size() > 1024)
          Capturing = false;
        if (C == '"' && Value.size() == 1)
          ValueEscape = false;
        return;
      }
      Capturing = false;
      Found = true; // the end of a bare value also counts for the structure below
    }
    if (InString) {
      if (Escape) {
        Escape = false;
      } else if (C == '\\') {
        Escape = true;
      } else if (C == '"') {
        InString = false;
        if (Depth == 1 && ExpectKey)
          LastKey = Key, KeyClosed = true;
      } else if (Depth == 1 && ExpectKey && Key.size() < 8) {
        Key.push_back(C);
      }
      return;
    }
    switch (C) {
    case '"':
      InString = true;
      Key.clear();
      break;
    case '{':
    case '[':
      ++Depth;
      ExpectKey = Depth == 1 && C == '{';
      break;
    case '}':
    case ']':
      --Depth;
      ExpectKey = false;
      break;
    case ',':
      ExpectKey = Depth == 1;
      KeyClosed = false;
      break;
    case ':':
      if (Depth == 1 && KeyClosed && LastKey == "id" && !Found) {
        Capturing = true;
        Value.clear();
        ValueEscape = false;
      }
      ExpectKey = false;
      KeyClosed = false;
      break;
    default:
      break;
    }
  }

  bool Capturing = false;
  int Depth = 0;
  bool InString = false, Escape = false, ExpectKey = false, KeyClosed = false;
  bool Found = false, ValueEscape = false;
  std::string Key, LastKey, Value;
};

std::string lower(std::string S) {
  for (char &C : S)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return S;
}

} // namespace

bool MessageReader::fill() {
  if (Eof)
    return false;
  if (Pos > 0 && Pos == Buf.size()) {
    Buf.clear();
    Pos = 0;
  } else if (Pos > (1u << 20)) {
    Buf.erase(0, Pos);
    Pos = 0;
  }
  char Chunk[1 << 16];
  for (;;) {
    ssize_t N = ::read(Fd, Chunk, sizeof Chunk);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0) {
      Eof = true;
      return false;
    }
    Buf.append(Chunk, static_cast<size_t>(N));
    return true;
  }
}

MessageReader::Item MessageReader::next() {
  // Header block: lines up to an empty line ("\r\n", or a bare "\n").
  std::optional<size_t> Length;
  bool BadLength = false;
  size_t HeaderBytes = 0;
  for (;;) {
    size_t Nl = Buf.find('\n', Pos);
    if (Nl == std::string::npos) {
      if (Buf.size() - Pos > 65536) { // a header line this long is no header
        Pos = Buf.size();
        return {Kind::BadHeader, {}, {}};
      }
      if (!fill())
        return {Kind::End, {}, {}};
      continue;
    }
    std::string Line = Buf.substr(Pos, Nl - Pos);
    Pos = Nl + 1;
    HeaderBytes += Line.size() + 1;
    if (!Line.empty() && Line.back() == '\r')
      Line.pop_back();
    if (Line.empty()) {
      if (HeaderBytes <= 2 && !Length)
        continue; // stray blank lines between messages
      break;
    }
    size_t Colon = Line.find(':');
    if (Colon == std::string::npos)
      continue;
    if (lower(Line.substr(0, Colon)) != "content-length")
      continue;
    std::string V = Line.substr(Colon + 1);
    size_t B = V.find_first_not_of(" \t");
    V = B == std::string::npos ? "" : V.substr(B);
    char *End = nullptr;
    errno = 0;
    unsigned long long N = std::strtoull(V.c_str(), &End, 10);
    if (V.empty() || !End || (*End && *End != ' ' && *End != '\t') || errno || V[0] == '-') {
      BadLength = true;
      continue;
    }
    Length = static_cast<size_t>(N);
  }
  if (!Length || BadLength)
    return {Kind::BadHeader, {}, {}};
  if (*Length <= Limit) {
    while (Buf.size() - Pos < *Length)
      if (!fill())
        return {Kind::End, {}, {}};
    Item It{Kind::Message, Buf.substr(Pos, *Length), {}};
    Pos += *Length;
    return It;
  }
  // Too large: stream it past, remembering only its id.
  TopLevelIdScanner Scan;
  size_t Left = *Length;
  for (;;) {
    size_t Have = std::min(Left, Buf.size() - Pos);
    Scan.feed(Buf.data() + Pos, Have);
    Pos += Have;
    Left -= Have;
    if (Left == 0)
      break;
    if (!fill())
      return {Kind::End, {}, {}};
  }
  return {Kind::TooLarge, {}, Scan.id()};
}

std::string serialize(const json &Message) {
  return Message.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool MessageWriter::sendRaw(const std::string &Body) {
  std::string Out = "Content-Length: " + std::to_string(Body.size()) + "\r\n\r\n" + Body;
  std::lock_guard<std::mutex> Lock(Mu);
  if (Broken)
    return false;
  const char *P = Out.data();
  size_t Left = Out.size();
  while (Left) {
    ssize_t N = ::write(Fd, P, Left);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0) {
      Broken = true;
      return false;
    }
    P += N;
    Left -= static_cast<size_t>(N);
  }
  return true;
}

bool MessageWriter::send(const json &Message) { return sendRaw(serialize(Message)); }

bool MessageWriter::broken() const {
  std::lock_guard<std::mutex> Lock(Mu);
  return Broken;
}

std::optional<json> nextClientMessage(MessageReader &In, MessageWriter &Out, Log &L) {
  for (;;) {
    MessageReader::Item It = In.next();
    switch (It.K) {
    case MessageReader::Kind::End:
      return std::nullopt;
    case MessageReader::Kind::BadHeader:
      L.line("a message without a valid Content-Length header");
      Out.send(makeError(nullptr, ParseError, "missing or invalid Content-Length header"));
      continue;
    case MessageReader::Kind::TooLarge:
      L.line("dropped a message over 64 MiB");
      if (It.Id)
        Out.send(makeError(*It.Id, InvalidRequest, "message larger than 64 MiB; dropped"));
      continue;
    case MessageReader::Kind::Message:
      break;
    }
    json M = json::parse(It.Body, nullptr, false);
    if (M.is_discarded()) {
      L.line("malformed JSON");
      Out.send(makeError(nullptr, ParseError, "parse error: malformed JSON"));
      continue;
    }
    if (!M.is_object()) {
      Out.send(makeError(nullptr, InvalidRequest, "invalid request"));
      continue;
    }
    return M;
  }
}

json makeResponse(const json &Id, json Result) {
  return json{{"jsonrpc", "2.0"}, {"id", Id}, {"result", std::move(Result)}};
}

json makeError(const json &Id, int Code, const std::string &Message) {
  return json{{"jsonrpc", "2.0"}, {"id", Id}, {"error", {{"code", Code}, {"message", Message}}}};
}

json makeNotification(const std::string &Method, json Params) {
  return json{{"jsonrpc", "2.0"}, {"method", Method}, {"params", std::move(Params)}};
}

json makeRequest(const json &Id, const std::string &Method, json Params) {
  return json{{"jsonrpc", "2.0"}, {"id", Id}, {"method", Method}, {"params", std::move(Params)}};
}

json makePublishDiagnostics(const std::string &Uri, const json &Version, json Diagnostics) {
  json P = {{"uri", Uri}, {"diagnostics", std::move(Diagnostics)}};
  if (!Version.is_null())
    P["version"] = Version;
  return makeNotification("textDocument/publishDiagnostics", std::move(P));
}

namespace {
const json *member(const json &Obj, const char *Key) {
  if (!Obj.is_object())
    return nullptr;
  auto It = Obj.find(Key);
  return It == Obj.end() ? nullptr : &*It;
}
} // namespace

int64_t intMember(const json &Obj, const char *Key, int64_t Default) {
  const json *M = member(Obj, Key);
  if (M && M->is_number_unsigned()) // may be above INT64_MAX
    return static_cast<int64_t>(std::min<uint64_t>(M->get<uint64_t>(), INT64_MAX));
  if (M && M->is_number_integer())
    return M->get<int64_t>();
  return Default;
}

bool boolMember(const json &Obj, const char *Key, bool Default) {
  const json *M = member(Obj, Key);
  return M && M->is_boolean() ? M->get<bool>() : Default;
}

std::string stringMember(const json &Obj, const char *Key, const std::string &Default) {
  const json *M = member(Obj, Key);
  return M && M->is_string() ? M->get<std::string>() : Default;
}

const json &objectMember(const json &Obj, const char *Key) {
  static const json Empty = json::object();
  const json *M = member(Obj, Key);
  return M && M->is_object() ? *M : Empty;
}

std::string documentUri(const json &Params) {
  return stringMember(objectMember(Params, "textDocument"), "uri", "");
}

} // namespace privlint::lsp
