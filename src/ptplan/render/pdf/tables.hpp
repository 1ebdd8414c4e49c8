#pragma once

#include "ptplan/render/pdf/display.hpp"
#include "ptplan/render/pdf/html_tree.hpp"
#include "ptplan/render/pdf/style.hpp"
#include "ptplan/render/pdf/text.hpp"

#include <vector>

namespace ptplan::render::pdf {

// A table set in rows: the heading row (empty fragment if none) and the body
// rows, each as wide as the table.
struct TableRows
{
  Fragment header;
  std::vector<Fragment> rows;
};

// Lays out an HTML table `width` wide, with a ruled grid and shaded heading
// cells: columns as wide as their text needs, the first (the names) getting
// what is left; the first column reads left, the others are centred, as in
// the HTML. A <span class="tick"> in a cell is an empty box to tick. Cell
// text is read inline.
TableRows lay_out_table(const HtmlNode& table, const std::vector<const HtmlNode*>& ancestors, const TextStyle& text_style,
  Kind kind, double width, TextEngine& text);

// Rows [begin, end) of a table as one fragment, under its heading row when
// `with_header`.
Fragment join_rows(const TableRows& table, std::size_t begin, std::size_t end, bool with_header);

} // namespace ptplan::render::pdf
