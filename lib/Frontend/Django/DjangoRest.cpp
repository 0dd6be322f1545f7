#include "Frontend/Django/DjangoRest.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

namespace privlint::django {

using ts::NodeId;
using ts::NoNode;

namespace {

// Three-valued: a custom permission class cannot be evaluated statically.
enum class Tri { False, True, Unknown };
Tri triOr(Tri A, Tri B) {
  if (A == Tri::True || B == Tri::True)
    return Tri::True;
  return A == Tri::Unknown || B == Tri::Unknown ? Tri::Unknown : Tri::False;
}
Tri triAnd(Tri A, Tri B) {
  if (A == Tri::False || B == Tri::False)
    return Tri::False;
  return A == Tri::Unknown || B == Tri::Unknown ? Tri::Unknown : Tri::True;
}
Tri triNot(Tri A) {
  return A == Tri::Unknown ? Tri::Unknown : A == Tri::True ? Tri::False : Tri::True;
}

// Whether an anonymous request passes: a safe one (GET) and an unsafe one
// (PUT/PATCH, whose response also returns the object).
struct Access {
  Tri Safe = Tri::Unknown;
  Tri Unsafe = Tri::Unknown;
};

// The effective permission of a view, and where it comes from.
struct Permission {
  Access A;
  std::string Phrase;     // for the message: AllowAny, DRF's default AllowAny ...
  Exposure::Related Note; // where it is declared (invalid when nowhere)
};

std::optional<Access> knownPermission(std::string_view Q) {
  if (!Q.starts_with("rest_framework.permissions.") && !Q.starts_with("rest_framework."))
    return std::nullopt;
  std::string_view L = py::lastComponent(Q);
  if (L == "AllowAny" || L == "BasePermission")
    return Access{Tri::True, Tri::True};
  if (L == "IsAuthenticatedOrReadOnly" || L == "DjangoModelPermissionsOrAnonReadOnly")
    return Access{Tri::True, Tri::False};
  if (L == "IsAuthenticated" || L == "IsAdminUser" || L == "DjangoModelPermissions" ||
      L == "DjangoObjectPermissions")
    return Access{Tri::False, Tri::False};
  return std::nullopt;
}

// What the generic views, viewsets and mixins of DRF serve.
struct Capability {
  bool Read = false;   // GET list/retrieve
  bool Update = false; // PUT/PATCH, answered with the serialized object
};

Capability libraryCapability(std::string_view Q) {
  std::string_view L = py::lastComponent(Q);
  Capability C;
  if (L == "ListAPIView" || L == "RetrieveAPIView" || L == "ListCreateAPIView" ||
      L == "RetrieveDestroyAPIView" || L == "ReadOnlyModelViewSet" || L == "ListModelMixin" ||
      L == "RetrieveModelMixin")
    C.Read = true;
  if (L == "RetrieveUpdateAPIView" || L == "RetrieveUpdateDestroyAPIView" || L == "ModelViewSet") {
    C.Read = true;
    C.Update = true;
  }
  if (L == "UpdateAPIView" || L == "UpdateModelMixin")
    C.Update = true;
  return C;
}

// One model field a serializer returns, with the notes that explain how.
struct Returned {
  FieldRef F;
  std::vector<Exposure::Related> Notes;
  std::string Serializer; // the outermost serializer on the way (the view's)
};

struct DeclaredField {
  std::string Name;
  SourceRange Where;
  std::string Source; // the model attribute path it reads (source=, else its name)
  bool WriteOnly = false;
  int Nested = -1; // a nested ModelSerializer (class index)
};

class RestReader {
public:
  RestReader(const Project &P, const DjangoModels &Models, Model &M) : P(P), Models(Models), M(M) {}

