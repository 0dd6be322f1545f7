// SHA-256 (FIPS 180-4), for content-addressed keys (the result cache): a
// collision would hand one input another's findings, so the key is a
// cryptographic hash rather than a fast one.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace privlint {

class Sha256 {
public:
  Sha256();
  void update(std::string_view Data);
  /// The digest as 64 lower-case hex digits; the object is spent afterwards.
  std::string hexDigest();

private:
  void block(const unsigned char *P);

  std::array<uint32_t, 8> H;
  unsigned char Buf[64];
  size_t Used = 0;
  uint64_t Total = 0;
};

/// SHA-256 of Data, as hex.
std::string sha256Hex(std::string_view Data);

} // namespace privlint
