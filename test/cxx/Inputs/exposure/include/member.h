// Records serialized with nlohmann/json.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

struct Address {
  std::string street;
  std::string city;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Address, street, city)
};

struct Member {
  long id;
  std::string handle;
  std::string email;
  std::string phone;
  [[clang::annotate("privlint:encrypted")]] std::string recovery_email;
  Address home;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Member, id, handle, email, recovery_email, home)
};

// Serialized by a user-written to_json that leaves the phone out.
struct Speaker {
  std::string name;
  std::string email;
  std::string phone;
};
inline void to_json(nlohmann::json &j, const Speaker &s) {
  j["name"] = s.name;
  j["email"] = s.email;
}

namespace crm {
struct Lead {
  std::string company;
  std::string contact_phone;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Lead, company, contact_phone)
} // namespace crm

struct HttpResponse {
  int status;
  std::string body;
};
