#include "ptplan/render/pdf/layout.hpp"

#include "ptplan/render/pdf/tables.hpp"

#include <algorithm>
#include <array>

namespace ptplan::render::pdf {

namespace {

constexpr double k_float_gap = 0.7 * k_em;
constexpr double k_column_gap = 1.5 * k_em;
constexpr double k_rule_gap = 0.15 * k_em;

enum class Role { skip, inline_content, text, list, table, layout_table, picture, container };

bool is_heading_or_paragraph(std::string_view tag)
{
  static constexpr std::array<std::string_view, 14> k_text = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "figcaption", "address", "pre", "caption", "summary"};
  return std::find(k_text.begin(), k_text.end(), tag) != k_text.end();
}

bool is_block(const HtmlNode& node)
{
  return !node.is_text() && (!is_inline_tag(node.tag) || node.tag == "img");
}

bool has_block_children(const HtmlNode& node)
{
  return std::any_of(node.children.begin(), node.children.end(), is_block);
}

Role role_of(const HtmlNode& node)
{
  if (node.is_text() || (is_inline_tag(node.tag) && node.tag != "img")) {
    return Role::inline_content;
  }
  const std::string& tag = node.tag;
  if (tag == "title" || tag == "meta" || tag == "link" || tag == "head" || tag == "colgroup" || tag == "hr") {
    return Role::skip;
  }
  if (tag == "img") {
    return Role::picture;
  }
  if (tag == "ul" || tag == "ol") {
    return Role::list;
  }
  if (tag == "table") {
    // A table used to lay out the page (the handout's print frame) is not
    // a table of data: its cells' blocks flow as blocks.
    return node.attribute("role") == "presentation" || node.has_class("frame") ? Role::layout_table : Role::table;
  }
  if (is_heading_or_paragraph(tag) || !has_block_children(node)) {
    return Role::text;
  }
  return Role::container;
}

// The cells of a layout table, in order, leaving out its foot (a spacer
// that repeats at the foot of printed pages).
void layout_cells(const HtmlNode& node, std::vector<const HtmlNode*>& cells)
{
  for (const auto& child : node.children) {
    if (child.tag == "tfoot" || child.tag == "thead") {
      continue;
    }
    if (child.tag == "td" || child.tag == "th") {
      cells.push_back(&child);
    } else if (child.tag == "tbody" || child.tag == "tr") {
      layout_cells(child, cells);
    }
  }
}

// Calls `block` for each element child and `run` for each stretch of inline
// content between them, in order.
template <typename Block, typename Run>
void for_each_child(const HtmlNode& node, Block&& block, Run&& run)
{
  std::size_t i = 0;
  while (i < node.children.size()) {
    if (role_of(node.children[i]) == Role::inline_content) {
      std::size_t end = i;
      while (end < node.children.size() && role_of(node.children[end]) == Role::inline_content) {
        ++end;
      }
      run(inline_content(node.children, i, end));
      i = end;
    } else {
      block(node.children[i]);
      ++i;
    }
  }
}

const HtmlNode* find_footer(const HtmlNode& node, std::vector<const HtmlNode*>& ancestors, Kind kind)
{
  for (const auto& child : node.children) {
    if (child.is_text()) {
      continue;
    }
    if (style_of(child, ancestors, TextStyle{}, kind).box.running_footer) {
      return &child;
    }
    ancestors.push_back(&child);
    const HtmlNode* found = find_footer(child, ancestors, kind);
    ancestors.pop_back();
    if (found) {
      return found;
    }
  }
  return nullptr;
}

// A list's items as one paragraph, each after its number in bold ("1. Warm
// the pack. 2. ..."), as the print style sheet runs the self-care steps in.
RichText run_in_items(const HtmlNode& list)
{
  RichText out;
  int number = 1;
  for (const auto& item : list.children) {
    if (item.tag != "li") {
      continue;
    }
    const RichText text = inline_content(item);
    if (text.empty()) {
      continue;
    }
    if (!out.text.empty()) {
      out.text += ' ';
    }
    const std::size_t mark = out.text.size();
    out.text += std::to_string(number++) + ". ";
    out.runs.push_back(Run{mark, out.text.size() - 1, true, false, std::nullopt});
    const std::size_t offset = out.text.size();
    out.text += text.text;
    for (Run run : text.runs) {
      run.start += offset;
      run.end += offset;
      out.runs.push_back(run);
    }
  }
  return out;
}

} // namespace

