#include "Lsp/ClangdProxy.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace privlint::lsp {

namespace {

// The files clangd reads: C, C++, Objective-C and their headers.
bool isClangdFile(const std::string &Uri, const std::string &LanguageId) {
  if (LanguageId == "c" || LanguageId == "cpp" || LanguageId == "objective-c" ||
      LanguageId == "objective-cpp" || LanguageId == "cuda-cpp")
    return true;
  auto Path = uriToPath(Uri);
  if (!Path)
    return false;
  std::string Ext = fs::path(*Path).extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  static const std::set<std::string> Exts = {".c",  ".h",   ".cc",  ".cpp", ".cxx", ".c++",
                                             ".hh", ".hpp", ".hxx", ".h++", ".ipp", ".inl",
                                             ".m",  ".mm",  ".cu",  ".cuh", ".tcc"};
  return Exts.contains(Ext);
}

struct Child {
  pid_t Pid = -1;
  int In = -1, Out = -1; // its standard input (we write), output (we read)
};

// Starts clangd with pipes on its standard input and output; its standard
// error is ours (passed through).
bool startChild(const std::string &Program, const std::vector<std::string> &Args, Child &C,
                std::string &Error) {
  int ToChild[2], FromChild[2], Status[2];
  if (pipe2(ToChild, O_CLOEXEC) || pipe2(FromChild, O_CLOEXEC) || pipe2(Status, O_CLOEXEC)) {
    Error = std::strerror(errno);
    return false;
  }
  std::vector<std::string> Argv = {Program};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::vector<char *> CArgv;
  for (auto &A : Argv)
    CArgv.push_back(A.data());
  CArgv.push_back(nullptr);
  pid_t Pid = fork();
  if (Pid < 0) {
    Error = std::strerror(errno);
    return false;
  }
  if (Pid == 0) {
    dup2(ToChild[0], STDIN_FILENO);
    dup2(FromChild[1], STDOUT_FILENO);
    std::signal(SIGPIPE, SIG_DFL);
    execvp(Program.c_str(), CArgv.data());
    int E = errno;
    ssize_t Ignored = write(Status[1], &E, sizeof E);
    (void)Ignored;
    _exit(127);
  }
  close(ToChild[0]);
  close(FromChild[1]);
  close(Status[1]);
  int E = 0;
  ssize_t N;
  while ((N = read(Status[0], &E, sizeof E)) < 0 && errno == EINTR)
    ;
  close(Status[0]);
  if (N == sizeof E) {
    waitpid(Pid, nullptr, 0);
    close(ToChild[1]);
    close(FromChild[0]);
    Error = "cannot run '" + Program + "': " + std::strerror(E);
    return false;
  }
  C.Pid = Pid;
  C.In = ToChild[1];
  C.Out = FromChild[0];
  return true;
}

class Proxy {
public:
  Proxy(ServerOptions Opts, Log &L, int InFd, int OutFd, Child C)
      : L(L), ClientIn(InFd), ClientOut(OutFd), Clangd(C), ClangdIn(C.Out), ClangdOut(C.In),
        S(
            std::move(Opts), L, [this](const json &M) { return ClientOut.send(M); },
            [this](const std::string &Uri, const json &Version, json Diags) {
              publishOwn(Uri, Version, std::move(Diags));
            }) {}

  int run();

private:
  void clangdLoop();
  void fromClient(json M);
  void fromClangd(json M);
  void publishMerged(const std::string &Uri);
  void publishOwn(const std::string &Uri, const json &Version, json Diags);
  [[noreturn]] void exitNow(int Code);
  bool clangdFile(const std::string &Uri) {
    std::lock_guard<std::mutex> Lock(Mu);
    auto It = Languages.find(Uri);
    return isClangdFile(Uri, It == Languages.end() ? "" : It->second);
  }

  Log &L;
  MessageReader ClientIn;
  MessageWriter ClientOut;
  Child Clangd;
  MessageReader ClangdIn;
  MessageWriter ClangdOut;
  Server S;