  void run() {
    readSettings();
    // Views in source order, module by module: class-based views and
    // @api_view functions interleaved as written.
    const auto &Cs = P.classes();
    std::map<std::pair<size_t, uint32_t>, int> ClassAt;
    for (size_t I = 0; I < Cs.size(); ++I)
      ClassAt[{Cs[I].Module, P.moduleOf(Cs[I]).Tree.node(Cs[I].Node).Begin}] = static_cast<int>(I);
    auto Next = ClassAt.begin();
    for (size_t MI = 0; MI < P.modules().size(); ++MI) {
      const py::Module &Mod = P.modules()[MI];
      std::vector<std::pair<uint32_t, NodeId>> Functions;
      for (NodeId S : statementsOf(Mod.Tree, Mod.Tree.root()))
        if (Mod.Tree.node(S).Type == "decorated_definition")
          Functions.emplace_back(Mod.Tree.node(S).Begin, S);
      size_t FI = 0;
      while (true) {
        bool HaveClass = Next != ClassAt.end() && Next->first.first == MI;
        bool HaveFunction = FI < Functions.size();
        if (!HaveClass && !HaveFunction)
          break;
        if (HaveClass && (!HaveFunction || Next->first.second < Functions[FI].first)) {
          if (isView(Next->second))
            classView(Next->second);
          ++Next;
        } else {
          functionView(Mod, Functions[FI++].second);
        }
      }
    }
  }

private:
  const Project &P;
  const DjangoModels &Models;
  Model &M;
  Permission Default;
  std::map<int, int> SerializerMemo; // class -> 1 serializer, 0 not
  std::map<int, bool> ViewMemo;
  std::map<int, std::vector<Returned>> ReturnedMemo;
  std::set<int> Computing;

  // ------------------------------------------------------------ ancestry
  // Walks C and its project bases (depth first, left to right, as Python's
  // MRO for the usual single-chain hierarchies), calling Fn(class) until it
  // returns true; external bases go to Ext(qualified name).
  template <class FnT, class ExtT> bool walk(int C, FnT Fn, ExtT Ext, int Depth = 0) const {
    if (Depth > 32)
      return false;
    if (Fn(C))
      return true;
    for (const Resolved &B : P.bases(C)) {
      if (B.project()) {
        if (walk(B.Class, Fn, Ext, Depth + 1))
          return true;
      } else if (Ext(B.Qualified)) {
        return true;
      }
    }
    return false;
  }

  // Calls Each(class, module, statement) for the statements of each class
  // body along C's ancestry, in walk() order, until Stop() holds after a
  // body; external bases go to Ext(qualified name) as in walk().
  template <class EachT, class StopT, class ExtT>
  void walkStatements(int C, EachT Each, StopT Stop, ExtT Ext) const {
    walk(
        C,
        [&](int K) {
          const ClassInfo &CI = P.classes()[K];
          const py::Module &Mod = P.moduleOf(CI);
          for (NodeId S : statementsOf(Mod.Tree, classBody(Mod.Tree, CI.Node)))
            Each(K, Mod, S);
          return Stop();
        },
        Ext);
  }

  bool isSerializer(int C) {
    auto It = SerializerMemo.find(C);
    if (It != SerializerMemo.end())
      return It->second == 1;
    SerializerMemo[C] = 0;
    bool Yes = walk(
        C, [](int) { return false; },
        [](const std::string &Q) {
          return Q.starts_with("rest_framework")
                     ? Q.ends_with(".ModelSerializer") || Q.ends_with(".HyperlinkedModelSerializer")
                     : Q.ends_with("ModelSerializer");
        });
    SerializerMemo[C] = Yes ? 1 : 0;
    return Yes;
  }

  bool isView(int C) {
    auto It = ViewMemo.find(C);
    if (It != ViewMemo.end())
      return It->second;
    ViewMemo[C] = false;
    bool Yes = walk(
        C, [](int) { return false; },
        [](const std::string &Q) {
          return Q.starts_with("rest_framework.views.") ||
                 Q.starts_with("rest_framework.generics.") ||
                 Q.starts_with("rest_framework.viewsets.") ||
                 Q.starts_with("rest_framework.mixins.");
        });
    ViewMemo[C] = Yes;
    return Yes;
  }

  // The class attribute `Name = value` nearest in C's ancestry.
  struct Attr {
    int Class = -1;
    NodeId Name = NoNode, Value = NoNode;
  };
  Attr attribute(int C, std::string_view Name) const {
    Attr Out;
    walkStatements(
        C,
        [&](int K, const py::Module &Mod, NodeId S) {
          auto [L, R] = simpleAssignment(Mod.Tree, S);
          if (L != NoNode && Mod.Tree.text(L) == Name)
            Out = {K, L, R};
        },
        [&] { return Out.Class >= 0; }, [](const std::string &) { return false; });
    return Out;
  }

