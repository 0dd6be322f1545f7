// SHA-256 against the FIPS 180-4 example vectors, and the same digest
// whatever the pieces update() is fed in (the result cache hashes files and
// key parts piece by piece).
#include "Support/Sha256.h"

#include <gtest/gtest.h>

using namespace privlint;

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256, PiecesMakeNoDifference) {
  std::string Text;
  for (int I = 0; I < 300; ++I)
    Text += static_cast<char>(I * 7);
  std::string Whole = sha256Hex(Text);
  for (size_t Step : {1u, 3u, 55u, 56u, 63u, 64u, 65u, 128u}) {
    Sha256 H;
    for (size_t At = 0; At < Text.size(); At += Step)
      H.update(std::string_view(Text).substr(At, Step));
    EXPECT_EQ(H.hexDigest(), Whole) << "step " << Step;
  }
}
