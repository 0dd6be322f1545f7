// readRailsModel: the classes of app/models/**/*.rb with their table-name
// settings and encryption declarations (Active Record Encryption, Lockbox,
// attr_encrypted, blind_index), read from the syntax tree without running Ruby.
#include <ranges>

#include "Frontend/Rails/RailsReader.h"
#include "Frontend/Rails/RubySyntax.h"

namespace privlint {

using namespace rails;

namespace {

std::string constantName(std::string_view S) {
  while (S.starts_with("::"))
    S.remove_prefix(2);
  return std::string(S);
}

std::string join(const std::string &Namespace, const std::string &Name) {
  return Namespace.empty() ? Name : Namespace + "::" + Name;
}

class ModelReader {
public:
  ModelReader(const SourceFile &SF, const ts::SyntaxTree &T, RailsModelFacts &Facts)
      : SF(SF), T(T), Facts(Facts) {}

  void read() { walk(statementsOf(T, T.root()), "", -1, 0); }

private:
  const SourceFile &SF;
  const ts::SyntaxTree &T;
  RailsModelFacts &Facts;
  static constexpr int MaxNesting = 64;

  SourceRange range(ts::NodeId N) const { return SourceRange{&SF, T.node(N).Begin, T.node(N).End}; }

  // Class is the index of the enclosing class in Facts.Classes, or -1 in a
  // module (or at the top level).
  void walk(const std::vector<ts::NodeId> &Statements, const std::string &Namespace, int Class,
            int Depth) {
    if (Depth > MaxNesting)
      return;
    for (ts::NodeId S : Statements) {
      const auto &N = T.node(S);
      if (N.Error) {
        // Whole classes survive inside tree-sitter's ERROR nodes: read those.
        walk(classesWithin(S), Namespace, Class, Depth + 1);
        continue;
      }
      if (N.Type == "module") {
        ts::NodeId Name = T.child(S, "name");
        if (Name == ts::NoNode)
          continue;
        walk(statementsOf(T, T.child(S, "body")), join(Namespace, constantName(T.text(Name))), -1,
             Depth + 1);
      } else if (N.Type == "class") {
        ts::NodeId Name = T.child(S, "name");
        if (Name == ts::NoNode)
          continue;
        RailsModelFacts::ModelClass C;
        C.Name = join(Namespace, constantName(T.text(Name)));
        C.Namespace = Namespace;
        if (size_t P = C.Name.rfind("::"); P != std::string::npos)
          C.Namespace = C.Name.substr(0, P); // class Admin::User: Admin
        if (ts::NodeId Sup = T.child(S, "superclass"); Sup != ts::NoNode)
          if (auto Kids = T.namedChildren(Sup); !Kids.empty())
            C.Superclass = constantName(T.text(Kids.front()));
        C.Where = range(Name);
        std::string ClassName = C.Name; // a copy: nested classes grow Facts.Classes
        Facts.Classes.push_back(std::move(C));
        int Index = static_cast<int>(Facts.Classes.size()) - 1;
        walk(statementsOf(T, T.child(S, "body")), ClassName, Index, Depth + 1);
      } else if (N.Type == "singleton_method") {
        moduleSetting(S, Namespace, Class);
      } else if (N.Type == "assignment") {
        assignment(S, Namespace, Class);
      } else if (Class >= 0) {
        declaration(S, Class);
      }
    }
  }

  // The class and module nodes below N, outermost only, in source order.
  std::vector<ts::NodeId> classesWithin(ts::NodeId N) const {
    std::vector<ts::NodeId> Out, Stack;
    auto Push = [&](ts::NodeId P) {
      auto Kids = T.namedChildren(P);
      for (unsigned int &Kid : std::ranges::reverse_view(Kids))
        Stack.push_back(Kid);
    };
    Push(N);
    while (!Stack.empty()) {
      ts::NodeId C = Stack.back();
      Stack.pop_back();
      if (T.node(C).Type == "class" || T.node(C).Type == "module")
        Out.push_back(C);
      else
        Push(C);
    }
    return Out;
  }

  // def self.table_name_prefix; "admin_"; end
  void moduleSetting(ts::NodeId S, const std::string &Namespace, int Class) {
    ts::NodeId Obj = T.child(S, "object"), Name = T.child(S, "name");
    if (Class >= 0 || Obj == ts::NoNode || T.node(Obj).Type != "self" || Name == ts::NoNode ||
        T.text(Name) != "table_name_prefix")
      return;
    auto Body = statementsOf(T, T.child(S, "body"));
    if (Body.size() == 1)
      if (auto L = literalName(T, Body.front()))
        Facts.TableNamePrefixes[Namespace] = L->Value;
  }