  // ------------------------------------------------------------ permissions
  Access evalPermission(const py::Module &Mod, NodeId N, int Depth = 0) const {
    const ts::SyntaxTree &T = Mod.Tree;
    if (N == NoNode || Depth > 16)
      return {};
    std::string_view Ty = T.node(N).Type;
    if (Ty == "parenthesized_expression") {
      auto Kids = T.namedChildren(N);
      return Kids.size() == 1 ? evalPermission(Mod, Kids[0], Depth + 1) : Access{};
    }
    if (Ty == "call")
      return evalPermission(Mod, T.child(N, "function"), Depth + 1);
    if (Ty == "binary_operator" || Ty == "boolean_operator") {
      NodeId Op = T.child(N, "operator");
      Access L = evalPermission(Mod, T.child(N, "left"), Depth + 1);
      Access R = evalPermission(Mod, T.child(N, "right"), Depth + 1);
      std::string_view O = Op == NoNode ? "" : T.text(Op);
      if (O == "|" || O == "or")
        return {triOr(L.Safe, R.Safe), triOr(L.Unsafe, R.Unsafe)};
      if (O == "&" || O == "and")
        return {triAnd(L.Safe, R.Safe), triAnd(L.Unsafe, R.Unsafe)};
      return {};
    }
    if (Ty == "unary_operator") {
      NodeId Op = T.child(N, "operator");
      if (Op == NoNode || T.text(Op) != "~")
        return {};
      Access A = evalPermission(Mod, T.child(N, "argument"), Depth + 1);
      return {triNot(A.Safe), triNot(A.Unsafe)};
    }
    if (Ty == "string") {
      auto S = py::stringValue(T, N);
      return S ? evalPermissionName(P.resolveQualified(*S), Depth + 1) : Access{};
    }
    Resolved R = P.resolveNode(Mod, N);
    return evalPermissionName(R, Depth + 1);
  }

  Access evalPermissionName(const Resolved &R, int Depth) const {
    if (Depth > 16)
      return {};
    if (!R.project()) {
      auto K = knownPermission(R.Qualified);
      return K ? *K : Access{};
    }
    // A project permission class decides for itself when it defines
    // has_permission or has_object_permission; else its base decides.
    const ClassInfo &C = P.classes()[R.Class];
    const ts::SyntaxTree &T = P.moduleOf(C).Tree;
    if (method(T, C.Node, "has_permission") != NoNode ||
        method(T, C.Node, "has_object_permission") != NoNode)
      return {};
    for (const Resolved &B : P.bases(R.Class)) {
      Access A = evalPermissionName(B, Depth + 1);
      if (A.Safe != Tri::Unknown || A.Unsafe != Tri::Unknown)
        return A;
    }
    return {};
  }

  // A list of permission classes: every one must pass.
  Access evalPermissionList(const py::Module &Mod, NodeId List) const {
    std::string_view Ty = List == NoNode ? "" : Mod.Tree.node(List).Type;
    if (Ty != "list" && Ty != "tuple" && Ty != "parenthesized_expression")
      return {}; // a name bound elsewhere: not followed
    Access A{Tri::True, Tri::True};
    for (NodeId E : py::sequenceElements(Mod.Tree, List)) {
      Access X = evalPermission(Mod, E);
      A = {triAnd(A.Safe, X.Safe), triAnd(A.Unsafe, X.Unsafe)};
    }
    return A;
  }

  std::string phraseOf(const py::Module &Mod, NodeId List) const {
    auto Es = py::sequenceElements(Mod.Tree, List);
    if (Es.empty())
      return "empty permission_classes";
    std::string Out;
    for (NodeId E : Es) {
      // A dotted path in settings: its class name.
      auto Str = py::stringValue(Mod.Tree, E);
      Out += (Out.empty() ? "" : ", ") +
             (Str ? std::string(py::lastComponent(*Str)) : collapseSpaces(Mod.Tree.text(E)));
    }
    return Out;
  }

