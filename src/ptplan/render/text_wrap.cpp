#include "ptplan/render/text_wrap.hpp"

#include "ptplan/render/char_width.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace ptplan::render {

namespace {

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

// Where a line may be cut: at a space (the spaces are dropped), or between
// two characters where one is wide (CJK text has no spaces), never before a
// zero-width character or closing CJK punctuation. `before` is the display
// width of the text before the cut.
struct Break
{
  std::size_t offset = 0;
  std::size_t before = 0;
};

// The breaks of `text` and its display width.
std::size_t find_breaks(std::string_view text, std::vector<Break>& breaks)
{
  breaks.clear();
  std::size_t column = 0;
  bool previous_wide = false;
  for (std::size_t i = 0; i < text.size();) {
    const Decoded d = decode_utf8(text, i);
    const int width = char_width(d.c);
    if (d.c == ' ') {
      breaks.push_back({i, column});
    } else if (i > 0 && text[i - 1] != ' ' && width > 0 && (previous_wide || width == 2) && !no_break_before(d.c)) {
      breaks.push_back({i, column});
    }
    if (width > 0) {
      previous_wide = width == 2;
    }
    column += static_cast<std::size_t>(width);
    i += d.length;
  }
  return column;
}

// Breaks at the last break that keeps the line within `width` columns,
// keeping the spacing inside each piece as it was (tables of columns stay
// aligned).
void wrap_line(std::string_view line, std::size_t width, std::string& out)
{
  const std::size_t indent = hanging_indent(line);
  const std::string pad(indent, ' ');
  std::string_view rest = line;
  bool first = true;
  thread_local std::vector<Break> breaks;
  while (true) {
    const std::size_t limit = first ? width : width - std::min(width - 1, indent);
    if (!first) {
      out += pad;
    }
    if (find_breaks(rest, breaks) <= limit) {
      out += rest;
      return;
    }
    const std::size_t lead = first ? rest.find_first_not_of(' ') : 0;
    // The last break that fits, else (one long word) the first one past the
    // limit: the line overflows.
    const auto fits = std::find_if(breaks.rbegin(), breaks.rend(), [&](const Break& b) { return b.before <= limit; });
    std::size_t cut = std::string_view::npos;
    if (fits != breaks.rend() && fits->offset > lead && !(first && fits->offset < indent)) {
      cut = fits->offset;
    } else {
      const auto past = std::find_if(breaks.begin(), breaks.end(), [&](const Break& b) { return b.before >= limit; });
      if (past == breaks.end()) {
        out += rest;
        return;
      }
      cut = past->offset;
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