RichText running_footer(const HtmlNode& body, Kind kind)
{
  std::vector<const HtmlNode*> ancestors{&body};
  const HtmlNode* footer = find_footer(body, ancestors, kind);
  return footer ? inline_content(*footer) : RichText{};
}

Layouter::Layouter(TextEngine& text, PictureCache& pictures, Kind kind, bool large_print)
    : m_text(text), m_pictures(pictures), m_kind(kind), m_large_print(large_print)
{}

Style Layouter::child_style(const HtmlNode& child, const Style& parent) const
{
  return style_of(child, m_ancestors, parent.text, m_kind);
}

std::vector<Piece> Layouter::flow(const HtmlNode& body, double width, double page_height)
{
  m_page_height = page_height;
  m_ancestors.clear();
  std::vector<Piece> pieces;
  flow_into(body, style_of(body, {}, TextStyle{}, m_kind), width, pieces);
  return pieces;
}

void Layouter::flow_into(const HtmlNode& node, const Style& style, double width, std::vector<Piece>& out)
{
  m_ancestors.push_back(&node);
  const std::size_t first = out.size();
  for_each_child(
    node,
    [&](const HtmlNode& child) {
      const Style inner = child_style(child, style);
      if (inner.box.running_footer) {
        return;
      }
      const Role role = role_of(child);
      const bool plain = !inner.box.draws_a_box() && !inner.box.keep_together && inner.box.width == 0 && inner.box.columns == 1;
      if (role == Role::layout_table) {
        std::vector<const HtmlNode*> cells;
        layout_cells(child, cells);
        m_ancestors.push_back(&child);
        for (const HtmlNode* cell : cells) {
          flow_into(*cell, inner, width, out);
        }
        m_ancestors.pop_back();
      } else if (role == Role::container && plain) {
        const std::size_t before = out.size();
        flow_into(child, inner, width, out);
        if (inner.box.break_before && out.size() > before) {
          out[before].break_before = true;
        }
      } else if (role == Role::list && plain && inner.box.list_columns == 1 && !inner.box.run_in) {
        m_ancestors.push_back(&child);
        const std::size_t before = out.size();
        list(child, inner, width, {}, &out);
        m_ancestors.pop_back();
        if (out.size() > before) {
          out[before].margin_top = std::max(out[before].margin_top, inner.box.margin_top);
          out.back().margin_bottom = std::max(out.back().margin_bottom, inner.box.margin_bottom);
          out[before].break_before = out[before].break_before || inner.box.break_before;
        }
      } else if (role != Role::skip) {
        add_piece(child, inner, width, out);
      }
    },
    [&](const RichText& text) {
      if (!text.empty()) {
        out.push_back(Piece{paragraph(text, style.text, width), 0, 0, false, false});
      }
    });
  m_ancestors.pop_back();
  if (style.box.break_before && out.size() > first) {
    out[first].break_before = true;
  }
}

void Layouter::add_piece(const HtmlNode& node, const Style& style, double width, std::vector<Piece>& out)
{
  Fragment fragment = block(node, style, width);
  if (fragment.ops.empty() && fragment.height == 0) {
    return;
  }
  const BoxStyle& box = style.box;
  if (fragment.height <= m_page_height) {
    const bool lead_in = node.tag == "p" && !out.empty() && out.back().keep_with_next;
    out.push_back(Piece{std::move(fragment), box.margin_top, box.margin_bottom, box.keep_with_next, box.break_before, lead_in});
    return;
  }
  // Too tall for any page: split it where it can be split.
  const std::size_t before = out.size();
  const Role role = role_of(node);
  if (role == Role::container) {
    flow_into(node, style, width, out);
  } else if (role == Role::table) {
    const TableRows rows = lay_out_table(node, m_ancestors, style.text, m_kind, width, m_text);
    for (std::size_t i = 0; i < rows.rows.size(); ++i) {
      out.push_back(Piece{join_rows(rows, i, i + 1, i == 0), 0, 0, false, false});
    }
  } else if (fragment.only_text()) {
    for (auto& part : split_lines(fragment, m_page_height)) {
      out.push_back(Piece{std::move(part), 0, 0, false, false});
    }
  } else {
    out.push_back(Piece{std::move(fragment), 0, 0, false, false});
  }
  if (out.size() > before) {
    out[before].margin_top = box.margin_top;
    out[before].break_before = box.break_before;
    out.back().margin_bottom = box.margin_bottom;
  }
}

