// `privlint lsp`: the language server. The reading thread keeps the open
// documents and answers requests; one worker thread re-lints after a pause
// in the edits (debounce) with the engine over a Workspace that holds the
// buffers, the read dependencies between files and the context cache for
// the whole session. A run whose documents changed meanwhile is cancelled
// and its results dropped.
#pragma once

#include "Lsp/Log.h"
#include "Lsp/Text.h"
#include "Lsp/Transport.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace privlint::lsp {

struct ServerOptions {
  std::string Config;             // --config
  std::string Baseline;           // --baseline
  std::string CompileCommandsDir; // -p (else found upward from each C++ file)
  std::vector<std::string> CompilerArgs;
  bool HaveCompilerArgs = false;
  unsigned DebounceMs = 200;
  unsigned Jobs = 0;
};

/// What a published diagnostic came from: code actions are built from it.
struct DiagnosticRecord {
  std::string Rule, Path, Entity, Field, Category;
  std::string Attribute; // the field as the model declares it (Field is its column)
  uint32_t Line = 0;     // 1-based line of the diagnostic in Path
  nlohmann::json Range;
  nlohmann::json Diagnostic;
};

class Server {
public:
  /// Publish(uri, version or null, diagnostics): where diagnostics go (the
  /// client, or the clangd proxy's merge).
  using PublishFn = std::function<void(const std::string &, const json &, json)>;
  /// Sends a message to the client.
  using SendFn = std::function<bool(const json &)>;

  Server(ServerOptions Opts, Log &L, SendFn Send, PublishFn Publish);
  ~Server();

  /// The initialize result (capabilities, encoding); starts the worker.
  json initialize(const json &Params);
  /// Forces one encoding (the proxy agrees on one with clangd first).
  void setEncoding(Encoding E) { Enc = E; }
  Encoding encoding() const { return Enc; }
  /// The capabilities privlint adds to another server's.
  json capabilities() const;

  /// Document and workspace notifications; false for a method it does not
  /// handle.
  bool notify(const std::string &Method, const json &Params);
  /// textDocument/codeAction: privlint's actions for the range.
  json codeActions(const json &Params);
  /// The file watchers to register with the client after `initialized`
  /// (client/registerCapability params), or null when the client cannot.
  json watcherRegistration() const;
  /// Stops the worker (shutdown).
  void stop();
  /// Whether Uri names a document privlint analyses (a file: URI).
  bool isOpen(const std::string &Uri) const;

  /// Runs the standalone server on In/Out until exit; returns the exit code.
  static int runStdio(ServerOptions Opts, Log &L, int InFd, int OutFd);

private:
  struct Document {
    std::string Uri, Path, Text;
    int64_t Version = 0;
  };
  void schedule(const std::string &Path, bool All);
  void workerLoop();
  void lintOnce();
  std::string compileDirFor(const std::string &Path) const;

  ServerOptions Opts;
  Log &L;
  SendFn Send;
  PublishFn Publish;
  Encoding Enc = Encoding::Utf16;
  bool WatchersDynamic = false;

  mutable std::mutex Mu;
  std::condition_variable Cv;
  std::map<std::string, Document> Docs; // by normalized path
  std::set<std::string> Dirty;          // changed paths (open or on disk)
  bool RelintAll = false;
  std::chrono::steady_clock::time_point Due;
  bool Stopping = false;
  std::set<std::string> Running; // paths of the run in progress
  std::atomic<bool> Cancel{false};
  std::map<std::string, std::vector<DiagnosticRecord>> Published; // by path
  std::string LastConfigError;

  struct WorkerState;
  std::unique_ptr<WorkerState> State; // owned by the worker thread
  std::thread Worker;
};

/// The standalone server's handling of one client message (the JSON-RPC
/// envelope, initialize and shutdown, requests and notifications), apart from
/// its transport so it can be driven without a process of its own.
class StdioSession {
public:
  StdioSession(Server &S, MessageWriter &Out) : S(S), Out(Out) {}
  /// Answers M on Out; the exit code when M ends the session (exit).
  std::optional<int> handle(json M);
  bool shutDown() const { return ShutDown; }

private:
  Server &S;
  MessageWriter &Out;
  bool Initialized = false, ShutDown = false;
  int RequestId = 0;
};

} // namespace privlint::lsp
