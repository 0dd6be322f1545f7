#include "customer.h"

void mapTables(dbo::Session &session) {
  session.mapClass<Customer>("customer");
}
