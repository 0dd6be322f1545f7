#include "MarkdownTerminal.h"

#include "Support/SourceFile.h"

namespace privlint {
namespace {

const char *const Bold = "\033[1m";
const char *const BoldUnderline = "\033[1;4m";
const char *const Underline = "\033[4m";
const char *const Cyan = "\033[36m"; // readable on dark and light backgrounds
const char *const Reset = "\033[0m";

// [text](target): the text, and the target only when it leads somewhere
// from a terminal (a relative link names a file of the docs folder).
std::string link(std::string_view Text, std::string_view Target, bool Color) {
  std::string Out = Color ? Underline + std::string(Text) + Reset : std::string(Text);
  if (Target.starts_with("http://") || Target.starts_with("https://"))
    Out += " <" + std::string(Target) + ">";
  return Out;
}

// Inline code, strong emphasis and links of one line of text.
std::string inlineSpans(std::string_view Line, bool Color) {
  std::string Out;
  for (size_t I = 0; I < Line.size();) {
    char C = Line[I];
    if (C == '`') {
      size_t End = Line.find('`', I + 1);
      if (End != std::string_view::npos) {
        std::string_view Code = Line.substr(I + 1, End - I - 1);
        Out += Color ? Cyan + std::string(Code) + Reset : "`" + std::string(Code) + "`";
        I = End + 1;
        continue;
      }
    }
    if (C == '*' && Line.substr(I).starts_with("**")) {
      size_t End = Line.find("**", I + 2);
      if (End != std::string_view::npos) {
        std::string_view Strong = Line.substr(I + 2, End - I - 2);
        std::string Inner = inlineSpans(Strong, Color);
        Out += Color ? Bold + Inner + Reset : Inner;
        I = End + 2;
        continue;
      }
    }
    if (C == '[') {
      size_t Close = Line.find("](", I + 1);
      size_t End = Close == std::string_view::npos ? Close : Line.find(')', Close + 2);
      if (End != std::string_view::npos) {
        std::string Text = inlineSpans(Line.substr(I + 1, Close - I - 1), Color);
        Out += link(Text, Line.substr(Close + 2, End - Close - 2), Color);
        I = End + 1;
        continue;
      }
    }
    Out += C;
    ++I;
  }
  return Out;
}

void heading(std::string &Out, std::string_view Text, int Level, bool Color) {
  std::string Shown = inlineSpans(Text, false);
  if (Color) {
    Out += (Level == 1 ? BoldUnderline : Bold) + Shown + Reset + "\n";
    return;
  }
  Out += Shown + "\n";
  if (Level <= 2)
    Out += std::string(displayWidth(Shown), Level == 1 ? '=' : '-') + "\n";
}

} // namespace

std::string renderMarkdownForTerminal(std::string_view Markdown, bool Color) {
  std::string Out;
  bool InCode = false;
  for (size_t B = 0; B < Markdown.size();) {
    size_t E = Markdown.find('\n', B);
    if (E == std::string_view::npos)
      E = Markdown.size();
    std::string_view Line = Markdown.substr(B, E - B);
    B = E + 1;
    std::string_view Trimmed = Line.substr(std::min(Line.find_first_not_of(' '), Line.size()));
    if (Trimmed.starts_with("```")) {
      InCode = !InCode;
      continue;
    }
    if (InCode) {
      Out += "    " + std::string(Line) + "\n";
      continue;
    }
    int Level = 0;
    while (Level < static_cast<int>(Line.size()) && Line[Level] == '#')
      ++Level;
    if (Level > 0 && Level <= 6 && Level < static_cast<int>(Line.size()) && Line[Level] == ' ') {
      heading(Out, Line.substr(Level + 1), Level, Color);
      continue;
    }
    Out += inlineSpans(Line, Color) + "\n";
  }
  return Out;
}

} // namespace privlint
