#include "ptplan/render/pdf/display.hpp"

#include <algorithm>

namespace ptplan::render::pdf {

namespace {

struct Move
{
  double dx;
  double dy;
  void operator()(TextOp& op) const
  {
    op.x += dx;
    op.baseline += dy;
    op.top += dy;
    op.bottom += dy;
  }
  void operator()(BoxOp& op) const
  {
    op.x += dx;
    op.y += dy;
  }
  void operator()(LineOp& op) const
  {
    op.x0 += dx;
    op.x1 += dx;
    op.y0 += dy;
    op.y1 += dy;
  }
  void operator()(PictureOp& op) const
  {
    op.x += dx;
    op.y += dy;
  }
};

} // namespace

void Fragment::place(const Fragment& other, double dx, double dy)
{
  if (!first_baseline && other.first_baseline) {
    first_baseline = *other.first_baseline + dy;
  }
  ops.reserve(ops.size() + other.ops.size());
  for (DrawOp op : other.ops) {
    std::visit(Move{dx, dy}, op);
    ops.push_back(std::move(op));
  }
}

void Fragment::add_text(const TextBlock& block, double dx, double dy, const Color& color)
{
  for (const auto& line : block.lines) {
    add(TextOp{block.layout, line.index, dx + line.x, dy + line.baseline, dy + line.top, dy + line.bottom, color});
  }
  if (!first_baseline && !block.lines.empty()) {
    first_baseline = dy + block.lines.front().baseline;
  }
}

bool Fragment::only_text() const
{
  return std::all_of(ops.begin(), ops.end(), [](const DrawOp& op) { return std::holds_alternative<TextOp>(op); });
}

int Fragment::picture_count() const
{
  return static_cast<int>(
    std::count_if(ops.begin(), ops.end(), [](const DrawOp& op) { return std::holds_alternative<PictureOp>(op); }));
}

std::vector<Fragment> split_lines(const Fragment& fragment, double height)
{
  std::vector<Fragment> parts;
  Fragment part;
  part.width = fragment.width;
  std::vector<TextOp> lines;
  for (const DrawOp& op : fragment.ops) {
    lines.push_back(std::get<TextOp>(op));
  }
  // A list's number comes after its text in the list; pages go top down.
  std::stable_sort(lines.begin(), lines.end(), [](const TextOp& a, const TextOp& b) { return a.top < b.top; });
  double offset = 0; // the top of the current part in the fragment
  for (const TextOp& line : lines) {
    if (!part.ops.empty() && line.bottom - offset > height) {
      parts.push_back(std::move(part));
      part = Fragment{};
      part.width = fragment.width;
      offset = line.top;
    }
    TextOp moved = line;
    Move{0, -offset}(moved);
    if (!part.first_baseline) {
      part.first_baseline = moved.baseline;
    }
    part.height = std::max(part.height, moved.bottom);
    part.ops.push_back(std::move(moved));
  }
  if (!part.ops.empty()) {
    parts.push_back(std::move(part));
  }
  return parts;
}

} // namespace ptplan::render::pdf
