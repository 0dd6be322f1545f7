#include "Support/Paths.h"

#include "Support/PathCache.h"

#include <cctype>
#include <filesystem>
#include <string_view>

namespace fs = std::filesystem;

namespace privlint {

std::string relativeToRoot(const std::string &Path, const std::string &Root) {
  namespace fs = std::filesystem;
  fs::path Abs = absolutePath(Path).lexically_normal();
  fs::path Rel = Abs.lexically_relative(absolutePath(Root).lexically_normal());
  if (Rel.empty() || Rel.native().starts_with(".."))
    return Abs.generic_string();
  return Rel.generic_string();
}

std::string normalizePath(const std::string &P) {
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
