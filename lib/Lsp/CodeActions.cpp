#include "Lsp/CodeActions.h"

#include "Frontend/Rails/RailsInflector.h"
#include "Support/Utf8.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace privlint::lsp {

namespace {

std::string extensionOf(const std::string &Path) {
  std::string Ext = fs::path(Path).extension().string();
  for (char &C : Ext)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  return Ext;
}

// The text of a 0-based line, without its terminator.
std::string_view lineAt(std::string_view Text, uint32_t Line0) {
  size_t Pos = 0;
  for (uint32_t L = 0; L < Line0; ++L) {
    size_t Nl = Text.find('\n', Pos);
    if (Nl == std::string_view::npos)
      return {};
    Pos = Nl + 1;
  }
  size_t End = Text.find('\n', Pos);
  std::string_view S = Text.substr(Pos, End == std::string_view::npos ? End : End - Pos);
  if (!S.empty() && S.back() == '\r')
    S.remove_suffix(1);
  return S;
}

uint32_t width(std::string_view S, Encoding E) {
  if (E == Encoding::Utf8)
    return static_cast<uint32_t>(S.size());
  uint32_t Units = 0;
  for (size_t I = 0; I < S.size();) {
    size_t Len = utf8SequenceLength(S, I);
    Len = Len ? Len : 1;
    Units += Len == 4 ? 2 : 1;
    I += Len;
  }
  return Units;
}

nlohmann::json pos(uint32_t Line, uint32_t Character) {
  return {{"line", Line}, {"character", Character}};
}

nlohmann::json insertAt(uint32_t Line, uint32_t Character, const std::string &Text) {
  return {{"range", {{"start", pos(Line, Character)}, {"end", pos(Line, Character)}}},
          {"newText", Text}};
}

nlohmann::json action(const std::string &Title, const DiagnosticRecord &R, const std::string &Uri,
                      nlohmann::json Edits, bool Preferred) {
  nlohmann::json A = {{"title", Title},
                      {"kind", "quickfix"},
                      {"diagnostics", nlohmann::json::array({R.Diagnostic})},
                      {"edit", {{"changes", {{Uri, std::move(Edits)}}}}}};
  if (Preferred)
    A["isPreferred"] = true;
  return A;
}

std::string readText(const std::string &Path) {
  std::ifstream In(Path, std::ios::binary);
  std::stringstream SS;
  SS << In.rdbuf();
  return SS.str();
}

// Rails: `encrypts :field` in the model of the column's table, after its
// class line. Only when the model file exists (a missing model is no
// one-line fix).
std::optional<nlohmann::json> railsEncrypts(const DiagnosticRecord &R) {
  if (R.Rule != "plaintext-contact-field" || extensionOf(R.Path) != ".rb" || R.Field.empty())
    return std::nullopt;
  std::string P = R.Path;
  size_t Db = P.rfind("/db/");
  if (Db == std::string::npos)
    return std::nullopt;
  std::string Table = R.Entity.substr(R.Entity.rfind('.') + 1);
  fs::path Model =
      fs::path(P.substr(0, Db)) / "app" / "models" / (rails::singularize(Table) + ".rb");
  std::error_code EC;
  if (!fs::is_regular_file(Model, EC))
    return std::nullopt;
  std::string Text = readText(Model.string());
  std::istringstream Lines(Text);
  std::string Line;
  for (uint32_t N = 0; std::getline(Lines, Line); ++N) {
    size_t B = Line.find_first_not_of(" \t");
    if (B == std::string::npos || Line.compare(B, 6, "class ") != 0)
      continue;
    std::string Indent = Line.substr(0, B) + "  ";
    nlohmann::json Edit = insertAt(N + 1, 0, Indent + "encrypts :" + R.Field + "\n");
    nlohmann::json A = {
        {"title", "Encrypt '" + R.Field + "' with Active Record Encryption (encrypts :" + R.Field +
                      " in " + Model.filename().string() + ")"},
        {"kind", "quickfix"},
        {"diagnostics", nlohmann::json::array({R.Diagnostic})},
        {"isPreferred", true},
        {"edit",
         {{"changes", {{pathToUri(Model.lexically_normal().string()), {std::move(Edit)}}}}}}};
    return A;
  }
  return std::nullopt;
}

// The 0-based line after the last module-level import of a Python file
// (a parenthesized or continued import ends at its last line), looked for
// before the first class or function; nullopt when there is none.
std::optional<uint32_t> afterPythonImports(std::string_view Text) {
  std::optional<uint32_t> After;
  bool InImport = false, Parenthesized = false;
  size_t Pos = 0;
  for (uint32_t N = 0; Pos < Text.size(); ++N) {
    size_t Nl = Text.find('\n', Pos);
    std::string_view Line =
        Text.substr(Pos, Nl == std::string_view::npos ? std::string_view::npos : Nl - Pos);
    Pos = Nl == std::string_view::npos ? Text.size() : Nl + 1;
    if (!Line.empty() && Line.back() == '\r')
      Line.remove_suffix(1);
    if (InImport) {
      bool Ends = Parenthesized ? Line.find(')') != std::string_view::npos
                                : Line.empty() || Line.back() != '\\';
      if (Ends) {
        InImport = false;
        After = N + 1;
      }
      continue;
    }
    if (Line.starts_with("class ") || Line.starts_with("def ") || Line.starts_with("async def ") ||
        Line.starts_with("@"))
      break;
    bool From = Line.starts_with("from ") && Line.find(" import ") != std::string_view::npos;
    if (!From && !Line.starts_with("import "))
      continue;
    Parenthesized =
        Line.find('(') != std::string_view::npos && Line.find(')') == std::string_view::npos;
    InImport = Parenthesized || (!Line.empty() && Line.back() == '\\');
    if (!InImport)
      After = N + 1;
  }
  return After;
}

// Django: a plaintext CharField, TextField or EmailField becomes the field
// of django-encrypted-model-fields that stores ciphertext in its place
// (EncryptedEmailField, ...), which privlint's Django reader knows, and the
// class is imported. Only for a field written `name = models.EmailField(`
// (or EmailField imported from Django) on the diagnostic's line.
std::optional<nlohmann::json> djangoEncryptedField(const DiagnosticRecord &R,
                                                   const std::string &Uri, const std::string &Text,
                                                   Encoding E) {
  if (R.Rule != "plaintext-contact-field" || extensionOf(R.Path) != ".py" || R.Line == 0 ||
      R.Attribute.empty() || Text.find("django") == std::string::npos)
    return std::nullopt;
  std::string Line(lineAt(Text, R.Line - 1));
  static const std::regex Field(
      R"(^(\s*)([A-Za-z_]\w*)\s*(:[^=]*)?=\s*((?:django\.db\.)?models\.)?(EmailField|CharField|TextField)\s*\()");
  std::smatch M;
  if (!std::regex_search(Line, M, Field) || M[2].str() != R.Attribute)
    return std::nullopt;
  std::string Class = "Encrypted" + M[5].str();
  auto Column = [&](size_t Byte) { return width(std::string_view(Line).substr(0, Byte), E); };
  size_t From = static_cast<size_t>(M[4].matched ? M.position(4) : M.position(5));
  size_t To = static_cast<size_t>(M.position(5) + M.length(5));
  uint32_t Line0 = R.Line - 1;
  nlohmann::json Edits = nlohmann::json::array();
  // The import: added to an existing one of the package, else after the
  // module's imports.
  const std::string Module = "encrypted_model_fields.fields";
  std::istringstream Lines(Text);
  std::string L;
  bool Imported = false;
  std::optional<nlohmann::json> Extend;
  for (uint32_t N = 0; std::getline(Lines, L); ++N) {
    if (!L.empty() && L.back() == '\r')
      L.pop_back();
    if (!L.starts_with("from " + Module + " import "))
      continue;
    std::string Names = L.substr(("from " + Module + " import ").size());
    if (std::regex_search(Names, std::regex("(^|[ ,])" + Class + "($|[ ,])")))
      Imported = true;
    else if (!Extend && L.find_first_of("(#") == std::string::npos && !L.ends_with("\\"))
      Extend = insertAt(N, width(L, E), ", " + Class);
  }
  if (!Imported) {
    if (Extend) {
      Edits.push_back(std::move(*Extend));
    } else {
      auto At = afterPythonImports(Text);
      if (!At || *At > Line0)
        return std::nullopt;
      Edits.push_back(insertAt(*At, 0, "from " + Module + " import " + Class + "\n"));
    }
  }
  Edits.push_back(
      {{"range", {{"start", pos(Line0, Column(From))}, {"end", pos(Line0, Column(To))}}},
       {"newText", Class}});
  return action("Encrypt '" + R.Attribute + "' with django-encrypted-model-fields (" + Class + ")",
                R, Uri, std::move(Edits), true);
}

} // namespace