  // REST_FRAMEWORK["DEFAULT_PERMISSION_CLASSES"] in the settings modules.
  // Several settings modules (base, dev, production) may disagree: the
  // default counts as open only when none of them closes it.
  void readSettings() {
    Default.A = {Tri::True, Tri::True};
    Default.Phrase = "DRF's default AllowAny";
    bool Decided = false; // an open setting was seen (its note is kept)
    bool Closed = false, Unknown = false;
    for (const auto &Mod : P.modules()) {
      const ts::SyntaxTree &T = Mod.Tree;
      for (NodeId S : statementsOf(T, T.root())) {
        NodeId A = S;
        if (T.node(S).Type == "expression_statement" && T.namedChildren(S).size() == 1)
          A = T.namedChildren(S)[0];
        if (T.node(A).Type != "assignment")
          continue;
        NodeId L = T.child(A, "left"), R = T.child(A, "right");
        if (L == NoNode || R == NoNode)
          continue;
        NodeId Value = NoNode, Anchor = L;
        bool Whole = false;
        if (T.node(L).Type == "identifier" && T.text(L) == "REST_FRAMEWORK") {
          Whole = true;
          if (T.node(R).Type != "dictionary") {
            Unknown = true;
            continue;
          }
          bool Splat = false;
          for (NodeId Pr : T.namedChildren(R)) {
            if (T.node(Pr).Type == "dictionary_splat")
              Splat = true;
            if (T.node(Pr).Type != "pair")
              continue;
            auto K = py::stringValue(T, T.child(Pr, "key"));
            if (K && *K == "DEFAULT_PERMISSION_CLASSES") {
              Value = T.child(Pr, "value");
              Anchor = T.child(Pr, "key");
            }
          }
          if (Value == NoNode && Splat) {
            Unknown = true;
            continue;
          }
        } else if (T.node(L).Type == "subscript") {
          NodeId Obj = T.child(L, "value");
          NodeId Key = T.child(L, "subscript");
          auto K = py::stringValue(T, Key);
          if (Obj == NoNode || T.text(Obj) != "REST_FRAMEWORK" || !K ||
              *K != "DEFAULT_PERMISSION_CLASSES")
            continue;
          Value = R;
          Anchor = Key;
        } else {
          continue;
        }
        if (Value == NoNode) {
          if (Whole && !Decided && !Closed) {
            Default.Note = {Mod.range(L), "REST_FRAMEWORK sets no DEFAULT_PERMISSION_CLASSES: DRF "
                                          "lets any request through"};
          }
          continue;
        }
        Access Acc = evalPermissionList(Mod, Value);
        if (Acc.Safe == Tri::False) {
          Closed = true;
        } else if (Acc.Safe == Tri::Unknown) {
          Unknown = true;
        } else if (!Decided) {
          Decided = true;
          Default.A = Acc;
          Default.Phrase = "DEFAULT_PERMISSION_CLASSES " + phraseOf(Mod, Value);
          Default.Note = {Mod.range(Anchor),
                          "DEFAULT_PERMISSION_CLASSES lets anonymous users read"};
        }
      }
    }
    if (Closed)
      Default.A = {Tri::False, Tri::False};
    else if (Unknown)
      Default.A = {};
  }

  // ------------------------------------------------------------ serializers
  NodeId metaOf(int C, int &Owner) const {
    NodeId Found = NoNode;
    walk(
        C,
        [&](int K) {
          const ClassInfo &CI = P.classes()[K];
          Found = nestedClass(P.moduleOf(CI).Tree, CI.Node, "Meta");
          if (Found != NoNode)
            Owner = K;
          return Found != NoNode;
        },
        [](const std::string &) { return false; });
    return Found;
  }

  // Declared serializer fields, the nearest definition of each name first.
  std::vector<DeclaredField> declaredFields(int C) {
    std::vector<DeclaredField> Out;
    std::set<std::string> Seen;
    walkStatements(
        C,
        [&](int, const py::Module &Mod, NodeId S) {
          const ts::SyntaxTree &T = Mod.Tree;
          auto [L, R] = simpleAssignment(T, S);
          if (L == NoNode || T.node(R).Type != "call")
            return;
          std::string Name(T.text(L));
          if (Seen.contains(Name))
            return;
          std::string Fn = py::dottedName(T, T.child(R, "function"));
          Resolved Res = P.resolve(Mod, Fn);
          DeclaredField D;
          D.Name = Name;
          D.Where = Mod.range(L);
          D.Source = Name;
          if (Res.project() && isSerializer(Res.Class)) {
            D.Nested = Res.Class;
          } else if (Res.project() ||
                     !(Res.Qualified.ends_with("Field") || Res.Qualified.ends_with("Serializer"))) {
            return;
          }
          std::string_view Last = py::lastComponent(Res.Qualified);
          if (Last == "SerializerMethodField" || Last == "HiddenField")
            D.Source.clear(); // computed, not a model attribute
          if (auto Src = py::stringValue(T, py::keywordArgument(T, R, "source")))
            D.Source = *Src == "*" ? std::string() : *Src;
          NodeId WO = py::keywordArgument(T, R, "write_only");
          D.WriteOnly = WO != NoNode && T.node(WO).Type == "true";
          Seen.insert(Name);
          Out.push_back(std::move(D));
        },
        [] { return false; }, [](const std::string &) { return false; });
    return Out;
  }

