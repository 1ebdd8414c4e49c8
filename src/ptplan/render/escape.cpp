#include "ptplan/render/escape.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace ptplan::render {

std::string_view format_name(Format format)
{
  switch (format) {
  case Format::markdown:
    return "markdown";
  case Format::text:
    return "text";
  case Format::html:
    return "html";
  case Format::json:
    return "json";
  case Format::pdf:
    return "pdf";
  }
  return "markdown";
}

namespace {

// Length of a UTF-8 sequence that is a C1 control (U+0080-U+009F) or a bidi
// control (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), else 0.
std::size_t invisible_control(std::string_view text, std::size_t i)
{
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 == 0xC2 && i + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    return (b1 >= 0x80 && b1 <= 0x9F) ? 2 : 0;
  }
  if (b0 == 0xE2 && i + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    const auto b2 = static_cast<unsigned char>(text[i + 2]);
    if (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (b2 >= 0xAA && b2 <= 0xAE))) {
      return 3;
    }
    if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) {
      return 3;
    }
  }
  return 0;
}

// The index of the last byte of the terminal escape sequence starting at
// `i` (an ESC): CSI "ESC [ ... final", string commands OSC/DCS/APC/PM/SOS
// "ESC ] ... BEL or ESC \\" with everything inside them, or ESC and one byte.
std::size_t skip_escape_sequence(std::string_view text, std::size_t i)
{
  if (i + 1 >= text.size()) {
    return i;
  }
  const char kind = text[i + 1];
  if (kind == '[') {
    std::size_t j = i + 2;
    while (j < text.size() && !(text[j] >= '@' && text[j] <= '~')) {
      ++j;
    }
    return std::min(j, text.size() - 1);
  }
  if (kind == ']' || kind == 'P' || kind == '_' || kind == '^' || kind == 'X') {
    for (std::size_t j = i + 2; j < text.size(); ++j) {
      if (text[j] == '\x07') {
        return j;
      }
      if (text[j] == '\x1B' && j + 1 < text.size() && text[j + 1] == '\\') {
        return j + 1;
      }
    }
    return text.size() - 1; // unterminated: drop the rest
  }
  return i + 1;
}

// Removes controls and escape sequences; folds line breaks and tabs to spaces.
std::string strip_controls(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0x1B) {
      i = skip_escape_sequence(text, i);
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
      continue;
    }
    if (c < 0x20 || c == 0x7F) {
      continue;
    }
    if (const std::size_t skip = invisible_control(text, i)) {
      i += skip - 1;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

// Whether strip_controls would change `text`: most text has nothing to strip,
// and then the escapes work on it as it is, without a copy.
bool has_controls(std::string_view text)
{
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xE2) {
      return true;
    }
  }
  return false;
}

// `raw` without controls: itself when it has none, else a stripped copy
// kept in `storage`.
std::string_view without_controls(std::string_view raw, std::string& storage)
{
  if (!has_controls(raw)) {
    return raw;
  }
  storage = strip_controls(raw);
  return storage;
}

// The characters escape_markdown may escape or must look around.
bool needs_care(char c)
{
  static constexpr auto k_care = [] {
    std::array<bool, 256> table{};
    for (const char special : std::string_view("\\`*_[]<>|#~&-+=:/@.)")) {
      table[static_cast<unsigned char>(special)] = true;
    }
    return table;
  }();
  return k_care[static_cast<unsigned char>(c)];
}

} // namespace

std::string escape_markdown(std::string_view raw)
{
  std::string storage;
  const std::string_view text = without_controls(raw, storage);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t first = text.find_first_not_of(' ');
  bool digits_so_far = true; // text[first, i) is all digits
  for (std::size_t i = 0; i < text.size(); ++i) {
    // A run of characters that need nothing goes out at once.
    std::size_t end = i;
    while (end < text.size() && !needs_care(text[end])) {
      ++end;
    }
    if (end > i) {
      if (first != std::string_view::npos) {
        for (std::size_t k = std::max(i, first); k < end && digits_so_far; ++k) {
          digits_so_far = std::isdigit(static_cast<unsigned char>(text[k]));
        }
      }
      out.append(text.substr(i, end - i));
      i = end;
      if (i == text.size()) {
        break;
      }
    }
    const char c = text[i];
    const bool digits_before = digits_so_far;
    if (first != std::string_view::npos && i >= first) {
      digits_so_far = digits_so_far && std::isdigit(static_cast<unsigned char>(c));
    }
    switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '|':
    case '#':
    case '~':
    case '&':
      out += '\\';
      out += c;
      continue;
    default:
      break;
    }
    if (i == first && (c == '-' || c == '+' || c == '=' || c == ':')) {
      out += '\\';
    }
    // GitHub's autolinks: "https://" and "www." become links; a backslash
    // breaks them. "a@b.c" does too, and cmark-gfm finds it through any
    // escape or entity, so an invisible word joiner (U+2060) goes before
    // the "@": the address reads the same and is no longer one.
    if (c == '@') {
      out += "\u2060@";
      continue;
    }
    if ((c == '/' && i > 0 && text[i - 1] == ':' && text.compare(i, 2, "//") == 0)
        || (c == '.' && i >= 3 && (i == 3 || !std::isalnum(static_cast<unsigned char>(text[i - 4])))
            && (text.compare(i - 3, 3, "www") == 0 || text.compare(i - 3, 3, "WWW") == 0))) {
      out += '\\';
    }
    // "1." or "1)" at the start would begin an ordered list.
    if ((c == '.' || c == ')') && first != std::string_view::npos && i > first && digits_before) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string escape_html(std::string_view raw)
{
  std::string storage;
  const std::string_view text = without_controls(raw, storage);
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string clean_text(std::string_view text)
{
  return has_controls(text) ? strip_controls(text) : std::string(text);
}

std::string escape_for(Format format, std::string_view text)
{
  switch (format) {
  case Format::markdown:
    return escape_markdown(text);
  case Format::html:
  case Format::pdf:
    return escape_html(text);
  case Format::text:
    return clean_text(text);
  case Format::json:
    break;
  }
  return std::string(text);
}

std::string EscapeCache::operator()(const std::string& text)
{
  if (text.size() < k_shortest || text.size() > k_longest) {
    return escape_for(m_format, text);
  }
  if (const auto found = m_known.find(text); found != m_known.end()) {
    return found->second;
  }
  std::string escaped = escape_for(m_format, text);
  const std::size_t bytes = text.size() + escaped.size();
  if (m_known.size() < k_capacity && m_bytes + bytes <= k_capacity_bytes) {
    m_bytes += bytes;
    m_known.emplace(text, escaped);
  }
  return escaped;
}

} // namespace ptplan::render
