#include "Lsp/Server.h"

#include "Engine/Discovery.h"
#include "Engine/Engine.h"
#include "Frontend/FrontendList.h"
#include "Frontend/Workspace.h"
#include "Lsp/CodeActions.h"
#include "Report/Reporters.h"
#include "Support/Paths.h"
#include "Support/SourceFile.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace fs = std::filesystem;

namespace privlint::lsp {

struct Server::WorkerState {
  Workspace W;
  std::set<std::string> Buffered; // paths whose buffer W holds
};

Server::Server(ServerOptions O, Log &L, SendFn Send, PublishFn Publish)
    : Opts(std::move(O)), L(L), Send(std::move(Send)), Publish(std::move(Publish)),
      State(std::make_unique<WorkerState>()) {
  // Parsed context files stay in memory between runs (the project index).
  State->W.setKeepsContext(true);
}

Server::~Server() { stop(); }

void Server::stop() {
  {
    std::lock_guard<std::mutex> Lock(Mu);
    Stopping = true;
    Cancel = true;
  }
  Cv.notify_all();
  if (Worker.joinable())
    Worker.join();
}

json Server::capabilities() const {
  return {{"textDocumentSync",
           {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
          {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}}};
}

json Server::initialize(const json &Params) {
  // UTF-8 when the client offers it (privlint's own columns), else UTF-16,
  // the protocol's default.
  Enc = Encoding::Utf16;
  const json *Caps =
      Params.is_object() && Params.contains("capabilities") ? &Params["capabilities"] : nullptr;
  if (Caps && Caps->is_object()) {
    auto General = Caps->find("general");
    if (General != Caps->end() && General->is_object()) {
      auto Encs = General->find("positionEncodings");
      if (Encs != General->end() && Encs->is_array())
        for (const auto &E : *Encs)
          if (E == "utf-8")
            Enc = Encoding::Utf8;
    }
    const json *Watch = nullptr;
    auto Ws = Caps->find("workspace");
    if (Ws != Caps->end() && Ws->is_object()) {
      auto D = Ws->find("didChangeWatchedFiles");
      if (D != Ws->end() && D->is_object())
        Watch = &*D;
    }
    WatchersDynamic = Watch && boolMember(*Watch, "dynamicRegistration", false);
  }
  if (!Worker.joinable())
    Worker = std::thread([this] { workerLoop(); });
  json Result = {{"capabilities", capabilities()},
                 {"serverInfo", {{"name", "privlint"}, {"version", PRIVLINT_VERSION}}}};
  Result["capabilities"]["positionEncoding"] = encodingName(Enc);
  return Result;
}

json Server::watcherRegistration() const {
  if (!WatchersDynamic)
    return nullptr;
  json Watchers = json::array();
  for (const char *Glob :
       {"**/.privlint.yaml", "**/*.{sql,rb,py,prisma,ts,java,proto,graphql,graphqls,gql,yaml,"
                             "yml,json,h,hh,hpp,hxx,cpp,cc,cxx,c++}"})
    Watchers.push_back({{"globPattern", Glob}});
  return {{"registrations", json::array({{{"id", "privlint-watch"},
                                          {"method", "workspace/didChangeWatchedFiles"},
                                          {"registerOptions", {{"watchers", Watchers}}}}})}};
}

bool Server::isOpen(const std::string &Uri) const {
  auto P = uriToPath(Uri);
  std::lock_guard<std::mutex> Lock(Mu);
  return P && Docs.contains(*P);
}

void Server::schedule(const std::string &Path, bool All) {
  // Called with Mu held.
  if (!Path.empty())
    Dirty.insert(Path);
  RelintAll = RelintAll || All;
  Due = std::chrono::steady_clock::now() + std::chrono::milliseconds(Opts.DebounceMs);
  if ((All && !Running.empty()) || Running.contains(Path))
    Cancel = true;
}

bool Server::notify(const std::string &Method, const json &Params) {
  if (Method == "textDocument/didOpen") {
    std::string Uri = documentUri(Params);
    auto Path = uriToPath(Uri);
    const json &TD = Params["textDocument"];
    if (!Path || !TD.contains("text") || !TD["text"].is_string())
      return true; // not a file, or malformed: nothing privlint can read
    {
      std::lock_guard<std::mutex> Lock(Mu);
      Document &D = Docs[*Path];
      D.Uri = Uri;
      D.Path = *Path;
      D.Text = TD["text"].get<std::string>();
      D.Version = intMember(TD, "version", 0);
      schedule(*Path, false);
    }
    Cv.notify_all();
    return true;
  }
  if (Method == "textDocument/didChange") {
    auto Path = uriToPath(documentUri(Params));
    if (!Path)
      return true;
    {
      std::lock_guard<std::mutex> Lock(Mu);
      auto It = Docs.find(*Path);
      if (It == Docs.end())
        return true;
      const json &TD = Params["textDocument"];
      if (TD.contains("version") && TD["version"].is_number_integer())
        It->second.Version = TD["version"].get<int64_t>();
      if (Params.contains("contentChanges") && Params["contentChanges"].is_array())
        for (const auto &C : Params["contentChanges"])
          if (!applyChange(It->second.Text, C, Enc))
            L.line("ignored a malformed content change for " + It->second.Uri);
      schedule(*Path, false);
    }
    Cv.notify_all();
    return true;
  }
  if (Method == "textDocument/didSave") {
    auto Path = uriToPath(documentUri(Params));
    if (Path) {
      std::lock_guard<std::mutex> Lock(Mu);
      schedule(*Path, false);
    }
    Cv.notify_all();
    return true;
  }
  if (Method == "textDocument/didClose") {
    std::string Uri = documentUri(Params);
    auto Path = uriToPath(Uri);
    if (!Path)
      return true;
    {
      std::lock_guard<std::mutex> Lock(Mu);
      if (!Docs.erase(*Path))
        return true;
      Published.erase(*Path);
      // Its dependents read the disk again.
      schedule(*Path, false);
    }
    Publish(Uri, nullptr, json::array());
    Cv.notify_all();
    return true;
  }
  if (Method == "workspace/didChangeWatchedFiles") {
    std::lock_guard<std::mutex> Lock(Mu);
    if (Params.is_object() && Params.contains("changes") && Params["changes"].is_array())
      for (const auto &C : Params["changes"]) {
        if (!C.is_object() || !C.contains("uri") || !C["uri"].is_string())
          continue;
        auto Path = uriToPath(C["uri"].get<std::string>());
        if (!Path)
          continue;
        int64_t Type = intMember(C, "type", 2);
        // A configuration, or a file that appeared or went (a new migration
        // on disk changes the context of every open one): everything again.
        bool All = fs::path(*Path).filename() == ".privlint.yaml" || Type != 2;
        schedule(*Path, All);
      }
    Cv.notify_all();
    return true;
  }
  if (Method == "workspace/didChangeConfiguration") {
    {
      std::lock_guard<std::mutex> Lock(Mu);
      schedule("", true);
    }
    Cv.notify_all();
    return true;
  }
  return false;
}

json Server::codeActions(const json &Params) {
  json Out = json::array();
  std::string Uri = documentUri(Params);
  auto Path = uriToPath(Uri);
  if (!Path || !Params.contains("range") || !Params["range"].is_object())
    return Out;
  const json &Range = Params["range"];
  int64_t First = intMember(objectMember(Range, "start"), "line", 0);
  int64_t Last = intMember(objectMember(Range, "end"), "line", First);
  std::vector<DiagnosticRecord> Records;
  std::string Text;
  {
    std::lock_guard<std::mutex> Lock(Mu);
    auto D = Docs.find(*Path);
    auto P = Published.find(*Path);
    if (D == Docs.end() || P == Published.end())
      return Out;
    Text = D->second.Text;
    for (const auto &R : P->second) {
      int64_t Line = R.Range["start"]["line"].get<int64_t>();
      int64_t EndLine = R.Range["end"]["line"].get<int64_t>();
      if (EndLine >= First && Line <= Last)
        Records.push_back(R);
    }
  }
  for (const auto &R : Records)
    for (auto &A : codeActionsFor(R, Uri, Text, Enc))
      Out.push_back(std::move(A));
  return Out;
}

std::string Server::compileDirFor(const std::string &Path) const {
  if (!Opts.CompileCommandsDir.empty() || Opts.HaveCompilerArgs)
    return Opts.CompileCommandsDir;
  // As clangd: compile_commands.json in a parent directory or its build/.
  std::error_code EC;
  for (fs::path Dir = fs::path(Path).parent_path();; Dir = Dir.parent_path()) {
    if (fs::exists(Dir / "compile_commands.json", EC))
      return Dir.string();
    if (fs::exists(Dir / "build" / "compile_commands.json", EC))
      return (Dir / "build").string();
    if (Dir == Dir.root_path() || Dir.empty())
      break;
  }
  return {};
}

void Server::workerLoop() {
  for (;;) {
    {
      std::unique_lock<std::mutex> Lock(Mu);
      for (;;) {
        if (Stopping)
          return;
        if (Dirty.empty() && !RelintAll) {
          Cv.wait(Lock);
          continue;
        }
        if (std::chrono::steady_clock::now() < Due) {
          Cv.wait_until(Lock, Due);
          continue;
        }
        break;
      }
    }
    lintOnce();
  }
}

namespace {

int lspSeverity(Severity S) {
  switch (S) {
  case Severity::Error:
    return 1;
  case Severity::Warning:
    return 2;
  case Severity::Note:
    return 3;
  }
  return 2;
}

bool isCxx(const std::string &Path) {
  std::string Ext = fs::path(Path).extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Ext == ".cpp" || Ext == ".cc" || Ext == ".cxx" || Ext == ".c++" || Ext == ".h" ||
         Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx";
}

} // namespace

void Server::lintOnce() {
  // Take the work and a snapshot of the documents.
  std::set<std::string> Changed;
  bool All;
  std::map<std::string, Document> Snapshot;
  {
    std::lock_guard<std::mutex> Lock(Mu);
    Changed.swap(Dirty);
    All = RelintAll;
    RelintAll = false;
    Snapshot = Docs;
    Cancel = false;
  }
  Workspace &W = State->W;
  // A changed file on disk (saved, created, deleted, or a buffer closed) is
  // loaded again; the others stay as kept (and are reloaded anyway when
  // their size or modification time changes).
  for (const auto &C : Changed)
    W.forgetFile(C);
  for (auto It = State->Buffered.begin(); It != State->Buffered.end();)
    if (!Snapshot.contains(*It)) {
      W.clearBuffer(*It);
      It = State->Buffered.erase(It);
    } else {
      ++It;
    }
  for (const auto &[Path, D] : Snapshot) {
    const std::string *B = W.buffer(Path);
    if (!B || *B != D.Text)
      W.setBuffer(Path, D.Text);
    State->Buffered.insert(Path);
  }
  std::set<std::string> Targets;
  if (All)
    for (const auto &[Path, D] : Snapshot)
      Targets.insert(Path);
  for (const auto &C : Changed) {
    if (Snapshot.contains(C))
      Targets.insert(C);
    for (const auto &Dep : W.dependentsOf(C))
      if (Snapshot.contains(Dep))
        Targets.insert(Dep);
  }
  if (Targets.empty())
    return;
  {
    std::lock_guard<std::mutex> Lock(Mu);
    Running = Targets;
    // A change that arrived between the snapshot and now.
    for (const auto &T : Targets)
      if (Dirty.contains(T) || RelintAll)
        Cancel = true;
  }

  // One engine run per configuration, project and compilation database.
  std::map<std::string, std::vector<std::string>> Groups;
  for (const auto &T : Targets) {
    std::string Key = (Opts.Config.empty() ? findConfigFor(T) : Opts.Config) + "\n" +
                      projectRootFor(T) + "\n" + (isCxx(T) ? compileDirFor(T) : "");
    Groups[Key].push_back(T);
  }
  auto Start = std::chrono::steady_clock::now();
  std::clock_t CpuStart = std::clock(); // the process's, all engine threads
  std::map<std::string, std::vector<DiagnosticRecord>> Results;
  std::set<std::string> Done;
  for (const auto &[Key, Paths] : Groups) {
    if (Cancel)
      break;
    EngineOptions EO;
    for (const auto &P : Paths)
      if (frontendMayRead(P))
        EO.Paths.push_back(P);
    for (const auto &P : Paths)
      if (!frontendMayRead(P)) {
        Results[P];
        Done.insert(P);
      }
    if (EO.Paths.empty())
      continue;
    EO.ConfigOverride = Opts.Config;
    EO.BaselinePath = Opts.Baseline;
    EO.ConfigBaseline = true;
    EO.Jobs = Opts.Jobs;
    EO.W = &W;
    EO.Cancel = &Cancel;
    EO.Inputs.CompileCommandsDir = isCxx(Paths.front()) ? compileDirFor(Paths.front()) : "";
    EO.Inputs.CompilerArgs = Opts.CompilerArgs;
    EO.Inputs.HaveCompilerArgs = Opts.HaveCompilerArgs;
    EngineResult R = runEngine(EO);
    if (Cancel)
      break;
    for (const auto &N : R.Notices)
      L.line(N);
    if (!R.Errors.empty()) {
      std::string Msg;
      for (const auto &E : R.Errors)
        Msg += (Msg.empty() ? "" : "\n") + E.format();
      L.line(Msg);
      bool Fresh;
      {
        std::lock_guard<std::mutex> Lock(Mu);
        Fresh = Msg != LastConfigError;
        LastConfigError = Msg;
      }
      if (Fresh)
        Send(
            makeNotification("window/showMessage", {{"type", 1}, {"message", "privlint: " + Msg}}));
      if (!R.Checked)
        continue; // keep what was published until the configuration is fixed
    } else {
      std::lock_guard<std::mutex> Lock(Mu);
      LastConfigError.clear();
    }
    std::set<std::string> InGroup(EO.Paths.begin(), EO.Paths.end());
    const std::string HelpUri = R.RunConfig.HelpUri;
    for (const Finding &F : R.Findings) {
      if (!F.Where.File)
        continue;
      // Published on the finding's file, else on the first checked file
      // among its other locations (a model's finding shown in its schema).
      std::string Primary = normalizePath(F.Where.File->path());
      const SourceRange *At = &F.Where;
      std::string Target = Primary;
      if (!InGroup.contains(Primary)) {
        At = nullptr;
        for (const auto &Rel : F.Related)
          if (Rel.Where.File && InGroup.contains(normalizePath(Rel.Where.File->path()))) {
            At = &Rel.Where;
            Target = normalizePath(Rel.Where.File->path());
            break;
          }
        if (!At)
          continue;
      }
      DiagnosticRecord Rec;
      Rec.Rule = F.RuleId;
      Rec.Path = Target;
      Rec.Entity = F.Entity;
      Rec.Field = F.ColumnName.empty() ? F.Field : F.ColumnName;
      Rec.Attribute = F.Field;
      Rec.Category = F.Category;
      Rec.Line = At->File->lineOf(At->Begin);
      Rec.Range = rangeOf(*At, Enc);
      json D = {{"range", Rec.Range},
                {"severity", lspSeverity(F.Sev)},
                {"source", "privlint"},
                {"code", F.RuleId},
                {"message", F.Message}};
      if (!HelpUri.empty())
        D["codeDescription"] = {{"href", helpUriFor(HelpUri, F.RuleId)}};
      json Related = json::array();
      auto AddRelated = [&](const SourceRange &Where, const std::string &Message) {
        if (!Where.File)
          return;
        std::string P = normalizePath(Where.File->path());
        auto Doc = Snapshot.find(P);
        Related.push_back({{"location",
                            {{"uri", Doc != Snapshot.end() ? Doc->second.Uri : pathToUri(P)},
                             {"range", rangeOf(Where, Enc)}}},
                           {"message", Message}});
      };
      if (At != &F.Where)
        AddRelated(F.Where, F.Message);
      for (const auto &Rel : F.Related)
        if (&Rel.Where != At)
          AddRelated(Rel.Where, Rel.Message);
      if (!Related.empty())
        D["relatedInformation"] = std::move(Related);
      D["data"] = {{"fingerprint", F.Fingerprint}};
      Rec.Diagnostic = std::move(D);
      Results[Target].push_back(std::move(Rec));
    }
    for (const auto &P : EO.Paths)
      Done.insert(P);
  }
  {
    std::lock_guard<std::mutex> Lock(Mu);
    Running.clear();
  }
  if (Cancel) {
    L.line("re-lint cancelled: a document changed");
    std::lock_guard<std::mutex> Lock(Mu);
    Dirty.insert(Changed.begin(), Changed.end()); // the next round does it all again
    RelintAll = RelintAll || All;
    return;
  }
  double Ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - Start).count();
  double CpuMs = 1000.0 * static_cast<double>(std::clock() - CpuStart) / CLOCKS_PER_SEC;
  char Buf[96];
  std::snprintf(Buf, sizeof Buf, "%.1f ms (cpu %.1f ms)", Ms, CpuMs);
  L.line("linted " + std::to_string(Done.size()) + " document(s) in " + Buf);
  for (const auto &P : Done) {
    std::string Uri;
    json Version;
    json Diags = json::array();
    {
      std::lock_guard<std::mutex> Lock(Mu);
      auto D = Docs.find(P);
      // Closed meanwhile, or edited again (its next run publishes).
      if (D == Docs.end() || D->second.Version != Snapshot.at(P).Version || Dirty.contains(P))
        continue;
      Uri = D->second.Uri;
      Version = D->second.Version;
      auto &Recs = Results[P];
      std::stable_sort(
          Recs.begin(), Recs.end(),
          [](const DiagnosticRecord &A, const DiagnosticRecord &B) { return A.Line < B.Line; });
      for (const auto &R : Recs)
        Diags.push_back(R.Diagnostic);
      Published[P] = Recs;
    }
    Publish(Uri, Version, std::move(Diags));
  }
}

std::optional<int> StdioSession::handle(json M) {
  json Id = nullptr;
  bool HasId = M.contains("id");
  if (HasId)
    Id = M["id"];
  if (HasId && !Id.is_number_integer() && !Id.is_string()) {
    Out.send(makeError(nullptr, InvalidRequest, "invalid request"));
    return std::nullopt;
  }
  if (!M.contains("method")) {
    if (!HasId)
      Out.send(makeError(nullptr, InvalidRequest, "invalid request: no method"));
    return std::nullopt; // a response to a request of ours (watcher registration)
  }
  if (!M["method"].is_string()) {
    Out.send(makeError(Id, InvalidRequest, "invalid request: method is not a string"));
    return std::nullopt;
  }
  std::string Method = M["method"].get<std::string>();
  json Params = M.contains("params") ? M["params"] : json::object();
  if (Method == "exit")
    return ShutDown ? 0 : 1;
  if (!HasId) { // a notification
    if (!Initialized || ShutDown)
      return std::nullopt;
    if (Method == "initialized") {
      json Reg = S.watcherRegistration();
      if (!Reg.is_null())
        Out.send(makeRequest("privlint-" + std::to_string(++RequestId), "client/registerCapability",
                             std::move(Reg)));
      return std::nullopt;
    }
    S.notify(Method, Params); // others ($/cancelRequest, $/setTrace, ...) are ignored
    return std::nullopt;
  }
  if (Method == "initialize") {
    if (Initialized) {
      Out.send(makeError(Id, InvalidRequest, "initialize was already received"));
      return std::nullopt;
    }
    Initialized = true;
    Out.send(makeResponse(Id, S.initialize(Params)));
    return std::nullopt;
  }
  if (!Initialized) {
    Out.send(makeError(Id, ServerNotInitialized, "the server is not initialized"));
    return std::nullopt;
  }
  if (ShutDown) {
    Out.send(makeError(Id, InvalidRequest, "the server is shut down"));
    return std::nullopt;
  }
  if (Method == "shutdown") {
    ShutDown = true;
    S.stop();
    Out.send(makeResponse(Id, nullptr));
    return std::nullopt;
  }
  if (Method == "textDocument/codeAction") {
    Out.send(makeResponse(Id, S.codeActions(Params)));
    return std::nullopt;
  }
  Out.send(makeError(Id, MethodNotFound, "method not found: " + Method));
  return std::nullopt;
}

int Server::runStdio(ServerOptions Opts, Log &L, int InFd, int OutFd) {
  MessageWriter Out(OutFd);
  MessageReader In(InFd);
  auto Send = [&](const json &M) { return Out.send(M); };
  auto Publish = [&](const std::string &Uri, const json &Version, json Diags) {
    Out.send(makePublishDiagnostics(Uri, Version, std::move(Diags)));
  };
  Server S(std::move(Opts), L, Send, Publish);
  StdioSession Session(S, Out);
  for (;;) {
    if (Out.broken()) {
      L.line("the client closed its input; exiting");
      std::_Exit(1);
    }
    std::optional<json> Next = nextClientMessage(In, Out, L);
    if (!Next) {
      L.line("the client went away (end of input); exiting");
      std::_Exit(Session.shutDown() ? 0 : 1); // a run in progress is not waited for
    }
    if (std::optional<int> Code = Session.handle(std::move(*Next)))
      std::_Exit(*Code);
  }
}

} // namespace privlint::lsp