  std::mutex Mu;
  std::map<std::string, std::string> Languages; // uri -> languageId of open documents
  json InitializeId;                            // the client's initialize request
  json InitializeParams;
  json ShutdownId;
  bool ShutdownRequested = false, Exiting = false;
  std::map<std::string, json> PendingActions;   // dump(id) -> the request's params
  std::map<std::string, json> ClangdRequestIds; // our id -> clangd's id
  int NextOwnId = 0;
  // Per URI: clangd's latest diagnostics (and version), privlint's latest.
  std::map<std::string, json> ClangdDiags, OwnDiags, Versions;
};

void Proxy::exitNow(int Code) {
  // clangd is reaped only with Mu held, in the same step that sets its Pid
  // to -1 (here or in clangdLoop), so a Pid above 0 read under Mu is a
  // process that has not been reaped: alive or a zombie, never a pid the
  // system gave to another process, and never -1 (kill(-1) signals every
  // process the user may signal: with the reader thread reaping clangd
  // between this function's checks, an exit killed every process of the
  // user, CI included).
  std::unique_lock<std::mutex> Lock(Mu);
  if (Clangd.Pid > 0) {
    close(Clangd.In);
    // clangd exits on end of input; give it a moment, then stop it.
    for (int I = 0; I < 50 && Clangd.Pid > 0; ++I) {
      siginfo_t Info{};
      if (waitid(P_PID, static_cast<id_t>(Clangd.Pid), &Info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
          Info.si_pid == Clangd.Pid) {
        waitpid(Clangd.Pid, nullptr, 0);
        Clangd.Pid = -1;
        break;
      }
      Lock.unlock();
      usleep(20000);
      Lock.lock();
    }
    if (Clangd.Pid > 0) {
      kill(Clangd.Pid, SIGKILL);
      waitpid(Clangd.Pid, nullptr, 0);
      Clangd.Pid = -1;
    }
  }
  std::_Exit(Code);
}

void Proxy::publishMerged(const std::string &Uri) {
  // Called with Mu held. clangd's latest set, then privlint's.
  json Diags = json::array();
  auto C = ClangdDiags.find(Uri);
  if (C != ClangdDiags.end())
    for (const auto &D : C->second)
      Diags.push_back(D);
  auto O = OwnDiags.find(Uri);
  if (O != OwnDiags.end())
    for (const auto &D : O->second)
      Diags.push_back(D);
  auto V = Versions.find(Uri);
  ClientOut.send(makePublishDiagnostics(Uri, V != Versions.end() ? V->second : json(nullptr),
                                        std::move(Diags)));
}

void Proxy::publishOwn(const std::string &Uri, const json &Version, json Diags) {
  std::lock_guard<std::mutex> Lock(Mu);
  OwnDiags[Uri] = std::move(Diags);
  if (!Version.is_null())
    Versions[Uri] = Version;
  publishMerged(Uri);
}

void Proxy::clangdLoop() {
  for (;;) {
    MessageReader::Item It = ClangdIn.next();
    if (It.K == MessageReader::Kind::End) {
      // Wait for clangd to end without reaping it (WNOWAIT: its pid stays
      // its own), then reap it under Mu, as exitNow() does.
      pid_t Pid;
      {
        std::lock_guard<std::mutex> Lock(Mu);
        Pid = Clangd.Pid;
      }
      if (Pid > 0) {
        siginfo_t Info{};
        while (waitid(P_PID, static_cast<id_t>(Pid), &Info, WEXITED | WNOWAIT) < 0 &&
               errno == EINTR)
          ;
      }
      int Status = 0;
      bool Expected;
      {
        std::lock_guard<std::mutex> Lock(Mu);
        Expected = Exiting || ShutdownRequested || Clangd.Pid <= 0;
        if (Clangd.Pid > 0)
          waitpid(Clangd.Pid, &Status, 0);
        Clangd.Pid = -1;
      }
      if (Expected)
        return;
      std::string How = WIFSIGNALED(Status)
                            ? "was killed by signal " + std::to_string(WTERMSIG(Status))
                            : "exited with status " + std::to_string(WEXITSTATUS(Status));
      L.line("clangd " + How + "; exiting");
      ClientOut.send(makeNotification(
          "window/showMessage", {{"type", 1},
                                 {"message", "privlint: clangd " + How +
                                                 "; the language server stops (the editor may "
                                                 "restart it)"}}));
      exitNow(1);
    }
    if (It.K != MessageReader::Kind::Message) {
      L.line("clangd wrote a message privlint cannot read; dropped");
      continue;
    }
    json M = json::parse(It.Body, nullptr, false);
    if (M.is_discarded() || !M.is_object()) {
      L.line("clangd wrote malformed JSON; dropped");
      continue;
    }
    fromClangd(std::move(M));
  }
}

void Proxy::fromClangd(json M) {
  bool HasMethod = M.contains("method") && M["method"].is_string();
  bool HasId = M.contains("id");
  if (!HasMethod && HasId) { // a response
    const json &Id = M["id"];
    std::unique_lock<std::mutex> Lock(Mu);
    if (!InitializeId.is_null() && Id == InitializeId) {
      InitializeId = nullptr;
      json Params = InitializeParams;
      Lock.unlock();
      if (M.contains("result") && M["result"].is_object()) {
        json &Result = M["result"];
        json &Caps = Result["capabilities"];
        if (!Caps.is_object())
          Caps = json::object();
        // One encoding for the client, clangd and privlint: clangd's choice
        // (it picked among the client's offers).
        std::string Enc = stringMember(Caps, "positionEncoding",
                                       stringMember(Result, "offsetEncoding", "utf-16"));
        S.initialize(Params);
        S.setEncoding(Enc == "utf-8" ? Encoding::Utf8 : Encoding::Utf16);
        json Own = S.capabilities();
        if (!Caps.contains("textDocumentSync") || !Caps["textDocumentSync"].is_object())
          Caps["textDocumentSync"] = Own["textDocumentSync"];
        else
          for (auto &[K, V] : Own["textDocumentSync"].items())
            if (!Caps["textDocumentSync"].contains(K))
              Caps["textDocumentSync"][K] = V;
        json Kinds = json::array({"quickfix"});
        if (Caps.contains("codeActionProvider") && Caps["codeActionProvider"].is_object() &&
            Caps["codeActionProvider"].contains("codeActionKinds")) {
          Kinds = Caps["codeActionProvider"]["codeActionKinds"];
          if (std::find(Kinds.begin(), Kinds.end(), "quickfix") == Kinds.end())
            Kinds.push_back("quickfix");
        }
        Caps["codeActionProvider"] = {{"codeActionKinds", Kinds}};
        Caps["positionEncoding"] = Enc;
        std::string ClangdName = "clangd";
        if (Result.contains("serverInfo") && Result["serverInfo"].is_object())
          ClangdName = stringMember(Result["serverInfo"], "name", "clangd") + " " +
                       stringMember(Result["serverInfo"], "version", "");
        Result["serverInfo"] = {{"name", "privlint"},
                                {"version", std::string(PRIVLINT_VERSION) + " with " + ClangdName}};
      }
      ClientOut.send(M);
      return;
    }
    if (ShutdownRequested && !ShutdownId.is_null() && Id == ShutdownId) {
      // clangd is done; privlint's worker was stopped when shutdown came.
      ShutdownId = nullptr;
      Lock.unlock();
      ClientOut.send(M);
      return;
    }
    auto P = PendingActions.find(Id.dump());
    if (P != PendingActions.end()) {
      json Params = P->second;
      PendingActions.erase(P);
      Lock.unlock();
      json Own = S.codeActions(Params);
      if (M.contains("result")) {
        if (!M["result"].is_array())
          M["result"] = json::array();
        for (auto &A : Own)
          M["result"].push_back(std::move(A));
      }
      ClientOut.send(M);
      return;
    }
    Lock.unlock();
    ClientOut.send(M);
    return;
  }
  if (HasMethod && HasId) { // clangd's request to the client: its id in our space
    std::lock_guard<std::mutex> Lock(Mu);
    std::string Own = "clangd-" + std::to_string(++NextOwnId);
    ClangdRequestIds[Own] = M["id"];
    M["id"] = Own;
    ClientOut.send(M);
    return;
  }
  if (HasMethod && M["method"] == "textDocument/publishDiagnostics" && M.contains("params") &&
      M["params"].is_object()) {
    const json &P = M["params"];
    if (!P.contains("uri") || !P["uri"].is_string())
      return;
    std::string Uri = P["uri"].get<std::string>();
    std::lock_guard<std::mutex> Lock(Mu);
    ClangdDiags[Uri] = P.contains("diagnostics") ? P["diagnostics"] : json::array();
    if (P.contains("version"))
      Versions[Uri] = P["version"];
    publishMerged(Uri);
    return;
  }
  ClientOut.send(M); // other notifications (progress, clangd's file status)
}

void Proxy::fromClient(json M) {
  bool HasMethod = M.contains("method") && M["method"].is_string();
  bool HasId = M.contains("id");
  if (!HasMethod) {
    if (!HasId) {
      ClientOut.send(makeError(nullptr, InvalidRequest, "invalid request: no method"));
      return;
    }
    // A response to a request of clangd's or privlint's.
    std::unique_lock<std::mutex> Lock(Mu);
    if (M["id"].is_string()) {
      auto It = ClangdRequestIds.find(M["id"].get<std::string>());
      if (It != ClangdRequestIds.end()) {
        M["id"] = It->second;
        ClangdRequestIds.erase(It);
        Lock.unlock();
        ClangdOut.send(M);
      }
    }
    return; // privlint's own (watcher registration): nothing to do
  }
  std::string Method = M["method"].get<std::string>();
  json Params = M.contains("params") ? M["params"] : json::object();
  if (Method == "exit") {
    {
      std::lock_guard<std::mutex> Lock(Mu);
      Exiting = true;
    }
    bool Clean;
    {
      std::lock_guard<std::mutex> Lock(Mu);
      Clean = ShutdownRequested;
    }
    ClangdOut.send(M);
    exitNow(Clean ? 0 : 1);
  }
  if (Method == "initialize" && HasId) {
    std::lock_guard<std::mutex> Lock(Mu);
    InitializeId = M["id"];
    InitializeParams = Params;
    ClangdOut.send(M);
    return;
  }
  if (Method == "initialized") {
    ClangdOut.send(M);
    json Reg = S.watcherRegistration();
    if (!Reg.is_null()) {
      std::lock_guard<std::mutex> Lock(Mu);
      ClientOut.send(makeRequest("privlint-" + std::to_string(++NextOwnId),
                                 "client/registerCapability", std::move(Reg)));
    }
    return;
  }
  if (Method == "shutdown" && HasId) {
    {
      std::lock_guard<std::mutex> Lock(Mu);
      ShutdownRequested = true;
      ShutdownId = M["id"];
    }
    S.stop(); // privlint is done when its worker is
    ClangdOut.send(M);
    return;
  }
  std::string Uri = documentUri(Params);
  if (Method == "textDocument/didOpen" && !Uri.empty()) {
    std::lock_guard<std::mutex> Lock(Mu);
    Languages[Uri] = stringMember(objectMember(Params, "textDocument"), "languageId", "");
  }
  bool ForClangd = Uri.empty() ? !Method.starts_with("textDocument/") : clangdFile(Uri);
  if (Method == "textDocument/didClose" && !Uri.empty()) {
    std::lock_guard<std::mutex> Lock(Mu);
    Languages.erase(Uri);
    ClangdDiags.erase(Uri);
    OwnDiags.erase(Uri);
    Versions.erase(Uri);
  }
  if (!HasId) { // a notification: privlint's documents and workspace events
    if (ForClangd || Method.starts_with("workspace/") || Method.starts_with("$/"))
      ClangdOut.send(M);
    S.notify(Method, Params);
    return;
  }
  if (Method == "textDocument/codeAction") {
    if (ForClangd) {
      std::lock_guard<std::mutex> Lock(Mu);
      PendingActions[M["id"].dump()] = Params;
      ClangdOut.send(M);
    } else {
      ClientOut.send(makeResponse(M["id"], S.codeActions(Params)));
    }
    return;
  }
  if (ForClangd) {
    ClangdOut.send(M);
    return;
  }
  // A request about a file clangd does not read: privlint answers "nothing".
  if (Method.starts_with("textDocument/")) {
    ClientOut.send(makeResponse(M["id"], nullptr));
    return;
  }
  ClientOut.send(makeError(M["id"], MethodNotFound, "method not found: " + Method));
}

int Proxy::run() {
  std::thread(&Proxy::clangdLoop, this).detach();
  bool Initialized = false;
  for (;;) {
    if (ClientOut.broken()) {
      L.line("the client closed its input; exiting");
      exitNow(1);
    }
    std::optional<json> Next = nextClientMessage(ClientIn, ClientOut, L);
    if (!Next) {
      L.line("the client went away (end of input); exiting");
      bool Clean;
      {
        std::lock_guard<std::mutex> Lock(Mu);
        Clean = ShutdownRequested;
        Exiting = true;
      }
      exitNow(Clean ? 0 : 1);
    }
    json M = std::move(*Next);
    bool IsRequest = M.contains("method") && M.contains("id");
    std::string Method = stringMember(M, "method", "");
    if (!Initialized && Method != "initialize" && Method != "exit") {
      if (IsRequest)
        ClientOut.send(makeError(M["id"], ServerNotInitialized, "the server is not initialized"));
      continue;
    }
    if (Method == "initialize")
      Initialized = true;
    fromClient(std::move(M));
  }
}

} // namespace

int runClangdProxy(ServerOptions Opts, Log &L, const std::string &Clangd,
                   const std::vector<std::string> &ClangdArgs, int InFd, int OutFd) {
  Child C;
  std::string Error;
  if (!startChild(Clangd, ClangdArgs, C, Error)) {
    L.line(Error);
    return 2;
  }
  L.line("started " + Clangd + " (pid " + std::to_string(C.Pid) + ")");
  // The proxy lives until exit (its threads end the process).
  static Proxy *P = new Proxy(std::move(Opts), L, InFd, OutFd, C);
  return P->run();
}

} // namespace privlint::lsp
