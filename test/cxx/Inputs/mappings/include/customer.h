// A Wt::Dbo class: persist() names the columns, Session::mapClass the table.
#pragma once
#include <Wt/Dbo/Dbo.h>
#include <string>

namespace dbo = Wt::Dbo;

class Customer {
public:
  std::string name_;
  std::string email_;
  std::string mobile_;
  std::string loyaltyTier_;

  template <class Action> void persist(Action &a) {
    dbo::field(a, name_, "name");
    dbo::field(a, email_, "email");
    dbo::field(a, mobile_, "mobile_phone");
    dbo::field(a, loyaltyTier_, "tier");
  }
};

// A field() that is not Wt::Dbo's is not a mapping.
namespace forms {
template <class A, class V> void field(A &a, V &v, const char *label);
}
class ContactForm {
public:
  std::string email;
  template <class Action> void describe(Action &a) { forms::field(a, email, "E-mail"); }
};
