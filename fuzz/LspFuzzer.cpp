// libFuzzer target: the language server's side of the protocol. The input is
// the byte stream a client sends (Content-Length framing, JSON-RPC bodies);
// the message reader splits it, and each message goes through the standalone
// server's handling (initialize, document notifications, code actions,
// shutdown, exit), answers written to /dev/null. The worker's debounce is an
// hour, so no lint runs (the engine has targets of its own); what is fuzzed
// is the framing, the envelope checks, document edits (positions in UTF-8 and
// UTF-16) and URIs. Nothing may crash, hang or throw, whatever the bytes.
#include "Lsp/Log.h"
#include "Lsp/Server.h"
#include "Lsp/Text.h"
#include "Lsp/Transport.h"

#include <cstddef>
#include <cstdint>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

using namespace privlint::lsp;

namespace {
// A file descriptor holding Data, read from its start.
int memoryFile(const uint8_t *Data, size_t Size) {
  int Fd = memfd_create("privlint-fuzz-lsp", 0);
  if (Fd < 0)
    return -1;
  size_t Done = 0;
  while (Done < Size) {
    ssize_t N = write(Fd, Data + Done, Size - Done);
    if (N <= 0)
      break;
    Done += static_cast<size_t>(N);
  }
  lseek(Fd, 0, SEEK_SET);
  return Fd;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static Log L;
  static const bool Quiet = [] {
    std::string Err;
    return L.open("/dev/null", Err);
  }();
  (void)Quiet;
  int In = memoryFile(Data, Size);
  int OutFd = open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (In < 0 || OutFd < 0) {
    if (In >= 0)
      close(In);
    if (OutFd >= 0)
      close(OutFd);
    return 0;
  }
  {
    MessageWriter Out(OutFd);
    MessageReader Reader(In, size_t(1) << 20);
    ServerOptions Opts;
    Opts.DebounceMs = 3600 * 1000;
    Server S(
        Opts, L, [&](const json &M) { return Out.send(M); },
        [&](const std::string &Uri, const json &Version, json Diags) {
          Out.send(makePublishDiagnostics(Uri, Version, std::move(Diags)));
        });
    StdioSession Session(S, Out);
    while (std::optional<json> M = nextClientMessage(Reader, Out, L))
      if (Session.handle(std::move(*M)))
        break;
    S.stop();
  }
  close(In);
  close(OutFd);
  return 0;
}
