// parse-error: input privlint could not read (a statement the parser rejects,
// a binary or unreadable file, invalid UTF-8). Frontends record the problems;
// this condition reports them.
#include "Engine/RuleRegistry.h"

namespace privlint {

void checkInputProblems(const RuleContext &Ctx, const Model &M, std::vector<Finding> &Out) {
  for (const auto &P : M.Problems) {
    Finding R;
    R.RuleId = Ctx.Rule.Id;
    R.Sev = Ctx.Sev;
    R.Message = P.Message;
    R.Where = P.Where;
    R.Fingerprint = fingerprintV1(
        {R.RuleId, P.Where.File ? P.Where.File->stableName() : "", P.Message});
    Out.push_back(std::move(R));
  }
}

} // namespace privlint