  // The model fields an attribute path (customer.email) of Model reads.
  std::optional<FieldRef> followSource(int Model, const std::string &Source,
                                       int &FinalModel) const {
    std::string_view Rest = Source;
    for (int Hop = 0; Hop < 8 && Model >= 0; ++Hop) {
      size_t Dot = Rest.find('.');
      std::string Head(Rest.substr(0, Dot));
      if (Dot == std::string_view::npos) {
        FinalModel = Model;
        return Models.field(Model, Head);
      }
      Model = Models.target(Model, Head);
      Rest.remove_prefix(Dot + 1);
    }
    return std::nullopt;
  }

  std::string serializerName(int C) const { return P.classes()[C].Qualified; }

  void add(std::vector<Returned> &Out, std::set<std::pair<size_t, size_t>> &Seen, Returned R) {
    if (Seen.insert({R.F.Entity, R.F.Field}).second)
      Out.push_back(std::move(R));
  }

  // The model fields serializer C returns, memoized; nested serializers and
  // Meta.depth are followed.
  const std::vector<Returned> &returned(int C) {
    if (auto It = ReturnedMemo.find(C); It != ReturnedMemo.end())
      return It->second;
    static const std::vector<Returned> None;
    if (!Computing.insert(C).second)
      return None; // a serializer nesting itself
    std::vector<Returned> Out = computeReturned(C);
    Computing.erase(C);
    return ReturnedMemo[C] = std::move(Out);
  }

