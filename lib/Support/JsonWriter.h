// A streaming JSON writer: values go to the stream as they are written, so a
// report of any size never exists as one document in memory. The bytes are
// those nlohmann::json's dump(2) gives for the same values (two-space indent,
// "[]" and "{}" when empty, control characters as \u00xx, UTF-8 kept), so the
// output formats did not change when the writers stopped building a DOM.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

class JsonWriter {
public:
  explicit JsonWriter(std::ostream &OS) : OS(OS) {}
  /// Writes what is still buffered.
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter &) = delete;
  JsonWriter &operator=(const JsonWriter &) = delete;

  /// Starts an object or array: as the document, as the next element of the
  /// enclosing array, or as the value of the key just written.
  void beginObject() { open('{'); }
  void endObject() { close('}'); }
  void beginArray() { open('['); }
  void endArray() { close(']'); }

  /// The next member's key (inside an object); its value follows.
  void key(std::string_view K);

  /// Scalars. Strings are written as valid UTF-8: an invalid byte (never
  /// expected: the writers sanitise) becomes U+FFFD rather than an error.
  void value(std::string_view S);
  void value(const std::string &S) { value(std::string_view(S)); }
  void value(const char *S) { value(std::string_view(S)); }
  void value(bool B);
  void value(long long N);
  void value(unsigned long long N);
  void value(int N) { value(static_cast<long long>(N)); }
  void value(unsigned N) { value(static_cast<unsigned long long>(N)); }
  void value(long N) { value(static_cast<long long>(N)); }
  void value(unsigned long N) { value(static_cast<unsigned long long>(N)); }
  void null();
  /// A string value, or null when S is empty.
  void stringOrNull(std::string_view S) {
    if (S.empty())
      null();
    else
      value(S);
  }

  /// key(K) then value(V).
  template <class T> void member(std::string_view K, const T &V) {
    key(K);
    value(V);
  }

  /// Ends the document with a newline (as the writers did after dump()),
  /// and writes it out.
  void finish() {
    Buf += '\n';
    flush();
  }

private:
  // Output goes through a buffer: one stream write for every 64 KiB, not
  // one for every brace, comma and indent.
  void put(char C) { Buf += C; }
  void put(std::string_view S) {
    Buf.append(S);
    if (Buf.size() >= 65536)
      flush();
  }
  void flush() {
    OS.write(Buf.data(), static_cast<std::streamsize>(Buf.size()));
    Buf.clear();
  }

  void open(char C);
  void close(char C);
  // Before a value: the separator and indent an array element needs.
  void beforeValue();
  void newline();
  void string(std::string_view S);

  std::ostream &OS;
  std::string Buf;
  struct Level {
    bool Empty = true;
  };
  std::vector<Level> Stack;
  bool AfterKey = false;
};

} // namespace privlint
