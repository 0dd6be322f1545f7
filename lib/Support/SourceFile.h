// A source buffer with a line index: byte offsets to 1-based line:column
// (UTF-8 bytes, as clang prints them) and to UTF-16 columns for SARIF and LSP.
#pragma once

#include "Support/Utf8.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

class SourceFile {
public:
  SourceFile(std::string path, std::string text);

  const std::string &path() const { return Path; }
  /// The path relative to the project root ('/' separators): the same however
  /// the file was named on the command line. Fingerprints use it.
  const std::string &stableName() const { return Stable.empty() ? Path : Stable; }
  void setStableName(std::string S) { Stable = std::move(S); }
  const std::string &text() const { return Text; }

  /// 1-based line of a byte offset (offsets past the end clamp to the end).
  uint32_t lineOf(uint32_t Offset) const;
  /// 1-based column, counted in UTF-8 bytes.
  uint32_t columnOf(uint32_t Offset) const;
  /// Byte offset of the start of a 1-based line.
  uint32_t lineStart(uint32_t Line) const;
  /// The text of a 1-based line without its line terminator.
  std::string_view lineText(uint32_t Line) const;
  uint32_t lineCount() const { return static_cast<uint32_t>(LineStarts.size()); }
  /// Converts a 1-based UTF-8 byte column on a line to a 1-based UTF-16 column.
  uint32_t utf16Column(uint32_t Line, uint32_t ByteColumn) const;

private:
  std::string Path;
  std::string Stable;
  std::string Text;
  std::vector<uint32_t> LineStarts;
};

/// Terminal columns of Text: one per code point, two for East Asian wide
/// characters and emoji, none for combining marks (as clang's caret lines).
size_t displayWidth(std::string_view Text);

} // namespace privlint
