// Records mapped with sqlite_orm (src/storage.cpp).
#pragma once
#include <optional>
#include <string>

struct User {
  long id;
  std::string email;
  std::optional<std::string> phone;
  std::string display_name;
  [[clang::annotate("privlint:encrypted")]] std::string recovery_email;
};

struct AuditEntry {
  long id;
  std::string actorEmail;
};

// Not mapped anywhere: reported without a table or column.
struct Draft {
  std::string email;
};
