// The source files of one source root, parsed only when a reader needs them
// (a given file, or the file a type or module name leads to) and kept parsed
// for the rest of the run. The Java and TypeScript projects build their name
// lookup on this; what each indexes in a parsed file is their own.
#pragma once

#include "Frontend/Orm/OrmProject.h"
#include "Frontend/Orm/OrmProtection.h"
#include "Frontend/TreeSitter/ParseSource.h"
#include "Frontend/TreeSitter/TreeSitterAdapter.h"
#include "Model/Model.h"

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace privlint::orm {

/// One file of a lazily parsed project. Readers derive from it to add what
/// they index (package and imports, exports, declarations).
struct LazyFile {
  const SourceFile *File = nullptr;
  OrmFile Source;      // to say the reader needs it (OrmFile::use)
  bool Given = false;  // named or found by the run (not only context)
  bool Parsed = false; // a parse was attempted (Tree is empty when it failed)
  ts::SyntaxTree Tree;

  SourceRange range(ts::NodeId N) const {
    if (N == ts::NoNode)
      return SourceRange{File, 0, 0};
    return SourceRange{File, Tree.node(N).Begin, Tree.node(N).End};
  }
  std::string_view text(ts::NodeId N) const { return Tree.text(N); }
};

template <class FileT> class LazyProject {
public:
  /// Index is called once on each file that parses, right after parsing.
  using Indexer = void (*)(FileT &);

  LazyProject(ts::Grammar G, const std::vector<OrmFile> &Sources, Indexer Index)
      : G(G), Index(Index) {
    for (const auto &S : Sources) {
      auto F = std::make_unique<FileT>();
      F->File = S.File;
      F->Source = S;
      F->Given = S.Given;
      Files.push_back(std::move(F));
    }
  }

  size_t size() const { return Files.size(); }
  FileT &file(size_t I) { return *Files[I]; }
  const FileT &file(size_t I) const { return *Files[I]; }

  /// Parses file I the first time it is asked for; false when it cannot be
  /// parsed. Syntax errors of a given file are added to Problems, those of
  /// a context file are dropped (it is only read to resolve names).
  bool load(size_t I, std::vector<InputProblem> &Problems) {
    FileT &F = *Files[I];
    if (F.Parsed)
      return F.Tree.root() != ts::NoNode;
    F.Parsed = true;
    F.Source.use(); // parsed: its content reaches the results
    std::vector<InputProblem> Dropped;
    if (!ts::parseSource(G, *F.File, F.Tree, F.Given ? Problems : Dropped))
      return false;
    Index(F);
    return true;
  }
  /// load() for a name lookup: whatever the file's problems, none is kept.
  bool loadQuietly(size_t I) {
    std::vector<InputProblem> Dropped;
    return load(I, Dropped);
  }

  /// The files to read entities from, parsed, in file order: every given
  /// file, and each context file that may put a field into one (MayDeclare
  /// says its text may declare an entity, and it mentions as a whole word a
  /// name that NamesOf(file, names) adds for a given file: an embedded type,
  /// a base class). Other context files are parsed when a name leads to them.
  template <class NamesOf, class MayDeclare>
  std::vector<size_t> loadGivenAndRelated(std::vector<InputProblem> &Problems, NamesOf Names,
                                          MayDeclare MayDeclareEntity) {
    std::vector<std::string> GivenNames;
    std::vector<size_t> Order;
    for (size_t I = 0; I < size(); ++I) {
      if (!Files[I]->Given || !load(I, Problems))
        continue;
      Order.push_back(I);
      Names(*Files[I], GivenNames);
    }
    if (!GivenNames.empty())
      for (size_t I = 0; I < size(); ++I) {
        if (Files[I]->Given)
          continue;
        std::string_view Text = Files[I]->File->text();
        if (!MayDeclareEntity(Text))
          continue;
        bool Related = std::any_of(GivenNames.begin(), GivenNames.end(),
                                   [&](const std::string &N) { return mentionsWord(Text, N); });
        if (Related && load(I, Problems))
          Order.push_back(I);
      }
    std::sort(Order.begin(), Order.end());
    return Order;
  }

private:
  ts::Grammar G;
  Indexer Index;
  std::vector<std::unique_ptr<FileT>> Files;
};

} // namespace privlint::orm
