// Rails' naming conventions for tables: ActiveSupport's underscore,
// pluralize and singularize for the English rules and irregular words Rails
// ships (people, children, men, statuses, addresses, ...), without running Ruby.
#pragma once

#include <string>

namespace privlint::rails {

/// "AdminUser" -> "admin_user", "HTMLPage" -> "html_page", "Admin::User" -> "admin/user".
std::string underscore(const std::string &S); // S in CamelCase
/// Plural of the last word of a snake_case name: "person" -> "people", "company" -> "companies".
std::string pluralize(const std::string &Word);
/// Singular of the last word of a snake_case name: "people" -> "person".
std::string singularize(const std::string &Word);
/// The table Rails derives for a class name without namespace: "PhoneNumber" -> "phone_numbers".
std::string tableNameForClass(const std::string &ClassName);

} // namespace privlint::rails