  // self.table_name = "people", self.abstract_class = true, self.table_name_prefix = "x_"
  void assignment(ts::NodeId S, const std::string &Namespace, int Class) {
    ts::NodeId Left = T.child(S, "left"), Right = T.child(S, "right");
    if (Left == ts::NoNode || Right == ts::NoNode || T.node(Left).Type != "call")
      return;
    ts::NodeId Recv = T.child(Left, "receiver"), Method = T.child(Left, "method");
    if (Recv == ts::NoNode || T.node(Recv).Type != "self" || Method == ts::NoNode)
      return;
    std::string_view M = T.text(Method);
    if (M == "table_name_prefix" && Class < 0) {
      if (auto L = literalName(T, Right))
        Facts.TableNamePrefixes[Namespace] = L->Value;
      return;
    }
    if (Class < 0)
      return;
    auto &C = Facts.Classes[Class];
    if (M == "table_name") {
      if (auto L = literalName(T, Right))
        C.TableName = L->Value;
    } else if (M == "abstract_class") {
      C.Abstract = T.node(Right).Type == "true";
    }
  }

  void add(int Class, const std::string &Kind, const std::string &Attr, const std::string &Column,
           const std::string &Written, ts::NodeId At) {
    Facts.Classes[Class].Declarations.push_back({Attr, Kind, Column, Written, range(At)});
  }

  void declaration(ts::NodeId S, int Class) {
    auto C = viewCall(T, S);
    if (!C || C->Receiver != ts::NoNode)
      return;
    std::string Method(C->Method);
    if (Method == "primary_abstract_class") {
      Facts.Classes[Class].Abstract = true;
      return;
    }
    bool Rails = Method == "encrypts",
         Lockbox = Method == "has_encrypted" || Method == "lockbox_encrypts";
    bool AttrEncrypted = Method == "attr_encrypted" || Method == "attr_encryptor";
    bool BlindIndex = Method == "blind_index";
    if (!Rails && !Lockbox && !AttrEncrypted && !BlindIndex)
      return;
    bool Migrating = optionIsTrue(*C, "migrating");
    if (Rails && Migrating)
      Lockbox = true; // Lockbox < 1.0 also spelled it `encrypts`; only Lockbox has migrating:
    for (ts::NodeId A : C->Positional) {
      auto Name = literalName(T, A);
      if (!Name || Name->Value.empty())
        continue; // a splat or a computed name: not followed
      const std::string &Attr = Name->Value;
      std::string Written = Method + " :" + Attr;
      if (Lockbox) {
        std::string Column = optionText(*C, "encrypted_attribute");
        add(Class, "has_encrypted", Attr, Column.empty() ? Attr + "_ciphertext" : Column, Written,
            A);
        if (Migrating)
          add(Class, "lockbox_migrating", Attr, Attr, Written + ", migrating: true", A);
      } else if (Rails) {
        add(Class, "encrypts", Attr, Attr, Written, A);
        if (optionIsTrue(*C, "ignore_case"))
          add(Class, "encrypts", Attr, "original_" + Attr, Written + ", ignore_case: true", A);
      } else if (AttrEncrypted) {
        std::string Column = optionText(*C, "attribute");
        if (Column.empty()) {
          std::string Prefix =
              C->Options.contains("prefix") ? optionText(*C, "prefix") : "encrypted_";
          Column = Prefix + Attr + optionText(*C, "suffix");
        }
        add(Class, "attr_encrypted", Attr, Column, Written, A);
        add(Class, "attr_encrypted", Attr, Column + "_iv", Written, A);
        add(Class, "attr_encrypted", Attr, Column + "_salt", Written, A);
      } else {
        std::string Column = optionText(*C, "bidx_attribute");
        add(Class, "blind_index", Attr, Column.empty() ? Attr + "_bidx" : Column, Written, A);
      }
    }
  }
};

} // namespace

bool readRailsModel(const SourceFile &ModelRb, RailsModelFacts &Facts) {
  ts::SyntaxTree T;
  if (!parseRuby(ModelRb, T, Facts.Problems))
    return true; // the problem says why
  ModelReader(ModelRb, T, Facts).read();
  return true;
}

} // namespace privlint
