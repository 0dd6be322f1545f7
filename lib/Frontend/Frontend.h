// The only frontend type the engine knows. A frontend claims the files it
// reads, says which other files a unit needs as context, and reads a unit
// into the neutral model. The engine groups claimed files into units, reads
// them (in parallel), and runs classification, rules and filters on the
// model: it never names an input format.
#pragma once

#include "Engine/Config.h"
#include "Frontend/Workspace.h"
#include "Model/Model.h"
#include "Support/FileStamp.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace privlint {

/// Run options meant for frontends; the engine passes them through
/// untouched (the command line fills them).
struct InputOptions {
  std::string Dialect;                   // --dialect postgres|mysql|sqlite
  std::string CompileCommandsDir;        // -p BUILD_DIR (C++)
  std::vector<std::string> CompilerArgs; // after "--" (C++)
  bool HaveCompilerArgs = false;
};

/// What a frontend sees of a file when it decides whether to claim it.
class FileProbe {
public:
  FileProbe(std::string Path, std::string Normalized, bool Explicit, const Config &Cfg,
            const InputOptions &Options, const std::string &ProjectRoot, const Workspace &W)
      : Path(std::move(Path)), Normalized(std::move(Normalized)), Explicit(Explicit), Cfg(Cfg),
        Options(Options), ProjectRoot(ProjectRoot), W(W) {}

  const std::string Path;       // as given, or joined from a walked directory
  const std::string Normalized; // absolute, lexically normal
  const bool Explicit;          // named on the command line
  const Config &Cfg;            // the configuration governing the file
  const InputOptions &Options;
  const std::string &ProjectRoot;

  /// The first 64 KiB of the file (the editor's buffer when one is open),
  /// read once on first use.
  std::string_view head() const;
  /// The file name's extension, lower case, with its dot ("" when none).
  std::string extension() const;
  /// Other files (buffers over the disk, walks, the context cache): for a
  /// claim that depends on which files refer to this one.
  const Workspace &workspace() const { return W; }

private:
  const Workspace &W;
  mutable bool HeadRead = false;
  mutable std::string Head;
};

/// A frontend's answer to a file.
struct Claim {
  /// A claim by extension or content (strength 1) into Group's unit at Root.
  static Claim of(std::string Group, std::string Root) {
    Claim C;
    C.Strength = 1;
    C.Group = std::move(Group);
    C.Root = std::move(Root);
    return C;
  }

  /// 0: not this frontend's file. 1: by extension or content. 2: by project
  /// layout (Rails' db/structure.sql, Prisma's migrations). The strongest
  /// claim wins; ties go by the order of allFrontends().
  int Strength = 0;
  /// Files with the same group, root and configuration form one unit.
  /// Groups also order the units (and so the notices they print).
  std::string Group;
  std::string Root; // the unit's directory
  /// Frontend data recorded on the unit (the last non-empty one wins), e.g.
  /// an SQL dialect a Prisma unit's migrations must be read in.
  std::string Variant;
  /// A file found by a directory walk that this frontend cannot read in
  /// this run (C++ without a compilation database): counted, and summarised
  /// once by the frontend's deferredNote().
  bool Deferred = false;
  /// Report findings in every file the unit reads, not only the given ones
  /// (C++: the headers a translation unit includes).
  bool ReportAll = false;
  /// With Strength 0: the file is of a kind this frontend recognises by
  /// content and this one is not its kind (a YAML file that is no OpenAPI
  /// document): no "no frontend reads this kind of file" note for it.
  bool Quiet = false;
};

/// The list a frontend's unitFiles() builds: the unit's files as the engine
/// grouped them, then the context they need, each file once whichever
/// spelling reaches it (a path is known by its normalized form).
class UnitFileList {
public:
  explicit UnitFileList(const std::vector<std::string> &UnitFiles);

  /// Appends Display unless its file is listed already; true when appended.
  /// Normalized, when the caller has it, saves normalizing Display again.
  bool add(std::string Display);
  bool add(std::string Display, const std::string &Normalized);
  /// Whether the file whose normalized path is Normalized is listed.
  bool has(const std::string &Normalized) const { return Have.contains(Normalized); }
  /// Counts the file as listed, without appending it (a file the frontend
  /// orders itself); true when it was not listed before.
  bool take(const std::string &Normalized) { return Have.insert(Normalized).second; }

  std::vector<std::string> Files; // display paths, in the order added

private:
  std::set<std::string> Have;
};

/// The files of one unit, as the engine grouped them.
struct UnitSpec {
  std::string Group, Root, Variant;
  std::string ConfigPath;
  const Config *Cfg = nullptr;
  std::string ProjectRoot;
  std::vector<std::string> Files; // display paths: the given ones, then the context
  std::set<std::string> Given;    // normalized paths of the files to report on
  bool ReportAll = false;
  const InputOptions *Options = nullptr;
};

