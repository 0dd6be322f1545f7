// UTF-8 validity and the escapes privlint uses to keep every string it writes
// valid UTF-8: names and messages get U+FFFD for each invalid byte, paths get
// reversible %XX escapes, SARIF URIs RFC 3986 percent-encoding.
#pragma once

#include <string>
#include <string_view>

namespace privlint {

/// Text in UTF-16 or UTF-32 decoded to UTF-8: with a byte order mark (either
/// byte order), or UTF-16 without one, recognised by the NUL byte of every
/// ASCII character. Unpaired surrogates and code points out of range become
/// U+FFFD. Returns false, leaving Out alone, for any other text (UTF-8 or
/// binary).
bool decodeUtf16Or32(std::string_view Raw, std::string &Out);

/// Appends code point C to Out in UTF-8. A surrogate (U+D800 to U+DFFF)
/// is written as its three bytes, which are not valid UTF-8: what a JSON
/// or Prisma string's lone "\uD800" decodes to, so the name keeps a trace of
/// it (writers show each of those bytes as U+FFFD); a decoder that must give
/// valid text replaces surrogates itself. A value above U+10FFFF, which
/// UTF-8 cannot hold, becomes U+FFFD.
void appendUtf8(std::string &Out, uint32_t C);

/// Length of the valid UTF-8 sequence starting at Text[At] (1 to 4), or 0
/// when the byte there does not begin one (overlong forms, surrogates and
/// code points above U+10FFFF are invalid).
size_t utf8SequenceLength(std::string_view Text, size_t At);

/// Returns the byte offset of the first invalid UTF-8 sequence, or -1.
long findInvalidUtf8(std::string_view Text);

inline bool isValidUtf8(std::string_view Text) { return findInvalidUtf8(Text) < 0; }

/// Replaces every byte of an invalid UTF-8 sequence with '?', keeping offsets
/// (for text a parser reads, whose offsets must stay offsets into the file).
void replaceInvalidUtf8(std::string &Text);

/// Text for a name or a message: each byte that is not part of a valid UTF-8
/// sequence becomes U+FFFD. Valid text is returned unchanged.
std::string sanitizeUtf8(std::string_view Text);

/// At most MaxBytes of Text, cut before a character rather than inside one
/// (for shortened quotes in messages).
std::string_view utf8Prefix(std::string_view Text, size_t MaxBytes);

/// A path as privlint prints it: each byte that is not part of a valid UTF-8
/// sequence becomes %XX (upper-case hex), and so does a '%' that would
/// otherwise read as such an escape, so the bytes can be recovered. Valid
/// paths without such a '%' are returned unchanged.
std::string percentEncodePath(std::string_view Path);

/// A relative or absolute path as a URI reference (RFC 3986): '/' separators
/// and unreserved characters stay, every other byte (spaces, '#', '%', '?',
/// non-ASCII and invalid UTF-8) becomes %XX.
std::string uriEncode(std::string_view Path);

} // namespace privlint
