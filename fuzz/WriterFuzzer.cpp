// libFuzzer target: every writer fed findings, notices and inventory entries
// whose paths, names and messages are arbitrary bytes (invalid UTF-8, control
// characters, quotes). Writers must never throw and always emit their format.
#include "WriteAllFormats.h"

#include "Engine/Engine.h"
#include "Report/Reporters.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

using namespace privlint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  // The input is split at NUL bytes into the strings the result is built of.
  std::vector<std::string> Parts(1);
  for (size_t I = 0; I < Size; ++I) {
    if (Data[I] == 0)
      Parts.emplace_back();
    else
      Parts.back().push_back(static_cast<char>(Data[I]));
  }
  auto Part = [&](size_t I) -> const std::string & { return Parts[I % Parts.size()]; };
  EngineResult R;
  R.ProjectRoot = "/privlint-fuzz";
  R.Files.push_back(std::make_unique<SourceFile>("/privlint-fuzz/" + Part(0), Part(1)));
  const SourceFile *F = R.Files.back().get();
  uint32_t Len = static_cast<uint32_t>(F->text().size());
  Finding X;
  X.RuleId = Part(2).empty() ? "plaintext-contact-field" : Part(2);
  X.Message = Part(3);
  X.Where = SourceRange{F, Len / 3, Len / 2};
  X.Entity = Part(4);
  X.Field = Part(5);
  X.Category = Part(6);
  X.Fingerprint = Part(7);
  X.Related.push_back({SourceRange{F, 0, Len}, Part(8), false});
  R.Findings.push_back(X);
  R.Notices.push_back(Part(9));
  InventoryEntry E;
  E.Where = X.Where;
  E.Entity = Part(4);
  E.Field = Part(5);
  E.DeclaredType = Part(10);
  E.Categories.push_back(CategoryMatch{Part(6), Part(11), true, {Part(12)}});
  E.ProtectionEvidence.push_back(Part(13));
  E.Exposures.push_back({Part(14), Part(15), Part(16), Part(17), Part(18), Part(19), X.Where});
  R.Inventory.push_back(E);
  std::ostringstream OS;
  writeAllFormats(OS, R);
  writeText(OS, R, TextOptions{true}); // in colour too
  return 0;
}
