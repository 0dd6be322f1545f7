#include "Frontend/Frontend.h"

#include "Engine/SourceLoader.h"
#include "Support/FileStamp.h"
#include "Support/Paths.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace privlint {

std::string_view FileProbe::head() const {
  if (!HeadRead) {
    Head = W.head(Path, 65536);
    HeadRead = true;
  }
  return Head;
}

std::string FileProbe::extension() const {
  std::string Ext = fs::path(Path).extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Ext;
}

SourceFile *UnitInput::load(const std::string &Path) {
  std::string Norm = normalizePath(Path);
  std::unique_ptr<SourceFile> SF;
  bool Usable = loadSource(Path, W.buffer(Norm), SF, LoadProblems);
  SF->setStableName(relativeToRoot(Path, Spec.ProjectRoot));
  Files.push_back(std::move(SF));
  return Usable ? Files.back().get() : nullptr;
}

namespace {

// A file on disk as an editor session keeps it between runs (peek()):
// loaded again when its stamp (device, inode, size, times) changes, after
// Workspace::forgetFile, or when it is named differently.
struct KeptFile {
  std::unique_ptr<SourceFile> File;
  std::vector<InputProblem> Problems;
  bool Usable = false;
  std::string Path, Stable; // as loaded
  FileStamp Stamp;
};

} // namespace

SourceFile *UnitInput::adopt(std::unique_ptr<SourceFile> File) {
  File->setStableName(relativeToRoot(File->path(), Spec.ProjectRoot));
  Files.push_back(std::move(File));
  return Files.back().get();
}

SourceFile *UnitInput::peek(const std::string &Path) {
  if (auto It = PeekIndex.find(Path); It != PeekIndex.end())
    return Peeked[It->second].Raw;
  PeekedFile P;
  const std::string *Buffer = W.buffers().empty() ? nullptr : W.buffer(normalizePath(Path));
  P.FromBuffer = Buffer != nullptr;
  if (!Buffer && W.keepsContext() && peekKept(Path, P))
    return P.Raw;
  // The stamp as the file was opened: a write after it changes the stamp.
  P.Usable = loadSource(Path, Buffer, P.File, P.Problems, &P.Stamp);
  P.File->setStableName(relativeToRoot(Path, Spec.ProjectRoot));
  SourceFile *F = P.File.get();
  P.Raw = F;
  PeekIndex.emplace(Path, Peeked.size());
  PeekedByFile.emplace(F, Peeked.size());
  Peeked.push_back(std::move(P));
  return F;
}

// An editor session: the copy of Path the workspace keeps, loaded again
// only when the file changed (a racy stamp, taken in the tick of the last
// write, is not trusted: such a file is read every time until it settles).
bool UnitInput::peekKept(const std::string &Path, PeekedFile &P) {
  FileStamp Stamp = stampOf(Path);
  if (!Stamp.Valid || isRacy(Stamp))
    return false;
  std::string Norm = normalizePath(Path);
  std::string Stable = relativeToRoot(Path, Spec.ProjectRoot);
  const std::string Key = Workspace::fileKey(Norm);
  auto Hit = std::static_pointer_cast<const KeptFile>(W.cached(Key));
  if (!Hit || !(Hit->Stamp == Stamp) || Hit->Path != Path || Hit->Stable != Stable) {
    auto K = std::make_shared<KeptFile>();
    FileStamp Read;
    K->Usable = loadSource(Path, nullptr, K->File, K->Problems, &Read);
    if (!(Read == Stamp))
      return false; // changed while it was read: this run reads it as peek() does
    K->File->setStableName(Stable);
    K->Path = Path;
    K->Stable = std::move(Stable);
    K->Stamp = Stamp;
    W.store(Key, K);
    Hit = K;
  }
  P.Kept = Hit;
  P.Raw = Hit->File.get();
  P.Usable = Hit->Usable;
  P.Problems = Hit->Problems;
  P.Stamp = Stamp;
  KeepAlive.push_back(Hit);
  PeekIndex.emplace(Path, Peeked.size());
  PeekedByFile.emplace(P.Raw, Peeked.size());
  Peeked.push_back(std::move(P));
  return true;
}

bool UnitInput::usable(const SourceFile *File) const {
  auto It = PeekedByFile.find(File);
  return It == PeekedByFile.end() || Peeked[It->second].Usable;
}

void UnitInput::use(const SourceFile *File) {
  auto It = PeekedByFile.find(File);
  if (It == PeekedByFile.end())
    return;
  PeekedFile &P = Peeked[It->second];
  if (P.Kept) { // kept by the workspace: it stays there (KeepAlive holds it)
    if (!P.Used)
      LoadProblems.insert(LoadProblems.end(), P.Problems.begin(), P.Problems.end());
    P.Used = true;
    return;
  }
  if (!P.File)
    return; // used already
  LoadProblems.insert(LoadProblems.end(), P.Problems.begin(), P.Problems.end());
  Files.push_back(std::move(P.File));
}

bool UnitInput::isGiven(const std::string &Normalized) const {
  return Spec.ReportAll || Spec.Given.contains(Normalized);
}

void UnitInput::skipped(const std::string &Path, const std::string &What) {
  note(Path + ": note: this build of privlint does not read " + What + " yet; skipped");
}

UnitFileList::UnitFileList(const std::vector<std::string> &UnitFiles) : Files(UnitFiles) {
  for (const auto &F : Files)
    Have.insert(normalizePath(F));
}

bool UnitFileList::add(std::string Display) {
  std::string Normalized = normalizePath(Display);
  return add(std::move(Display), Normalized);
}

bool UnitFileList::add(std::string Display, const std::string &Normalized) {
  if (!take(Normalized))
    return false;
  Files.push_back(std::move(Display));
  return true;
}

std::vector<std::string> Frontend::unitFiles(const UnitSpec &U, const Workspace &) const {
  std::vector<std::string> Files = U.Files;
  std::sort(Files.begin(), Files.end());
  return Files;
}

} // namespace privlint
