#include "Frontend/Frontend.h"

#include "Engine/SourceLoader.h"
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

bool UnitInput::usable(const SourceFile *File) const {
  auto It = PeekedByFile.find(File);
  return It == PeekedByFile.end() || Peeked[It->second].Usable;
}

void UnitInput::use(const SourceFile *File) {
  auto It = PeekedByFile.find(File);
  if (It == PeekedByFile.end())
    return;
  PeekedFile &P = Peeked[It->second];
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
