// Every frontend privlint has, in claim priority order (lib/Frontend/FrontendList.cpp).
#pragma once

#include "Frontend/Frontend.h"

#include <string_view>
#include <vector>

namespace privlint {

const std::vector<const Frontend *> &allFrontends();

/// Whether some frontend may read Path (by name, no I/O): what a directory
/// walk keeps.
bool frontendMayRead(std::string_view Path);

} // namespace privlint
