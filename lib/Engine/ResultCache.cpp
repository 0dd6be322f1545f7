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
const char Magic[] = "privlint-result-cache 3\n";

class Writer {
public:
  std::string Out;
  void u8(uint8_t V) { Out.push_back(static_cast<char>(V)); }
  void u32(uint32_t V) {
    for (int I = 0; I < 4; ++I)
      Out.push_back(static_cast<char>(V >> (8 * I)));
  }
  void u64(uint64_t V) {
    u32(static_cast<uint32_t>(V));
    u32(static_cast<uint32_t>(V >> 32));
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
  uint64_t u64() {
    uint64_t Lo = u32();
    return Lo | (uint64_t(u32()) << 32);
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

// The entry's file lists and its payload are written and read by the same
// layout functions below, over an Encoder or a Decoder: one description of
// each record, so the two directions cannot drift apart. Each takes the
// record as T & (const when encoding).

// Writes a unit's output. A location is an index into the unit's files
// (UINT32_MAX: none) and its offsets.
class Encoder {
public:
  explicit Encoder(const std::vector<std::unique_ptr<SourceFile>> &Files) {
    for (size_t I = 0; I < Files.size(); ++I)
      Index.emplace(Files[I].get(), static_cast<uint32_t>(I));
  }
  Writer W;
  bool Ok = true; // false: a location in a buffer the unit did not load

  void str(const std::string &S) { W.str(S); }
  void strs(const std::vector<std::string> &V) { W.strs(V); }
  void flag(bool B) { W.u8(B); }
  void u64(uint64_t V) { W.u64(V); }
  void i64(int64_t V) { W.u64(static_cast<uint64_t>(V)); }
  void severity(Severity S) { W.u8(static_cast<uint8_t>(S)); }
  void where(const SourceRange &R) {
    uint32_t I = UINT32_MAX;
    if (R.File) {
      auto It = Index.find(R.File);
      if (It == Index.end())
        Ok = false; // not cacheable
      else
        I = It->second;
    }
    W.u32(I);
    W.u32(R.Begin);
    W.u32(R.End);
  }
  /// A count, then each item; MinBytes is the decoder's plausibility bound.
  template <class T, class Fn> void list(const std::vector<T> &V, size_t /*MinBytes*/, Fn Each) {
    W.u32(static_cast<uint32_t>(V.size()));
    for (const T &X : V)
      Each(X);
  }

private:
  std::map<const SourceFile *, uint32_t> Index;
};

// Reads what Encoder wrote over the files the entry lists (already loaded).
class Decoder {
public:
  Decoder(std::string_view In, const std::vector<std::unique_ptr<SourceFile>> &Files)
      : R(In), Files(Files) {}
  Reader R;

  void str(std::string &S) { S = R.str(); }
  void strs(std::vector<std::string> &V) { V = R.strs(); }
  void flag(bool &B) { B = R.u8() != 0; }
  void u64(uint64_t &V) { V = R.u64(); }
  void i64(int64_t &V) { V = static_cast<int64_t>(R.u64()); }
  void severity(Severity &S) {
    uint8_t V = R.u8();
    if (V > static_cast<uint8_t>(Severity::Error))
      R.Ok = false;
    S = static_cast<Severity>(V);
  }
  void where(SourceRange &W) {
    uint32_t I = R.u32();
    W = SourceRange();
    W.Begin = R.u32();
    W.End = R.u32();
    if (I == UINT32_MAX)
      return;
    if (I >= Files.size() || !Files[I]) {
      R.Ok = false;
      return;
    }
    W.File = Files[I].get();
  }
  /// More items than the bytes left could hold (at MinBytes each) is
  /// corruption, and is not allocated.
  template <class T, class Fn> void list(std::vector<T> &V, size_t MinBytes, Fn Each) {
    V.resize(R.count(MinBytes));
    for (T &X : V)
      Each(X);
  }

private:
  const std::vector<std::unique_ptr<SourceFile>> &Files;
};

// A note along the way: a finding's related location, an exposure's hop.
template <class Io, class T> void layoutRelated(Io &A, T &X) {
  A.where(X.Where);
  A.str(X.Message);
  A.flag(X.SameField);
}

template <class Io, class T> void layoutFinding(Io &A, T &F) {
  A.str(F.RuleId);
  A.severity(F.Sev);
  A.str(F.Message);
  A.where(F.Where);
  for (auto *S : {&F.Entity, &F.Field, &F.ColumnName, &F.Category, &F.Fingerprint})
    A.str(*S);
  A.list(F.Related, 17, [&](auto &X) { layoutRelated(A, X); });
}

template <class Io, class T> void layoutCategory(Io &A, T &C) {
  A.str(C.Id);
  A.str(C.Label);
  A.flag(C.Strong);
  A.strs(C.Evidence);
}

template <class Io, class T> void layoutExposure(Io &A, T &X) {
  for (auto *S : {&X.Audience, &X.Role, &X.Channel, &X.Via, &X.Request, &X.Response})
    A.str(*S);
  A.where(X.Where);
  A.list(X.Path, 17, [&](auto &P) { layoutRelated(A, P); });
  A.str(X.Serializer);
}

template <class Io, class T> void layoutInventoryEntry(Io &A, T &E) {
  A.where(E.Where);
  A.where(E.EntityWhere);
  A.flag(E.Stored);
  A.str(E.Frontend);
  A.str(E.Root);
  for (auto *S :
       {&E.Entity, &E.EntityKind, &E.Table, &E.Field, &E.ColumnName, &E.DeclaredType, &E.TypeClass})
    A.str(*S);
  A.list(E.Categories, 13, [&](auto &C) { layoutCategory(A, C); });
  A.str(E.Subject);
  A.strs(E.SubjectEvidence);
  A.str(E.Protection);
  A.strs(E.ProtectionEvidence);
  A.list(E.Exposures, 36, [&](auto &X) { layoutExposure(A, X); });
  A.strs(E.Rejections);
}

// The payload: findings, inventory, notices (UnitOutput's files are the
// entry's file list, outside it).
template <class Io, class T> void layoutUnitOutput(Io &A, T &Out) {
  A.list(Out.Findings, 32, [&](auto &F) { layoutFinding(A, F); });
  A.list(Out.Inventory, 40, [&](auto &E) { layoutInventoryEntry(A, E); });
  A.strs(Out.Notices);
}

template <class Io, class T> void layoutStamp(Io &A, T &S) {
  A.flag(S.Valid);
  for (auto *V : {&S.Dev, &S.Ino, &S.Size})
    A.u64(*V);
  A.i64(S.MtimeNs);
  A.i64(S.CtimeNs);
}

// The entry's file lists, before the payload: the files the unit loaded
// (path, hash, stamp), then those it only scanned (path, stamp, hash).
template <class Io, class L, class P> void layoutFileLists(Io &A, L &Ids, P &Peeked) {
  A.list(Ids, 49, [&](auto &Id) {
    A.str(Id.Path);
    A.str(Id.Hash);
    layoutStamp(A, Id.Stamp);
  });
  A.list(Peeked, 49, [&](auto &X) {
    A.str(X.Path);
    layoutStamp(A, X.Stamp);
    A.str(X.Hash);
  });
}

// The file lists hold no locations: their Encoder and Decoder index no files.
const std::vector<std::unique_ptr<SourceFile>> NoFiles;

std::string encode(const UnitOutput &Out, bool &Ok) {
  Encoder A(Out.Files);
  layoutUnitOutput(A, Out);
  Ok = A.Ok;
  return std::move(A.W.Out);
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
                            std::vector<PeekedFileId> &Peeked, std::string &Payload) const {
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
  Decoder A(Body, NoFiles);
  if (A.R.str() != Key)
    return false;
  layoutFileLists(A, Ids, Peeked);
  A.str(Payload);
  return A.R.Ok && A.R.atEnd();
}

bool ResultCache::decode(const std::string &Payload, UnitOutput &Out) {
  Decoder A(Payload, Out.Files);
  layoutUnitOutput(A, Out);
  return A.R.Ok && A.R.atEnd();
}

void ResultCache::store(const std::string &Key, const std::vector<LoadedFileId> &Ids,
                        const UnitOutput &Out) const {
  if (!enabled() || Ids.size() != Out.Files.size())
    return;
  bool Ok = true;
  std::string Payload = encode(Out, Ok);
  if (!Ok)
    return;
  Encoder A(NoFiles);
  A.str(Key);
  layoutFileLists(A, Ids, Out.Peeked);
  A.str(Payload);
  const std::string &Body = A.W.Out;
  std::string Entry = Magic + Body + sha256Hex(Body);
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
