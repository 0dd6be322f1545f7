#include "dto.h"

using oatpp::web::server::handler::DefaultBasicAuthorizationObject;

class UserController : public oatpp::web::server::api::ApiController {
public:
  ENDPOINT("GET", "/users/{id}", getUser, PATH(Int64, id)) {
    auto dto = UserDto::createShared();
    return createDtoResponse(Status::CODE_200, dto);
  }

  ENDPOINT("GET", "/me", getMe, AUTHORIZATION(std::shared_ptr<DefaultBasicAuthorizationObject>, auth)) {
    return createDtoResponse(Status::CODE_200, UserDto::createShared());
  }

  // Takes a UserDto, answers with a status: nothing is exposed.
  ENDPOINT("POST", "/users", createUser, BODY_DTO(Object<UserDto>, user)) {
    auto status = StatusDto::createShared();
    return createDtoResponse(Status::CODE_200, status);
  }
};
