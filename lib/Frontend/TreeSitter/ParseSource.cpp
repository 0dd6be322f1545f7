#include "Frontend/TreeSitter/ParseSource.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

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

// Whether Text contains one of the N Words.
bool containsAny(std::string_view Text, const std::string_view *Words, size_t N) {
  return std::any_of(Words, Words + N,
                     [&](std::string_view W) { return Text.find(W) != std::string_view::npos; });
}

// Text that names a construct the frontends read, wherever tree-sitter put it.
bool mentionsConstruct(Grammar G, std::string_view Text) {
  static constexpr std::string_view Python[] = {"class ", "Column(", "mapped_column(",
                                                "Field(", "Table(",  "REST_FRAMEWORK"};
  static constexpr std::string_view TypeScript[] = {"class ", "@Entity", "@Column", "EntitySchema"};
  static constexpr std::string_view Java[] = {"class ", "@Entity", "@Column", "@Table",
                                              "@Embeddable"};
  switch (G) {
  case Grammar::Python:
    return containsAny(Text, Python, std::size(Python));
  case Grammar::TypeScript:
    return containsAny(Text, TypeScript, std::size(TypeScript));
  case Grammar::Java:
    return containsAny(Text, Java, std::size(Java));
  case Grammar::Ruby:
    break;
  }
  return true;
}

// Whether a class is one the frontends read. TypeScript and Java classes
// are read as entities only with their ORM decorators or annotations (an
// @Entity class, a base class of @Column members, an @Embeddable); any other
// class (a service, a controller, a DTO) is code they do not model. Python
// models and serializers are recognised by bases resolved across modules, so
// every Python class counts.
bool isReadClass(Grammar G, std::string_view Text) {
  static constexpr std::string_view TypeScript[] = {"@Entity", "@ChildEntity", "@ViewEntity",
                                                    "Column(", "EntitySchema"};
  static constexpr std::string_view Java[] = {"@Entity", "@Embeddable", "@MappedSuperclass",
                                              "@Column", "@Table",      "@Id"};
  if (G == Grammar::TypeScript)
    return containsAny(Text, TypeScript, std::size(TypeScript));
  if (G == Grammar::Java)
    return containsAny(Text, Java, std::size(Java));
  return true;
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
  // it overlaps a class the frontends read outside its methods' bodies, or
  // its text names such a construct. Errors elsewhere (a test's template literal, a script's
  // function) block nothing (docs/rules/parse-error.md). Ruby files are only
  // claimed when they are schemas, migrations or models: every error counts.
  std::vector<Span> Classes, Bodies;
  if (G != Grammar::Ruby)
    for (NodeId N = 0; N < T.size(); ++N) {
      const SyntaxNode &Node = T.node(N);
      if (isClassNode(G, Node.Type)) {
        // Decorators of an exported TypeScript class belong to the export.
        uint32_t Begin = Node.Begin;
        if (Node.Parent != NoNode && T.node(Node.Parent).Type == "export_statement")
          Begin = T.node(Node.Parent).Begin;
        if (isReadClass(G, T.source().substr(Begin, Node.End - Begin)))
          Classes.push_back({Node.Begin, Node.End});
      } else if (isFunctionNode(G, Node.Type)) {
        // From the end of the parameters to the end of the function: a body
        // tree-sitter could not close is still the function's.
        NodeId P = T.child(N, "parameters");
        if (P == NoNode)
          P = T.child(N, "parameter");
        NodeId B = T.child(N, "body");
        if (P != NoNode)
          Bodies.push_back({T.node(P).End, Node.End});
        else if (B != NoNode)
          Bodies.push_back({T.node(B).Begin, T.node(B).End});
      }
    }
  for (const auto &E : Errors) {
    uint32_t End = std::max(E.End, E.Offset + 1);
    bool Report = G == Grammar::Ruby;
    if (!Report) {
      bool InBody = std::any_of(Bodies.begin(), Bodies.end(),
                                [&](const Span &S) { return S.Begin <= E.Offset && End <= S.End; });
      // Inclusive end: a missing closing brace sits at the class's end.
      bool InClass = std::any_of(Classes.begin(), Classes.end(),
                                 [&](const Span &S) { return S.Begin < End && E.Offset <= S.End; });
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
