#pragma once
#include <optional>
#include <string>
#include <vector>

// A wrapper whose name says it holds ciphertext.
template <typename T> struct Encrypted { std::string ciphertext; };
// A wrapper named in .privlint.yaml (cxx.encrypted_types).
struct Vaulted { std::string token; };
using Email = std::string;

struct Influencer {
  long id;
  std::string contact_email;
  std::optional<std::string> phone_number;
  Encrypted<std::string> home_address;
  Vaulted billing_address;
  [[clang::annotate("privlint:encrypted")]] std::string backup_email;
  [[clang::annotate("privlint:hashed")]] std::string email_digest_value;
  [[clang::annotate("privlint:not-personal")]] std::string support_email;
  [[clang::annotate("privlint:category=user.contact.phone_number")]] std::string whatsapp;
  bool email_verified;
  long long phone_confirmed_at;
  Email alias_email;
  std::string street; // NOLINT(privlint-plaintext-contact-field)
  // NOLINTNEXTLINE(privlint-plaintext-contact-field)
  std::string city;
  std::string postcode; // NOLINT(bugprone-unused): not for privlint
  std::vector<std::string> emails;
  char fax_number[32];
  const char *mobile;
};

template <typename T> struct Page {
  std::vector<T> items;
  std::string next_email_cursor_token;
};
