// GitHub Actions workflow commands (::error file=...::message). GitHub shows at
// most 10 annotations of each level per step; a summary line says so when
// there are more, pointing at the SARIF upload for the rest.
#include "Report/Reporters.h"
#include "Support/Utf8.h"

namespace privlint {
namespace {

std::string escapeData(const std::string &S) {
  std::string O;
  for (char C : S) {
    if (C == '%')
      O += "%25";
    else if (C == '\r')
      O += "%0D";
    else if (C == '\n')
      O += "%0A";
    else
      O += C;
  }
  return O;
}

std::string escapeProperty(const std::string &S) {
  std::string O;
  for (char C : escapeData(S)) {
    if (C == ':')
      O += "%3A";
    else if (C == ',')
      O += "%2C";
    else
      O += C;
  }
  return O;
}

} // namespace

void writeGithub(std::ostream &OS, const EngineResult &R) {
  size_t Counts[3] = {0, 0, 0};
  for (const auto &F : R.Findings) {
    const char *Cmd = F.Sev == Severity::Error     ? "error"
                      : F.Sev == Severity::Warning ? "warning"
                                                   : "notice";
    ++Counts[static_cast<int>(F.Sev)];
    OS << "::" << Cmd;
    if (F.Where.File) {
      uint32_t End = std::max(F.Where.End, F.Where.Begin + 1);
      uint32_t BL = F.Where.File->lineOf(F.Where.Begin), EL = F.Where.File->lineOf(End - 1);
      OS << " file="
         << escapeProperty(percentEncodePath(relativeToRoot(F.Where.File->path(), R.ProjectRoot)))
         << ",line=" << BL << ",endLine=" << EL << ",col=" << F.Where.File->columnOf(F.Where.Begin);
      if (EL == BL)
        OS << ",endColumn=" << F.Where.File->columnOf(End - 1);
    }
    OS << ",title=" << escapeProperty("privlint " + F.RuleId)
       << "::" << escapeData(sanitizeUtf8(F.Message)) << '\n';
  }
  const char *Names[3] = {"notice", "warning", "error"};
  for (int I = 2; I >= 0; --I)
    if (Counts[I] > 10)
      OS << "::notice title=privlint::" << Counts[I] << ' ' << Names[I]
         << " findings; GitHub shows only the first 10 " << Names[I]
         << " annotations of a step. Upload the SARIF report (--format sarif) to code scanning "
            "to see them all.\n";
}

} // namespace privlint
