// libFuzzer target: the .privlint.yaml reader. Any text is either a
// configuration or an error with a position; nothing may crash or throw.
#include "Engine/Config.h"
#include "Engine/RuleRunner.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace privlint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const std::vector<std::string> Known = knownRuleIds();
  std::vector<ConfigError> Errs;
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  auto C = parseConfig("/privlint-fuzz/.privlint.yaml", Text, Known, Errs);
  for (const auto &E : Errs)
    (void)E.format();
  return 0;
}
