// STAND-IN for Wt::Dbo (https://www.webtoolkit.eu/wt/doc/tutorial/dbo.html),
// written for privlint's tests: field/id inside persist(Action&) and
// Session::mapClass, nothing else. See ../../README.md.
#pragma once
#include <string>

namespace Wt {
namespace Dbo {
template <class Action, class V> void field(Action &action, V &value, const std::string &name, int size = -1);
template <class Action, class V> void id(Action &action, V &value, const std::string &name, int size = -1);
template <class C> class ptr {};
class Session {
public:
  template <class C> void mapClass(const char *tableName);
};
} // namespace Dbo
} // namespace Wt