Fragment Layouter::block(const HtmlNode& node, const Style& style, double width, Band band)
{
  const BoxStyle& box = style.box;
  double outer = box.width > 0 ? std::min(box.width, width) : width;
  if (box.max_width > 0) {
    outer = std::min(outer, box.max_width);
  }
  const double left = box.border + box.padding_x + box.bar;
  const double right = box.border + box.padding_x;
  const double top = box.border + box.padding_y;
  const double inner = std::max(outer - left - right, 1.0);
  Band inner_band;
  if (band.until > top) {
    inner_band = Band{band.until - top, std::max(band.width - left - right, 1.0)};
  }
  m_ancestors.push_back(&node);
  const Fragment body = content(node, style, inner, inner_band);
  m_ancestors.pop_back();
  if (!box.draws_a_box() && box.rule_below == 0 && box.padding_y == 0 && box.padding_x == 0) {
    Fragment out = body;
    out.width = outer;
    out.height = std::max(out.height, box.min_height);
    return out;
  }
  Fragment out;
  out.width = outer;
  out.height = std::max(top + body.height + top, box.min_height);
  if (box.border > 0 || box.background) {
    out.add(BoxOp{0, 0, outer, out.height, box.radius, box.background, box.border, box.border_color});
  }
  if (box.bar > 0) {
    out.add(BoxOp{box.border, box.border, box.bar, out.height - 2 * box.border, 0, box.bar_color, 0, k_black});
  }
  out.place(body, left, top);
  if (box.rule_below > 0) {
    const double y = out.height + k_rule_gap + box.rule_below / 2;
    out.add(LineOp{0, y, outer, y, box.rule_below, k_black});
    out.height += k_rule_gap + box.rule_below;
  }
  return out;
}

Fragment Layouter::content(const HtmlNode& node, const Style& style, double width, Band band)
{
  switch (role_of(node)) {
  case Role::text: {
    RichText text = inline_content(node);
    if (style.box.join_lines) {
      std::replace(text.text.begin(), text.text.end(), '\n', ' ');
    }
    return paragraph(text, style.text, band.until > 0 ? band.width : width);
  }
  case Role::list:
    return list(node, style, width, band);
  case Role::table:
    if (const TableRows rows = lay_out_table(node, m_ancestors, style.text, m_kind, width, m_text); !rows.rows.empty()) {
      return join_rows(rows, 0, rows.rows.size(), true);
    }
    return {};
  case Role::picture:
    return picture(node, style.text, width);
  case Role::container:
  case Role::layout_table:
    return stack(node, style, width, band);
  case Role::inline_content:
  case Role::skip:
    break;
  }
  return {};
}

Fragment Layouter::grid(const HtmlNode& node, const Style& style, double width)
{
  const int columns = style.box.columns;
  const double gap = k_em;
  const double first = style.box.first_column > 0 && columns > 1 ? std::min(style.box.first_column, width / 2) : 0;
  const double cell = first > 0 ? (width - first - gap * (columns - 1)) / (columns - 1) : (width - gap * (columns - 1)) / columns;
  auto cell_x = [&](int column) {
    return column == 0 ? 0.0 : (first > 0 ? first + gap : cell + gap) + (column - 1) * (cell + gap);
  };
  auto cell_width = [&](int column) { return column == 0 && first > 0 ? first : cell; };
  Fragment out;
  out.width = width;
  double row_top = 0;
  double row_height = 0;
  int column = 0;
  for_each_child(
    node,
    [&](const HtmlNode& child) {
      const Style inner = child_style(child, style);
      if (role_of(child) == Role::skip || inner.box.running_footer) {
        return;
      }
      // A heading spans the columns, on a row of its own.
      if (child.tag.size() == 2 && child.tag[0] == 'h') {
        if (column > 0) {
          row_top += row_height + inner.box.margin_top;
        }
        const Fragment fragment = block(child, inner, width);
        out.place(fragment, 0, row_top);
        row_top += fragment.height + inner.box.margin_bottom;
        row_height = 0;
        column = 0;
        return;
      }
      if (column == columns) {
        row_top += row_height + inner.box.margin_top + inner.box.margin_bottom;
        row_height = 0;
        column = 0;
      }
      const Fragment fragment = block(child, inner, cell_width(column));
      out.place(fragment, cell_x(column), row_top);
      row_height = std::max(row_height, fragment.height);
      ++column;
    },
    [&](const RichText& text) {
      if (!text.empty()) {
        if (column == columns) {
          row_top += row_height;
          row_height = 0;
          column = 0;
        }
        const Fragment fragment = paragraph(text, style.text, cell_width(column));
        out.place(fragment, cell_x(column), row_top);
        row_height = std::max(row_height, fragment.height);
        ++column;
      }
    });
  out.height = row_top + row_height;
  return out;
}

