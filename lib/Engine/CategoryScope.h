// The categories a rule acts on: its `categories` and their subcategories,
// minus its `exclude_categories` and theirs. The most specific entry decides,
// so `categories: [user.contact.address.city]` reports cities even while the
// default excludes them.
#pragma once

#include "Model/Model.h"

#include <string>
#include <string_view>
#include <vector>

namespace privlint {

struct CategoryScope {
  std::vector<std::string> Include;
  std::vector<std::string> Exclude;

  /// Whether category Id is in scope: some Include entry is Id or a prefix
  /// of it, and no Exclude entry that is longer (more specific) is. An entry
  /// in both lists counts as included.
  bool covers(std::string_view Id) const;
  /// The first category of F in scope, or nullptr. Only a person's data is in
  /// scope: a field whose subject is an organisation or the system is not.
  const CategoryMatch *categoryOf(const Field &F) const;
};

} // namespace privlint
