// STAND-IN for nlohmann/json (https://github.com/nlohmann/json), written for
// privlint's tests: basic_json converting from any type with a to_json, and
// the NLOHMANN_DEFINE_TYPE_* macros generating to_json/from_json per member
// (up to six members here). See ../README.md.
#pragma once
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace nlohmann {
template <typename = void> class basic_json;

template <typename J> void to_json(J &j, const std::string &value);
template <typename J, typename T, std::enable_if_t<std::is_arithmetic_v<T>, int> = 0> void to_json(J &j, T value);
template <typename J, typename T> void to_json(J &j, const std::vector<T> &values);
template <typename J, typename T> void to_json(J &j, const std::optional<T> &value);

template <typename> class basic_json {
public:
  basic_json() = default;
  template <typename T,
            typename = decltype(to_json(std::declval<basic_json &>(), std::declval<const T &>()))>
  basic_json(const T &value) {
    to_json(*this, value);
  }
  basic_json &operator[](const char *key);
  const basic_json &at(const char *key) const;
  template <typename T> void get_to(T &value) const;
  std::string dump(int indent = -1) const;
};
using json = basic_json<>;
} // namespace nlohmann

#define NLOHMANN_STANDIN_COUNT(_1, _2, _3, _4, _5, _6, N, ...) N
#define NLOHMANN_STANDIN_CAT_(a, b) a##b
#define NLOHMANN_STANDIN_CAT(a, b) NLOHMANN_STANDIN_CAT_(a, b)
#define NLOHMANN_STANDIN_EACH_1(F, a) F(a)
#define NLOHMANN_STANDIN_EACH_2(F, a, ...) F(a) NLOHMANN_STANDIN_EACH_1(F, __VA_ARGS__)
#define NLOHMANN_STANDIN_EACH_3(F, a, ...) F(a) NLOHMANN_STANDIN_EACH_2(F, __VA_ARGS__)
#define NLOHMANN_STANDIN_EACH_4(F, a, ...) F(a) NLOHMANN_STANDIN_EACH_3(F, __VA_ARGS__)
#define NLOHMANN_STANDIN_EACH_5(F, a, ...) F(a) NLOHMANN_STANDIN_EACH_4(F, __VA_ARGS__)
#define NLOHMANN_STANDIN_EACH_6(F, a, ...) F(a) NLOHMANN_STANDIN_EACH_5(F, __VA_ARGS__)
#define NLOHMANN_JSON_PASTE(F, ...)                                                                \
  NLOHMANN_STANDIN_CAT(NLOHMANN_STANDIN_EACH_, NLOHMANN_STANDIN_COUNT(__VA_ARGS__, 6, 5, 4, 3, 2, 1)) \
  (F, __VA_ARGS__)
#define NLOHMANN_JSON_TO(v1) nlohmann_json_j[#v1] = nlohmann_json_t.v1;
#define NLOHMANN_JSON_FROM(v1) nlohmann_json_j.at(#v1).get_to(nlohmann_json_t.v1);

#define NLOHMANN_DEFINE_TYPE_INTRUSIVE(Type, ...)                                                  \
  template <typename BasicJsonType>                                                                \
  friend void to_json(BasicJsonType &nlohmann_json_j, const Type &nlohmann_json_t) {               \
    NLOHMANN_JSON_PASTE(NLOHMANN_JSON_TO, __VA_ARGS__)                                             \
  }                                                                                                \
  template <typename BasicJsonType>                                                                \
  friend void from_json(const BasicJsonType &nlohmann_json_j, Type &nlohmann_json_t) {             \
    NLOHMANN_JSON_PASTE(NLOHMANN_JSON_FROM, __VA_ARGS__)                                           \
  }
#define NLOHMANN_DEFINE_TYPE_INTRUSIVE_WITH_DEFAULT(Type, ...) NLOHMANN_DEFINE_TYPE_INTRUSIVE(Type, __VA_ARGS__)
#define NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Type, ...)                                              \
  template <typename BasicJsonType>                                                                \
  void to_json(BasicJsonType &nlohmann_json_j, const Type &nlohmann_json_t) {                      \
    NLOHMANN_JSON_PASTE(NLOHMANN_JSON_TO, __VA_ARGS__)                                             \
  }                                                                                                \
  template <typename BasicJsonType>                                                                \
  void from_json(const BasicJsonType &nlohmann_json_j, Type &nlohmann_json_t) {                    \
    NLOHMANN_JSON_PASTE(NLOHMANN_JSON_FROM, __VA_ARGS__)                                           \
  }
#define NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Type, ...)                                 \
  NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Type, __VA_ARGS__)
