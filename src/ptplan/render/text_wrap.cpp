#include "ptplan/render/text_wrap.hpp"

#include <cctype>
#include <vector>

namespace ptplan::render {

namespace {

std::size_t display_width(std::string_view text)
{
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++count;
    }
  }
  return count;
}

// The indent for continuation lines: leading spaces plus a list marker.
std::size_t hanging_indent(std::string_view line)
{
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') {
    ++i;
  }
  std::size_t j = i;
  while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) {
    ++j;
  }
  if (j > i && j + 1 < line.size() && (line[j] == '.' || line[j] == ')') && line[j + 1] == ' ') {
    return j + 2;
  }
  if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*') && line[i + 1] == ' ') {
    return i + 2;
  }
  return i;
}

void wrap_line(std::string_view line, std::size_t width, std::string& out)
{
  if (display_width(line) <= width) {
    out += line;
    return;
  }
  const std::size_t indent = hanging_indent(line);
  const std::string pad(indent, ' ');
  std::size_t column = 0;
  std::size_t pos = 0;
  bool first_word = true;
  // Keep the leading indent and marker as they are.
  const std::size_t lead = line.find_first_not_of(' ');
  if (lead == std::string_view::npos) {
    out += line;
    return;
  }
  out += line.substr(0, lead);
  column = lead;
  pos = lead;
  while (pos < line.size()) {
    const std::size_t end = line.find(' ', pos);
    const std::string_view word = line.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    const std::size_t word_width = display_width(word);
    if (!first_word && column + 1 + word_width > width) {
      out += '\n';
      out += pad;
      column = indent;
    } else if (!first_word) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word_width;
    first_word = false;
    if (end == std::string_view::npos) {
      break;
    }
    pos = end + 1;
    while (pos < line.size() && line[pos] == ' ') {
      ++pos;
    }
  }
}

} // namespace

std::string wrap_text(std::string_view text, std::size_t width)
{
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    const std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    wrap_line(line, width, out);
    if (end == std::string_view::npos) {
      break;
    }
    out += '\n';
    start = end + 1;
  }
  return out;
}

} // namespace ptplan::render
