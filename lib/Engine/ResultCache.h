// The result cache: what a unit produced (its findings, inventory, notes and
// the files it read) kept on disk between runs, so a run over unchanged files
// costs their reading and hashing instead of their parsing. An entry is found
// by a key over everything the result depends on: privlint's version and
// build, the unit (its frontend, files, root, configuration file bytes,
// options), the current directory, and the SHA-256 of each file's content.
// The key covers the unit's file list by path and its given files by
// content; the files the unit ended up reading are listed in the entry with
// their hashes and stamps and checked again before it is used (context
// files, and a reference followed to a file outside the unit's list): by the
// stamp when it was recorded, so a warm run reads those files but does not
// hash them. Files a frontend
// only scanned (UnitInput::peek: the rest of a large ORM project, searched
// for the names a given file needs) are listed with their FileStamp and
// checked by it, so a warm run over one file of a large project reads that
// file and the few its result came from, not the whole project; a stamp
// taken within the clock's granularity of a change (racy) or of an editor's
// buffer is backed by the content's hash.
//
// Location: $XDG_CACHE_HOME/privlint, else ~/.cache/privlint (--no-cache:
// none). An entry is written to a temporary file and renamed into place, so
// concurrent runs never see half an entry; one that is unreadable, truncated,
// corrupt or of another format is ignored (and rewritten), never trusted and
// never an error. Output bytes are the same with and without the cache.
#pragma once

#include "Engine/Finding.h"
#include "Engine/Inventory.h"
#include "Support/FileStamp.h"
#include "Support/SourceFile.h"

#include <memory>
#include <string>
#include <vector>

namespace privlint {

/// A file the unit only scanned (UnitInput::peek): its display path, its
/// stamp, and the hash of its content as loaded when the stamp alone cannot
/// be trusted (racy, or an editor's buffer), else "".
struct PeekedFileId {
  std::string Path;
  FileStamp Stamp;
  std::string Hash;
};

/// What one unit produced, as the engine collects it.
struct UnitOutput {
  std::vector<Finding> Findings;
  std::vector<InventoryEntry> Inventory;
  std::vector<std::unique_ptr<SourceFile>> Files; // every file the unit loaded, in load order
  std::vector<PeekedFileId> Peeked;               // files it only scanned, in peek order
  std::vector<std::string> Notices;
  std::vector<std::shared_ptr<const void>> KeepAlive; // UnitInput::KeepAlive
};

/// $XDG_CACHE_HOME/privlint, else $HOME/.cache/privlint ("" when neither is set).
std::string defaultCacheDirectory();

/// One file as the unit loaded it: its display path, a hash over what
/// loading it gave (usable or not, the text, the load problems), and its
/// stamp when the file had not changed for the clock's granularity before
/// the unit started (else Stamp.Valid is false and only the hash counts).
struct LoadedFileId {
  std::string Path;
  std::string Hash;
  FileStamp Stamp;
};

class ResultCache {
public:
  /// Dir "" turns the cache off.
  explicit ResultCache(std::string Dir) : Dir(std::move(Dir)) {}
  bool enabled() const { return !Dir.empty(); }

  /// The entry under Key, when every file it lists is unchanged
  /// (SameLoaded(id): by its stamp, else by hashing it again), every peeked
  /// file is unchanged (Unchanged(id)), and the entry reads back whole.
  /// Load(path) makes the SourceFile for a listed file, as the unit's loader
  /// would.
  template <class SameLoadedFn, class LoadFn, class UnchangedFn>
  bool lookup(const std::string &Key, SameLoadedFn SameLoaded, LoadFn Load, UnchangedFn Unchanged,
              UnitOutput &Out) const;

  /// Writes Out under Key with the identities of its files (same order as
  /// Out.Files). Silently does nothing when it cannot (read-only cache,
  /// full disk, a finding pointing at a file the unit did not load).
  void store(const std::string &Key, const std::vector<LoadedFileId> &Ids,
             const UnitOutput &Out) const;

  /// The entry's bytes split into its file lists and the payload, for lookup().
  bool readEntry(const std::string &Key, std::vector<LoadedFileId> &Ids,
                 std::vector<PeekedFileId> &Peeked, std::string &Payload) const;
  /// Rebuilds findings, inventory and notices over Out.Files (already
  /// loaded, in entry order); false when the payload does not read back.
  static bool decode(const std::string &Payload, UnitOutput &Out);

private:
  std::string pathFor(const std::string &Key) const;
  std::string Dir;
};

template <class SameLoadedFn, class LoadFn, class UnchangedFn>
bool ResultCache::lookup(const std::string &Key, SameLoadedFn SameLoaded, LoadFn Load,
                         UnchangedFn Unchanged, UnitOutput &Out) const {
  if (!enabled())
    return false;
  std::vector<LoadedFileId> Ids;
  std::vector<PeekedFileId> Peeked;
  std::string Payload;
  if (!readEntry(Key, Ids, Peeked, Payload))
    return false;
  for (const auto &P : Peeked)
    if (!Unchanged(P))
      return false;
  for (const auto &Id : Ids)
    if (!SameLoaded(Id))
      return false;
  UnitOutput R;
  R.Peeked = std::move(Peeked);
  for (const auto &Id : Ids)
    R.Files.push_back(Load(Id.Path));
  if (!decode(Payload, R))
    return false;
  Out = std::move(R);
  return true;
}

} // namespace privlint
