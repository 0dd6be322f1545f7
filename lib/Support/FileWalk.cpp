#include "Support/FileWalk.h"

#include "Support/Utf8.h"

#include <algorithm>
#include <set>
#include <sys/stat.h>
#include <utility>

namespace fs = std::filesystem;

namespace privlint {
namespace {

using FileId = std::pair<dev_t, ino_t>;

bool idOf(const fs::path &P, FileId &Id) {
  struct stat St;
  if (::stat(P.c_str(), &St) != 0)
    return false;
  Id = {St.st_dev, St.st_ino};
  return true;
}

// Whether P (canonical) is Root (canonical) or lies under it.
bool inside(const fs::path &P, const fs::path &Root) {
  auto [RootEnd, PIt] = std::mismatch(Root.begin(), Root.end(), P.begin(), P.end());
  return RootEnd == Root.end();
}

class Walker {
public:
  Walker(const fs::path &Root, FileWalkVisitor &V, std::vector<std::string> &Notes)
      : V(V), Notes(Notes) {
    std::error_code EC;
    CanonicalRoot = fs::canonical(Root, EC);
    if (EC)
      CanonicalRoot = fs::absolute(Root, EC).lexically_normal();
  }

  void walk(const fs::path &Dir, bool IsRoot) {
    FileId Id;
    if (!idOf(Dir, Id) || !Visited.insert(Id).second)
      return;
    if (!V.enterDirectory(Dir, IsRoot))
      return;
    Stack.emplace_back(Id, Dir);
    std::error_code EC;
    std::vector<fs::directory_entry> Entries;
    for (fs::directory_iterator It(Dir, EC), End; !EC && It != End; It.increment(EC))
      Entries.push_back(*It);
    std::sort(Entries.begin(), Entries.end(), [](const auto &A, const auto &B) {
      return A.path().filename() < B.path().filename();
    });
    for (const auto &E : Entries)
      entry(E);
    Stack.pop_back();
    V.leaveDirectory(Dir);
  }

private:
  void note(const fs::path &Link, const std::string &What) {
    Notes.push_back(percentEncodePath(Link.string()) + ": note: " + What);
  }

  void entry(const fs::directory_entry &E) {
    std::error_code EC;
    bool Link = E.is_symlink(EC);
    if (!Link && !EC) {
      // Not a link: the type the directory listing gave (no stat per file,
      // which is most of a walk over a large project).
      if (E.is_directory(EC))
        walk(E.path(), false);
      else if (!EC && E.is_regular_file(EC))
        V.file(E.path());
      return;
    }
    EC.clear();
    fs::file_status S = E.status(EC); // follows links
    if (EC) {
      // A link to itself, or a chain of links that never reaches a file.
      if (Link && EC == std::errc::too_many_symbolic_link_levels)
        note(E.path(), "symbolic link loop (the link never reaches a file or directory); "
                       "not followed");
      return; // dangling links and unreadable entries are skipped
    }
    if (Link) {
      // A target inside the walked tree is read at its own path (once).
      fs::path Target = fs::canonical(E.path(), EC);
      if (EC)
        return;
      if (fs::is_directory(S)) {
        FileId Id;
        if (!idOf(E.path(), Id))
          return;
        for (const auto &[AncestorId, Ancestor] : Stack)
          if (AncestorId == Id) {
            note(E.path(), "symbolic link loop (it leads back to '" +
                               percentEncodePath(Ancestor.string()) + "'); not followed");
            return;
          }
        // A directory above the walked root that holds the link: a loop too.
        fs::path Parent = fs::canonical(E.path().parent_path(), EC);
        if (!EC && inside(Parent, Target)) {
          note(E.path(), "symbolic link loop (it leads back to '" +
                             percentEncodePath(Target.string()) + "'); not followed");
          return;
        }
        EC.clear();
      }
      if (inside(Target, CanonicalRoot))
        return;
      if (fs::is_regular_file(S)) {
        FileId Id;
        if (idOf(E.path(), Id) && LinkedFiles.insert(Id).second)
          V.file(E.path());
        return;
      }
    }
    if (fs::is_directory(S))
      walk(E.path(), false);
    else if (fs::is_regular_file(S))
      V.file(E.path());
  }

  FileWalkVisitor &V;
  std::vector<std::string> &Notes;
  fs::path CanonicalRoot;
  std::set<FileId> Visited;                       // directories entered
  std::set<FileId> LinkedFiles;                   // files outside the root reached through links
  std::vector<std::pair<FileId, fs::path>> Stack; // directories being walked
};

} // namespace

void walkFiles(const fs::path &Root, FileWalkVisitor &V, std::vector<std::string> &Notes) {
  Walker W(Root, V, Notes);
  W.walk(Root, true);
}

} // namespace privlint