  std::vector<Returned> computeReturned(int C) {
    std::vector<Returned> Out;
    std::set<std::pair<size_t, size_t>> Seen;
    int Owner = -1;
    NodeId Meta = metaOf(C, Owner);
    if (Meta == NoNode)
      return Out;
    const py::Module &MetaMod = P.moduleOf(P.classes()[Owner]);
    const ts::SyntaxTree &T = MetaMod.Tree;
    NodeId ModelN = NoNode, FieldsN = NoNode, ExcludeN = NoNode, ExtraN = NoNode, DepthN = NoNode;
    NodeId FieldsKey = NoNode, ExcludeKey = NoNode;
    for (NodeId S : statementsOf(T, classBody(T, Meta))) {
      auto [L, R] = simpleAssignment(T, S);
      if (L == NoNode)
        continue;
      std::string_view K = T.text(L);
      if (K == "model")
        ModelN = R;
      else if (K == "fields")
        FieldsN = R, FieldsKey = L;
      else if (K == "exclude")
        ExcludeN = R, ExcludeKey = L;
      else if (K == "extra_kwargs")
        ExtraN = R;
      else if (K == "depth")
        DepthN = R;
    }
    Resolved MR = P.resolveNode(MetaMod, ModelN);
    int Model = MR.project() ? Models.modelOfClass(MR.Class) : -1;
    if (Model < 0)
      return Out;
    std::string SName = serializerName(C);
    // extra_kwargs = {"email": {"write_only": True}}: never returned.
    std::set<std::string> WriteOnly;
    if (ExtraN != NoNode && T.node(ExtraN).Type == "dictionary")
      for (NodeId Pr : T.namedChildren(ExtraN)) {
        if (T.node(Pr).Type != "pair")
          continue;
        auto K = py::stringValue(T, T.child(Pr, "key"));
        NodeId V = T.child(Pr, "value");
        if (!K || V == NoNode || T.node(V).Type != "dictionary")
          continue;
        for (NodeId Opt : T.namedChildren(V))
          if (T.node(Opt).Type == "pair" &&
              py::stringValue(T, T.child(Opt, "key")).value_or("") == "write_only" &&
              T.child(Opt, "value") != NoNode && T.node(T.child(Opt, "value")).Type == "true")
            WriteOnly.insert(*K);
      }
    int Depth = 0;
    SourceRange DepthWhere;
    if (DepthN != NoNode && T.node(DepthN).Type == "integer") {
      Depth = std::atoi(std::string(T.text(DepthN)).c_str());
      DepthWhere = MetaMod.range(DepthN);
    }
    auto Declared = declaredFields(C);
    auto DeclaredNamed = [&](const std::string &N) -> const DeclaredField * {
      for (const auto &D : Declared)
        if (D.Name == N)
          return &D;
      return nullptr;
    };

    auto AddModelField = [&](const FieldRef &F, SourceRange Where, const std::string &Why) {
      const Field &Fd = M.Entities[F.Entity].Fields[F.Field];
      if (WriteOnly.contains(Fd.Name))
        return;
      Returned R;
      R.F = F;
      R.Serializer = SName;
      R.Notes.push_back({Where, "serializer '" + SName + "' returns '" + Fd.Name + "'" + Why});
      add(Out, Seen, R);
      // Meta.depth nests related models with all their fields.
      if (Depth > 0 && Fd.Type == TypeClass::Reference) {
        int Target = Models.target(Model, Fd.Name);
        if (Target >= 0)
          for (const FieldRef &G : Models.allFields(Target)) {
            Returned N = R;
            const Field &Gd = M.Entities[G.Entity].Fields[G.Field];
            N.F = G;
            N.Notes.push_back({DepthWhere, "with depth = " + std::to_string(Depth) + " it nests '" +
                                               M.Entities[G.Entity].QualifiedName + "." + Gd.Name +
                                               "'"});
            add(Out, Seen, N);
          }
      }
    };
    auto AddDeclared = [&](const DeclaredField &D) {
      if (D.WriteOnly)
        return;
      if (D.Nested >= 0) {
        for (const Returned &Inner : returned(D.Nested)) {
          Returned R = Inner;
          R.Serializer = SName;
          R.Notes.insert(R.Notes.begin(),
                         {D.Where, "serializer '" + SName + "' nests serializer '" +
                                       serializerName(D.Nested) + "' as '" + D.Name + "'"});
          add(Out, Seen, R);
        }
        return;
      }
      if (D.Source.empty())
        return;
      int Final = -1;
      if (auto F = followSource(Model, D.Source, Final)) {
        Returned R;
        R.F = *F;
        R.Serializer = SName;
        const Field &Fd = M.Entities[F->Entity].Fields[F->Field];
        std::string Why = D.Source == D.Name ? "" : " as '" + D.Name + "'";
        R.Notes.push_back({D.Where, "serializer '" + SName + "' returns '" + D.Source + "'" + Why});
        (void)Fd;
        add(Out, Seen, R);
      }
    };

    std::optional<std::string> All = py::stringValue(T, FieldsN);
    if (All && *All == "__all__") {
      for (const FieldRef &F : Models.allFields(Model))
        AddModelField(F, MetaMod.range(FieldsN), " (fields = '__all__')");
      for (const auto &D : Declared)
        AddDeclared(D);
    } else if (FieldsN != NoNode) {
      for (NodeId E : py::sequenceElements(T, FieldsN)) {
        auto Name = py::stringValue(T, E);
        if (!Name)
          continue;
        if (const DeclaredField *D = DeclaredNamed(*Name)) {
          AddDeclared(*D);
        } else if (auto F = Models.field(Model, *Name)) {
          AddModelField(*F, MetaMod.range(E), "");
        }
      }
    } else if (ExcludeN != NoNode) {
      std::set<std::string> Excluded;
      for (NodeId E : py::sequenceElements(T, ExcludeN))
        if (auto Name = py::stringValue(T, E))
          Excluded.insert(*Name);
      for (const FieldRef &F : Models.allFields(Model)) {
        const std::string &N = M.Entities[F.Entity].Fields[F.Field].Name;
        if (!Excluded.contains(N))
          AddModelField(F, MetaMod.range(ExcludeKey), " (not in exclude)");
      }
      for (const auto &D : Declared)
        AddDeclared(D);
    }
    // Neither fields nor exclude: DRF refuses the serializer (since 3.3).
    (void)FieldsKey;
    return Out;
  }

  // Serializer classes named anywhere in a subtree (get_serializer_class,
  // a get() that builds one, a function view's body).
  void serializersIn(const py::Module &Mod, NodeId N, std::vector<int> &Out, int Depth = 0) {
    if (N == NoNode || Depth > 200)
      return;
    const ts::SyntaxTree &T = Mod.Tree;
    std::string_view Ty = T.node(N).Type;
    if (Ty == "identifier" || Ty == "attribute") {
      Resolved R = P.resolveNode(Mod, N);
      if (R.project() && isSerializer(R.Class)) {
        if (std::find(Out.begin(), Out.end(), R.Class) == Out.end())
          Out.push_back(R.Class);
        return;
      }
      if (Ty == "identifier")
        return;
    }
    for (NodeId C : T.namedChildren(N))
      serializersIn(Mod, C, Out, Depth + 1);
  }

