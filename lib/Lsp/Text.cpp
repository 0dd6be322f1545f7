#include "Lsp/Text.h"

#include "Support/Paths.h"
#include "Support/SourceFile.h"
#include "Support/Utf8.h"

namespace privlint::lsp {

const char *encodingName(Encoding E) { return E == Encoding::Utf8 ? "utf-8" : "utf-16"; }

size_t offsetAt(std::string_view Text, int64_t Line, int64_t Character, Encoding E) {
  size_t Pos = 0;
  for (int64_t L = 0; L < Line; ++L) {
    size_t Nl = Text.find('\n', Pos);
    if (Nl == std::string_view::npos)
      return Text.size();
    Pos = Nl + 1;
  }
  size_t LineEnd = Text.find('\n', Pos);
  if (LineEnd == std::string_view::npos)
    LineEnd = Text.size();
  if (LineEnd > Pos && Text[LineEnd - 1] == '\r')
    --LineEnd;
  if (Character <= 0)
    return Pos;
  if (E == Encoding::Utf8)
    return std::min(LineEnd, Pos + static_cast<size_t>(Character));
  int64_t Units = 0;
  while (Pos < LineEnd && Units < Character) {
    size_t Len = utf8SequenceLength(Text, Pos);
    if (Len == 0)
      Len = 1;
    Units += Len == 4 ? 2 : 1;
    Pos += Len;
  }
  return std::min(Pos, LineEnd);
}

nlohmann::json positionOf(const SourceFile &F, uint32_t Offset, Encoding E) {
  uint32_t Line = F.lineOf(Offset);
  uint32_t Col = F.columnOf(Offset);
  uint32_t Character = E == Encoding::Utf8 ? Col - 1 : F.utf16Column(Line, Col) - 1;
  return {{"line", Line - 1}, {"character", Character}};
}

nlohmann::json rangeOf(const SourceRange &R, Encoding E) {
  uint32_t End = std::max(R.Begin, R.End);
  return {{"start", positionOf(*R.File, R.Begin, E)}, {"end", positionOf(*R.File, End, E)}};
}

bool applyChange(std::string &Text, const nlohmann::json &Change, Encoding E) {
  if (!Change.is_object() || !Change.contains("text") || !Change["text"].is_string())
    return false;
  const std::string &New = Change["text"].get_ref<const std::string &>();
  if (!Change.contains("range")) {
    Text = New;
    return true;
  }
  const auto &R = Change["range"];
  auto Pos = [&](const char *Key, size_t &Out) {
    if (!R.is_object() || !R.contains(Key) || !R[Key].is_object())
      return false;
    const auto &P = R[Key];
    if (!P.contains("line") || !P["line"].is_number_integer() || !P.contains("character") ||
        !P["character"].is_number_integer())
      return false;
    Out = offsetAt(Text, P["line"].get<int64_t>(), P["character"].get<int64_t>(), E);
    return true;
  };
  size_t Begin = 0, End = 0;
  if (!Pos("start", Begin) || !Pos("end", End))
    return false;
  if (End < Begin)
    std::swap(Begin, End);
  Text.replace(Begin, End - Begin, New);
  return true;
}

namespace {
int hexValue(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'f')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'F')
    return C - 'A' + 10;
  return -1;
}
} // namespace

std::optional<std::string> uriToPath(std::string_view Uri) {
  constexpr std::string_view Scheme = "file://";
  if (Uri.size() < Scheme.size())
    return std::nullopt;
  for (size_t I = 0; I < Scheme.size(); ++I)
    if (std::tolower(static_cast<unsigned char>(Uri[I])) != Scheme[I])
      return std::nullopt;
  std::string_view Rest = Uri.substr(Scheme.size());
  // file://host/path: only an empty host or localhost is this machine.
  size_t Slash = Rest.find('/');
  if (Slash == std::string_view::npos)
    return std::nullopt;
  std::string_view Host = Rest.substr(0, Slash);
  if (!Host.empty() && Host != "localhost")
    return std::nullopt;
  Rest = Rest.substr(Slash);
  Rest = Rest.substr(0, Rest.find_first_of("?#"));
  std::string Out;
  for (size_t I = 0; I < Rest.size(); ++I) {
    if (Rest[I] == '%' && I + 2 < Rest.size() && hexValue(Rest[I + 1]) >= 0 &&
        hexValue(Rest[I + 2]) >= 0) {
      Out.push_back(static_cast<char>((hexValue(Rest[I + 1]) * 16) + hexValue(Rest[I + 2])));
      I += 2;
    } else {
      Out.push_back(Rest[I]);
    }
  }
  return normalizePath(Out);
}

std::string pathToUri(const std::string &Path) {
  static const char *Hex = "0123456789ABCDEF";
  std::string Out = "file://";
  for (unsigned char C : Path) {
    if (std::isalnum(C) || C == '/' || C == '-' || C == '.' || C == '_' || C == '~') {
      Out.push_back(static_cast<char>(C));
    } else {
      Out.push_back('%');
      Out.push_back(Hex[C >> 4]);
      Out.push_back(Hex[C & 15]);
    }
  }
  return Out;
}

} // namespace privlint::lsp
