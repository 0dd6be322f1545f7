#include "Engine/RuleRegistry.h"

#include "Classify/Taxonomy.h"
#include "Engine/Config.h"

#include <cstdio>

namespace privlint {

bool RuleContext::isEnabled(std::string_view Id) const {
  auto It = Cfg.Rules.find(std::string(Id));
  return It == Cfg.Rules.end() || !It->second.Off;
}

FindingBuilder RuleContext::report(const SourceRange &Where, std::string Message, const Entity &E,
                                   const Field &F, const CategoryMatch &C,
                                   const std::vector<std::string> &Extra) {
  std::vector<std::string> Parts{E.QualifiedName, F.Name, C.Id};
  Parts.insert(Parts.end(), Extra.begin(), Extra.end());
  FindingBuilder B = report(Where, std::move(Message), Parts);
  Finding &X = Out.back();
  X.Entity = E.QualifiedName;
  X.Field = F.Name;
  X.ColumnName = F.ColumnName;
  X.Category = C.Id;
  return B;
}

FindingBuilder RuleContext::report(const SourceRange &Where, std::string Message,
                                   const std::vector<std::string> &Parts) {
  Finding &X = Out.emplace_back();
  X.RuleId = Rule.Id;
  X.Sev = Sev;
  X.Message = std::move(Message);
  X.Where = Where;
  std::vector<std::string> All{Rule.Id};
  All.insert(All.end(), Parts.begin(), Parts.end());
  X.Fingerprint = fingerprintV1(All);
  return FindingBuilder(X);
}

const std::vector<RuleInfo> &allRules() {
  static const std::vector<RuleInfo> Rules = [] {
    std::vector<RuleInfo> Out;
    for (size_t I = 0; I < embedded::NumRules; ++I) {
      const auto &D = embedded::Rules[I];
      RuleInfo R;
      R.Id = D.Id;
      R.Summary = D.Summary;
      R.DefaultSeverity = parseSeverity(D.Severity).value_or(Severity::Warning);
      auto Split = [](const char *S, std::vector<std::string> &Out) {
        std::string Cur;
        for (const char *P = S; *P; ++P) {
          if (*P == '|') {
            Out.push_back(Cur);
            Cur.clear();
          } else {
            Cur.push_back(*P);
          }
        }
        if (!Cur.empty())
          Out.push_back(Cur);
      };
      Split(D.Categories, R.Categories);
      Split(D.ExcludeCategories, R.ExcludeCategories);
      R.SecuritySeverity = D.SecuritySeverity;
      R.Doc = D.Doc;
      R.Stage = D.Stage;
      R.ClangTidy = D.ClangTidy;
      R.Check = D.Check;
      Out.push_back(std::move(R));
    }
    return Out;
  }();
  return Rules;
}

const RuleInfo *findRule(std::string_view Id) {
  for (const auto &R : allRules())
    if (R.Id == Id)
      return &R;
  return nullptr;
}

std::string fingerprintV1(const std::vector<std::string> &Parts) {
  // FNV-1a, 64 bits, twice with different offsets for 128 bits of output.
  uint64_t A = 0xcbf29ce484222325ULL, B = 0x84222325cbf29ce4ULL;
  auto Mix = [&](unsigned char C) {
    A = (A ^ C) * 0x100000001b3ULL;
    B = (B ^ C) * 0x100000001b3ULL;
    B ^= B >> 29;
  };
  for (char C : std::string("privlint/v1"))
    Mix(static_cast<unsigned char>(C));
  for (const auto &P : Parts) {
    Mix(0x1f);
    for (char C : P)
      Mix(static_cast<unsigned char>(C));
  }
  char Buf[33];
  std::snprintf(Buf, sizeof(Buf), "%016llx%016llx", static_cast<unsigned long long>(A),
                static_cast<unsigned long long>(B));
  return Buf;
}

} // namespace privlint
