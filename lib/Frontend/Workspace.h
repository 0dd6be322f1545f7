// What outlives one unit: the files a run or an editor session sees (open
// buffers over the disk), which files each unit read (so an edit to one can
// re-check the files that depend on it), and parsed context frontends keep
// between runs.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace privlint {

class Workspace {
public:
  /// An unsaved buffer (standard input, an editor document) that replaces the
  /// file at Normalized (absolute, lexically normal) for every reader.
  void setBuffer(const std::string &Normalized, std::string Text);
  void clearBuffer(const std::string &Normalized);
  /// The buffer open at Normalized, or nullptr.
  const std::string *buffer(const std::string &Normalized) const;
  /// Every open buffer, by normalized path (the C++ frontend maps them over
  /// the files Clang reads).
  const std::map<std::string, std::string> &buffers() const { return Buffers; }

  /// The first Max bytes of a file: its buffer, else the disk ("" when
  /// unreadable).
  std::string head(const std::string &Path, size_t Max) const;

  /// The files a directory walk finds under Root (sorted, skipping what
  /// .gitignore, Excludes and vendor folders exclude), as display paths
  /// joined to Root. Filter selects by name.
  std::vector<std::string> walk(const std::string &Root, const std::vector<std::string> &Excludes,
                                const std::function<bool(const std::string &)> &Filter) const;

  /// Records that the findings of Dependents were computed from Read.
  void recordReads(const std::set<std::string> &Checked, const std::vector<std::string> &Read);
  /// The files whose findings depend on Normalized (itself included when it
  /// was checked), sorted.
  std::vector<std::string> dependentsOf(const std::string &Normalized) const;

  /// Parsed context a frontend keeps between runs, keyed by what it was
  /// computed from (e.g. a content hash). Thread-safe; a memo, so a const
  /// Workspace (what claims see) can fill it.
  std::shared_ptr<const void> cached(const std::string &Key) const;
  void store(const std::string &Key, std::shared_ptr<const void> Value) const;

  /// An editor session's workspace: frontends keep parsed context files in
  /// the cache between runs, so that re-linting one buffer does not parse
  /// the project again. Off for a run of its own (nothing to reuse).
  void setKeepsContext(bool On) { KeepsContext = On; }
  bool keepsContext() const { return KeepsContext; }
  /// The cache key of a file kept as loaded from disk (UnitInput::loadContext).
  static std::string fileKey(const std::string &Normalized) { return "file\n" + Normalized; }
  /// Drops what is kept for a file on disk (it changed, was saved, created
  /// or deleted): the next run loads it again.
  void forgetFile(const std::string &Normalized) const;

private:
  std::map<std::string, std::string> Buffers;
  // Read file -> the checked-file sets of the units that read it. A set is
  // shared by every file its unit read: a unit of N files checked together
  // (an ORM source root) records N pointers, not N x N names.
  std::map<std::string, std::vector<std::shared_ptr<const std::set<std::string>>>> Dependents;
  bool KeepsContext = false;
  mutable std::mutex CacheMu;
  mutable std::map<std::string, std::shared_ptr<const void>> Cache;
};

} // namespace privlint
