#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace ptplan::render {

// pdf is drawn from the HTML handout (render/pdf/), so its text is escaped
// as HTML on the way.
enum class Format { markdown, text, html, json, pdf };

// "markdown", "text", "html", "json", "pdf".
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

// escape_for with its answers kept: handout after handout escapes the same
// catalog text (names, purposes, steps, safety). Keeps the first
// k_capacity texts it sees, none longer than k_longest and k_capacity_bytes
// in all, so memory stays bounded in a batch of any size, whatever the
// profiles hold. Not shared between threads.
class EscapeCache
{
public:
  explicit EscapeCache(Format format) : m_format(format) {}
  std::string operator()(const std::string& text);

private:
  static constexpr std::size_t k_capacity = 4096;
  static constexpr std::size_t k_capacity_bytes = 4 * 1024 * 1024;
  static constexpr std::size_t k_shortest = 16;       // shorter texts are escaped faster than found
  static constexpr std::size_t k_longest = 64 * 1024; // a drawing's data: URI is a few kB
  Format m_format;
  std::size_t m_bytes = 0;
  std::unordered_map<std::string, std::string> m_known;
};

} // namespace ptplan::render
