// ODB persistent classes: #pragma db names the table and columns.
#pragma once
#include <string>

#pragma db object table("newsletter_subscribers")
class Subscriber {
public:
#pragma db id auto
  unsigned long id_;
#pragma db column("email_addr") type("VARCHAR(255)")
  std::string email_;
  // Named by the pragma after the class.
  std::string phone_;
#pragma db member column("postal_address")
  std::string address_;
  std::string nickname_;
};
#pragma db member(Subscriber::phone_) column("phone_number")

#pragma db object
class Lead {
public:
#pragma db id
  unsigned long id;
  std::string email;
};
