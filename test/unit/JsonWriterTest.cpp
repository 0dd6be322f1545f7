// The streaming writer must give the bytes nlohmann::json's dump(2) gave for
// the same document (the JSON, SARIF and rdjson writers switched to it with
// their output unchanged): nesting, empty containers, escapes and invalid
// UTF-8 are compared against dump() itself.
#include "Support/JsonWriter.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

using namespace privlint;
using nlohmann::ordered_json;

namespace {

// Writes V with JsonWriter, as the writers do.
void stream(JsonWriter &J, const ordered_json &V) {
  if (V.is_object()) {
    J.beginObject();
    for (auto It = V.begin(); It != V.end(); ++It) {
      J.key(It.key());
      stream(J, It.value());
    }
    J.endObject();
  } else if (V.is_array()) {
    J.beginArray();
    for (const auto &X : V)
      stream(J, X);
    J.endArray();
  } else if (V.is_string()) {
    J.value(V.get_ref<const std::string &>());
  } else if (V.is_boolean()) {
    J.value(V.get<bool>());
  } else if (V.is_number_unsigned()) {
    J.value(V.get<unsigned long long>());
  } else if (V.is_number_integer()) {
    J.value(V.get<long long>());
  } else {
    J.null();
  }
}

void expectSameAsDump(const ordered_json &V) {
  std::ostringstream OS;
  JsonWriter J(OS);
  stream(J, V);
  J.finish();
  EXPECT_EQ(OS.str(), V.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n");
}

} // namespace

TEST(JsonWriter, NestingAndEmptyContainers) {
  ordered_json V;
  V["version"] = 1;
  V["findings"] = ordered_json::array();
  V["errors"] = ordered_json::array({ordered_json::object(), {{"a", nullptr}, {"b", true}}});
  V["nested"] = {{"x", ordered_json::array({1, -2, 3u})}, {"y", {{"z", "w"}}}};
  expectSameAsDump(V);
  expectSameAsDump(ordered_json::array());
  expectSameAsDump(ordered_json::object());
  expectSameAsDump(ordered_json("top"));
}

TEST(JsonWriter, EscapesAndInvalidUtf8) {
  std::string Controls;
  for (int C = 0; C < 0x20; ++C)
    Controls.push_back(static_cast<char>(C));
  ordered_json V = ordered_json::array(
      {Controls, "quote \" backslash \\ del \x7f", "caf\xc3\xa9 \xf0\x9f\x98\x80",
       "a\xff"
       "b",
       "cut \xe2\x82", "\xe0\x80\x80 overlong", "\xed\xa0\x80 surrogate", "\xf4\x90\x80\x80 big",
       "\xc0\xaf", "\xe2\x82x\xe2", "\x80\x80"});
  expectSameAsDump(V);
}

TEST(JsonWriter, RandomBytesAsDumpReplacesThem) {
  std::mt19937 Rng(14);
  const char Pool[] = {'a',    '"',    '\\',   '\n',   '\x01', '\x7f', '\x80',
                       '\xbf', '\xc2', '\xe0', '\xe2', '\xed', '\xf0', '\xf4',
                       '\xf5', '\xff', '\xa0', '\x90', '\x8f'};
  for (int I = 0; I < 2000; ++I) {
    std::string S;
    for (int K = Rng() % 12; K > 0; --K)
      S.push_back(Pool[Rng() % sizeof(Pool)]);
    ordered_json V = {{"s", S}, {"k", ordered_json::array({S, S + "x"})}};
    expectSameAsDump(V);
  }
}
