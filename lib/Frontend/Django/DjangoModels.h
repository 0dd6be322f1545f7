// Django models: classes deriving from django.db.models.Model (directly or
// through project classes), their fields, encryption markers, Meta options
// and table names. Concrete models become entities; abstract models lend
// their fields to the concrete models below them; proxies add nothing.
#pragma once

#include "Frontend/Django/DjangoProject.h"
#include "Frontend/TreeSitter/CommentIndex.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace privlint::django {

struct LibraryModel;

struct FieldRef {
  size_t Entity = 0;
  size_t Field = 0;
};

class DjangoModels {
public:
  /// Reads every model class of P into M (entities for concrete models).
  DjangoModels(const Project &P, const OrmSettings &S, Model &Out);

  /// The model index of a project class, or -1 when it is not a model.
  int modelOfClass(int Class) const;
  /// The entity and field that a model's attribute Name reads (its own
  /// fields, then those of concrete parents for multi-table inheritance and
  /// proxies), if any.
  std::optional<FieldRef> field(int Model, std::string_view Name) const;
  /// Every stored field a model instance carries, parents' first.
  std::vector<FieldRef> allFields(int Model) const;
  /// The model a relation field points to (ForeignKey, OneToOneField,
  /// ManyToManyField), or -1.
  int target(int Model, std::string_view FieldName) const;
  /// "shop.Customer": the model's label.
  const std::string &label(int Model) const { return Models[Model].Label; }

private:
  struct Info {
    int Class = -1;
    bool Abstract = false, Proxy = false, Read = false, Reading = false;
    std::string AppLabel, DbTable, Label;
    /// Meta.app_label as written (or inherited from an abstract base's
    /// Meta); AppLabel also falls back to the module's app.
    std::string DeclaredAppLabel;
    bool HasMeta = false;
    std::vector<int> ModelBases; // direct bases that are models
    /// Django's own abstract models among the direct bases (AbstractUser),
    /// with where each is written: they lend their fields.
    std::vector<std::pair<const LibraryModel *, ts::NodeId>> LibraryBases;
    std::vector<Field> Fields;                         // own + inherited from abstract bases
    std::map<std::string, std::string> TargetsWritten; // field -> target as written
    std::map<std::string, int> TargetModule;           // field -> module index where written
    std::map<std::string, ts::NodeId> TargetNode;
    int Entity = -1;
  };
  const Project &P;
  const OrmSettings &S;
  Model &M;
  std::vector<Info> Models;
  std::vector<int> ModelByClass; // class index -> model index or -1
  std::map<std::string, int> ByLabel;
  std::map<int, std::unique_ptr<ts::CommentIndex>> CommentsByModule;

  bool isModelClass(int Class, int Depth);
  /// Whether the class body declares model fields: of imported classes only
  /// (ImportedOnly), of Django's own classes only (DjangoOnly).
  bool declaresFields(int Class, bool ImportedOnly, bool DjangoOnly = false) const;
  void read(int Model);
  void readMeta(int Model);
  std::optional<Field> readField(const py::Module &Mod, ts::NodeId Statement, ts::NodeId Name,
                                 ts::NodeId Value, const ts::CommentIndex &Comments,
                                 std::string &TargetText, ts::NodeId &TargetNode);
  int resolveTarget(int Model, const std::string &FieldName) const;
  /// The first concrete model among Model's direct bases (multi-table
  /// inheritance, a proxy's parent), or -1.
  int concreteParent(int Model) const;
};

} // namespace privlint::django
