// libFuzzer target: the baseline reader (--baseline FILE).
#include "Engine/Baseline.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace privlint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const std::string Path =
      "/tmp/privlint-fuzz-baseline-" + std::to_string(getpid()) + ".json";
  {
    std::ofstream Out(Path, std::ios::binary | std::ios::trunc);
    Out.write(reinterpret_cast<const char *>(Data), static_cast<std::streamsize>(Size));
  }
  std::string Err;
  (void)readBaseline(Path, Err);
  return 0;
}
