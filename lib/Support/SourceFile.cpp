#include "Support/SourceFile.h"

#include <algorithm>

namespace privlint {

SourceFile::SourceFile(std::string P, std::string T) : Path(std::move(P)), Text(std::move(T)) {
  LineStarts.push_back(0);
  for (uint32_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      LineStarts.push_back(I + 1);
}

uint32_t SourceFile::lineOf(uint32_t Offset) const {
  auto It = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  return static_cast<uint32_t>(It - LineStarts.begin());
}

uint32_t SourceFile::columnOf(uint32_t Offset) const {
  uint32_t Line = lineOf(Offset);
  return Offset - LineStarts[Line - 1] + 1;
}

uint32_t SourceFile::lineStart(uint32_t Line) const {
  if (Line == 0)
    return 0;
  if (Line > LineStarts.size())
    return static_cast<uint32_t>(Text.size());
  return LineStarts[Line - 1];
}

std::string_view SourceFile::lineText(uint32_t Line) const {
  if (Line == 0 || Line > LineStarts.size())
    return {};
  uint32_t B = LineStarts[Line - 1];
  uint32_t E = Line < LineStarts.size() ? LineStarts[Line] : Text.size();
  while (E > B && (Text[E - 1] == '\n' || Text[E - 1] == '\r'))
    --E;
  return std::string_view(Text).substr(B, E - B);
}

uint32_t SourceFile::utf16Column(uint32_t Line, uint32_t ByteColumn) const {
  std::string_view L = lineText(Line);
  uint32_t Units = 0;
  uint32_t Limit = std::min<uint32_t>(ByteColumn - 1, L.size());
  for (uint32_t I = 0; I < Limit;) {
    auto C = static_cast<unsigned char>(L[I]);
    uint32_t Len = C < 0x80 ? 1 : (C >> 5) == 6 ? 2 : (C >> 4) == 14 ? 3 : (C >> 3) == 30 ? 4 : 1;
    Units += Len == 4 ? 2 : 1;
    I += Len;
  }
  // Columns past the end of the line (an end position after the last byte).
  if (ByteColumn - 1 > L.size())
    Units += ByteColumn - 1 - L.size();
  return Units + 1;
}

size_t displayWidth(std::string_view T) {
  size_t W = 0;
  for (size_t I = 0; I < T.size();) {
    auto C = static_cast<unsigned char>(T[I]);
    size_t Len = C < 0x80 ? 1 : (C >> 5) == 6 ? 2 : (C >> 4) == 14 ? 3 : (C >> 3) == 30 ? 4 : 1;
    if (I + Len > T.size())
      Len = 1;
    uint32_t CP = Len == 1 ? C : C & (0x7F >> Len);
    for (size_t K = 1; K < Len; ++K)
      CP = (CP << 6) | (static_cast<unsigned char>(T[I + K]) & 0x3F);
    I += Len;
    if ((CP >= 0x300 && CP <= 0x36F) || (CP >= 0x200B && CP <= 0x200F) || CP == 0xFE0F)
      continue; // combining marks, zero-width characters, emoji presentation selector
    bool Wide = (CP >= 0x1100 && CP <= 0x115F) || (CP >= 0x2E80 && CP <= 0xA4CF) ||
                (CP >= 0xAC00 && CP <= 0xD7A3) || (CP >= 0xF900 && CP <= 0xFAFF) ||
                (CP >= 0xFE30 && CP <= 0xFE4F) || (CP >= 0xFF00 && CP <= 0xFF60) ||
                (CP >= 0xFFE0 && CP <= 0xFFE6) || (CP >= 0x1F300 && CP <= 0x1F64F) ||
                (CP >= 0x1F900 && CP <= 0x1F9FF) || (CP >= 0x20000 && CP <= 0x3FFFD);
    W += Wide ? 2 : 1;
  }
  return W;
}

} // namespace privlint
