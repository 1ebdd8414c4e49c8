#pragma once

#include "ptplan/draw/geometry.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::draw {

// One thing to draw, in page centimetres (u right, v up) before the
// drawing is scaled to fit its box.
struct Mark
{
  enum class Kind { line, taper, ball, polygon, rect };
  Kind kind = Kind::line;
  std::vector<Vec2> points; // line: a polyline; taper: two ends; ball: the centre; polygon, rect: the corners
  double ra = 0;            // line: half its width; taper, ball: radius at the first point
  double rb = 0;            // taper: radius at the second point
  std::string fill;         // "none" for a line
  std::string stroke;       // empty: none
  double outline = 0;       // width of the stroke around a shape, in page units of the finished drawing
  double opacity = 1;
};

// Collects marks, then writes them as one SVG drawing of a fixed size
// (300 by 200), scaled to fit, with the floor at the bottom when there is
// one. Every number is written with one decimal, so the same marks always
// give the same bytes.
class Canvas
{
public:
  static constexpr double k_width = 300;
  static constexpr double k_height = 200;

  void add(Mark mark) { m_marks.push_back(std::move(mark)); }
  void line(std::vector<Vec2> points, double half_width, std::string color, double opacity = 1);
  void taper(Vec2 a, Vec2 b, double ra, double rb, std::string fill, std::string stroke = {}, double outline = 0);
  void ball(Vec2 c, double r, std::string fill, std::string stroke = {}, double outline = 0);
  void polygon(std::vector<Vec2> points, std::string fill, std::string stroke = {}, double outline = 0, double opacity = 1);
  void rect(Vec2 low, Vec2 high, std::string fill, std::string stroke = {}, double outline = 0);
  // Starts a group of marks (a layer); `floor` is the height of the floor
  // line, drawn across the whole width under the first layer.
  void set_floor(double height)
  {
    m_floor = height;
    m_has_floor = true;
  }

  // The SVG text: `mirror` flips it left to right.
  std::string svg(std::string_view title, bool mirror) const;

private:
  std::vector<Mark> m_marks;
  double m_floor = 0;
  bool m_has_floor = false;
};

// "12.3", "-4", "0": one decimal at most, no "-0".
std::string number(double value);

} // namespace ptplan::draw
