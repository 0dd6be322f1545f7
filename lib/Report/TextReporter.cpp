#include "Report/Reporters.h"
#include "Support/Utf8.h"

namespace privlint {
namespace {

struct Colors {
  bool On;
  const char *bold() const { return On ? "\033[1m" : ""; }
  const char *reset() const { return On ? "\033[0m" : ""; }
  const char *sev(Severity S) const {
    if (!On)
      return "";
    return S == Severity::Error     ? "\033[1;31m"
           : S == Severity::Warning ? "\033[1;35m"
                                    : "\033[1;36m";
  }
  // Bold cyan, as clang's notes: bold black vanished on dark terminals.
  const char *noteColor() const { return On ? "\033[1;36m" : ""; }
  const char *caret() const { return On ? "\033[1;32m" : ""; }
};

void snippet(std::ostream &OS, const SourceRange &W, const Colors &C) {
  if (!W.File || W.File->text().empty())
    return;
  uint32_t Line = W.File->lineOf(W.Begin);
  std::string_view Text = W.File->lineText(Line);
  if (Text.size() > 400)
    return; // minified or data lines: the location is enough
  // Invalid bytes show as U+FFFD (one column each), as in messages.
  OS << sanitizeUtf8(Text) << '\n';
  // Pad and underline by code points, so carets line up under non-ASCII text.
  uint32_t Col = W.File->columnOf(W.Begin);
  std::string Pad;
  std::string Before = sanitizeUtf8(Text.substr(0, std::min<size_t>(Col - 1, Text.size())));
  for (char C : Before)
    if (C == '\t')
      Pad.push_back('\t');
  Pad.append(displayWidth(Before) - Pad.size(), ' ');
  uint32_t LineStart = W.File->lineStart(Line);
  uint32_t End = std::min(W.End, LineStart + static_cast<uint32_t>(Text.size()));
  size_t Width = End > W.Begin
                     ? displayWidth(sanitizeUtf8(Text.substr(W.Begin - LineStart, End - W.Begin)))
                     : 1;
  if (Width == 0)
    Width = 1;
  OS << Pad << C.caret() << '^' << std::string(Width - 1, '~') << C.reset() << '\n';
}

void location(std::ostream &OS, const SourceRange &W, const Colors &C) {
  OS << C.bold();
  if (W.File)
    OS << percentEncodePath(W.File->path()) << ':' << W.File->lineOf(W.Begin) << ':'
       << W.File->columnOf(W.Begin) << ": ";
  OS << C.reset();
}

} // namespace

void writeText(std::ostream &OS, const EngineResult &R, const TextOptions &O) {
  Colors C{O.Color};
  for (const auto &F : R.Findings) {
    location(OS, F.Where, C);
    OS << C.sev(F.Sev) << severityName(F.Sev) << ':' << C.reset() << ' ' << C.bold()
       << sanitizeUtf8(F.Message) << " [" << F.RuleId << ']' << C.reset() << '\n';
    snippet(OS, F.Where, C);
    for (const auto &Rel : F.Related) {
      location(OS, Rel.Where, C);
      OS << C.noteColor() << "note:" << C.reset() << ' ' << sanitizeUtf8(Rel.Message) << '\n';
      snippet(OS, Rel.Where, C);
    }
  }
}

} // namespace privlint
