#pragma once

#include "ptplan/render/pdf/pictures.hpp"
#include "ptplan/render/pdf/style.hpp"
#include "ptplan/render/pdf/text.hpp"

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace ptplan::render::pdf {

// What a laid-out block draws, positioned from its top left corner: the
// display list the page layout moves around and the document draws.

struct TextOp
{
  LayoutRef layout;
  int line = 0;
  double x = 0;
  double baseline = 0;
  double top = 0;    // the line's extent, for splitting a paragraph
  double bottom = 0; // between lines
  Color color;
};

struct BoxOp
{
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  double radius = 0;
  std::optional<Color> fill;
  double stroke = 0; // the border's width, drawn inside the box
  Color stroke_color;
};

struct LineOp
{
  double x0 = 0;
  double y0 = 0;
  double x1 = 0;
  double y1 = 0;
  double width = 0;
  Color color;
};

struct PictureOp
{
  std::shared_ptr<const Picture> picture;
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
};

using DrawOp = std::variant<TextOp, BoxOp, LineOp, PictureOp>;

// A laid-out block: its size, what it draws, and the baseline of its first
// line of text (list numbers sit on it).
struct Fragment
{
  double width = 0;
  double height = 0;
  std::optional<double> first_baseline;
  std::vector<DrawOp> ops;

  // Adds one drawing operation (built in place: GCC 12 misreads a moved
  // variant as uninitialised).
  template <typename Op>
  void add(Op op)
  {
    ops.emplace_back(std::in_place_type<Op>, std::move(op));
  }
  // Draws `other` at (dx, dy) inside this fragment (the size is not changed).
  void place(const Fragment& other, double dx, double dy);
  void add_text(const TextBlock& block, double dx, double dy, const Color& color);
  // True when it draws only lines of text, so it can be split between them.
  bool only_text() const;
  int picture_count() const;
};

// Splits a fragment of text lines into parts no taller than `height`,
// between lines (a line taller than `height` is a part of its own).
std::vector<Fragment> split_lines(const Fragment& fragment, double height);

} // namespace ptplan::render::pdf
