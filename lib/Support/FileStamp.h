// What a file's metadata says about its content without reading it: device,
// inode, size, modification and change times. Two equal stamps mean the file
// was not written in between, unless it was written within the clock's
// granularity of the first stamp (a "racy" stamp, as git calls it): callers
// that trust stamps keep a content hash for files that changed recently.
#pragma once

#include <cstdint>
#include <string>

namespace privlint {

struct FileStamp {
  uint64_t Dev = 0, Ino = 0, Size = 0;
  int64_t MtimeNs = 0, CtimeNs = 0;
  bool Valid = false; // false: the file could not be stat'ed
  bool operator==(const FileStamp &) const = default;
};

/// The stamp of Path (following symlinks); Valid is false when stat fails.
FileStamp stampOf(const std::string &Path);

/// Whether S was taken so soon after the file's last change that a write in
/// the same clock tick could leave the stamp unchanged.
bool isRacy(const FileStamp &S);

} // namespace privlint
