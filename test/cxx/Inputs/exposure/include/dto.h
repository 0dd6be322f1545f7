// oatpp DTOs: what the endpoints send.
#pragma once
#include <oatpp/oatpp.hpp>

class AddressDto : public oatpp::DTO {
  DTO_INIT(AddressDto, DTO)
  DTO_FIELD(String, postcode);
};

class UserDto : public oatpp::DTO {
  DTO_INIT(UserDto, DTO)
  DTO_FIELD(Int64, id);
  DTO_FIELD(String, email);
  DTO_FIELD(String, nickname);
  DTO_FIELD(Object<AddressDto>, address);
};

class StatusDto : public oatpp::DTO {
  DTO_INIT(StatusDto, DTO)
  DTO_FIELD(String, message);
};
