// OpenAPI 3.x and Swagger 2.0 documents (YAML or JSON), recognised by a
// top-level `openapi` or `swagger` key: one unit per document, with the
// files its $refs reach. A YAML or JSON file an OpenAPI document of the
// project references is read with that document, even when given alone.
#include "Engine/OptionSchema.h"
#include "Frontend/Frontend.h"
#include "Frontend/OpenApi/OpenApiReader.h"
#include "Support/Paths.h"
#include "Support/Text.h"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace privlint {

namespace {

bool isYamlOrJson(std::string_view Path) {
  std::string Ext = lowerAscii(fs::path(Path).extension().string());
  return Ext == ".yaml" || Ext == ".yml" || Ext == ".json";
}

// A whole file (its buffer when open); "" when unreadable or over 64 MiB.
std::string readWhole(const Workspace &W, const std::string &Path) {
  if (const std::string *B = W.buffer(normalizePath(Path)))
    return *B;
  std::error_code EC;
  auto Size = fs::file_size(Path, EC);
  if (EC || Size > std::uintmax_t{64} * 1024 * 1024)
    return {};
  return W.head(Path, static_cast<size_t>(Size));
}

// The files Doc references, transitively (display paths joined to Doc's
// directory), by a textual scan: cheap enough for claims and unit planning.
std::vector<std::string> referencedClosure(const std::string &Doc, const Workspace &W) {
  std::vector<std::string> Out;
  std::set<std::string> Seen{normalizePath(Doc)};
  std::deque<std::string> Queue{Doc};
  while (!Queue.empty() && Out.size() < 10000) {
    std::string Cur = Queue.front();
    Queue.pop_front();
    for (const auto &Rel : referencedFiles(readWhole(W, Cur))) {
      std::string Next = (fs::path(Cur).parent_path() / Rel).lexically_normal().string();
      if (!isYamlOrJson(Next) || !Seen.insert(normalizePath(Next)).second)
        continue;
      std::error_code EC;
      if (!W.buffer(normalizePath(Next)) && !fs::is_regular_file(Next, EC))
        continue;
      Out.push_back(Next);
      Queue.push_back(Next);
    }
  }
  return Out;
}

// Which OpenAPI document of the project references each YAML/JSON file:
// built once per project root and workspace.
using RefIndex = std::map<std::string, std::string>; // fragment -> document (normalized)

std::shared_ptr<const RefIndex> refIndexFor(const FileProbe &P) {
  std::string Key = "openapi-ref-index\n" + P.ProjectRoot;
  if (auto C = P.workspace().cached(Key))
    return std::static_pointer_cast<const RefIndex>(C);
  auto Index = std::make_shared<RefIndex>();
  const Workspace &W = P.workspace();
  for (const auto &F : W.walk(P.ProjectRoot, P.Cfg.PathExcludes, isYamlOrJson)) {
    if (!looksLikeOpenApi(W.head(F, 65536)))
      continue;
    std::string DocNorm = normalizePath(F);
    for (const auto &R : referencedClosure(F, W))
      Index->emplace(normalizePath(R), DocNorm); // walks are sorted: the first document wins
  }
  P.workspace().store(Key, Index);
  return Index;
}

class OpenApiFrontend : public Frontend {
public:
  std::string_view id() const override { return "openapi"; }

  bool mayClaim(std::string_view Path) const override { return isYamlOrJson(Path); }

  Claim claim(const FileProbe &P) const override {
    Claim C;
    C.Group = "openapi";
    if (looksLikeOpenApi(P.head())) {
      C.Strength = 1;
      C.Root = P.Normalized;
      return C;
    }
    auto Index = refIndexFor(P);
    if (auto It = Index->find(P.Normalized); It != Index->end()) {
      C.Strength = 1;
      C.Root = It->second;
      return C;
    }
    // Any other YAML or JSON file (CI configuration, package.json, manifests)
    // is quietly not ours, named or walked: pre-commit passes every changed one.
    C.Quiet = true;
    return C;
  }

  // Context: the document itself, then every file its $refs reach.
  std::vector<std::string> unitFiles(const UnitSpec &U, const Workspace &W) const override {
    const std::vector<std::string> &Files = U.Files;
    UnitFileList Listed(Files);
    std::string Doc;
    for (const auto &F : Files)
      if (normalizePath(F) == U.Root)
        Doc = F;
    if (Doc.empty()) {
      Doc = (fs::path(displayRoot(Files.front(), fs::path(U.Root).parent_path().string())) /
             fs::path(U.Root).filename())
                .string();
      Listed.take(U.Root);
    }
    // The document first, the unit's files, then the context, each sorted:
    // the context is kept apart from Listed.Files.
    std::vector<std::string> Context;
    for (auto &F : referencedClosure(Doc, W))
      if (Listed.take(normalizePath(F)))
        Context.push_back(std::move(F));
    std::vector<std::string> Out{Doc};
    for (const auto &F : Files)
      if (F != Doc)
        Out.push_back(F);
    std::sort(Out.begin() + 1, Out.end());
    std::sort(Context.begin(), Context.end());
    Out.insert(Out.end(), Context.begin(), Context.end());
    return Out;
  }

  // api.anonymous_schemes: the security schemes that authenticate no one.
  // Unset, the apiKey schemes named or described anon or public.
  void declareOptions(OptionSchema &Schema) const override {
    OptionSpec S;
    S.Section = "api";
    S.SectionRank = 70;
    S.Name = "anonymous_schemes";
    S.Kind = OptionSpec::Type::List;
    Schema.add(S);
  }

  Model read(UnitInput &In) const override {
    Model M;
    std::map<std::string, std::string> Display; // normalized -> as listed
    for (const auto &F : In.Spec.Files)
      Display.emplace(normalizePath(F), F);
    std::map<std::string, std::pair<SourceFile *, std::string>> Loaded; // with the reason
    auto Load = [&](const std::string &Path, std::string &Why) -> SourceFile * {
      std::string Norm = normalizePath(Path);
      if (auto It = Loaded.find(Norm); It != Loaded.end()) {
        Why = It->second.second;
        return It->second.first;
      }
      auto D = Display.find(Norm);
      size_t Before = In.LoadProblems.size();
      SourceFile *SF = In.load(D != Display.end() ? D->second : Path);
      Why = !SF && In.LoadProblems.size() > Before ? In.LoadProblems.back().Message : "";
      Loaded[Norm] = {SF, Why};
      return SF;
    };
    std::string Why;
    SourceFile *Root = Load(In.Spec.Files.front(), Why);
    if (!Root)
      return M;
    OpenApiInput Input;
    Input.Root = Root;
    Input.Load = Load;
    Input.Note = [&](std::string Line) { In.note(std::move(Line)); };
    OpenApiSettings S;
    if (In.config().isSet("api.anonymous_schemes"))
      S.AnonymousSchemes = In.config().list("api.anonymous_schemes");
    readOpenApi(Input, S, M);
    // A given file no reference reached still gets its syntax checked.
    for (const auto &F : In.Spec.Files)
      if (In.Spec.Given.contains(normalizePath(F)) && !Loaded.contains(normalizePath(F)))
        if (SourceFile *SF = Load(F, Why))
          checkOpenApiSyntax(*SF, M);
    return M;
  }
};

} // namespace

const Frontend &openApiFrontend() {
  static const OpenApiFrontend F;
  return F;
}

} // namespace privlint
