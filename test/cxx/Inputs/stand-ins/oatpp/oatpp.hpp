// STAND-IN for oatpp (https://github.com/oatpp/oatpp), written for privlint's
// tests: DTOs with DTO_INIT/DTO_FIELD and ApiControllers with ENDPOINT and its
// parameter macros (PATH, QUERY, BODY_DTO, AUTHORIZATION), in oatpp's
// namespaces and macro shapes, nothing else. The real library spreads this
// over several headers and OATPP_CODEGEN_BEGIN/END. See ../README.md.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace oatpp {
namespace data {
namespace mapping {
namespace type {
template <class T> class ObjectWrapper {
public:
  ObjectWrapper() = default;
  template <class U> ObjectWrapper(const ObjectWrapper<U> &other);
  T *operator->() const;
};
class String : public ObjectWrapper<std::string> {
public:
  String() = default;
  String(const char *text);
};
template <class T> class Primitive : public ObjectWrapper<T> {
public:
  Primitive() = default;
  Primitive(T value);
};
template <class T> class DTOWrapper : public ObjectWrapper<T> {};
template <class T> class VectorWrapper : public ObjectWrapper<std::vector<T>> {};
class BaseObject {};
class DTO : public BaseObject {
public:
  using String = type::String;
  using Int64 = Primitive<long long>;
  using Boolean = Primitive<bool>;
  template <class T> using Object = DTOWrapper<T>;
  template <class T> using Vector = VectorWrapper<T>;
};
} // namespace type
} // namespace mapping
} // namespace data
using String = data::mapping::type::String;
using Int64 = data::mapping::type::Primitive<long long>;
using Void = data::mapping::type::ObjectWrapper<void>;
using DTO = data::mapping::type::DTO;
template <class T> using Object = data::mapping::type::DTOWrapper<T>;
template <class T> using Vector = data::mapping::type::VectorWrapper<T>;

namespace web {
namespace protocol {
namespace http {
struct Status {
  int code;
  static const Status CODE_200;
  static const Status CODE_404;
};
namespace outgoing {
class Response {};
} // namespace outgoing
} // namespace http
} // namespace protocol
namespace server {
namespace handler {
class DefaultBasicAuthorizationObject {};
} // namespace handler
namespace api {
class ApiController {
public:
  using Status = protocol::http::Status;
  using OutgoingResponse = protocol::http::outgoing::Response;
  using String = oatpp::String;
  using Int64 = oatpp::Int64;
  template <class T> using Object = oatpp::Object<T>;
  template <class T> using Vector = oatpp::Vector<T>;

protected:
  std::shared_ptr<OutgoingResponse> createResponse(const Status &status, const oatpp::String &text) const;
  std::shared_ptr<OutgoingResponse> createDtoResponse(const Status &status, const oatpp::Void &dto) const;
};
} // namespace api
} // namespace server
} // namespace web
} // namespace oatpp

#define DTO_INIT(TYPE_NAME, TYPE_EXTEND)                                                           \
public:                                                                                            \
  typedef TYPE_EXTEND Z__CLASS_EXTENDED;                                                           \
  static oatpp::Object<TYPE_NAME> createShared() { return {}; }

#define DTO_FIELD(TYPE, NAME)                                                                      \
  static const char *Z__PROPERTY_NAME_##NAME() { return #NAME; }                                   \
  TYPE NAME

#define PATH(TYPE, NAME) const TYPE &NAME
#define QUERY(TYPE, NAME) const TYPE &NAME
#define BODY_DTO(TYPE, NAME) const TYPE &NAME
#define AUTHORIZATION(TYPE, NAME) const TYPE &NAME

#define ENDPOINT(METHOD, PATH, NAME, ...)                                                          \
  static const char *Z__ENDPOINT_METHOD_##NAME() { return METHOD; }                                \
  static const char *Z__ENDPOINT_PATH_##NAME() { return PATH; }                                    \
  std::shared_ptr<OutgoingResponse> NAME(__VA_ARGS__)
