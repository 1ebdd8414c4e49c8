#include "ptplan/render/pdf/style.hpp"

#include "ptplan/i18n/text.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::render::pdf {

namespace {

constexpr double k_px = 0.75; // a CSS pixel
constexpr Color k_red{0xc6 / 255.0, 0x28 / 255.0, 0x28 / 255.0};
constexpr Color k_dark_red{0xa0 / 255.0, 0, 0};
constexpr Color k_green{0x1a / 255.0, 0x7f / 255.0, 0x37 / 255.0};
constexpr Color k_yellow{0xb5 / 255.0, 0x89 / 255.0, 0};
constexpr Color k_pale_red{1, 0xf4 / 255.0, 0xf4 / 255.0};
constexpr Color k_pale_grey{0xf0 / 255.0, 0xf0 / 255.0, 0xf0 / 255.0};

bool inside(const std::vector<const HtmlNode*>& ancestors, std::string_view class_name)
{
  return std::any_of(ancestors.begin(), ancestors.end(), [&](const HtmlNode* node) { return node->has_class(class_name); });
}

void heading(Style& style, const HtmlNode& node, const std::vector<const HtmlNode*>& ancestors)
{
  style.text.bold = true;
  style.box.keep_with_next = true;
  if (node.tag == "h1") {
    style.text.size = 19;
    style.box.margin_bottom = 0.15 * k_em;
  } else if (node.tag == "h2") {
    style.text.size = 15;
    style.box.margin_top = 0.4 * k_em;
    style.box.margin_bottom = 0.2 * k_em;
    const bool in_box = inside(ancestors, "box");
    style.box.rule_below = in_box ? 0 : 2 * k_px;
    if (in_box) {
      style.box.margin_top = 0;
    }
    if (inside(ancestors, "stop")) {
      style.text.color = k_dark_red;
    }
  } else if (node.tag == "h3") {
    style.text.size = 13;
    style.box.margin_bottom = 0.1 * k_em;
    if (inside(ancestors, "stop")) {
      style.box.margin_top = 0.15 * k_em;
      style.box.margin_bottom = 0;
    }
  } else {
    style.box.margin_top = 0.4 * k_em;
    style.box.margin_bottom = 0.2 * k_em;
  }
}

void plan_classes(Style& style, const HtmlNode& node, const std::vector<const HtmlNode*>& ancestors)
{
  BoxStyle& box = style.box;
  if (node.has_class("who")) {
    box.border = 2 * k_px;
    box.radius = 6;
    box.padding_x = 0.8 * k_em;
    box.padding_y = 0.2 * k_em;
    box.margin_bottom = 0.3 * k_em;
    box.keep_together = true;
    box.columns = 2;
  }
  if (node.tag == "p" && inside(ancestors, "who")) {
    box.margin_top = box.margin_bottom = 0.1 * k_em;
  }
  if (node.has_class("exercise")) {
    box.border = 2 * k_px;
    box.radius = 6;
    box.padding_x = 0.6 * k_em;
    box.padding_y = 0.2 * k_em;
    box.margin_top = 0;
    box.margin_bottom = inside(ancestors, "self-care") ? 0 : 0.3 * k_em;
    box.keep_together = true;
  }
  if (node.tag == "p" && inside(ancestors, "exercise")) {
    box.margin_top = box.margin_bottom = 0.1 * k_em;
  }
  // The picture starts a line down, beside the steps: a one-line purpose
  // runs the full width above it.
  if (node.tag == "figure" && inside(ancestors, "exercise")) {
    box.float_right = true;
    box.width = 11.5 * k_em;
    box.float_drop = 1.3 * k_em;
    box.margin_top = box.margin_bottom = 0;
  }
  if (node.has_class("self-care")) {
    box.columns = 2;
  }
  if (node.tag == "ol" && inside(ancestors, "self-care")) {
    box.run_in = true;
  }
  // Short lines in two columns: the notes and the stop signs.
  if (node.tag == "ul" && (inside(ancestors, "notes") || inside(ancestors, "stop"))) {
    box.list_columns = 2;
  }
  if (node.has_class("chart")) {
    box.max_width = 24 * k_em;
    box.margin_top = box.margin_bottom = inside(ancestors, "progress-figures") ? 0 : 0.8 * k_em;
    box.keep_together = true;
  }
  // The chart beside the table of weeks.
  if (node.has_class("progress-figures")) {
    box.columns = 2;
    box.first_column = 22 * k_em;
  }
  if (node.has_class("dose")) {
    box.bar = 0.4 * k_em;
    box.background = k_pale_grey;
    box.padding_x = 0.5 * k_em;
    box.padding_y = 0.05 * k_em;
    box.margin_top = 0.15 * k_em;
    box.join_lines = true;
  }
  if (node.has_class("box")) {
    box.border = 3 * k_px;
    box.radius = 6;
    box.padding_x = 0.8 * k_em;
    box.padding_y = 0.2 * k_em;
    box.margin_top = box.margin_bottom = 0.35 * k_em;
    box.keep_together = true;
  }
  if (node.has_class("light")) {
    box.bar = 1.4 * k_em;
    box.bar_color = node.has_class("green") ? k_green : node.has_class("yellow") ? k_yellow : k_red;
    box.padding_x = 0.5 * k_em;
    box.padding_y = 0;
    box.margin_top = box.margin_bottom = 0.15 * k_em;
  }
  if (node.has_class("stop")) {
    box.border = 6 * k_px;
    box.border_color = k_red;
    box.background = k_pale_red;
  }
  // The checklist is one sheet to tick and bring back: never split, on
  // a page of its own when the plan's last page has no room for it.
  if (node.has_class("checklist")) {
    box.keep_together = true;
  }
  if (node.has_class("page-contact")) {
    box.running_footer = true;
  }
}

void referral_classes(Style& style, const HtmlNode& node)
{
  if (node.has_class("box")) {
    BoxStyle& box = style.box;
    box.border = 4 * k_px;
    box.border_color = k_red;
    box.padding_x = 1.0 * k_em;
    box.padding_y = 0.5 * k_em;
    box.margin_top = box.margin_bottom = 1.0 * k_em;
    box.keep_together = true;
    style.text.bold = true;
  }
}

} // namespace

