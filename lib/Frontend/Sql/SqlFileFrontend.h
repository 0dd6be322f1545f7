// The frontend shape shared by the plain SQL readers: `.sql` files claimed by
// their dialect (--dialect, sql.dialect, else their content), one unit per
// migration directory and dialect, the directory's other files of the same
// dialect replayed with them in version order. In a folder-per-migration
// layout (<version>_<name>/up.sql, as Diesel writes) the unit is the folder of
// folders, and its history every folder's up.sql in version order.
#pragma once

#include "Frontend/Frontend.h"
#include "Frontend/Sql/SqlDialect.h"

#include <initializer_list>
#include <vector>

namespace privlint {

class SqlFileFrontend : public Frontend {
public:
  SqlFileFrontend(std::string_view Id, std::initializer_list<SqlDialect> Dialects)
      : Id(Id), Dialects(Dialects) {}

  std::string_view id() const override { return Id; }
  bool mayClaim(std::string_view Path) const override;
  Claim claim(const FileProbe &P) const override;
  std::vector<std::string> unitFiles(const UnitSpec &U, const Workspace &W) const override;
  Model read(UnitInput &In) const override;
  void declareOptions(OptionSchema &Schema) const override;

  /// Whether Path's name is one SQL readers read (.sql, .psql, .pgsql).
  static bool isSqlFileName(std::string_view Path);

private:
  bool reads(SqlDialect D) const;
  std::string_view Id;
  std::vector<SqlDialect> Dialects;
};

} // namespace privlint
