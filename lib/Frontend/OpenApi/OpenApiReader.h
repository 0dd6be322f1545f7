// OpenAPI 3.0/3.1 and Swagger 2.0 documents into the model: schemas become
// API-object entities, and every operation's 2xx response schema exposes
// the fields it reaches, to anonymous or authenticated callers by the
// operation's effective security.
#pragma once

#include "Model/Model.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct OpenApiSettings {
  /// api.anonymous_schemes; unset: apiKey schemes named or described anon/public.
  std::optional<std::vector<std::string>> AnonymousSchemes;
};

struct OpenApiInput {
  SourceFile *Root = nullptr; // the OpenAPI document
  /// Loads a file a $ref names (a display path joined to the referencing
  /// document's directory); nullptr when it cannot be read, with the reason
  /// (the OS's, or why its content is unusable) in Why.
  std::function<SourceFile *(const std::string &Path, std::string &Why)> Load;
  /// A line for standard error (unresolved references).
  std::function<void(std::string)> Note;
};

/// Reads In.Root and the files its $refs reach into M.
void readOpenApi(const OpenApiInput &In, const OpenApiSettings &S, Model &M);

/// Parses a YAML or JSON file (by extension) into M's problems only: for a
/// given file the document's references never reached.
void checkOpenApiSyntax(const SourceFile &File, Model &M);

/// Whether Head (a file's first bytes) has a top-level `openapi` or
/// `swagger` key.
bool looksLikeOpenApi(std::string_view Head);

/// The file parts of the $refs written in Text (no local or remote ones),
/// found by a cheap textual scan.
std::vector<std::string> referencedFiles(std::string_view Text);

} // namespace privlint
