// The data map's page template, styles and script: lib/Report/html/*, embedded
// at build time (cmake/EmbedFiles.cmake), so the page needs no other file.
#pragma once

#include <string_view>

namespace privlint::html {

extern const std::string_view MapHtml; // with /*privlint:style|data|script*/ slots
extern const std::string_view MapCss;
extern const std::string_view MapJs;

} // namespace privlint::html
