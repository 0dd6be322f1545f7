#include "Engine/Git.h"

namespace privlint {

ProcessResult runGit(const std::string &Dir, const std::vector<std::string> &Args) {
  std::vector<std::string> Argv{"git", "--no-optional-locks",  "-c", "core.quotePath=false",
                                "-c",  "core.fsmonitor=false", "-C", Dir};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  return runProcess(Argv);
}

std::optional<std::string> gitTopLevel(const std::string &Dir) {
  ProcessResult R = runGit(Dir, {"rev-parse", "--show-toplevel"});
  if (!R.succeeded())
    return std::nullopt;
  std::string Top = R.Out;
  if (!Top.empty() && Top.back() == '\n')
    Top.pop_back(); // one newline; a name may end with other whitespace
  if (Top.empty())
    return std::nullopt; // inside .git, or a bare repository
  return Top;
}

std::vector<std::string> splitNul(const std::string &Text) {
  std::vector<std::string> Out;
  size_t B = 0;
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\0') {
      Out.push_back(Text.substr(B, I - B));
      B = I + 1;
    }
  if (B < Text.size())
    Out.push_back(Text.substr(B));
  return Out;
}

} // namespace privlint
