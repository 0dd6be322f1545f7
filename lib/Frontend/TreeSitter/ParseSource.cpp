#include "Frontend/TreeSitter/ParseSource.h"

#include <algorithm>
#include <initializer_list>

namespace privlint::ts {

namespace {

bool oneOf(std::string_view S, std::initializer_list<std::string_view> L) {
  return std::find(L.begin(), L.end(), S) != L.end();
}

// The declarations whose syntax the code frontends read: classes (models,
// entities, serializers, views) with their headers, decorators and members.
bool isClassNode(Grammar G, std::string_view Ty) {
  switch (G) {
  case Grammar::Python:
    return Ty == "class_definition" || Ty == "decorated_definition";
  case Grammar::TypeScript:
    return oneOf(Ty, {"class_declaration", "abstract_class_declaration", "class"});
  case Grammar::Java:
    return oneOf(Ty, {"class_declaration", "record_declaration", "enum_declaration",
                      "interface_declaration"});
  case Grammar::Ruby:
    return true;
  }
  return true;
}

// Function and method bodies: code the frontends do not model.
bool isFunctionNode(Grammar G, std::string_view Ty) {
  switch (G) {
  case Grammar::Python:
    return Ty == "function_definition" || Ty == "lambda";
  case Grammar::TypeScript:
    return oneOf(Ty, {"function_declaration", "function_expression", "function",
                      "generator_function_declaration", "arrow_function", "method_definition"});
  case Grammar::Java:
    return oneOf(Ty, {"method_declaration", "constructor_declaration", "lambda_expression",
                      "static_initializer"});
  case Grammar::Ruby:
    return false;
  }
  return false;
}

// Text that names a construct the frontends read, wherever tree-sitter put it.
bool mentionsConstruct(Grammar G, std::string_view Text) {
  std::initializer_list<std::string_view> Words;
  switch (G) {
  case Grammar::Python:
    Words = {"class ", "Column(", "mapped_column(", "Field(", "Table(", "REST_FRAMEWORK"};
    break;
  case Grammar::TypeScript:
    Words = {"class ", "@Entity", "@Column", "EntitySchema"};
    break;
  case Grammar::Java:
    Words = {"class ", "@Entity", "@Column", "@Table", "@Embeddable"};
    break;
  case Grammar::Ruby:
    return true;
  }
  for (std::string_view W : Words)
    if (Text.find(W) != std::string_view::npos)
      return true;
  return false;
}

struct Span {
  uint32_t Begin, End;
};

} // namespace

void addSyntaxProblems(const SyntaxTree &T, const SourceFile &SF,
                       std::vector<InputProblem> &Problems, Grammar G) {
  std::vector<SyntaxError> Errors = T.errors();
  if (Errors.empty())
    return;
  // A syntax error is a parse-error when it can hide what the frontend reads:
  // it overlaps a class outside its methods' bodies, or its text names such
  // a construct. Errors elsewhere (a test's template literal, a script's
  // function) block nothing (docs/rules/parse-error.md). Ruby files are only
  // claimed when they are schemas, migrations or models: every error counts.
  std::vector<Span> Classes, Bodies;
  if (G != Grammar::Ruby)
    for (NodeId N = 0; N < T.size(); ++N) {
      const SyntaxNode &Node = T.node(N);
      if (isClassNode(G, Node.Type))
        Classes.push_back({Node.Begin, Node.End});
      else if (isFunctionNode(G, Node.Type))
        if (NodeId B = T.child(N, "body"); B != NoNode)
          Bodies.push_back({T.node(B).Begin, T.node(B).End});
    }
  for (const auto &E : Errors) {
    uint32_t End = std::max(E.End, E.Offset + 1);
    bool Report = G == Grammar::Ruby;
    if (!Report) {
      bool InBody = std::any_of(Bodies.begin(), Bodies.end(),
                                [&](const Span &S) { return S.Begin <= E.Offset && End <= S.End; });
      bool InClass = std::any_of(Classes.begin(), Classes.end(),
                                 [&](const Span &S) { return S.Begin < End && E.Offset < S.End; });
      std::string_view Text = T.source().substr(E.Offset, End - E.Offset);
      Report = (InClass && !InBody) || mentionsConstruct(G, Text);
    }
    if (Report)
      Problems.push_back({SourceRange{&SF, E.Offset, End}, "syntax error: " + E.Message});
  }
}

bool parseSource(Grammar G, const SourceFile &SF, SyntaxTree &T,
                 std::vector<InputProblem> &Problems) {
  SyntaxError Failure;
  if (!parse(G, SF.text(), T, Failure)) {
    Problems.push_back({SourceRange{&SF, Failure.Offset, Failure.End}, Failure.Message});
    return false;
  }
  addSyntaxProblems(T, SF, Problems, G);
  return true;
}

} // namespace privlint::ts
