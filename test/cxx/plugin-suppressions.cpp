// The Clang plugin matches suppressions as the CLI does (lib/Engine/Suppressions):
// "privlint-ignore" on the line or on the comment line above, for the named
// rule only, and clang-tidy's forms naming a privlint check.
// UNSUPPORTED: sanitizer
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.cpp && printf 'version: 1\n' > %t/.privlint.yaml
// RUN: cd %t && %clangxx -std=c++17 -fplugin=%privlint-plugin -fsyntax-only input.cpp 2>&1 | %check-all %s
#include <string>

struct Person {
  std::string email;
// CHECK: input.cpp:[[@LINE-1]]:15: warning: field 'Person.email' stores contact data (email) in plaintext [plaintext-contact-field]
  // privlint-ignore plaintext-contact-field: published press address
  std::string press_email;
  std::string phone; // privlint-ignore plaintext-contact-field: switchboard
  std::string fax_number; // NOLINT(privlint-plaintext-contact-field)
  // NOLINTNEXTLINE(privlint-*)
  std::string mobile;
  // Negative: another tool's check, another rule.
  std::string home_address; // NOLINT(bugprone-unused)
// CHECK: input.cpp:[[@LINE-1]]:15: warning: field 'Person.home_address' stores contact data (postal address) in plaintext [plaintext-contact-field]
  // privlint-ignore contact-exposed-without-auth: another rule
  std::string work_email;
// CHECK: input.cpp:[[@LINE-1]]:15: warning: field 'Person.work_email' stores contact data (email) in plaintext [plaintext-contact-field]
};
// CHECK: 3 warnings generated.
