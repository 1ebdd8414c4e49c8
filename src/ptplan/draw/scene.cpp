#include "ptplan/draw/scene.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace ptplan::draw {

namespace {

constexpr double k_touching = 2.0;

// Where a point's lowest piece touches down.
Vec3 low_spot(const Body& body, std::string_view point)
{
  double low = std::numeric_limits<double>::max();
  Vec3 spot;
  for (const auto& shape : body.shapes) {
    if (!shape_in(shape, point)) {
      continue;
    }
    for (const bool at_a : {true, false}) {
      const Vec3& end = at_a ? shape.a : shape.b;
      const double y = end.y - reach_down(shape, at_a);
      if (y < low - 1e-9) {
        low = y;
        spot = {end.x, y, end.z};
      }
    }
  }
  return spot;
}

// Rests a body on a support at `height`: no ground points put its lowest
// piece there, one point that point, two points tip it about the line
// toward the viewer until both touch.
void settle(Body& body, const std::vector<std::string>& ground, double height)
{
  flatten_feet(body);
  if (ground.size() == 2) {
    for (int i = 0; i < 6; ++i) {
      const Vec3 a = low_spot(body, ground[0]);
      const Vec3 b = low_spot(body, ground[1]);
      const double dx = b.x - a.x;
      if (std::abs(dx) < 1.0) {
        break;
      }
      // The slope of the line between them, whichever point is on the left.
      const double degrees = std::atan((b.y - a.y) / dx) * 180.0 / k_pi;
      if (std::abs(degrees) < 0.01) {
        break;
      }
      move_body(body, a, -degrees, {});
      flatten_feet(body);
    }
  }
  const double low = lowest(body, ground.empty() ? std::string_view() : std::string_view(ground[0]));
  move_body(body, {}, 0, {0, height - low, 0});
}

// The single body points a ground word stands for.
std::vector<std::string_view> members(std::string_view point)
{
  if (point == "hands") {
    return {"hand", "other_hand"};
  }
  if (point == "forearms") {
    return {"forearm", "other_forearm"};
  }
  if (point == "knees") {
    return {"knee", "other_knee"};
  }
  if (point == "feet") {
    return {"foot", "other_foot"};
  }
  return {point};
}

// The spot that stays put from the start to the end: a ground point of the
// start (else of the end) that rests in both positions (a standing foot,
// not the one that lifts); else the end's first ground point (a foot that
// steps onto a stair), else the pelvis.
Vec3 anchor(const PlacedBody& placed, const PlacedBody& other, const model::BodyPose& start, const model::BodyPose& end)
{
  for (const auto* pose : {&start, &end}) {
    if (pose->ground.empty()) {
      continue;
    }
    Vec3 sum;
    int count = 0;
    for (const auto member : members(pose->ground[0])) {
      if (rests(placed, member) && rests(other, member)) {
        sum = sum + point_of(placed.body, member);
        ++count;
      }
    }
    if (count > 0) {
      return sum * (1.0 / count);
    }
  }
  const std::string_view last = !end.ground.empty()     ? std::string_view(end.ground[0])
                                : !start.ground.empty() ? std::string_view(start.ground[0])
                                                        : std::string_view("pelvis");
  return point_of(placed.body, last);
}

} // namespace

double support_height(std::string_view on)
{
  if (on == "bed") {
    return 55;
  }
  if (on == "step") {
    return 18;
  }
  if (on == "bike") {
    return 24;
  }
  return 0;
}

bool rests(const PlacedBody& placed, std::string_view point)
{
  return lowest(placed.body, point) <= placed.support + k_touching;
}

Scene place_pose(const model::Pose& pose, const std::string& position)
{
  Scene scene;
  scene.position = position;
  scene.view = pose.view;
  auto place = [&](const model::BodyPose& body) {
    PlacedBody placed{build_body(body, position), support_height(body.on)};
    settle(placed.body, body.ground, placed.support);
    return placed;
  };
  scene.start = place(pose.start);
  if (pose.end) {
    PlacedBody end = place(*pose.end);
    const Vec3 from = anchor(scene.start, end, pose.start, *pose.end);
    const Vec3 to = anchor(end, scene.start, pose.start, *pose.end);
    // A shift moves the body the way its pelvis faces, along the floor.
    Vec3 ahead = end.body.pelvis.x_axis();
    ahead.y = 0;
    const double n = length(ahead);
    ahead = n > 1e-6 ? ahead * (pose.end->shift / n) : Vec3{};
    move_body(end.body, {}, 0, {from.x - to.x + ahead.x, 0, from.z - to.z + ahead.z});
    scene.end = std::move(end);
  }
  return scene;
}

Camera camera_for(const std::string& position, const std::string& view)
{
  const bool lying_side = position == "side-lying";
  if (view == "top") {
    return {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}, false};
  }
  if (view == "front" && !lying_side) {
    return {{0, 0, -1}, {0, 1, 0}, {1, 0, 0}, true};
  }
  if (view == "back") {
    return lying_side ? Camera{{-1, 0, 0}, {0, 1, 0}, {0, 0, -1}, true} : Camera{{0, 0, 1}, {0, 1, 0}, {-1, 0, 0}, true};
  }
  return {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, true};
}

} // namespace ptplan::draw