  // ------------------------------------------------------------ views
  // What a decorator applies: its expression (a call or a name) and the
  // callee that expression resolves to; Expr is NoNode for an empty one.
  struct Decoration {
    NodeId Expr = NoNode, Callee = NoNode;
    Resolved Target;
  };
  Decoration decoration(const py::Module &Mod, NodeId Dec) const {
    const ts::SyntaxTree &T = Mod.Tree;
    auto Kids = T.namedChildren(Dec);
    if (Kids.empty())
      return {};
    NodeId E = Kids[0];
    NodeId Fn = T.node(E).Type == "call" ? T.child(E, "function") : E;
    return {E, Fn, P.resolveNode(Mod, Fn)};
  }

  // The HTTP methods a list of strings names ("GET", "patch"): GET reads,
  // PUT and PATCH update.
  static void addMethods(const ts::SyntaxTree &T, NodeId Methods, bool &Read, bool &Update) {
    for (NodeId Me : py::sequenceElements(T, Methods)) {
      std::string Mv = lowerAscii(py::stringValue(T, Me).value_or(""));
      Read |= Mv == "get";
      Update |= Mv == "put" || Mv == "patch";
    }
  }

  void classView(int V) {
    const ClassInfo &VC = P.classes()[V];
    Capability Cap;
    std::vector<int> Serializers;
    // Handlers: library bases, then the methods of the view's own classes.
    walkStatements(
        V,
        [&](int, const py::Module &Mod, NodeId S) {
          const ts::SyntaxTree &T = Mod.Tree;
          NodeId D = S;
          std::vector<NodeId> Decorators;
          if (T.node(S).Type == "decorated_definition") {
            D = T.child(S, "definition");
            for (NodeId Dec : T.namedChildren(S))
              if (T.node(Dec).Type == "decorator")
                Decorators.push_back(Dec);
          }
          if (D == NoNode || T.node(D).Type != "function_definition")
            return;
          NodeId NameN = T.child(D, "name");
          std::string_view Name = NameN == NoNode ? "" : T.text(NameN);
          bool Read = Name == "get" || Name == "list" || Name == "retrieve";
          bool Update =
              Name == "put" || Name == "patch" || Name == "update" || Name == "partial_update";
          for (NodeId Dec : Decorators) {
            Decoration U = decoration(Mod, Dec);
            if (U.Expr == NoNode || U.Target.project() ||
                py::lastComponent(U.Target.Qualified) != "action")
              continue;
            NodeId E = U.Expr;
            NodeId Methods =
                T.node(E).Type == "call" ? py::keywordArgument(T, E, "methods") : NoNode;
            if (Methods == NoNode) {
              Read = true;
              continue;
            }
            addMethods(T, Methods, Read, Update);
          }
          Cap.Read |= Read;
          Cap.Update |= Update;
          if (Read || Update || Name == "get_serializer_class" || Name == "get_serializer")
            serializersIn(Mod, T.child(D, "body"), Serializers);
        },
        [] { return false; },
        [&](const std::string &Q) {
          Capability L = libraryCapability(Q);
          Cap.Read |= L.Read;
          Cap.Update |= L.Update;
          return false;
        });
    Attr SC = attribute(V, "serializer_class");
    if (SC.Class >= 0) {
      const py::Module &Mod = P.moduleOf(P.classes()[SC.Class]);
      Resolved R = P.resolveNode(Mod, SC.Value);
      if (R.project() && isSerializer(R.Class) &&
          std::find(Serializers.begin(), Serializers.end(), R.Class) == Serializers.end())
        Serializers.insert(Serializers.begin(), R.Class);
    }
    if (Serializers.empty() || (!Cap.Read && !Cap.Update))
      return;
    Permission Perm;
    const ts::SyntaxTree &VT = P.moduleOf(VC).Tree;
    if (method(VT, VC.Node, "get_permissions") != NoNode)
      return; // permissions chosen at run time: not evaluated
    Attr PC = attribute(V, "permission_classes");
    if (PC.Class >= 0) {
      const py::Module &Mod = P.moduleOf(P.classes()[PC.Class]);
      Perm.A = evalPermissionList(Mod, PC.Value);
      Perm.Phrase = phraseOf(Mod, PC.Value);
      Perm.Note = {Mod.range(PC.Name), "permission_classes lets anonymous users read"};
    } else {
      Perm = Default;
    }
    const py::Module &VMod = P.moduleOf(VC);
    emit(VC.Qualified, VMod.range(VMod.Tree.child(VC.Node, "name")), Cap, Perm, Serializers);
  }