Style style_of(const HtmlNode& node, const std::vector<const HtmlNode*>& ancestors, const TextStyle& parent, Kind kind)
{
  Style style;
  style.text = parent;
  const std::string& tag = node.tag;
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') {
    heading(style, node, ancestors);
  } else if (tag == "p" || tag == "ul" || tag == "ol" || tag == "table" || tag == "blockquote" || tag == "dl") {
    style.box.margin_top = style.box.margin_bottom = 0.15 * k_em;
  } else if (tag == "li") {
    style.box.margin_top = style.box.margin_bottom = 0;
  } else if (tag == "figure") {
    style.box.margin_top = style.box.margin_bottom = 0.8 * k_em;
  } else if (tag == "footer") {
    style.box.running_footer = true;
  } else if (tag == "th") {
    style.text.bold = true;
  }
  if (tag == "table" && !node.has_class("frame")) {
    style.box.keep_together = true;
  }
  if (kind == Kind::plan) {
    plan_classes(style, node, ancestors);
  } else {
    referral_classes(style, node);
  }
  return style;
}

PageGeometry page_geometry(Paper paper, bool large_print)
{
  PageGeometry page;
  if (paper == Paper::letter) {
    page.width = 612;
    page.height = 792;
  } else {
    page.width = 595.28;
    page.height = 841.89;
  }
  page.margin_x = 12 * 72 / 25.4;
  page.margin_top = 10 * 72 / 25.4;
  page.margin_bottom = 9 * 72 / 25.4;
  if (large_print) {
    page.scale = k_large_print_scale;
    for (double* length : {&page.width, &page.height, &page.margin_x, &page.margin_top, &page.margin_bottom}) {
      *length /= page.scale;
    }
  }
  return page;
}

std::string page_label(int page, int pages, std::string_view pattern)
{
  return i18n::Text::fill_pattern(
    pattern, i18n::info(i18n::Phrase::page_of).english, fmt::make_format_args(fmt::arg("page", page), fmt::arg("pages", pages)));
}

} // namespace ptplan::render::pdf
