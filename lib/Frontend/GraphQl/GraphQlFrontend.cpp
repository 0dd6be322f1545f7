// GraphQL SDL: the .graphql, .graphqls and .gql files under one source root
// are one schema (types and their extensions spread over files), read
// together even when only one of them is given.
#include "Engine/OptionSchema.h"
#include "Frontend/Frontend.h"
#include "Frontend/GraphQl/GraphQlReader.h"
#include "Frontend/Orm/OrmSourceFrontend.h"
#include "Support/Paths.h"
#include "Support/Text.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace privlint {

namespace {

bool isGraphQlFile(std::string_view Path) {
  std::string Ext = lowerAscii(fs::path(Path).extension().string());
  return Ext == ".graphql" || Ext == ".graphqls" || Ext == ".gql";
}

class GraphQlFrontend : public Frontend {
public:
  std::string_view id() const override { return "graphql"; }

  bool mayClaim(std::string_view Path) const override { return isGraphQlFile(Path); }

  Claim claim(const FileProbe &P) const override {
    if (!isGraphQlFile(P.Path))
      return {};
    return Claim::of("graphql", sourceRootFor(P.Normalized, {"package.json", "go.mod", "pom.xml",
                                                             "build.gradle"}));
  }

  // Context: every SDL file under the root (the walk skips what .gitignore,
  // paths.exclude and vendor folders exclude).
  std::vector<std::string> unitFiles(const UnitSpec &U, const Workspace &W) const override {
    UnitFileList List(U.Files);
    std::string Display = displayRoot(U.Files.front(), U.Root);
    for (auto &F : W.walk(Display, U.Cfg->PathExcludes,
                          [](const std::string &P) { return isGraphQlFile(P); }))
      List.add(std::move(F));
    std::sort(List.Files.begin(), List.Files.end());
    return std::move(List.Files);
  }

  // api.auth_directives / api.anonymous_directives: the directives that
  // protect a field (Apollo, AppSync) or open it (an AppSync API key).
  // Amplify's @auth(rules: ...) is read by the reader itself.
  void declareOptions(OptionSchema &Schema) const override {
    OptionSpec Auth;
    Auth.Section = "api";
    Auth.SectionRank = 70;
    Auth.Name = "auth_directives";
    Auth.Kind = OptionSpec::Type::List;
    Auth.DefaultList = {"authenticated",          "requiresScopes", "policy",    "aws_iam",
                        "aws_cognito_user_pools", "aws_oidc",       "aws_lambda"};
    Schema.add(Auth);
    OptionSpec Anon = Auth;
    Anon.Name = "anonymous_directives";
    Anon.DefaultList = {"aws_api_key"};
    Schema.add(Anon);
  }

  Model read(UnitInput &In) const override {
    std::vector<SourceFile *> Files;
    for (const auto &Path : In.Spec.Files)
      if (SourceFile *SF = In.load(Path))
        Files.push_back(SF);
    GraphQlSettings S;
    S.AuthDirectives = In.config().list("api.auth_directives");
    S.AnonymousDirectives = In.config().list("api.anonymous_directives");
    Model M;
    readGraphQlSchema(Files, S, M);
    return M;
  }
};

} // namespace

const Frontend &graphQlFrontend() {
  static const GraphQlFrontend F;
  return F;
}

} // namespace privlint