  // @api_view(["GET"]) functions with @permission_classes([...]).
  void functionView(const py::Module &Mod, NodeId S) {
    const ts::SyntaxTree &T = Mod.Tree;
    NodeId D = T.child(S, "definition");
    if (D == NoNode || T.node(D).Type != "function_definition")
      return;
    bool ApiView = false;
    Capability Cap;
    Permission Perm = Default;
    for (NodeId Dec : T.namedChildren(S)) {
      if (T.node(Dec).Type != "decorator")
        continue;
      Decoration U = decoration(Mod, Dec);
      if (U.Expr == NoNode || U.Target.project() ||
          !U.Target.Qualified.starts_with("rest_framework.decorators."))
        continue;
      NodeId E = U.Expr;
      std::string_view L = py::lastComponent(U.Target.Qualified);
      auto Args = T.node(E).Type == "call" ? py::positionalArguments(T, E) : std::vector<NodeId>{};
      if (L == "api_view") {
        ApiView = true;
        NodeId Methods = !Args.empty()              ? Args.front()
                         : T.node(E).Type == "call" ? py::keywordArgument(T, E, "http_method_names")
                                                    : NoNode;
        if (Methods == NoNode) {
          Cap.Read = true; // GET only
          continue;
        }
        addMethods(T, Methods, Cap.Read, Cap.Update);
      } else if (L == "permission_classes" && !Args.empty()) {
        Perm.A = evalPermissionList(Mod, Args.front());
        Perm.Phrase = phraseOf(Mod, Args.front());
        Perm.Note = {Mod.range(U.Callee), "@permission_classes lets anonymous users read"};
      }
    }
    if (!ApiView)
      return;
    std::vector<int> Serializers;
    serializersIn(Mod, T.child(D, "body"), Serializers);
    if (Serializers.empty())
      return;
    NodeId Name = T.child(D, "name");
    std::string Qualified =
        Mod.Name.empty() ? std::string(T.text(Name)) : Mod.Name + "." + std::string(T.text(Name));
    emit(Qualified, Mod.range(Name), Cap, Perm, Serializers);
  }

  void emit(const std::string &Via, SourceRange Where, Capability Cap, const Permission &Perm,
            const std::vector<int> &Serializers) {
    bool Open =
        (Cap.Read && Perm.A.Safe == Tri::True) || (Cap.Update && Perm.A.Unsafe == Tri::True);
    if (!Open)
      return;
    std::set<std::pair<size_t, size_t>> Seen;
    for (int S : Serializers)
      for (const Returned &R : returned(S)) {
        if (!Seen.insert({R.F.Entity, R.F.Field}).second)
          continue;
        const Entity &E = M.Entities[R.F.Entity];
        const Field &F = E.Fields[R.F.Field];
        Exposure X;
        X.Audience = "anonymous";
        X.Role = Perm.Phrase;
        X.Channel = "api-view";
        X.Via = Via;
        X.Who = "anonymous users";
        X.Through = "through API view '" + Via + "' (" + Perm.Phrase + ")";
        X.Serializer = R.Serializer;
        X.EntityIndex = R.F.Entity;
        X.FieldIndex = R.F.Field;
        X.Where = Where;
        if (Perm.Note.Where.valid())
          X.RelatedLocations.push_back(Perm.Note);
        X.RelatedLocations.insert(X.RelatedLocations.end(), R.Notes.begin(), R.Notes.end());
        X.RelatedLocations.push_back(
            {F.Range, "'" + E.QualifiedName + "." + F.Name + "' is defined here"});
        M.Exposures.push_back(std::move(X));
      }
  }
};

} // namespace

void readRestFramework(const Project &P, const DjangoModels &Models, Model &M) {
  RestReader(P, Models, M).run();
}

} // namespace privlint::django
