#include "ptplan/render/pdf/tables.hpp"

#include "ptplan/render/pdf/rich_text.hpp"

#include <algorithm>
#include <numeric>

namespace ptplan::render::pdf {

namespace {

constexpr double k_rule = 0.75;
constexpr double k_pad_x = 0.35 * k_em;
constexpr double k_pad_y = 0.05 * k_em;
constexpr double k_tick = 1.1 * k_em;
constexpr double k_tick_rule = 1.5;
constexpr double k_calendar_row = 1.45 * k_em;
constexpr double k_pain_column = 6 * k_em;
constexpr Color k_heading_shade{0xe6 / 255.0, 0xe6 / 255.0, 0xe6 / 255.0};

struct Cell
{
  RichText text;
  TextStyle style;
  bool heading = false;
  bool pain = false; // the column the patient writes the day's pain in
};

struct Row
{
  std::vector<Cell> cells;
  bool header = false;
};

void collect_rows(const HtmlNode& node, std::vector<const HtmlNode*>& ancestors, const TextStyle& text_style, Kind kind,
  bool in_head, std::vector<Row>& rows)
{
  for (const auto& child : node.children) {
    if (child.tag == "thead" || child.tag == "tbody" || child.tag == "tfoot") {
      ancestors.push_back(&child);
      collect_rows(child, ancestors, text_style, kind, child.tag == "thead", rows);
      ancestors.pop_back();
    } else if (child.tag == "tr") {
      Row row;
      ancestors.push_back(&child);
      bool all_headings = true;
      for (const auto& cell_node : child.children) {
        if (cell_node.tag != "td" && cell_node.tag != "th") {
          continue;
        }
        Cell cell;
        cell.style = style_of(cell_node, ancestors, text_style, kind).text;
        cell.text = inline_content(cell_node);
        cell.heading = cell_node.tag == "th";
        cell.pain = cell_node.has_class("pain");
        all_headings = all_headings && cell.heading;
        row.cells.push_back(std::move(cell));
      }
      ancestors.pop_back();
      row.header = in_head || (all_headings && rows.empty());
      if (!row.cells.empty()) {
        rows.push_back(std::move(row));
      }
    }
  }
}

TextStyle cell_style(const Cell& cell, std::size_t column)
{
  TextStyle style = cell.style;
  style.centred = column > 0;
  return style;
}

double ticks_width(const Cell& cell)
{
  return cell.text.tick_boxes > 0 ? cell.text.tick_boxes * (k_tick + 0.3 * k_em) : 0;
}

// Columns as wide as their widest text where that fits; else each gets
// its longest word and a share of the rest in proportion to what more it
// would take. Room left over goes to the columns in proportion to their
// width, as a browser gives it to a table 100 % wide.
std::vector<double> column_widths(const std::vector<Row>& rows, double width, TextEngine& text)
{
  std::size_t columns = 0;
  for (const auto& row : rows) {
    columns = std::max(columns, row.cells.size());
  }
  std::vector<double> least(columns, 0);
  std::vector<double> most(columns, 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const Cell& cell = row.cells[c];
      const TextStyle style = cell_style(cell, c);
      double low = ticks_width(cell);
      double high = low;
      if (!cell.text.text.empty()) {
        low = std::max(low, text.min_width(cell.text, style));
        high = std::max(high, text.set(cell.text, style, 0).width);
      }
      if (cell.pain) {
        low = std::max(low, k_pain_column);
        high = std::max(high, k_pain_column);
      }
      least[c] = std::max(least[c], low + 2 * k_pad_x + k_rule);
      most[c] = std::max(most[c], high + 2 * k_pad_x + k_rule);
    }
  }
  const double sum_least = std::accumulate(least.begin(), least.end(), 0.0);
  const double sum_most = std::accumulate(most.begin(), most.end(), 0.0);
  std::vector<double> widths(columns, 0);
  if (sum_most <= width) {
    for (std::size_t c = 0; c < columns; ++c) {
      widths[c] = most[c] + (width - sum_most) * most[c] / sum_most;
    }
  } else if (sum_least >= width) {
    for (std::size_t c = 0; c < columns; ++c) {
      widths[c] = least[c] * width / sum_least;
    }
  } else {
    const double share = (width - sum_least) / (sum_most - sum_least);
    for (std::size_t c = 0; c < columns; ++c) {
      widths[c] = least[c] + (most[c] - least[c]) * share;
    }
  }
  return widths;
}

Fragment lay_out_row(const Row& row, const std::vector<double>& widths, double min_height, TextEngine& text)
{
  struct Placed
  {
    TextBlock block;
    bool has_text = false;
  };
  std::vector<Placed> placed;
  double height = min_height;
  for (std::size_t c = 0; c < row.cells.size() && c < widths.size(); ++c) {
    const Cell& cell = row.cells[c];
    Placed p;
    if (!cell.text.text.empty()) {
      p.block = text.set(cell.text, cell_style(cell, c), widths[c] - 2 * k_pad_x - k_rule);
      p.has_text = true;
    }
    const double content = std::max(p.has_text ? p.block.height : 0.0, cell.text.tick_boxes > 0 ? k_tick : 0.0);
    height = std::max(height, content + 2 * k_pad_y);
    placed.push_back(std::move(p));
  }
  Fragment fragment;
  fragment.width = std::accumulate(widths.begin(), widths.end(), 0.0);
  fragment.height = height;
  double x = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    const bool exists = c < row.cells.size();
    const bool shaded = exists && (row.cells[c].heading || row.header);
    fragment.add(
      BoxOp{x, 0, widths[c], height, 0, shaded ? std::optional<Color>(k_heading_shade) : std::nullopt, k_rule, k_black});
    if (exists) {
      const Cell& cell = row.cells[c];
      const double inner = widths[c] - 2 * k_pad_x;
      if (placed[c].has_text) {
        const double y = (height - placed[c].block.height) / 2;
        fragment.add_text(placed[c].block, x + k_pad_x, y, cell.style.color);
      }
      if (cell.text.tick_boxes > 0) {
        const double step = k_tick + 0.3 * k_em;
        const double all = cell.text.tick_boxes * step - 0.3 * k_em;
        double left = x + k_pad_x + (c > 0 ? (inner - all) / 2 : 0);
        for (int i = 0; i < cell.text.tick_boxes; ++i, left += step) {
          fragment.add(BoxOp{left, (height - k_tick) / 2, k_tick, k_tick, 2, k_white, k_tick_rule, k_black});
        }
      }
    }
    x += widths[c];
  }
  return fragment;
}

} // namespace

