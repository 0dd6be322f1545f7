// JSON-RPC 2.0 over a byte stream with LSP's Content-Length framing. The
// reader never keeps more than MaxMessageBytes of one message: a larger body
// is read and dropped, and only its top-level "id" is kept so the request can
// be refused. The writer sends whole messages under a lock, so several
// threads can answer and publish.
#pragma once

#include "Lsp/Log.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>

namespace privlint::lsp {

using json = nlohmann::json;

constexpr size_t MaxMessageBytes = size_t(64) << 20;

/// JSON-RPC and LSP error codes.
enum ErrorCode : int {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  InternalError = -32603,
  ServerNotInitialized = -32002,
  RequestCancelled = -32800,
  ContentModified = -32801,
};

class MessageReader {
public:
  explicit MessageReader(int Fd, size_t Limit = MaxMessageBytes) : Fd(Fd), Limit(Limit) {}

  enum class Kind {
    Message,   // Body holds one message's bytes (not yet parsed)
    TooLarge,  // the body was over the limit and dropped; Id is its "id" if any
    BadHeader, // a header block without a usable Content-Length
    End,       // end of input or a read error: the client is gone
  };
  struct Item {
    Kind K = Kind::End;
    std::string Body;
    std::optional<json> Id;
  };

  /// Blocks for the next message.
  Item next();

private:
  bool fill();
  int Fd;
  size_t Limit;
  std::string Buf;
  size_t Pos = 0;
  bool Eof = false;
};

class MessageWriter {
public:
  explicit MessageWriter(int Fd) : Fd(Fd) {}
  /// Sends one message; false once the stream is broken (the client is gone).
  bool send(const json &Message);
  /// Sends bytes that are already one serialized message.
  bool sendRaw(const std::string &Body);
  bool broken() const;

private:
  int Fd;
  mutable std::mutex Mu;
  bool Broken = false;
};

/// The next message a client sends, parsed into a JSON object. What is not
/// one (a header without a usable Content-Length, a body over the size
/// limit, malformed JSON, a value that is no object) is answered on Out with
/// the JSON-RPC error, logged, and skipped. Nothing at the end of the input
/// (the client is gone). The standalone server and the clangd proxy read
/// their client through this.
std::optional<json> nextClientMessage(MessageReader &In, MessageWriter &Out, Log &L);

json makeResponse(const json &Id, json Result);
json makeError(const json &Id, int Code, const std::string &Message);
json makeNotification(const std::string &Method, json Params);
json makeRequest(const json &Id, const std::string &Method, json Params);
/// textDocument/publishDiagnostics for Uri; Version null: none is sent.
json makePublishDiagnostics(const std::string &Uri, const json &Version, json Diagnostics);

/// Members of a client's (or clangd's) message, which may be anything: the
/// member Key of Obj when Obj is an object holding one of the wanted type,
/// else Default (nlohmann's value() throws on a wrong type).
int64_t intMember(const json &Obj, const char *Key, int64_t Default);
bool boolMember(const json &Obj, const char *Key, bool Default);
std::string stringMember(const json &Obj, const char *Key, const std::string &Default);
/// The member Key of Obj when it is an object, else an empty object.
const json &objectMember(const json &Obj, const char *Key);
/// params.textDocument.uri, or "" when there is none.
std::string documentUri(const json &Params);

/// Serialises a message; invalid UTF-8 in strings becomes U+FFFD.
std::string serialize(const json &Message);

} // namespace privlint::lsp
