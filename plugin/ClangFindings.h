// Runs privlint's rules on the records of one translation unit and maps the
// findings back to clang source locations: what the clang-tidy module and
// the Clang plugin report.
#pragma once

#include "Engine/Finding.h"

#include <clang/Basic/SourceLocation.h>

#include <optional>
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

/// Settings a front door takes over from .privlint.yaml (clang-tidy
/// CheckOptions): each one set replaces the configuration's value.
struct ClangOverrides {
  std::string ConfigPath; // instead of the .privlint.yaml found upward
  std::optional<std::vector<std::string>> EncryptedTypes; // cxx.encrypted_types
  std::optional<std::string> HeaderFilter;                // cxx.header_filter
};

/// Analyses the translation unit with the configuration found for its main
/// file (.privlint.yaml upward), or Overrides.ConfigPath when given, then the
/// overrides. Errors (a bad configuration) go to Error and yield no findings.
std::vector<ClangFinding>
analyzeTranslationUnit(clang::ASTContext &Ctx, const ClangOverrides &Overrides, std::string &Error);

} // namespace privlint
