#include "user.h"
#include <sqlite_orm/sqlite_orm.h>

using namespace sqlite_orm;

auto openStorage(const std::string &path) {
  return make_storage(path,
                      make_table("users",
                                 make_column("id", &User::id, primary_key()),
                                 make_column("email_address", &User::email),
                                 make_column("phone", &User::phone),
                                 make_column("display_name", &User::display_name),
                                 make_column("recovery_email", &User::recovery_email)),
                      make_table("audit_log", make_column("actor_email", &AuditEntry::actorEmail)));
}
