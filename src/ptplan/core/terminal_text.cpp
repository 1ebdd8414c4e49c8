#include "ptplan/core/terminal_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace ptplan {

namespace {

// The length of the UTF-8 sequence at `i`, or 0 when the bytes there are
// not one (overlong forms, surrogates and code points past U+10FFFF
// included).
std::size_t utf8_length(std::string_view text, std::size_t i)
{
  const auto byte = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  if (byte >= 0xC2 && byte <= 0xDF) {
    length = 2;
  } else if ((byte & 0xF0) == 0xE0) {
    length = 3;
    low = byte == 0xE0 ? 0xA0 : 0x80;
    high = byte == 0xED ? 0x9F : 0xBF;
  } else if (byte >= 0xF0 && byte <= 0xF4) {
    length = 4;
    low = byte == 0xF0 ? 0x90 : 0x80;
    high = byte == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (i + length > text.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if (k == 1 ? (next < low || next > high) : (next & 0xC0) != 0x80) {
      return 0;
    }
  }
  return length;
}

// The code point of a valid sequence of `length` bytes at `i`.
char32_t code_point(std::string_view text, std::size_t i, std::size_t length)
{
  static constexpr unsigned char k_lead_mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t code = static_cast<unsigned char>(text[i]) & k_lead_mask[length];
  for (std::size_t k = 1; k < length; ++k) {
    code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  }
  return code;
}

// C1 controls, and the format characters that reorder or break lines on a
// terminal: LRM/RLM, the bidi embeddings, overrides and isolates, and the
// Unicode line and paragraph separators.
bool is_hidden_format(char32_t code)
{
  return (code >= 0x80 && code <= 0x9F) || code == 0x200E || code == 0x200F || (code >= 0x2028 && code <= 0x202E)
         || (code >= 0x2066 && code <= 0x2069);
}

std::string escape_for_terminal(std::string_view text, bool keep_lines);

} // namespace

std::string printable(std::string_view text)
{
  return escape_for_terminal(text, false);
}

std::string printable_text(std::string_view text)
{
  return escape_for_terminal(text, true);
}

namespace {

std::string escape_for_terminal(std::string_view text, bool keep_lines)
{
  const bool plain = std::all_of(text.begin(), text.end(), [keep_lines](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 0x20 && byte < 0x7F) || (keep_lines && (byte == '\n' || byte == '\t'));
  });
  if (plain) {
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {
      out += static_cast<char>(byte);
      ++i;
      continue;
    }
    if (keep_lines && (byte == '\n' || byte == '\t')) {
      out += static_cast<char>(byte);
      ++i;
      continue;
    }
    if (byte < 0x80) {
      static constexpr std::string_view k_named = "\a\b\t\n\v\f\r\x1B";
      static constexpr std::string_view k_letters = "abtnvfre";
      const std::size_t named = k_named.find(static_cast<char>(byte));
      out += named == std::string_view::npos ? fmt::format("\\x{:02X}", byte) : fmt::format("\\{}", k_letters[named]);
      ++i;
      continue;
    }
    const std::size_t length = utf8_length(text, i);
    if (length == 0) {
      out += fmt::format("\\x{:02X}", byte);
      ++i;
      continue;
    }
    const char32_t code = code_point(text, i, length);
    if (is_hidden_format(code)) {
      out += fmt::format("\\u{:04X}", static_cast<std::uint32_t>(code));
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

} // namespace

} // namespace ptplan
