#include "ptplan/draw/canvas.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

namespace ptplan::draw {

namespace {

constexpr double k_margin = 8;
constexpr double k_floor_gap = 12; // from the floor line to the bottom edge
constexpr double k_largest_scale = 2.4;

std::string xml_text(std::string_view text)
{
  std::string out;
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

// The page transform: centimetres to drawing units.
struct Fit
{
  double scale = 1;
  double u0 = 0; // the centimetre that lands on x0
  double x0 = 0;
  double v0 = 0;
  double y0 = 0;
  bool mirror = false;

  double x(double u) const
  {
    const double px = x0 + (u - u0) * scale;
    return mirror ? Canvas::k_width - px : px;
  }
  double y(double v) const { return y0 - (v - v0) * scale; }
  std::string at(Vec2 p) const { return fmt::format("{} {}", number(x(p.u)), number(y(p.v))); }
};

std::string stroke_attributes(const Mark& mark, double width)
{
  if (mark.stroke.empty() || width <= 0) {
    return {};
  }
  return fmt::format(" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"", mark.stroke, number(width));
}

std::string opacity_attribute(double opacity)
{
  return opacity < 1 ? fmt::format(" fill-opacity=\"{}\"", number(opacity)) : std::string();
}

// The outline of a tube whose radius changes from `ra` to `rb`: the two
// lines that touch both end circles, joined by arcs round the ends.
std::string taper_path(const Fit& fit, const Mark& mark)
{
  const Vec2 a{fit.x(mark.points[0].u), fit.y(mark.points[0].v)};
  const Vec2 b{fit.x(mark.points[1].u), fit.y(mark.points[1].v)};
  const double ra = mark.ra * fit.scale;
  const double rb = mark.rb * fit.scale;
  const double d = length(b - a);
  if (d <= std::abs(ra - rb) + 0.05) {
    const Vec2 c = ra >= rb ? a : b;
    const double r = std::max(ra, rb);
    return fmt::format("M{} {}a{} {} 0 1 0 {} 0a{} {} 0 1 0 {} 0z", number(c.u - r), number(c.v), number(r), number(r),
      number(2 * r), number(r), number(r), number(-2 * r));
  }
  const Vec2 along = (b - a) * (1.0 / d);
  const Vec2 across = normal(along);
  const double sine = (ra - rb) / d;
  const double cosine = std::sqrt(std::max(0.0, 1 - sine * sine));
  const Vec2 t1 = across * cosine + along * sine;
  const Vec2 t2 = across * -cosine + along * sine;
  const Vec2 a1 = a + t1 * ra;
  const Vec2 b1 = b + t1 * rb;
  const Vec2 b2 = b + t2 * rb;
  const Vec2 a2 = a + t2 * ra;
  // The arc round `b` passes its far side, the one round `a` the near side.
  const int sweep_b = cross(t1, along) > 0 ? 1 : 0;
  const int big_b = sine < 0 ? 1 : 0;
  const int big_a = sine > 0 ? 1 : 0;
  auto p = [](Vec2 q) { return fmt::format("{} {}", number(q.u), number(q.v)); };
  return fmt::format("M{}L{}A{} {} 0 {} {} {}L{}A{} {} 0 {} {} {}z", p(a1), p(b1), number(rb), number(rb), big_b, sweep_b, p(b2),
    p(a2), number(ra), number(ra), big_a, sweep_b, p(a1));
}

} // namespace

std::string number(double value)
{
  std::string text = fmt::format("{:.1f}", value);
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) {
    text.resize(text.size() - 2);
  }
  return text == "-0" ? "0" : text;
}

void Canvas::line(std::vector<Vec2> points, double half_width, std::string color, double opacity)
{
  Mark mark;
  mark.kind = Mark::Kind::line;
  mark.points = std::move(points);
  mark.ra = half_width;
  mark.fill = "none";
  mark.stroke = std::move(color);
  mark.opacity = opacity;
  add(std::move(mark));
}

void Canvas::taper(Vec2 a, Vec2 b, double ra, double rb, std::string fill, std::string stroke, double outline)
{
  Mark mark;
  mark.kind = Mark::Kind::taper;
  mark.points = {a, b};
  mark.ra = ra;
  mark.rb = rb;
  mark.fill = std::move(fill);
  mark.stroke = std::move(stroke);
  mark.outline = outline;
  add(std::move(mark));
}

void Canvas::ball(Vec2 c, double r, std::string fill, std::string stroke, double outline)
{
  Mark mark;
  mark.kind = Mark::Kind::ball;
  mark.points = {c};
  mark.ra = r;
  mark.fill = std::move(fill);
  mark.stroke = std::move(stroke);
  mark.outline = outline;
  add(std::move(mark));
}

void Canvas::polygon(std::vector<Vec2> points, std::string fill, std::string stroke, double outline, double opacity)
{
  Mark mark;
  mark.kind = Mark::Kind::polygon;
  mark.points = std::move(points);
  mark.fill = std::move(fill);
  mark.stroke = std::move(stroke);
  mark.outline = outline;
  mark.opacity = opacity;
  add(std::move(mark));
}

void Canvas::rect(Vec2 low, Vec2 high, std::string fill, std::string stroke, double outline)
{
  polygon({low, {high.u, low.v}, high, {low.u, high.v}}, std::move(fill), std::move(stroke), outline);
}

std::string Canvas::svg(std::string_view title, bool mirror) const
{
  double u_low = std::numeric_limits<double>::max();
  double u_high = std::numeric_limits<double>::lowest();
  double v_low = u_low;
  double v_high = u_high;
  for (const auto& mark : m_marks) {
    for (std::size_t i = 0; i < mark.points.size(); ++i) {
      const double r = mark.kind == Mark::Kind::polygon ? 0 : (i == 1 && mark.kind == Mark::Kind::taper ? mark.rb : mark.ra);
      u_low = std::min(u_low, mark.points[i].u - r);
      u_high = std::max(u_high, mark.points[i].u + r);
      v_low = std::min(v_low, mark.points[i].v - r);
      v_high = std::max(v_high, mark.points[i].v + r);
    }
  }
  if (m_marks.empty()) {
    u_low = v_low = 0;
    u_high = v_high = 1;
  }
  Fit fit;
  fit.mirror = mirror;
  const double room_x = k_width - 2 * k_margin;
  if (m_has_floor) {
    v_low = std::min(v_low, m_floor);
    const double room_y = k_height - k_margin - k_floor_gap;
    fit.scale = std::min({room_x / std::max(1.0, u_high - u_low), room_y / std::max(1.0, v_high - m_floor), k_largest_scale});
    fit.v0 = m_floor;
    fit.y0 = k_height - k_floor_gap;
  } else {
    const double room_y = k_height - 2 * k_margin;
    fit.scale = std::min({room_x / std::max(1.0, u_high - u_low), room_y / std::max(1.0, v_high - v_low), k_largest_scale});
    fit.v0 = (v_low + v_high) / 2;
    fit.y0 = k_height / 2;
  }
  fit.u0 = (u_low + u_high) / 2;
  fit.x0 = k_width / 2;

  std::string out = fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" "
                                "role=\"img\">\n<title>{}</title>\n",
    number(k_width), number(k_height), number(k_width), number(k_height), xml_text(title));
  if (m_has_floor) {
    out += fmt::format("<path d=\"M0 {}H{}\" stroke=\"#4d4d4d\" stroke-width=\"3\"/>\n", number(fit.y(m_floor)), number(k_width));
  }
  for (const auto& mark : m_marks) {
    switch (mark.kind) {
    case Mark::Kind::line: {
      std::string d;
      for (std::size_t i = 0; i < mark.points.size(); ++i) {
        d += i == 0 ? 'M' : 'L';
        d += fit.at(mark.points[i]);
      }
      const double width = 2 * mark.ra * fit.scale + 2 * mark.outline;
      out += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linecap=\"round\" "
                         "stroke-linejoin=\"round\"{}/>\n",
        d, mark.stroke, number(width), mark.opacity < 1 ? fmt::format(" stroke-opacity=\"{}\"", number(mark.opacity)) : "");
      break;
    }
    case Mark::Kind::taper:
      out += fmt::format(
        "<path d=\"{}\" fill=\"{}\"{}/>\n", taper_path(fit, mark), mark.fill, stroke_attributes(mark, 2 * mark.outline));
      break;
    case Mark::Kind::ball:
      out += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"{}/>\n", number(fit.x(mark.points[0].u)),
        number(fit.y(mark.points[0].v)), number(mark.ra * fit.scale), mark.fill, stroke_attributes(mark, 2 * mark.outline));
      break;
    case Mark::Kind::polygon:
    case Mark::Kind::rect: {
      std::string points;
      for (const auto& p : mark.points) {
        if (!points.empty()) {
          points += ' ';
        }
        points += fmt::format("{},{}", number(fit.x(p.u)), number(fit.y(p.v)));
      }
      out += fmt::format("<polygon points=\"{}\" fill=\"{}\"{}{}/>\n", points, mark.fill, opacity_attribute(mark.opacity),
        stroke_attributes(mark, mark.outline));
      break;
    }
    }
  }
  out += "</svg>\n";
  return out;
}

} // namespace ptplan::draw
