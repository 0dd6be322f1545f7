// A directory walk that ends on any tree: entries in name order, symbolic
// links to directories followed, every directory entered at most once (by
// device and inode), and a link that leads back to a directory being walked
// reported once as a loop instead of followed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace privlint {

class FileWalkVisitor {
public:
  virtual ~FileWalkVisitor() = default;
  /// Whether to walk Dir (the root included); false skips it and its content.
  virtual bool enterDirectory(const std::filesystem::path &Dir, bool IsRoot) = 0;
  /// After the last entry of a directory enterDirectory accepted.
  virtual void leaveDirectory(const std::filesystem::path &Dir) { (void)Dir; }
  /// A regular file, or a link to one. FIFOs, sockets and devices are skipped.
  virtual void file(const std::filesystem::path &File) = 0;
};

/// Walks Root. A link whose target lies inside Root is not followed: the
/// target is read at its own path, once. Notes get one line per symbolic
/// link loop met ("<link>: note: ..."), in walk order.
void walkFiles(const std::filesystem::path &Root, FileWalkVisitor &V,
               std::vector<std::string> &Notes);

} // namespace privlint
