// The source files of one source root, parsed only when a reader needs them
// (a given file, or the file a type or module name leads to) and kept parsed
// for the rest of the run. The Java and TypeScript projects build their name
// lookup on this; what each indexes in a parsed file is their own.
#pragma once

#include "Frontend/Orm/OrmProject.h"
#include "Frontend/TreeSitter/ParseSource.h"
#include "Frontend/TreeSitter/TreeSitterAdapter.h"
#include "Model/Model.h"

#include <memory>
#include <string_view>
#include <vector>

namespace privlint::orm {

/// One file of a lazily parsed project. Readers derive from it to add what
/// they index (package and imports, exports, declarations).
struct LazyFile {
  const SourceFile *File = nullptr;
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

private:
  ts::Grammar G;
  Indexer Index;
  std::vector<std::unique_ptr<FileT>> Files;
};

} // namespace privlint::orm
