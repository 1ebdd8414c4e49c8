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

// In a table row of ticks ("   x   .   x   1. Name"), the column where the
// numbered name starts: its continuation lines stay in that column.
std::size_t table_row_indent(std::string_view line)
{
  const std::size_t cells_end = line.find_first_not_of(" x.-");
  if (cells_end == std::string_view::npos || cells_end < 2 || line.substr(cells_end - 2, 2) != "  ") {
    return 0;
  }
  std::size_t j = cells_end;
  while (j < line.size() && std::isdigit(static_cast<unsigned char>(line[j]))) {
    ++j;
  }
  const bool numbered = j > cells_end && j + 1 < line.size() && line[j] == '.' && line[j + 1] == ' ';
  return numbered && line.find_first_not_of(' ') < cells_end ? j + 2 : 0;
}

// The indent for continuation lines: leading spaces plus a list marker.
std::size_t hanging_indent(std::string_view line)
{
  if (const std::size_t table = table_row_indent(line); table > 0) {
    return table;
  }
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

// Byte offset of the character at display column `column`.
std::size_t offset_of_column(std::string_view text, std::size_t column)
{
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      if (seen == column) {
        return i;
      }
      ++seen;
    }
  }
  return text.size();
}

// Breaks at the last space that keeps the line within `width`, keeping the
// spacing inside each piece as it was (tables of columns stay aligned).
void wrap_line(std::string_view line, std::size_t width, std::string& out)
{
  const std::size_t indent = hanging_indent(line);
  const std::string pad(indent, ' ');
  std::string_view rest = line;
  bool first = true;
  while (true) {
    const std::size_t limit = first ? width : width - std::min(width - 1, indent);
    if (!first) {
      out += pad;
    }
    if (display_width(rest) <= limit) {
      out += rest;
      return;
    }
    const std::size_t cut_limit = offset_of_column(rest, limit);
    std::size_t cut = rest.rfind(' ', cut_limit);
    const std::size_t lead = first ? rest.find_first_not_of(' ') : 0;
    if (cut == std::string_view::npos || cut <= lead || (first && cut < indent)) {
      cut = rest.find(' ', cut_limit); // one long word: let it overflow
      if (cut == std::string_view::npos) {
        out += rest;
        return;
      }
    }
    std::string_view piece = rest.substr(0, cut);
    while (!piece.empty() && piece.back() == ' ') {
      piece.remove_suffix(1);
    }
    out += piece;
    out += '\n';
    rest = rest.substr(cut);
    const std::size_t next = rest.find_first_not_of(' ');
    if (next == std::string_view::npos) {
      out.pop_back();
      return;
    }
    rest = rest.substr(next);
    first = false;
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
    std::string_view line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    while (!line.empty() && line.back() == ' ') {
      line.remove_suffix(1);
    }
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
