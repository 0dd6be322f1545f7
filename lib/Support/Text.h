// Small text helpers shared by the frontends.
#pragma once

#include <string>
#include <string_view>

namespace privlint {

/// ASCII lower case (identifiers, keywords, type names); other bytes,
/// UTF-8 included, are left as they are.
inline std::string lowerAscii(std::string_view S) {
  std::string Out(S);
  for (char &C : Out)
    if (C >= 'A' && C <= 'Z')
      C = static_cast<char>(C - 'A' + 'a');
  return Out;
}

/// Source text on one line: each run of white space (line breaks included)
/// becomes one space, and none is kept after an opening or before a closing
/// bracket ("f(\n  a,\n  b\n)" -> "f(a, b)").
inline std::string collapseSpaces(std::string_view S) {
  std::string Out;
  bool Space = false;
  for (char C : S) {
    if (C == ' ' || C == '\t' || C == '\n' || C == '\r') {
      Space = true;
      continue;
    }
    if (Space && !Out.empty() && Out.back() != '(' && Out.back() != '[' && C != ')' && C != ']')
      Out += ' ';
    Space = false;
    Out += C;
  }
  return Out;
}

} // namespace privlint
