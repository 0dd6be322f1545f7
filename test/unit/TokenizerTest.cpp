#include "Classify/Tokenizer.h"

#include <gtest/gtest.h>

using namespace privlint;

namespace {
std::string joined(std::string_view Name) {
  std::string S;
  for (const auto &T : tokenizeIdentifier(Name))
    S += (S.empty() ? "" : " ") + T;
  return S;
}
} // namespace

TEST(Tokenizer, SnakeKebabAndDots) {
  EXPECT_EQ(joined("contact_email"), "contact email");
  EXPECT_EQ(joined("phone-number"), "phone number");
  EXPECT_EQ(joined("user.email"), "user email");
  EXPECT_EQ(joined("__email__"), "email");
}

TEST(Tokenizer, CamelPascalAndAcronyms) {
  EXPECT_EQ(joined("userEmail2"), "user email 2");
  EXPECT_EQ(joined("EMailAddr"), "e mail addr");
  EXPECT_EQ(joined("eMail"), "e mail");
  EXPECT_EQ(joined("PhoneNumberE164"), "phone number e 164");
  EXPECT_EQ(joined("HTTPServerURL"), "http server url");
  EXPECT_EQ(joined("phone_no"), "phone no");
  EXPECT_EQ(joined("address2"), "address 2");
}

TEST(Tokenizer, AccentsFolded) {
  EXPECT_EQ(joined("teléfono"), "telefono");
  EXPECT_EQ(joined("dirección"), "direccion");
  EXPECT_EQ(joined("Straße"), "strasse");
  EXPECT_EQ(joined("endereço"), "endereco");
  EXPECT_EQ(joined("Ünterschrift"), "unterschrift");
}

TEST(Tokenizer, OtherScriptsSeparate) {
  EXPECT_EQ(joined("email_电话"), "email");
  EXPECT_TRUE(tokenizeIdentifier("").empty());
  EXPECT_TRUE(tokenizeIdentifier("___").empty());
}

TEST(Tokenizer, Patterns) {
  auto P = tokenizePattern("Nomor  Telepon");
  ASSERT_EQ(P.size(), 2u);
  EXPECT_EQ(P[0], "nomor");
  EXPECT_EQ(P[1], "telepon");
}
