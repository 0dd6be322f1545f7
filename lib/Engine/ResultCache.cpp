#include "Engine/ResultCache.h"

#include "Support/Sha256.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace privlint {
namespace {

// The first line of every entry: a different format is never read.
const char Magic[] = "privlint-result-cache 1\n";

class Writer {
public:
  std::string Out;
  void u8(uint8_t V) { Out.push_back(static_cast<char>(V)); }
  void u32(uint32_t V) {
    for (int I = 0; I < 4; ++I)
      Out.push_back(static_cast<char>(V >> (8 * I)));
  }
  void str(const std::string &S) {
    u32(static_cast<uint32_t>(S.size()));
    Out += S;
  }
  void strs(const std::vector<std::string> &V) {
    u32(static_cast<uint32_t>(V.size()));
    for (const auto &S : V)
      str(S);
  }
};

// Every read is bounds-checked; the first failure makes the whole entry
// unusable (Ok stays false) instead of reading garbage.
class Reader {
public:
  explicit Reader(std::string_view In) : In(In) {}
  bool Ok = true;
  bool atEnd() const { return Pos == In.size(); }
  uint8_t u8() {
    if (!need(1))
      return 0;
    return static_cast<uint8_t>(In[Pos++]);
  }
  uint32_t u32() {
    if (!need(4))
      return 0;
    uint32_t V = 0;
    for (int I = 0; I < 4; ++I)
      V |= uint32_t(static_cast<uint8_t>(In[Pos++])) << (8 * I);
    return V;
  }
  std::string str() {
    uint32_t N = u32();
    if (!need(N))
      return {};
    std::string S(In.substr(Pos, N));
    Pos += N;
    return S;
  }
  /// A count of items of at least MinBytes each: more than the bytes left
  /// could hold is corruption (and must not allocate).
  uint32_t count(size_t MinBytes) {
    uint32_t N = u32();
    if (Ok && N > (In.size() - Pos) / MinBytes)
      Ok = false;
    return Ok ? N : 0;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> V(count(4));
    for (auto &S : V)
      S = str();
    return V;
  }

private:
  bool need(size_t N) {
    if (!Ok || In.size() - Pos < N)
      Ok = false;
    return Ok;
  }
  std::string_view In;
  size_t Pos = 0;
};

// Locations: an index into the unit's files (-1: none) and the offsets.
void putWhere(Writer &W, const SourceRange &R, const std::map<const SourceFile *, uint32_t> &Index,
              bool &Ok) {
  uint32_t I = UINT32_MAX;
  if (R.File) {
    auto It = Index.find(R.File);
    if (It == Index.end())
      Ok = false; // a buffer the unit did not load: not cacheable
    else
      I = It->second;
  }
  W.u32(I);
  W.u32(R.Begin);
  W.u32(R.End);
}

SourceRange getWhere(Reader &R, const UnitOutput &Out) {
  uint32_t I = R.u32();
  SourceRange W;
  W.Begin = R.u32();
  W.End = R.u32();
  if (I == UINT32_MAX)
    return W;
  if (I >= Out.Files.size() || !Out.Files[I]) {
    R.Ok = false;
    return W;
  }
  W.File = Out.Files[I].get();
  return W;
}

std::string encode(const UnitOutput &Out, bool &Ok) {
  std::map<const SourceFile *, uint32_t> Index;
  for (size_t I = 0; I < Out.Files.size(); ++I)
    Index.emplace(Out.Files[I].get(), static_cast<uint32_t>(I));
  Writer W;
  W.u32(static_cast<uint32_t>(Out.Findings.size()));
  for (const auto &F : Out.Findings) {
    W.str(F.RuleId);
    W.u8(static_cast<uint8_t>(F.Sev));
    W.str(F.Message);
    putWhere(W, F.Where, Index, Ok);
    W.str(F.Entity);
    W.str(F.Field);
    W.str(F.ColumnName);
    W.str(F.Category);
    W.str(F.Fingerprint);
    W.u32(static_cast<uint32_t>(F.Related.size()));
    for (const auto &X : F.Related) {
      putWhere(W, X.Where, Index, Ok);
      W.str(X.Message);
      W.u8(X.SameField);
    }
  }
  W.u32(static_cast<uint32_t>(Out.Inventory.size()));
  for (const auto &E : Out.Inventory) {
    putWhere(W, E.Where, Index, Ok);
    putWhere(W, E.EntityWhere, Index, Ok);
    W.u8(E.Stored);
    W.str(E.Frontend);
    W.str(E.Root);
    for (const std::string *S : {&E.Entity, &E.EntityKind, &E.Table, &E.Field, &E.ColumnName,
                                 &E.DeclaredType, &E.TypeClass})
      W.str(*S);
    W.u32(static_cast<uint32_t>(E.Categories.size()));
    for (const auto &C : E.Categories) {
      W.str(C.Id);
      W.str(C.Label);
      W.u8(C.Strong);
      W.strs(C.Evidence);
    }
    W.str(E.Subject);
    W.strs(E.SubjectEvidence);
    W.str(E.Protection);
    W.strs(E.ProtectionEvidence);
    W.u32(static_cast<uint32_t>(E.Exposures.size()));
    for (const auto &X : E.Exposures) {
      for (const std::string *S :
           {&X.Audience, &X.Role, &X.Channel, &X.Via, &X.Request, &X.Response})
        W.str(*S);
      putWhere(W, X.Where, Index, Ok);
      W.u32(static_cast<uint32_t>(X.Path.size()));
      for (const auto &P : X.Path) {
        putWhere(W, P.Where, Index, Ok);
        W.str(P.Message);
        W.u8(P.SameField);
      }
      W.str(X.Serializer);
    }
    W.strs(E.Rejections);
  }
  W.strs(Out.Notices);
  return std::move(W.Out);
}

} // namespace

