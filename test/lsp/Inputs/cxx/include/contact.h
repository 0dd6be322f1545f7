#pragma once
#include <string>

struct Contact {
  long id;
  std::string email;
};

inline int countContacts() {
  int unused = 0;
  return 1;
}
