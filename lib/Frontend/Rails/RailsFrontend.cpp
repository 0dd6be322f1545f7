#include "Frontend/Rails/RailsFrontend.h"

namespace privlint {

// Not written yet (issue: more database schemas).
bool readRailsSchema(const SourceFile &, Model &) { return false; }
bool readRailsModel(const SourceFile &, RailsModelFacts &) { return false; }
void linkRailsModels(Model &, const RailsModelFacts &) {}

} // namespace privlint
