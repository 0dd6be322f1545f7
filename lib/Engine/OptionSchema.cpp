#include "Engine/OptionSchema.h"

#include <algorithm>

namespace privlint {

void OptionSchema::add(OptionSpec S) {
  if (!find(S.key()))
    Options.push_back(std::move(S));
}

const OptionSpec *OptionSchema::find(std::string_view Key) const {
  for (const auto &O : Options)
    if (O.key() == Key)
      return &O;
  return nullptr;
}

std::vector<const OptionSpec *> OptionSchema::section(std::string_view Section) const {
  std::vector<const OptionSpec *> Out;
  for (const auto &O : Options)
    if (O.Section == Section)
      Out.push_back(&O);
  return Out;
}

std::vector<std::pair<std::string, int>> OptionSchema::sections() const {
  std::vector<std::pair<std::string, int>> Out;
  for (const auto &O : Options)
    if (std::none_of(Out.begin(), Out.end(), [&](const auto &P) { return P.first == O.Section; }))
      Out.emplace_back(O.Section, O.SectionRank);
  return Out;
}

} // namespace privlint
