// What the engine hands an ORM frontend (Python, TypeScript, Java): every
// source file of one source root, so names can be resolved across files
// (a serializer's model, a view's serializer, an embedded entity), and the
// settings of the configuration that governs them. Findings are reported
// only for the files marked Given; the others are context, which readers
// parse only when a given file's classes need them (on demand).
#pragma once

#include "Support/SourceFile.h"

#include <memory>
#include <string>
#include <vector>

namespace privlint {

class UnitInput;
class Workspace;

/// A given file is loaded; a context file is only peeked at (its text is
/// there to scan) until the reader says it needs it: use() when it parses
/// it, so the result cache checks it by content (Frontend.h, peek()).
struct OrmFile {
  const SourceFile *File = nullptr;
  bool Given = false; // named or found by the run (not only context)
  UnitInput *Unit = nullptr;
  void use() const;
};

struct OrmSettings {
  std::string Root; // the source root (sourceRootFor); module names are relative to it
  /// orm.encrypted_types: field classes, column types, transformers or
  /// converters (as written, or unqualified) whose values hold ciphertext.
  std::vector<std::string> EncryptedTypes;
  /// Notes for standard error ("path:line:col: note: ..."); may be null.
  std::vector<std::string> *Notes = nullptr;
  /// An editor session's workspace, where parsed context files are kept
  /// between runs (Workspace::keepsContext); null otherwise.
  const Workspace *Session = nullptr;
  /// What the unit's results point into besides its own files (kept context
  /// entries): held until the results go. Null: nothing is kept.
  std::vector<std::shared_ptr<const void>> *KeepAlive = nullptr;
  void note(std::string Line) const {
    if (Notes)
      Notes->push_back(std::move(Line));
  }
};

/// True when Name (as written, possibly qualified) is listed in Types, by
/// its full spelling or its last component.
bool listedType(const std::string &Name, const std::vector<std::string> &Types);

} // namespace privlint