Fragment Layouter::stack(const HtmlNode& node, const Style& style, double width, Band band)
{
  if (style.box.columns > 1) {
    return grid(node, style, width);
  }
  Fragment out;
  out.width = width;
  double y = 0;
  double last_margin = 0;
  bool first = true;
  double float_bottom = 0;
  double float_width = 0;
  auto place = [&](Fragment fragment, double margin_top, double margin_bottom) {
    if (fragment.ops.empty() && fragment.height == 0) {
      return;
    }
    const double top = first ? y : y + std::max(last_margin, margin_top);
    out.place(fragment, 0, top);
    y = top + fragment.height;
    last_margin = margin_bottom;
    first = false;
  };
  // Beside a floated picture (or the parent's), a block gets the narrower
  // width; one with a box of its own is narrowed whole, so the picture
  // never sits on its shading.
  double float_top = 0;
  auto band_at = [&](double top) {
    Band here;
    if (top < float_bottom) {
      here = Band{float_bottom - top, width - float_width};
    }
    if (top < band.until) {
      here = Band{std::max(here.until, band.until - top), here.until > 0 ? std::min(here.width, band.width) : band.width};
    }
    return here;
  };
  // A block that ends above the picture's top runs the full width.
  auto lay_out = [&](double top, auto&& at_width) {
    if (top < float_top && top >= band.until) {
      Fragment full = at_width(Band{});
      if (top + full.height <= float_top + 0.01) {
        return full;
      }
    }
    return at_width(band_at(top));
  };
  // A floated picture sits at the right, where it is in the block (a
  // drop lower when its style says so); pictures carry no text, so the
  // reading order stays.
  bool floated = false;
  for_each_child(
    node,
    [&](const HtmlNode& child) {
      const Style inner = child_style(child, style);
      if (role_of(child) == Role::skip || inner.box.running_footer) {
        return;
      }
      if (inner.box.float_right && !floated) {
        floated = true;
        const Fragment figure = block(child, inner, std::min(inner.box.width > 0 ? inner.box.width : width / 3, width / 2));
        float_top = (first ? y : y + last_margin) + inner.box.float_drop;
        out.place(figure, width - figure.width, float_top);
        float_bottom = float_top + figure.height;
        float_width = figure.width + k_float_gap;
        return;
      }
      const double top = first ? y : y + std::max(last_margin, inner.box.margin_top);
      place(lay_out(top,
              [&](Band here) {
                if (here.until > 0 && inner.box.draws_a_box()) {
                  return block(child, inner, here.width);
                }
                return block(child, inner, width, here);
              }),
        inner.box.margin_top, inner.box.margin_bottom);
    },
    [&](const RichText& text) {
      if (!text.empty()) {
        place(lay_out(y, [&](Band here) { return paragraph(text, style.text, here.until > 0 ? here.width : width); }), 0, 0);
      }
    });
  out.height = std::max(y, float_bottom);
  return out;
}

