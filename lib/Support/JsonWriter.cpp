#include "Support/JsonWriter.h"

#include "Support/Utf8.h"

#include <algorithm>
#include <charconv>

namespace privlint {

void JsonWriter::newline() {
  put('\n');
  Buf.append(2 * Stack.size(), ' ');
}

void JsonWriter::beforeValue() {
  if (AfterKey) { // an object member: the key wrote the separator
    AfterKey = false;
    return;
  }
  if (Stack.empty())
    return; // the document itself
  if (!Stack.back().Empty)
    put(',');
  Stack.back().Empty = false;
  newline();
}

void JsonWriter::open(char C) {
  beforeValue();
  put(C);
  Stack.push_back({});
}

void JsonWriter::close(char C) {
  bool Empty = Stack.back().Empty;
  Stack.pop_back();
  if (!Empty)
    newline();
  put(C);
}

void JsonWriter::key(std::string_view K) {
  if (!Stack.back().Empty)
    put(',');
  Stack.back().Empty = false;
  newline();
  string(K);
  put(": ");
  AfterKey = true;
}

void JsonWriter::value(std::string_view S) {
  beforeValue();
  string(S);
}

void JsonWriter::value(bool B) {
  beforeValue();
  put(B ? "true" : "false");
}

void JsonWriter::value(long long N) {
  beforeValue();
  char D[24];
  put(std::string_view(D, static_cast<size_t>(std::to_chars(D, D + sizeof D, N).ptr - D)));
}

void JsonWriter::value(unsigned long long N) {
  beforeValue();
  char D[24];
  put(std::string_view(D, static_cast<size_t>(std::to_chars(D, D + sizeof D, N).ptr - D)));
}

void JsonWriter::null() {
  beforeValue();
  put("null");
}

namespace {

// Length of the longest start of a UTF-8 sequence at T[At] that could still
// be completed (0 when T[At] cannot begin one).
size_t validPrefix(std::string_view T, size_t At) {
  auto C = static_cast<unsigned char>(T[At]);
  size_t Len = C >= 0xC2 && C <= 0xDF   ? 2
               : C >= 0xE0 && C <= 0xEF ? 3
               : C >= 0xF0 && C <= 0xF4 ? 4
                                        : 0;
  if (!Len)
    return 0;
  size_t K = 1;
  for (; K < Len && At + K < T.size(); ++K) {
    auto D = static_cast<unsigned char>(T[At + K]);
    unsigned char Lo = 0x80, Hi = 0xBF;
    if (K == 1)
      switch (C) {
      case 0xE0:
        Lo = 0xA0;
        break;
      case 0xED:
        Hi = 0x9F;
        break;
      case 0xF0:
        Lo = 0x90;
        break;
      case 0xF4:
        Hi = 0x8F;
        break;
      default:
        break;
      }
    if (D < Lo || D > Hi)
      break;
  }
  return K;
}

// Invalid UTF-8 replaced as nlohmann::json's dump() replaces it (one U+FFFD
// for each maximal part of a sequence, as Unicode recommends), so the
// streamed output matches the documents written before byte for byte.
std::string replaceLikeDump(std::string_view S) {
  std::string Out;
  for (size_t I = 0; I < S.size();) {
    if (size_t Len = utf8SequenceLength(S, I)) {
      Out.append(S.substr(I, Len));
      I += Len;
      continue;
    }
    Out += "\xEF\xBF\xBD";
    I += std::max<size_t>(validPrefix(S, I), 1);
  }
  return Out;
}

} // namespace

void JsonWriter::string(std::string_view S) {
  std::string Clean;
  if (!isValidUtf8(S)) {
    Clean = replaceLikeDump(S);
    S = Clean;
  }
  static const char Hex[] = "0123456789abcdef";
  put('"');
  size_t Run = 0; // bytes written as they are, not yet flushed
  auto Flush = [&](size_t End) {
    if (End > Run)
      put(S.substr(Run, End - Run));
  };
  for (size_t I = 0; I < S.size(); ++I) {
    auto C = static_cast<unsigned char>(S[I]);
    const char *Esc = nullptr;
    switch (C) {
    case '"':
      Esc = "\\\"";
      break;
    case '\\':
      Esc = "\\\\";
      break;
    case '\b':
      Esc = "\\b";
      break;
    case '\t':
      Esc = "\\t";
      break;
    case '\n':
      Esc = "\\n";
      break;
    case '\f':
      Esc = "\\f";
      break;
    case '\r':
      Esc = "\\r";
      break;
    default:
      if (C >= 0x20)
        continue;
    }
    Flush(I);
    Run = I + 1;
    if (Esc) {
      put(Esc);
    } else {
      char U[7] = {'\\', 'u', '0', '0', Hex[C >> 4], Hex[C & 15], 0};
      put(U);
    }
  }
  Flush(S.size());
  put('"');
}

} // namespace privlint
