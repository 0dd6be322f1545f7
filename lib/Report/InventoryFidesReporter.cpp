// `privlint inventory --format fides`: a Fides dataset manifest
// (https://ethyca.github.io/fideslang/, schemas/fides-dataset.json). One
// dataset per unit root (a migrations directory, a Rails or Django project,
// the directory of an SQL file); its collections are the stored entities
// (tables, ORM models, C++ records), never views or API schemas; each field
// carries privlint's category ids, which are fideslang data categories.
#include "Report/InventoryView.h"
#include "Report/Reporters.h"

#include "Support/Utf8.h"

#include <filesystem>
#include <map>
#include <set>

namespace privlint {
namespace {

namespace fs = std::filesystem;

// A YAML double-quoted scalar. Every character outside YAML's printable set
// (C0 and C1 controls, DEL, U+FEFF) is escaped as \uXXXX, so any name stays a
// string and the document stays valid.
std::string yamlQuoted(std::string_view Raw) {
  std::string S = sanitizeUtf8(Raw), Out = "\"";
  for (size_t I = 0; I < S.size();) {
    unsigned char C = static_cast<unsigned char>(S[I]);
    size_t Len = utf8SequenceLength(S, I);
    if (Len == 0)
      Len = 1; // not reached: S is valid
    uint32_t Cp = C;
    if (Len == 2)
      Cp = ((C & 0x1F) << 6) | (S[I + 1] & 0x3F);
    else if (Len == 3)
      Cp = ((C & 0x0F) << 12) | ((S[I + 1] & 0x3F) << 6) | (S[I + 2] & 0x3F);
    if (C == '"' || C == '\\') {
      Out += '\\';
      Out += static_cast<char>(C);
    } else if (Cp < 0x20 || Cp == 0x7F || (Cp >= 0x80 && Cp < 0xA0) || Cp == 0xFEFF) {
      char Buf[8];
      std::snprintf(Buf, sizeof Buf, "\\u%04X", Cp);
      Out += Buf;
    } else {
      Out.append(S, I, Len);
    }
    I += Len;
  }
  return Out + '"';
}

// A FidesKey (^[a-zA-Z0-9_.<>-]+$) from a directory name; '.' is kept out
// too, since Fides writes a collection as "dataset.collection".
std::string fidesKey(std::string_view Name) {
  std::string K;
  for (char C : Name)
    K += (std::isalnum(static_cast<unsigned char>(C)) || C == '_' || C == '-') ? C : '_';
  return K.empty() ? "privlint" : K;
}

struct FidesField {
  std::set<std::string> Categories;
  std::vector<std::string>
      Notes; // one per definition: "ENTITY.FIELD (TYPE, protection) at FILE:LINE"
};
struct FidesCollection {
  std::vector<std::string> Sources; // "KIND ENTITY at FILE:LINE"
  std::map<std::string, FidesField> Fields;
};
struct FidesDataset {
  std::string Name;
  std::map<std::string, FidesCollection> Collections;
};

std::string at(const SourceRange &W) {
  if (!W.File)
    return "";
  return " at " + percentEncodePath(W.File->path()) + ":" + std::to_string(W.File->lineOf(W.Begin));
}

} // namespace

void writeInventoryFides(std::ostream &OS, const EngineResult &R) {
  std::map<std::string, FidesDataset> ByRoot;
  for (const InventoryEntry &E : R.Inventory) {
    if (!E.Stored || E.Categories.empty() || E.EntityKind == "object")
      continue;
    FidesDataset &D = ByRoot[E.Root];
    D.Name = displayUnitRoot(E.Root);
    // Fides reads the database: the table and column names when known.
    FidesCollection &C = D.Collections[E.Table.empty() ? E.Entity : E.Table];
    std::string Source = E.EntityKind + " " + E.Entity + at(E.EntityWhere);
    if (std::find(C.Sources.begin(), C.Sources.end(), Source) == C.Sources.end())
      C.Sources.push_back(Source);
    FidesField &F = C.Fields[E.ColumnName.empty() ? E.Field : E.ColumnName];
    for (const auto &Cat : E.Categories)
      F.Categories.insert(Cat.Id);
    std::string Note = E.Entity + "." + E.Field + " (" +
                       (E.DeclaredType.empty() ? std::string("?") : E.DeclaredType) + ", " +
                       E.Protection + ")" + at(E.Where);
    if (std::find(F.Notes.begin(), F.Notes.end(), Note) == F.Notes.end())
      F.Notes.push_back(Note);
  }
  // Keys: the root directory's name, made unique in root order.
  std::set<std::string> Keys;
  OS << "# privlint inventory --format fides: a Fides dataset manifest (fideslang)\n";
  OS << "dataset:" << (ByRoot.empty() ? " []" : "") << '\n';
  for (const auto &[Root, D] : ByRoot) {
    std::string Base = fidesKey(fs::path(Root).filename().string()), Key = Base;
    for (int N = 2; !Keys.insert(Key).second; ++N)
      Key = Base + "_" + std::to_string(N);
    OS << "- fides_key: " << yamlQuoted(Key) << '\n';
    OS << "  name: " << yamlQuoted(D.Name) << '\n';
    OS << "  description: " << yamlQuoted("personal data found by privlint in " + D.Name) << '\n';
    OS << "  collections:\n";
    for (const auto &[CName, C] : D.Collections) {
      OS << "  - name: " << yamlQuoted(CName) << '\n';
      std::string Desc;
      for (const auto &S : C.Sources)
        Desc += (Desc.empty() ? "" : "; ") + S;
      OS << "    description: " << yamlQuoted(Desc) << '\n';
      OS << "    fields:\n";
      for (const auto &[FName, F] : C.Fields) {
        OS << "    - name: " << yamlQuoted(FName) << '\n';
        std::string FDesc;
        for (const auto &N : F.Notes)
          FDesc += (FDesc.empty() ? "" : "; ") + N;
        OS << "      description: " << yamlQuoted(FDesc) << '\n';
        OS << "      data_categories:\n";
        for (const auto &Cat : F.Categories)
          OS << "      - " << yamlQuoted(Cat) << '\n';
      }
    }
  }
}

} // namespace privlint
