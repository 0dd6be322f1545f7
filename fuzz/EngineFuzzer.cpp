// libFuzzer target: one input file, read through the whole pipeline (claim,
// frontend, classification, rules, suppressions, inventory) as an unsaved
// buffer, then written in every output format. Built once per input kind
// with PRIVLINT_FUZZ_FILE naming the buffer (its extension picks the
// frontend). Nothing may crash, hang or throw, whatever the bytes.
#include "WriteAllFormats.h"

#include "Engine/Engine.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#ifndef PRIVLINT_FUZZ_FILE
#define PRIVLINT_FUZZ_FILE "/privlint-fuzz/schema.sql"
#endif

using namespace privlint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  EngineOptions Opts;
  Opts.UseStdin = true;
  Opts.StdinFilename = PRIVLINT_FUZZ_FILE;
  Opts.StdinText.assign(reinterpret_cast<const char *>(Data), Size);
  Opts.Jobs = 1;
#ifdef PRIVLINT_FUZZ_DIALECT
  Opts.Inputs.Dialect = PRIVLINT_FUZZ_DIALECT;
#endif
  Opts.WantInventory = true;
  Opts.Explain = true;
  EngineResult R = runEngine(Opts);
  std::ostringstream OS;
  writeAllFormats(OS, R);
  return 0;
}
