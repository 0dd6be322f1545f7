// Runs privlint's rules on the records of one translation unit and maps the
// findings back to clang source locations: what the clang-tidy module and
// the Clang plugin report.
#pragma once

#include "Engine/Finding.h"

#include <clang/Basic/SourceLocation.h>

#include <string>
#include <vector>

namespace clang {
class ASTContext;
}

namespace privlint {

struct ClangFinding {
  clang::SourceLocation Loc;
  std::string RuleId;
  Severity Sev;
  std::string Message;
  struct Note {
    clang::SourceLocation Loc;
    std::string Message;
  };
  std::vector<Note> Notes;
};

/// Analyses the translation unit with the configuration found for its main
/// file (.privlint.yaml upward), or ConfigPath when given. Errors (a bad
/// configuration) go to Error and yield no findings.
std::vector<ClangFinding> analyzeTranslationUnit(clang::ASTContext &Ctx, const std::string &ConfigPath,
                                                 std::string &Error);

} // namespace privlint
