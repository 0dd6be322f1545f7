// STAND-IN for sqlite_orm (https://github.com/fnc12/sqlite_orm), written for
// privlint's tests: make_storage/make_table/make_column with the real call
// shapes, nothing else. See ../README.md.
#pragma once
#include <string>
#include <tuple>

namespace sqlite_orm {
struct primary_key_t {};
inline primary_key_t primary_key() { return {}; }
template <class O, class T, class... Cs> struct column_t {
  const char *name;
  T O::*member;
};
template <class O, class T, class... Cs>
column_t<O, T, Cs...> make_column(const char *name, T O::*member, Cs...) {
  return {name, member};
}
template <class... Cols> struct table_t {
  const char *name;
  std::tuple<Cols...> columns;
};
template <class... Cols> table_t<Cols...> make_table(const char *name, Cols... cols) {
  return {name, std::tuple<Cols...>(cols...)};
}
template <class... Tables> struct storage_t {
  std::string filename;
  std::tuple<Tables...> tables;
};
template <class... Tables> storage_t<Tables...> make_storage(std::string filename, Tables... tables) {
  return {filename, std::tuple<Tables...>(tables...)};
}
} // namespace sqlite_orm
