// GraphQL SDL files of one schema into the model: object types, interfaces
// and inputs become API-object entities; the fields reachable from the
// Query and Subscription roots are exposed to anonymous or authenticated
// callers by the authentication directives on the way (or to an unknown
// audience when the schema uses no such directive at all).
#pragma once

#include "Model/Model.h"

#include <string>
#include <vector>

namespace privlint {

struct GraphQlSettings {
  std::vector<std::string> AuthDirectives;      // api.auth_directives
  std::vector<std::string> AnonymousDirectives; // api.anonymous_directives
};

/// Reads the files (one merged schema) into M.
void readGraphQlSchema(const std::vector<SourceFile *> &Files, const GraphQlSettings &S, Model &M);

} // namespace privlint
