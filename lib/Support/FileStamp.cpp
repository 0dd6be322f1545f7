#include "Support/FileStamp.h"

#include <chrono>
#include <sys/stat.h>

namespace privlint {

FileStamp stampOf(const std::string &Path) {
  FileStamp S;
  struct stat St;
  if (::stat(Path.c_str(), &St) != 0)
    return S;
  S.Dev = static_cast<uint64_t>(St.st_dev);
  S.Ino = static_cast<uint64_t>(St.st_ino);
  S.Size = static_cast<uint64_t>(St.st_size);
  S.MtimeNs = int64_t(St.st_mtim.tv_sec) * 1000000000 + St.st_mtim.tv_nsec;
  S.CtimeNs = int64_t(St.st_ctim.tv_sec) * 1000000000 + St.st_ctim.tv_nsec;
  S.Valid = true;
  return S;
}

bool isRacy(const FileStamp &S) {
  // File systems keep times in ticks of up to 2 s (FAT); a change within
  // that window of now may not move the time stamp.
  constexpr int64_t WindowNs = 2'000'000'000;
  int64_t Now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  return !S.Valid || S.MtimeNs > Now - WindowNs || S.CtimeNs > Now - WindowNs;
}

} // namespace privlint