TableRows lay_out_table(const HtmlNode& table, const std::vector<const HtmlNode*>& ancestors, const TextStyle& text_style,
  Kind kind, double width, TextEngine& text)
{
  std::vector<const HtmlNode*> inner = ancestors;
  inner.push_back(&table);
  std::vector<Row> rows;
  collect_rows(table, inner, text_style, kind, false, rows);
  TableRows out;
  if (rows.empty()) {
    return out;
  }
  const std::vector<double> widths = column_widths(rows, width, text);
  const bool calendar = table.has_class("calendar");
  for (const auto& row : rows) {
    Fragment fragment = lay_out_row(row, widths, calendar && !row.header ? k_calendar_row : 0, text);
    if (row.header && out.rows.empty() && out.header.ops.empty()) {
      out.header = std::move(fragment);
    } else {
      out.rows.push_back(std::move(fragment));
    }
  }
  return out;
}

Fragment join_rows(const TableRows& table, std::size_t begin, std::size_t end, bool with_header)
{
  Fragment out;
  double y = 0;
  if (with_header && !table.header.ops.empty()) {
    out.place(table.header, 0, 0);
    out.width = table.header.width;
    y = table.header.height;
  }
  for (std::size_t i = begin; i < end && i < table.rows.size(); ++i) {
    out.place(table.rows[i], 0, y);
    out.width = std::max(out.width, table.rows[i].width);
    y += table.rows[i].height;
  }
  out.height = y;
  return out;
}

} // namespace ptplan::render::pdf
