// libFuzzer target: the inline suppression parser, on any comment syntax.
#include "Engine/Suppressions.h"
#include "Support/SourceFile.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace privlint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  SourceFile F("/privlint-fuzz/input.sql", std::string(reinterpret_cast<const char *>(Data), Size));
  std::vector<Suppression> Sups = parseSuppressions(F);
  for (uint32_t Line = 1; Line <= F.lineCount() && Line < 64; ++Line)
    (void)isSuppressed(Sups, Line, "plaintext-contact-field");
  return 0;
}