Fragment Layouter::list(const HtmlNode& node, const Style& style, double width, Band band, std::vector<Piece>* pieces)
{
  if (style.box.run_in) {
    return paragraph(run_in_items(node), style.text, band.until > 0 ? band.width : width);
  }
  const bool ordered = node.tag == "ol";
  const double marker_width = ordered ? 1.9 * k_em : 1.3 * k_em;
  const int columns = pieces || m_large_print ? 1 : std::max(style.box.list_columns, 1);
  const double column_width = (width - k_column_gap * (columns - 1)) / columns;
  struct Entry
  {
    Fragment fragment;
    double margin_top = 0;
    double margin_bottom = 0;
  };
  std::vector<Entry> entries;
  double y = 0;
  double last_margin = 0;
  bool first = true;
  int number = 1;
  for_each_child(
    node,
    [&](const HtmlNode& item) {
      const Style inner = child_style(item, style);
      if (role_of(item) == Role::skip) {
        return;
      }
      const double top = first ? y : y + std::max(last_margin, inner.box.margin_top);
      Band here;
      if (columns == 1 && top < band.until) {
        here = Band{band.until - top, band.width - marker_width};
      }
      Fragment body = block(item, inner, column_width - marker_width, here);
      Fragment entry;
      entry.width = column_width;
      entry.height = body.height;
      entry.place(body, marker_width, 0);
      const double baseline = entry.first_baseline.value_or(0.9 * inner.text.size);
      if (ordered) {
        TextStyle marker_style = inner.text;
        marker_style.bold = true;
        const TextBlock mark = m_text.set(plain_text(std::to_string(number++) + "."), marker_style, 0);
        if (!mark.lines.empty()) {
          entry.add_text(mark, marker_width - 0.45 * k_em - mark.width, baseline - mark.lines.front().baseline, inner.text.color);
        }
      } else {
        // A drawn dot: a bullet glyph would cost the PDF a font subset of its own.
        const double dot = 0.36 * inner.text.size;
        entry.add(BoxOp{marker_width - 0.6 * k_em - dot, baseline - 0.33 * inner.text.size - dot / 2, dot, dot, dot / 2,
          inner.text.color, 0, inner.text.color});
      }
      if (pieces) {
        pieces->push_back(Piece{std::move(entry), inner.box.margin_top, inner.box.margin_bottom, false, false});
        return;
      }
      y = top + entry.height;
      entries.push_back(Entry{std::move(entry), inner.box.margin_top, inner.box.margin_bottom});
      last_margin = inner.box.margin_bottom;
      first = false;
    },
    [&](const RichText& text) {
      if (!text.empty()) {
        Fragment loose = paragraph(text, style.text, column_width);
        if (pieces) {
          pieces->push_back(Piece{std::move(loose), 0, 0, false, false});
          return;
        }
        y += loose.height;
        entries.push_back(Entry{std::move(loose), 0, 0});
        first = false;
      }
    });
  // Columns as CSS balances them: down the first column, then the next,
  // each column as short as it can be with the first ones the longest.
  std::vector<std::size_t> starts{0};
  if (columns > 1 && !entries.empty()) {
    double total = 0;
    for (const auto& entry : entries) {
      total += entry.fragment.height;
    }
    double filled = 0;
    for (std::size_t i = 0; i < entries.size() && static_cast<int>(starts.size()) < columns; ++i) {
      const double goal = total * static_cast<double>(starts.size()) / columns;
      if (i > starts.back() && filled >= goal - 0.5) {
        starts.push_back(i);
      }
      filled += entries[i].fragment.height;
    }
  }
  starts.push_back(entries.size());
  Fragment out;
  out.width = width;
  double height = 0;
  for (std::size_t c = 0; c + 1 < starts.size(); ++c) {
    double column_y = 0;
    for (std::size_t i = starts[c]; i < starts[c + 1]; ++i) {
      if (i > starts[c]) {
        column_y += std::max(entries[i - 1].margin_bottom, entries[i].margin_top);
      }
      out.place(entries[i].fragment, static_cast<double>(c) * (column_width + k_column_gap), column_y);
      column_y += entries[i].fragment.height;
    }
    height = std::max(height, column_y);
  }
  out.height = height;
  return out;
}

Fragment Layouter::paragraph(const RichText& text, const TextStyle& style, double width)
{
  Fragment out;
  if (text.text.empty()) {
    return out;
  }
  const TextBlock block = m_text.set(text, style, width);
  out.width = width;
  out.height = block.height;
  out.add_text(block, 0, 0, style.color);
  return out;
}

Fragment Layouter::picture(const HtmlNode& node, const TextStyle& style, double width)
{
  const auto image = m_pictures.get(node.attribute("src"));
  if (!image) {
    // A picture that cannot be read prints as its description.
    return paragraph(plain_text(node.attribute("alt")), style, width);
  }
  Fragment out;
  out.width = width;
  out.height = width * image->height() / image->width();
  out.add(PictureOp{image, 0, 0, width, out.height});
  return out;
}

} // namespace ptplan::render::pdf
