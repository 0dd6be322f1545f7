#pragma once
#include <string>

template <typename T> struct Encrypted {
  std::string Ciphertext;
};

struct User {
  long id;
  Encrypted<std::string> email;
};
