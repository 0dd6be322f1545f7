// Hashing for unordered containers keyed by std::string and looked up by
// std::string_view, without building a string for each lookup.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace privlint {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view S) const { return std::hash<std::string_view>{}(S); }
};

} // namespace privlint
