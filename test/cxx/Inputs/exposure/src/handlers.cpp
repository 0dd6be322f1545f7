#include "member.h"

Member loadMember(long id);
std::vector<Speaker> loadSpeakers();
crm::Lead loadLead(long id);

// Served without a login: the whole member, address included.
[[clang::annotate("privlint:unauthenticated")]]
HttpResponse publicProfile(long id) {
  Member m = loadMember(id);
  return HttpResponse{200, nlohmann::json(m).dump()};
}

// privlint:unauthenticated -- the conference's public speaker list
nlohmann::json speakers() {
  nlohmann::json out;
  out["speakers"] = loadSpeakers();
  return out;
}

class [[clang::annotate("privlint:unauthenticated")]] LeadWidget {
public:
  // A handler class: its methods serve anyone.
  crm::Lead lead(long id) const { return loadLead(id); }
};

// The same serialization behind a login is not reported.
HttpResponse memberForOwner(long id) {
  return HttpResponse{200, nlohmann::json(loadMember(id)).dump()};
}

// Unauthenticated, but nothing with contact data is serialized.
[[clang::annotate("privlint:unauthenticated")]]
HttpResponse health() {
  nlohmann::json j;
  j["status"] = std::string("ok");
  return HttpResponse{200, j.dump()};
}
