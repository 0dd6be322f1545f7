// Parses a source file with a tree-sitter grammar and records what does not
// parse as input problems (parse-error findings) with exact positions.
#pragma once

#include "Frontend/TreeSitter/TreeSitterAdapter.h"
#include "Model/Model.h"

#include <vector>

namespace privlint::ts {

/// One problem per syntax error of T ("syntax error: unexpected ...") that
/// can hide what the frontends read: in a class they read (any Python class,
/// a TypeScript or Java class with ORM decorators or annotations) outside its
/// methods' bodies, or naming such a construct (every error for Ruby).
void addSyntaxProblems(const SyntaxTree &T, const SourceFile &SF,
                       std::vector<InputProblem> &Problems, Grammar G);

/// Parses SF with G. Returns false (with a problem) when the file could not
/// be parsed at all; syntax errors in a parsed file are added as problems.
bool parseSource(Grammar G, const SourceFile &SF, SyntaxTree &T,
                 std::vector<InputProblem> &Problems);

} // namespace privlint::ts
