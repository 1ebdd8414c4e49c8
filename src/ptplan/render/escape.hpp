#pragma once

#include <string>
#include <string_view>

namespace ptplan::render {

enum class Format { markdown, text, html, json };

// "markdown", "text", "html", "json"; the empty optional for anything else.
std::string_view format_name(Format format);

// Makes input text inert in Markdown: it cannot start a heading, list,
// quote or table, nor form links, images, emphasis, code or HTML. Line
// breaks become spaces (values sit inside a line).
std::string escape_markdown(std::string_view text);

// Makes text inert in HTML element content and quoted attributes.
std::string escape_html(std::string_view text);

// Plain text: control characters, terminal escape sequences and bidi
// overrides removed; line breaks become spaces.
std::string clean_text(std::string_view text);

// The escape for a format (json: none, JSON is built with a library).
std::string escape_for(Format format, std::string_view text);

} // namespace ptplan::render
