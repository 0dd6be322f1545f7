#include "Support/Paths.h"

#include "Support/PathCache.h"

#include <cctype>
#include <filesystem>
#include <string_view>

namespace fs = std::filesystem;

namespace privlint {

std::string relativeToRoot(const std::string &Path, const std::string &Root) {
  namespace fs = std::filesystem;
  // The usual case with strings only: Path lies under Root.
  std::string AbsS = normalizePath(Path), RootS = normalizePath(Root);
  if (RootS.size() > 1 && AbsS.size() > RootS.size() + 1 && AbsS.starts_with(RootS) &&
      AbsS[RootS.size()] == '/')
    return AbsS.substr(RootS.size() + 1);
  fs::path Abs = absolutePath(Path).lexically_normal();
  fs::path Rel = Abs.lexically_relative(absolutePath(Root).lexically_normal());
  if (Rel.empty() || Rel.native().starts_with(".."))
    return Abs.generic_string();
  return Rel.generic_string();
}

namespace {

// Whether every component of P (after a leading "./") is a plain name: no
// empty, "." or ".." component, so lexically_normal() would not change it.
bool plainComponents(std::string_view P) {
  if (P.empty())
    return false;
  for (size_t B = 0;;) {
    size_t E = P.find('/', B);
    std::string_view C = P.substr(B, E == std::string_view::npos ? std::string_view::npos : E - B);
    if (C.empty() || C == "." || C == "..")
      return false;
    if (E == std::string_view::npos)
      return true;
    B = E + 1;
  }
}

} // namespace

std::string normalizePath(const std::string &P) {
  // The common case without path objects (a walk normalizes every file it
  // finds): a relative path of plain names under a normal current directory.
  std::string_view Rel(P);
  if (Rel.size() > 1 && Rel.front() == '/' && plainComponents(Rel.substr(1)))
    return P;
  if (Rel.starts_with("./"))
    Rel.remove_prefix(2);
  if (!Rel.starts_with('/') && plainComponents(Rel)) {
    const std::string &Cwd = cachedCurrentDirectory().native();
    if (Cwd.size() > 1 && Cwd.front() == '/' && Cwd.back() != '/' &&
        plainComponents(std::string_view(Cwd).substr(1)))
      return Cwd + "/" + std::string(Rel);
  }
  return absolutePath(P).lexically_normal().string();
}

std::string displayRoot(const std::string &Given, const std::string &Root) {
  fs::path Rel = fs::path(Root).lexically_relative(cachedCurrentDirectory());
  if (!fs::path(Given).is_absolute() && Rel == ".")
    return Given.starts_with("./") ? "." : ""; // the current directory, spelled as the user did
  if (!fs::path(Given).is_absolute() && !Rel.empty() && !Rel.native().starts_with(".."))
    return Rel.string();
  return Root;
}

bool versionLess(const std::string &A, const std::string &B) {
  size_t I = 0, J = 0;
  while (I < A.size() && J < B.size()) {
    bool DA = std::isdigit(static_cast<unsigned char>(A[I]));
    bool DB = std::isdigit(static_cast<unsigned char>(B[J]));
    if (DA && DB) {
      size_t EI = I, EJ = J;
      while (EI < A.size() && std::isdigit(static_cast<unsigned char>(A[EI])))
        ++EI;
      while (EJ < B.size() && std::isdigit(static_cast<unsigned char>(B[EJ])))
        ++EJ;
      std::string_view NA = std::string_view(A).substr(I, EI - I);
      std::string_view NB = std::string_view(B).substr(J, EJ - J);
      while (NA.size() > 1 && NA.front() == '0')
        NA.remove_prefix(1);
      while (NB.size() > 1 && NB.front() == '0')
        NB.remove_prefix(1);
      if (NA.size() != NB.size())
        return NA.size() < NB.size();
      if (NA != NB)
        return NA < NB;
      I = EI;
      J = EJ;
      continue;
    }
    if (A[I] != B[J])
      return static_cast<unsigned char>(A[I]) < static_cast<unsigned char>(B[J]);
    ++I;
    ++J;
  }
  if ((A.size() - I) != (B.size() - J))
    return A.size() - I < B.size() - J;
  return A < B;
}

} // namespace privlint
