#pragma once
#include <string>

struct User {
  long id;
  std::string email;
};
