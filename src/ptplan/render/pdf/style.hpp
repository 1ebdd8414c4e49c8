#pragma once

#include "ptplan/render/pdf/html_tree.hpp"
#include "ptplan/render/print_options.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace ptplan::render::pdf {

// The look of the PDF handout, in points: the print design of the HTML
// handout's style sheet, by element and class, drawn large and dark for
// older eyes. Lengths are points (1/72 inch).

struct Color
{
  double r = 0;
  double g = 0;
  double b = 0;
  bool operator==(const Color&) const = default;
};

inline constexpr Color k_black{0, 0, 0};
inline constexpr Color k_white{1, 1, 1};

inline constexpr double k_body_size = 12; // no type is smaller
inline constexpr double k_em = k_body_size;
inline constexpr double k_footer_size = 12;
inline constexpr double k_leading = 1.2; // from one line's baseline to the next, in ems

// Which template the HTML came from: the two have their own style sheets.
enum class Kind { plan, referral };

struct TextStyle
{
  double size = k_body_size;
  bool bold = false;
  Color color = k_black;
  bool centred = false;
};

struct BoxStyle
{
  double margin_top = 0;
  double margin_bottom = 0;
  double padding_x = 0; // left and right
  double padding_y = 0; // top and bottom
  double border = 0;
  Color border_color = k_black;
  double radius = 0;
  std::optional<Color> background;
  double bar = 0; // a thick rule down the left side (the pain lights, the dose)
  Color bar_color = k_black;
  double rule_below = 0; // a line under the block (section headings)
  double min_height = 0;
  double width = 0;        // a fixed width (floated figures), 0: all there is
  double max_width = 0;    // 0: no limit
  int columns = 1;         // children side by side, in rows, in reading order
  double first_column = 0; // the first column's width, 0: as wide as the others
  int list_columns = 1;    // a list's items in columns, down the first column first
  bool run_in = false;     // a list's items as one paragraph, "1. ... 2. ..."
  bool join_lines = false; // line breaks (<br>) read as spaces
  double float_drop = 0;   // a floated picture starts this far down, beside what follows
  bool float_right = false;
  bool keep_together = false;  // never split across pages
  bool keep_with_next = false; // headings stay with what follows
  bool break_before = false;   // starts a new page
  bool running_footer = false; // repeated at the foot of every page

  bool draws_a_box() const { return border > 0 || background || bar > 0; }
};

struct Style
{
  TextStyle text;
  BoxStyle box;
};

// The style of `node` inside `ancestors` (outermost first), inheriting the
// text style of `parent`.
Style style_of(const HtmlNode& node, const std::vector<const HtmlNode*>& ancestors, const TextStyle& parent, Kind kind);

// Large print draws everything this much bigger: 12 pt type becomes 16 pt.
inline constexpr double k_large_print_scale = 16.0 / 12.0;

// The page: paper size and margins (room for the footer is inside the
// bottom margin), in the units the page is laid out in. Large print lays
// out on a page `scale` times smaller and draws it `scale` times bigger on
// the paper, so every size (type, pictures, rules) grows alike.
struct PageGeometry
{
  double width = 0;
  double height = 0;
  double margin_x = 0;
  double margin_top = 0;
  double margin_bottom = 0;
  double scale = 1; // from layout units to points on the paper
  double content_width() const { return width - 2 * margin_x; }
};
PageGeometry page_geometry(Paper paper, bool large_print = false);

// The page number at the foot of each page ("Page 2 of 4").
std::string page_label(int page, int pages, std::string_view pattern = "Page {page} of {pages}");

} // namespace ptplan::render::pdf
