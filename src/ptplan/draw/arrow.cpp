#include "ptplan/draw/arrow.hpp"

#include <array>

namespace ptplan::draw {

namespace {

const std::string k_arrow = "#e0600c";
constexpr double k_shaft = 1.9;    // half the shaft's width, in centimetres
constexpr double k_halo = 1.6;     // white round the arrow so it shows over the figure
constexpr double k_head_long = 10; // the head's length
constexpr double k_head_wide = 7;  // half its width
constexpr double k_clearance = 9;  // from the moving point's path to the arrow

constexpr std::array<std::string_view, 10> k_candidates = {
  "foot", "other_foot", "hand", "other_hand", "knee", "other_knee", "head", "pelvis", "shoulders", "back"};

// The joint a point turns about, when it has one.
std::optional<Vec3> pivot_of(const Body& body, std::string_view point)
{
  const bool working = point.substr(0, 6) != "other_";
  const std::string_view plain = working ? point : point.substr(6);
  const Tag tag = plain == "foot" || plain == "knee" ? Tag::thigh : (plain == "hand" ? Tag::upper_arm : Tag::head);
  if (tag == Tag::head) {
    return std::nullopt;
  }
  for (const auto& shape : body.shapes) {
    if (shape.tag == tag && (shape.side > 0) == working) {
      return shape.a;
    }
  }
  return std::nullopt;
}

void head_at(Canvas& canvas, Vec2 tip, Vec2 direction, double opacity)
{
  const Vec2 d = unit(direction);
  const Vec2 n = normal(d);
  const Vec2 base = tip - d * k_head_long;
  canvas.polygon({tip + d * 1.2, base + n * k_head_wide, base - n * k_head_wide}, k_arrow, "#ffffff", 1.2, opacity);
}

void shaft(Canvas& canvas, const std::vector<Vec2>& path)
{
  canvas.line(path, k_shaft + k_halo, "#ffffff");
  canvas.line(path, k_shaft, k_arrow);
}

// Points along an arc round `centre`, from angle a0 to a1 (radians).
std::vector<Vec2> arc(Vec2 centre, double radius, double a0, double a1)
{
  std::vector<Vec2> points;
  const int steps = std::max(2, static_cast<int>(std::abs(a1 - a0) * radius / 4));
  for (int i = 0; i <= steps; ++i) {
    const double a = a0 + (a1 - a0) * i / steps;
    points.push_back(centre + Vec2{std::cos(a), std::sin(a)} * radius);
  }
  return points;
}

void finish(Canvas& canvas, std::vector<Vec2> path, bool both_ways)
{
  if (path.size() < 2) {
    return;
  }
  // The shaft stops where the head begins.
  const Vec2 end_direction = path.back() - path[path.size() - 2];
  const Vec2 tip = path.back();
  path.back() = tip - unit(end_direction) * (k_head_long - 2);
  Vec2 start_tip;
  Vec2 start_direction;
  if (both_ways) {
    start_direction = path.front() - path[1];
    start_tip = path.front();
    path.front() = start_tip - unit(start_direction) * (k_head_long - 2);
  }
  shaft(canvas, path);
  head_at(canvas, tip, end_direction, 1);
  if (both_ways) {
    head_at(canvas, start_tip, start_direction, 1);
  }
}

} // namespace

std::string moving_point(const model::Pose& pose, const Scene& scene, const Camera& camera)
{
  if (!pose.arrow_at.empty() || !scene.end) {
    return pose.arrow_at;
  }
  std::string best;
  double farthest = -1;
  for (const auto point : k_candidates) {
    const double moved =
      length(project(camera, point_of(scene.end->body, point)) - project(camera, point_of(scene.start.body, point)));
    if (moved > farthest + 0.5) {
      farthest = moved;
      best = point;
    }
  }
  return best;
}

void draw_arrow(Canvas& canvas, const Scene& scene, const Camera& camera, const model::Pose& pose)
{
  if (pose.arrow == "none" || !scene.end) {
    return;
  }
  const std::string point = moving_point(pose, scene, camera);
  const Vec2 from = project(camera, point_of(scene.start.body, point));
  const Vec2 to = project(camera, point_of(scene.end->body, point));
  const bool both_ways = pose.arrow == "both-ways";
  if (pose.arrow == "circle") {
    const double radius = 13;
    finish(canvas, arc(to, radius, 0.3, 2 * k_pi - 0.5), false);
    return;
  }
  const double moved = length(to - from);
  if (moved < 5) {
    return;
  }
  const auto pivot_start = pivot_of(scene.start.body, point);
  const auto pivot_end = pivot_of(scene.end->body, point);
  if (pivot_start && pivot_end) {
    const Vec2 p0 = project(camera, *pivot_start);
    const Vec2 p1 = project(camera, *pivot_end);
    const double r0 = length(from - p0);
    const double r1 = length(to - p0);
    if (length(p1 - p0) < 0.3 * moved && r0 > 10 && r1 > 10 && r0 / r1 < 1.5 && r1 / r0 < 1.5) {
      double a0 = std::atan2(from.v - p0.v, from.u - p0.u);
      double a1 = std::atan2(to.v - p0.v, to.u - p0.u);
      if (a1 - a0 > k_pi) {
        a1 -= 2 * k_pi;
      } else if (a0 - a1 > k_pi) {
        a1 += 2 * k_pi;
      }
      const double radius = (r0 + r1) / 2 + k_clearance;
      // Leave the ends a little short of the limbs' own angles.
      const double trim = std::min(0.2 * std::abs(a1 - a0), 4.0 / radius);
      const double dir = a1 > a0 ? 1 : -1;
      finish(canvas, arc(p0, radius, a0 + dir * trim, a1 - dir * trim), both_ways);
      return;
    }
  }
  // A straight arrow beside the path, on the side away from the body.
  const Vec2 along = unit(to - from);
  Vec2 side = normal(along);
  const Vec2 middle = (from + to) * 0.5;
  const Vec2 body = project(camera, point_of(scene.end->body, "back"));
  if (dot(side, middle - body) < 0) {
    side = side * -1;
  }
  const bool trunk = point == "pelvis" || point == "shoulders" || point == "back";
  const Vec2 offset = side * (trunk ? 0 : k_clearance);
  const double trim = std::min(4.0, moved * 0.15);
  finish(canvas, {from + offset + along * trim, to + offset - along * trim}, both_ways);
}

} // namespace ptplan::draw
