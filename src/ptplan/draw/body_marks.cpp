#include "ptplan/draw/body_marks.hpp"

#include <algorithm>
#include <array>

namespace ptplan::draw {

namespace {

// The parts drawn as one filled shape each: the trunk with head and neck,
// and each leg and arm.
enum class Limb { trunk, leg, arm };

Limb limb_of(Tag tag)
{
  switch (tag) {
  case Tag::thigh:
  case Tag::knee:
  case Tag::shin:
  case Tag::foot:
    return Limb::leg;
  case Tag::upper_arm:
  case Tag::forearm:
  case Tag::hand:
    return Limb::arm;
  default:
    return Limb::trunk;
  }
}

struct Part
{
  Limb limb = Limb::trunk;
  int side = 0;
  std::vector<const Shape*> shapes;
  double depth = 0;
};

void mark_shape(
  Canvas& canvas, const Camera& camera, const Shape& shape, const std::string& fill, const std::string& stroke, double outline)
{
  const Vec2 a = project(camera, shape.a);
  const Vec2 b = project(camera, shape.b);
  const double ra = page_radius(camera, shape, true);
  const double rb = page_radius(camera, shape, false);
  if (length(b - a) < 0.05) {
    canvas.ball(a, std::max(ra, rb), fill, stroke, outline);
  } else if (std::abs(ra - rb) < 0.3) {
    Mark mark;
    mark.kind = Mark::Kind::line;
    mark.points = {a, b};
    mark.ra = (ra + rb) / 2;
    mark.fill = "none";
    mark.stroke = stroke.empty() ? fill : stroke;
    mark.outline = outline;
    canvas.add(std::move(mark));
  } else {
    canvas.taper(a, b, ra, rb, fill, stroke, outline);
  }
}

} // namespace

const Palette& dark_palette()
{
  static const Palette k_dark{"#2f5f8a", "#86a4c3", "#0f2233"};
  return k_dark;
}

const Palette& light_palette()
{
  static const Palette k_light{"#dfe5ec", "#eceff3", "#97a4b1"};
  return k_light;
}

double page_radius(const Camera& camera, const Shape& shape, bool at_a)
{
  const double depth = at_a ? shape.depth_a : shape.depth_b;
  const double breadth = at_a ? shape.breadth_a : shape.breadth_b;
  if (depth == breadth) {
    return depth;
  }
  // Across the piece on the page, as a direction in the world.
  const Vec2 along = project(camera, shape.b) - project(camera, shape.a);
  const Vec2 across = length(along) > 0.5 ? normal(unit(along)) : Vec2{1, 0};
  const Vec3 world = camera.u * across.u + camera.v * across.v;
  const double f = dot(shape.fwd, world) * depth;
  const double l = dot(shape.lat, world) * breadth;
  return std::sqrt(f * f + l * l);
}

void draw_body(Canvas& canvas, const Camera& camera, const Body& body, const Palette& palette)
{
  std::vector<Part> parts;
  for (const auto& shape : body.shapes) {
    const Limb limb = limb_of(shape.tag);
    const int side = limb == Limb::trunk ? 0 : shape.side;
    auto found = std::find_if(parts.begin(), parts.end(), [&](const Part& p) { return p.limb == limb && p.side == side; });
    if (found == parts.end()) {
      parts.push_back(Part{limb, side, {}, 0});
      found = parts.end() - 1;
    }
    found->shapes.push_back(&shape);
  }
  double trunk_depth = 0;
  for (auto& part : parts) {
    double sum = 0;
    for (const Shape* shape : part.shapes) {
      sum += depth_of(camera, shape->a) + depth_of(camera, shape->b);
    }
    part.depth = sum / (2.0 * static_cast<double>(part.shapes.size()));
    if (part.limb == Limb::trunk) {
      trunk_depth = part.depth;
    }
  }
  // Back to front; parts about as near as each other go legs, trunk, arms,
  // so the trunk covers the tops of the thighs and the arms lie over it.
  auto rank = [](const Part& p) { return p.limb == Limb::leg ? 0 : (p.limb == Limb::trunk ? 1 : 2); };
  std::stable_sort(parts.begin(), parts.end(), [&](const Part& x, const Part& y) {
    if (std::abs(x.depth - y.depth) > 3) {
      return x.depth < y.depth;
    }
    return rank(x) < rank(y);
  });
  for (const auto& part : parts) {
    const bool far = part.limb != Limb::trunk && part.depth < trunk_depth - 4;
    const std::string& fill = far ? palette.far : palette.near;
    for (const Shape* shape : part.shapes) {
      mark_shape(canvas, camera, *shape, palette.outline, palette.outline, k_outline);
    }
    for (const Shape* shape : part.shapes) {
      mark_shape(canvas, camera, *shape, fill, {}, 0);
    }
  }
}

} // namespace ptplan::draw