std::string defaultCacheDirectory() {
  if (const char *X = std::getenv("XDG_CACHE_HOME"); X && *X == '/')
    return (fs::path(X) / "privlint").string();
  if (const char *H = std::getenv("HOME"); H && *H)
    return (fs::path(H) / ".cache" / "privlint").string();
  return {};
}

std::string ResultCache::pathFor(const std::string &Key) const {
  return (fs::path(Dir) / Key.substr(0, 2) / Key).string();
}

bool ResultCache::readEntry(const std::string &Key, std::vector<LoadedFileId> &Ids,
                            std::string &Payload) const {
  std::ifstream In(pathFor(Key), std::ios::binary);
  if (!In)
    return false;
  std::stringstream SS;
  SS << In.rdbuf();
  std::string Bytes = SS.str();
  // Magic, body, then the body's SHA-256: a truncated or altered entry fails
  // the check before anything in it is believed.
  const size_t MagicLen = sizeof(Magic) - 1;
  if (Bytes.size() < MagicLen + 64 || Bytes.compare(0, MagicLen, Magic) != 0)
    return false;
  std::string_view Body(Bytes.data() + MagicLen, Bytes.size() - MagicLen - 64);
  if (sha256Hex(Body) != std::string_view(Bytes).substr(Bytes.size() - 64))
    return false;
  Reader R(Body);
  if (R.str() != Key)
    return false;
  Ids.resize(R.count(8));
  for (auto &Id : Ids) {
    Id.Path = R.str();
    Id.Hash = R.str();
  }
  Payload = R.str();
  return R.Ok && R.atEnd();
}

bool ResultCache::decode(const std::string &Payload, UnitOutput &Out) {
  Reader R(Payload);
  Out.Findings.resize(R.count(32));
  for (auto &F : Out.Findings) {
    F.RuleId = R.str();
    uint8_t Sev = R.u8();
    if (Sev > static_cast<uint8_t>(Severity::Error))
      R.Ok = false;
    F.Sev = static_cast<Severity>(Sev);
    F.Message = R.str();
    F.Where = getWhere(R, Out);
    F.Entity = R.str();
    F.Field = R.str();
    F.ColumnName = R.str();
    F.Category = R.str();
    F.Fingerprint = R.str();
    F.Related.resize(R.count(17));
    for (auto &X : F.Related) {
      X.Where = getWhere(R, Out);
      X.Message = R.str();
      X.SameField = R.u8() != 0;
    }
  }
  Out.Inventory.resize(R.count(40));
  for (auto &E : Out.Inventory) {
    E.Where = getWhere(R, Out);
    E.EntityWhere = getWhere(R, Out);
    E.Stored = R.u8() != 0;
    E.Frontend = R.str();
    E.Root = R.str();
    for (std::string *S : {&E.Entity, &E.EntityKind, &E.Table, &E.Field, &E.ColumnName,
                           &E.DeclaredType, &E.TypeClass})
      *S = R.str();
    E.Categories.resize(R.count(13));
    for (auto &C : E.Categories) {
      C.Id = R.str();
      C.Label = R.str();
      C.Strong = R.u8() != 0;
      C.Evidence = R.strs();
    }
    E.Subject = R.str();
    E.SubjectEvidence = R.strs();
    E.Protection = R.str();
    E.ProtectionEvidence = R.strs();
    E.Exposures.resize(R.count(36));
    for (auto &X : E.Exposures) {
      for (std::string *S : {&X.Audience, &X.Role, &X.Channel, &X.Via, &X.Request, &X.Response})
        *S = R.str();
      X.Where = getWhere(R, Out);
      X.Path.resize(R.count(17));
      for (auto &P : X.Path) {
        P.Where = getWhere(R, Out);
        P.Message = R.str();
        P.SameField = R.u8() != 0;
      }
      X.Serializer = R.str();
    }
    E.Rejections = R.strs();
  }
  Out.Notices = R.strs();
  return R.Ok && R.atEnd();
}

void ResultCache::store(const std::string &Key, const std::vector<LoadedFileId> &Ids,
                        const UnitOutput &Out) const {
  if (!enabled() || Ids.size() != Out.Files.size())
    return;
  bool Ok = true;
  std::string Payload = encode(Out, Ok);
  if (!Ok)
    return;
  Writer W;
  W.str(Key);
  W.u32(static_cast<uint32_t>(Ids.size()));
  for (const auto &Id : Ids) {
    W.str(Id.Path);
    W.str(Id.Hash);
  }
  W.str(Payload);
  std::string Entry = Magic + W.Out + sha256Hex(W.Out);
  // Written beside its final name and renamed over it: rename is atomic, so
  // a reader sees the old entry, the new one or none, never a part.
  std::error_code EC;
  fs::path Final = pathFor(Key);
  fs::create_directories(Final.parent_path(), EC);
  if (EC)
    return;
  static std::atomic<unsigned> Serial{0};
  fs::path Tmp = Final.parent_path() /
                 (".tmp-" + std::to_string(::getpid()) + "-" +
                  std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id())) + "-" +
                  std::to_string(Serial++));
  {
    std::ofstream OS(Tmp, std::ios::binary | std::ios::trunc);
    OS.write(Entry.data(), static_cast<std::streamsize>(Entry.size()));
    OS.close();
    if (!OS) {
      fs::remove(Tmp, EC);
      return;
    }
  }
  fs::rename(Tmp, Final, EC);
  if (EC)
    fs::remove(Tmp, EC);
}

} // namespace privlint