std::string lineCommentFor(const std::string &Path) {
  std::string Ext = extensionOf(Path);
  if (Ext == ".sql")
    return "--";
  if (Ext == ".rb" || Ext == ".py" || Ext == ".yaml" || Ext == ".yml" || Ext == ".graphql" ||
      Ext == ".graphqls" || Ext == ".gql")
    return "#";
  if (Ext == ".prisma" || Ext == ".ts" || Ext == ".java" || Ext == ".proto" || Ext == ".h" ||
      Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx" || Ext == ".cpp" || Ext == ".cc" ||
      Ext == ".cxx" || Ext == ".c++")
    return "//";
  return "";
}

std::vector<nlohmann::json> codeActionsFor(const DiagnosticRecord &R, const std::string &Uri,
                                           const std::string &Text, Encoding E) {
  std::vector<nlohmann::json> Out;
  std::string Comment = lineCommentFor(R.Path);
  if (R.Line == 0)
    return Out;
  uint32_t Line0 = R.Line - 1;
  std::string_view LineText = lineAt(Text, Line0);
  if (auto Fix = railsEncrypts(R))
    Out.push_back(std::move(*Fix));
  if (auto Fix = djangoEncryptedField(R, Uri, Text, E))
    Out.push_back(std::move(*Fix));
  if (Comment.empty())
    return Out;
  if (R.Rule == "plaintext-contact-field") {
    std::string Marker = extensionOf(R.Path) == ".prisma" ? " /// @encrypted"
                                                          : " " + Comment + " privlint:encrypted";
    Out.push_back(action("Mark '" + R.Field + "' as encrypted by the application", R, Uri,
                         nlohmann::json::array({insertAt(Line0, width(LineText, E), Marker)}),
                         false));
  }
  size_t Indent = LineText.find_first_not_of(" \t");
  std::string Prefix(LineText.substr(0, Indent == std::string_view::npos ? 0 : Indent));
  Out.push_back(action(
      "Suppress " + R.Rule + " on this line (with a reason)", R, Uri,
      nlohmann::json::array(
          {insertAt(Line0, 0, Prefix + Comment + " privlint-ignore " + R.Rule + ": <reason>\n")}),
      false));
  return Out;
}

} // namespace privlint::lsp