/// What read() works with: the unit, file access through the workspace,
/// and the sinks for what it loads and notes.
class UnitInput {
public:
  UnitInput(const UnitSpec &Spec, const Workspace &W) : Spec(Spec), W(W) {}
  UnitInput(const UnitInput &) = delete;
  UnitInput &operator=(const UnitInput &) = delete;

  const UnitSpec &Spec;
  const Config &config() const { return *Spec.Cfg; }
  const InputOptions &options() const { return *Spec.Options; }
  const Workspace &workspace() const { return W; }

  /// Loads a file (the unit's or any other it needs): the editor's buffer
  /// when one is open, else the disk. Unreadable, binary and oversized files
  /// become problems; returns nullptr when the content is unusable.
  SourceFile *load(const std::string &Path);
  /// Takes a file a frontend built itself (the C++ frontend's headers).
  SourceFile *adopt(std::unique_ptr<SourceFile> File);
  /// Loads a file only to scan its text (a context file of a large project,
  /// searched for the names a given file's classes need): the same content
  /// load() gives, but not a read the result depends on until use() says
  /// so. The result cache checks a peeked file by its metadata (FileStamp)
  /// instead of its content, so a warm run need not read the whole project.
  /// In an editor session (Workspace::keepsContext), a file without a buffer
  /// is the copy the workspace keeps between runs while its stamp is the
  /// same, so re-linting one buffer does not read the project again.
  /// Returns the same file for the same path; never null (check usable()).
  SourceFile *peek(const std::string &Path);
  /// Whether a peeked file's content was usable (readable, not binary).
  bool usable(const SourceFile *File) const;
  /// A peeked file the results depend on (it was parsed, or a finding points
  /// into it): from now on a loaded file. Loaded files are left alone.
  void use(const SourceFile *File);
  /// Whether findings at Normalized are reported.
  bool isGiven(const std::string &Normalized) const;
  /// A line for standard error ("path: note: ...").
  void note(std::string Line) { Notes.push_back(std::move(Line)); }
  /// "this build of privlint does not read WHAT yet; skipped" for Path.
  void skipped(const std::string &Path, const std::string &What);

  // Results, collected by the engine after read().
  std::vector<std::unique_ptr<SourceFile>> Files;
  std::vector<InputProblem> LoadProblems;
  std::vector<std::string> Notes;
  /// Files peeked, in peek order; File moves to Files when used.
  struct PeekedFile {
    std::unique_ptr<SourceFile> File;
    SourceFile *Raw = nullptr;
    std::vector<InputProblem> Problems;
    bool Usable = false;
    bool FromBuffer = false; // an editor's buffer: no stamp says anything about it
    FileStamp Stamp;         // taken before the file was read
    /// An editor session's copy kept by the workspace (Raw points into it;
    /// it never moves to Files), and whether the results depend on it.
    std::shared_ptr<const void> Kept;
    bool Used = false;
  };
  std::vector<PeekedFile> Peeked;
  /// Workspace cache entries the results may point into (an editor
  /// session's kept context): the engine keeps them as long as the results.
  std::vector<std::shared_ptr<const void>> KeepAlive;

private:
  const Workspace &W;
  bool peekKept(const std::string &Path, PeekedFile &P);
  std::map<std::string, size_t> PeekIndex;           // display path -> Peeked
  std::map<const SourceFile *, size_t> PeekedByFile; // -> Peeked
};

class Frontend {
public:
  virtual ~Frontend() = default;
  /// A stable name: "postgres", "mysql-sqlite", "prisma", "rails", …
  virtual std::string_view id() const = 0;
  /// Whether a directory walk should consider Path at all (by name only,
  /// no I/O): cheap, called for every walked file.
  virtual bool mayClaim(std::string_view Path) const = 0;
  /// Whether this file belongs to this frontend, how strongly, in which unit.
  virtual Claim claim(const FileProbe &P) const = 0;
  /// The files a unit reads, in read order: its given files and the context
  /// they need (earlier migrations, the models of a schema, …).
  virtual std::vector<std::string> unitFiles(const UnitSpec &U, const Workspace &W) const;
  /// Reads a unit into a model. Never throws: problems become
  /// Model::Problems (parse-error findings) or notes.
  virtual Model read(UnitInput &In) const = 0;
  /// Whether a unit's result depends only on the files it loads through
  /// UnitInput (and its spec and configuration), so the result cache may
  /// keep it. Not so for a frontend whose parser reads files itself.
  virtual bool cacheable() const { return true; }
  /// The note for Count deferred files found while walking.
  virtual std::string deferredNote(size_t Count) const { return {}; }
  /// Its configuration keys: they feed .privlint.yaml validation, `config
  /// --dump` and, checked by a test, schemas/config-v1.json.
  virtual void declareOptions(OptionSchema &Schema) const {}
};

} // namespace privlint
