// A rule's documentation page (Markdown) made readable on a terminal, for
// `privlint explain`: what a pager would show of it, without a pager.
#pragma once

#include <string>
#include <string_view>

namespace privlint {

/// Headings stand out (bold, the page title underlined; without colour,
/// underlined with '=' and '-'), code fences are dropped and their lines
/// indented by four spaces, links show their text (and an absolute URL in
/// angle brackets), and with Color inline code is cyan and **strong** bold.
/// Everything else, tables and lists included, is kept as written.
std::string renderMarkdownForTerminal(std::string_view Markdown, bool Color);

} // namespace privlint
