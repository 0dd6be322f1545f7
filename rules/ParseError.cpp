// parse-error: input privlint could not read (a statement the parser rejects,
// a binary or unreadable file, invalid UTF-8). Frontends record the problems;
// this rule reports them.
#include "Engine/RuleRegistry.h"

namespace privlint {

void checkParseError(RuleContext &Ctx) {
  for (const auto &P : Ctx.model().Problems)
    Ctx.report(P.Where, P.Message, {P.Where.File ? P.Where.File->stableName() : "", P.Message});
}

} // namespace privlint
