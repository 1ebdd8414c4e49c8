#include "ptplan/draw/props.hpp"

#include "ptplan/draw/body_marks.hpp"

#include <algorithm>
#include <limits>

namespace ptplan::draw {

namespace {

const std::string k_wood = "#c9a77c";
const std::string k_wood_line = "#5b4630";
const std::string k_worktop = "#8a6a4a";
const std::string k_cabinet = "#e6d8bf";
const std::string k_wall = "#d6d6d6";
const std::string k_wall_line = "#7a7a7a";
const std::string k_mattress = "#eee8d8";
const std::string k_metal = "#5a5a5a";
constexpr double k_line = 1.3; // outline of props, drawing units

std::vector<const PlacedBody*> bodies_of(const Scene& scene)
{
  std::vector<const PlacedBody*> bodies = {&scene.start};
  if (scene.end) {
    bodies.push_back(&*scene.end);
  }
  return bodies;
}

const model::PoseProp* find_prop(const model::Pose& pose, std::string_view kind)
{
  for (const auto& prop : pose.props) {
    if (prop.kind == kind) {
      return &prop;
    }
  }
  return nullptr;
}

Vec2 page_point(const Camera& camera, const PlacedBody& placed, std::string_view point)
{
  return project(camera, point_of(placed.body, point));
}

// +1 when the body faces right on the page, -1 left, 0 toward or away.
double facing(const Camera& camera, const PlacedBody& placed)
{
  const double u = project(camera, placed.body.pelvis.x_axis()).u;
  return u > 0.5 ? 1 : (u < -0.5 ? -1 : 0);
}

double sign_or(double value, double otherwise)
{
  return value > 0 ? 1 : (value < 0 ? -1 : otherwise);
}

// The page extent (left, right) of the pieces of a point, or of the whole
// body when `point` is empty; `near` keeps only the pieces within that
// height of the support.
std::pair<double, double> extent(const Camera& camera, const PlacedBody& placed, std::string_view point, double near = 1e9)
{
  double low = std::numeric_limits<double>::max();
  double high = std::numeric_limits<double>::lowest();
  for (const auto& shape : placed.body.shapes) {
    if (!point.empty() && !shape_in(shape, point)) {
      continue;
    }
    for (const bool at_a : {true, false}) {
      const Vec3& end = at_a ? shape.a : shape.b;
      const double r = page_radius(camera, shape, at_a);
      if (end.y - reach_down(shape, at_a) > placed.support + near) {
        continue;
      }
      const double u = project(camera, end).u;
      low = std::min(low, u - r);
      high = std::max(high, u + r);
    }
  }
  return {low, high};
}

double top_of(const Scene& scene)
{
  double top = 0;
  for (const auto* placed : bodies_of(scene)) {
    for (const auto& shape : placed->body.shapes) {
      top = std::max({top, shape.a.y + shape.depth_a, shape.b.y + shape.depth_b});
    }
  }
  return top;
}

void chair_at_pelvis(Canvas& canvas, const Scene& scene, const Camera& camera, const model::Pose& pose)
{
  const PlacedBody* seated = &scene.start;
  for (const auto* placed : bodies_of(scene)) {
    if (lowest(placed->body, "pelvis") < lowest(seated->body, "pelvis")) {
      seated = placed;
    }
  }
  const bool cushion = [&] {
    for (const auto& prop : pose.props) {
      if (prop.kind == "pillow" && prop_points(prop, scene.position) == std::vector<std::string>{"pelvis"}) {
        return true;
      }
    }
    return false;
  }();
  const double seat = lowest(seated->body, "pelvis") - (cushion ? 8 : 0);
  const Vec2 pelvis = page_point(camera, *seated, "pelvis");
  const double f = facing(camera, *seated);
  if (f != 0) {
    const auto [low, high] = extent(camera, *seated, "pelvis");
    const double back = f > 0 ? low + 2 : high - 2;
    const double front = back + f * 42;
    canvas.line({{back - f * 3, seat + 46}, {back - f * 1, seat - 3}}, 2.6, k_wood_line);
    canvas.line({{back - f * 3, seat + 46}, {back - f * 1, seat - 3}}, 2.0, k_wood);
    for (const double u : {back + f * 2, front - f * 3}) {
      canvas.rect({u - 2, 0}, {u + 2, seat - 4}, k_wood, k_wood_line, k_line);
    }
    canvas.rect({std::min(back, front), seat - 5}, {std::max(back, front), seat}, k_wood, k_wood_line, k_line);
    return;
  }
  if (camera.depth.x > 0.5 || camera.depth.x < -0.5) {
    // From the front the back rest shows behind the body; from the back it
    // would hide it.
    if (camera.depth.x > 0.5) {
      canvas.rect({pelvis.u - 21, seat}, {pelvis.u + 21, seat + 46}, k_wood, k_wood_line, k_line);
    }
    for (const double u : {pelvis.u - 21, pelvis.u + 21}) {
      canvas.rect({u - 2, 0}, {u + 2, seat - 4}, k_wood, k_wood_line, k_line);
    }
    canvas.rect({pelvis.u - 24, seat - 5}, {pelvis.u + 24, seat}, k_wood, k_wood_line, k_line);
  }
}

// A worktop (or a chair back, a rail) under a hand: in front of the body
// when the hand reaches forward or out, else behind it.
void support_under_hand(Canvas& canvas, const Scene& scene, const Camera& camera, const model::PoseProp& prop)
{
  const std::string point = prop_points(prop, scene.position).front();
  const PlacedBody* holding = &scene.start;
  for (const auto* placed : bodies_of(scene)) {
    if (lowest(placed->body, point) < lowest(holding->body, point)) {
      holding = placed;
    }
  }
  const double top = lowest(holding->body, point);
  const Vec2 hand = page_point(camera, *holding, point);
  const Vec2 pelvis = page_point(camera, *holding, "pelvis");
  const double reach = hand.u - pelvis.u;
  double near_edge = 0;
  double far_edge = 0;
  if (std::abs(reach) > 12) {
    const double d = sign_or(reach, 1);
    near_edge = hand.u - d * 6;
    far_edge = hand.u + d * (prop.kind == "counter" ? 55 : 30);
  } else {
    near_edge = hand.u - 30;
    far_edge = hand.u + 30;
  }
  const double left = std::min(near_edge, far_edge);
  const double right = std::max(near_edge, far_edge);
  if (prop.kind == "counter") {
    canvas.rect({left + 3, 0}, {right - 3, top - 4}, k_cabinet, k_wood_line, k_line);
    canvas.rect({left, top - 4.5}, {right, top}, k_worktop, k_wood_line, k_line);
  } else if (prop.kind == "rail") {
    canvas.line({{left, top + 2.5}, {right, top + 2.5}}, 2.2, k_metal);
    canvas.line({{far_edge, 0}, {far_edge, top + 2.5}}, 2.2, k_metal);
  } else {
    // A chair seen from the side, its back under the hand.
    const double d = sign_or(far_edge - near_edge, 1);
    const double back = hand.u;
    const double front = back + d * 40;
    canvas.line({{back, 0}, {back, top}}, 2.2, k_wood_line);
    canvas.line({{back, 0}, {back, top}}, 1.6, k_wood);
    canvas.rect({std::min(back, front), 42}, {std::max(back, front), 46}, k_wood, k_wood_line, k_line);
    canvas.rect({front - 2, 0}, {front + 2, 42}, k_wood, k_wood_line, k_line);
  }
}

void wall_at(Canvas& canvas, const Scene& scene, const Camera& camera, const model::PoseProp& prop)
{
  // The wall touches the point in the end position (where a stretch or a
  // hinge meets it), on the side away from the middle of the body.
  const std::string point = prop_points(prop, scene.position).front();
  const PlacedBody& touching = scene.end ? *scene.end : scene.start;
  const Vec2 at = page_point(camera, touching, point);
  const Vec2 pelvis = page_point(camera, touching, "pelvis");
  double d = 0;
  if (point == "back" || point == "pelvis" || point == "shoulders") {
    d = -sign_or(facing(camera, touching), 1); // behind the body
  } else if (std::abs(at.u - pelvis.u) >= 5) {
    d = sign_or(at.u - pelvis.u, 1);
  } else {
    d = sign_or(page_point(camera, touching, "feet").u - pelvis.u, 1);
  }
  const auto [low, high] = extent(camera, touching, point);
  const double edge = d > 0 ? high : low;
  const double top = std::max(top_of(scene) + 6, 60.0);
  canvas.rect({std::min(edge, edge + d * 14), 0}, {std::max(edge, edge + d * 14), top}, k_wall, k_wall_line, k_line);
}

void step_at(Canvas& canvas, const Scene& scene, const Camera& camera, const model::PoseProp& prop)
{
  const std::string point = prop_points(prop, scene.position).front();
  bool on_step = false;
  for (const auto* placed : bodies_of(scene)) {
    on_step = on_step || placed->support == support_height("step");
  }
  const double top = on_step ? support_height("step") : lowest(scene.start.body, point);
  const auto [low, high] = extent(camera, scene.start, point);
  const double middle = (low + high) / 2;
  const double half = std::max(24.0, (high - low) / 2 + 8);
  canvas.rect({middle - half, 0}, {middle + half, top}, "#cdbb9f", k_wood_line, k_line);
}

void bed_under(Canvas& canvas, const Scene& scene, const Camera& camera)
{
  double low = std::numeric_limits<double>::max();
  double high = std::numeric_limits<double>::lowest();
  for (const auto* placed : bodies_of(scene)) {
    const auto [l, h] = extent(camera, *placed, "");
    low = std::min(low, l);
    high = std::max(high, h);
  }
  const double top = support_height("bed");
  low -= 6;
  high += 6;
  for (const double u : {low + 5, high - 5}) {
    canvas.rect({u - 2.5, 0}, {u + 2.5, top - 16}, "#8a7760", k_wood_line, k_line);
  }
  canvas.rect({low, top - 22}, {high, top - 14}, "#8a7760", k_wood_line, k_line);
  canvas.rect({low, top - 14}, {high, top}, k_mattress, k_wood_line, k_line);
}

void mat_under(Canvas& canvas, const Scene& scene, const Camera& camera)
{
  double low = std::numeric_limits<double>::max();
  double high = std::numeric_limits<double>::lowest();
  double v_low = low;
  double v_high = high;
  for (const auto* placed : bodies_of(scene)) {
    const auto [l, h] = extent(camera, *placed, "", camera.has_floor ? 8 : 1e9);
    low = std::min(low, l);
    high = std::max(high, h);
    for (const auto& shape : placed->body.shapes) {
      for (const Vec3& end : {shape.a, shape.b}) {
        v_low = std::min(v_low, project(camera, end).v - shape.depth_a);
        v_high = std::max(v_high, project(camera, end).v + shape.depth_a);
      }
    }
  }
  if (low > high) {
    return;
  }
  if (camera.has_floor) {
    canvas.rect({low - 8, 0}, {high + 8, 2.2}, "#4f9a8a");
  } else {
    canvas.rect({low - 8, v_low - 6}, {high + 8, v_high + 6}, "#cfe5df", "#4f9a8a", k_line);
  }
}

void bike_under(Canvas& canvas, const Scene& scene, const Camera& camera)
{
  const PlacedBody& rider = scene.end ? *scene.end : scene.start;
  const double f = sign_or(facing(camera, rider), 1);
  const Vec2 pelvis = page_point(camera, rider, "pelvis");
  const double saddle = lowest(rider.body, "pelvis");
  const Vec2 crank = (page_point(camera, rider, "foot") + page_point(camera, rider, "other_foot")) * 0.5;
  const Vec2 hands = page_point(camera, rider, "hands");
  canvas.line({{crank.u - f * 34, 3}, {crank.u + f * 44, 3}}, 3, k_metal);
  canvas.ball({crank.u + f * 30, 20}, 13, "#9a9a9a", k_metal, k_line);
  canvas.line({{pelvis.u - f * 2, saddle - 3}, crank, {crank.u + f * 6, 3}}, 2.6, k_metal);
  canvas.line({crank, {crank.u + f * 30, 20}, {hands.u - f * 2, hands.v - 4}}, 2.6, k_metal);
  canvas.line({{pelvis.u - f * 10, saddle - 2.5}, {pelvis.u + f * 8, saddle - 2.5}}, 2.8, "#2b2b2b");
  canvas.ball(crank, 4, k_metal);
}

void pillow_under(Canvas& canvas, const Scene& scene, const Camera& camera, const model::PoseProp& prop)
{
  const std::string point = prop_points(prop, scene.position).front();
  if (point == "pelvis") {
    const double seat = lowest(scene.start.body, "pelvis");
    const auto [low, high] = extent(camera, scene.start, "pelvis");
    canvas.line({{low + 3, seat - 4}, {high + 10, seat - 4}}, 4.5, "#8c7b62");
    canvas.line({{low + 3, seat - 4}, {high + 10, seat - 4}}, 3.8, "#f2ead3");
    return;
  }
  const Vec2 at = page_point(camera, scene.start, point);
  const double base = scene.start.support;
  canvas.line({{at.u - 11, base + 4.5}, {at.u + 11, base + 4.5}}, 5.2, "#8c7b62");
  canvas.line({{at.u - 11, base + 4.5}, {at.u + 11, base + 4.5}}, 4.5, "#f2ead3");
}

} // namespace

std::vector<std::string> prop_points(const model::PoseProp& prop, const std::string& position)
{
  if (!prop.at.empty()) {
    return prop.at;
  }
  const std::string& kind = prop.kind;
  if (kind == "chair") {
    return {position == "seated" ? "pelvis" : "hand"};
  }
  if (kind == "counter" || kind == "wall" || kind == "box") {
    return {"hands"};
  }
  if (kind == "rail") {
    return {"hand"};
  }
  if (kind == "step") {
    return {"foot"};
  }
  if (kind == "band" || kind == "ball") {
    return {"knees"};
  }
  if (kind == "towel") {
    return {"hands", "foot"};
  }
  if (kind == "pillow") {
    return {"head"};
  }
  if (kind == "foam-roller" || kind == "heat-pack" || kind == "cold-pack") {
    return {"back"};
  }
  return {};
}

bool held_prop(const std::string& kind)
{
  return kind == "band" || kind == "towel" || kind == "box" || kind == "heat-pack" || kind == "cold-pack" || kind == "ball";
}

void draw_room(Canvas& canvas, const Scene& scene, const Camera& camera, const model::Pose& pose)
{
  // Walls and furniture first, the mat last (it lies on the floor in
  // front of the furniture's feet).
  for (const auto& prop : pose.props) {
    if (prop.kind == "wall") {
      wall_at(canvas, scene, camera, prop);
    }
  }
  if (find_prop(pose, "bed")) {
    bed_under(canvas, scene, camera);
  }
  for (const auto& prop : pose.props) {
    const auto points = prop_points(prop, scene.position);
    if (prop.kind == "chair" && points.front() == "pelvis") {
      chair_at_pelvis(canvas, scene, camera, pose);
    } else if (prop.kind == "chair" || prop.kind == "counter" || prop.kind == "rail") {
      support_under_hand(canvas, scene, camera, prop);
    } else if (prop.kind == "step") {
      step_at(canvas, scene, camera, prop);
    } else if (prop.kind == "bike") {
      bike_under(canvas, scene, camera);
    } else if (prop.kind == "foam-roller") {
      const Vec2 at = page_point(camera, scene.start, points.front());
      canvas.ball({at.u, 7.5}, 7.5, "#4f81bd", "#1f3d66", k_line);
    }
  }
  if (find_prop(pose, "mat")) {
    mat_under(canvas, scene, camera);
  }
  for (const auto& prop : pose.props) {
    if (prop.kind == "pillow") {
      pillow_under(canvas, scene, camera, prop);
    }
  }
}

void draw_held(Canvas& canvas, const PlacedBody& placed, const Camera& camera, const model::Pose& pose, bool dark)
{
  const double opacity = dark ? 1.0 : 0.45;
  for (const auto& prop : pose.props) {
    if (!held_prop(prop.kind)) {
      continue;
    }
    const auto points = prop_points(prop, "");
    if (prop.kind == "band") {
      std::vector<std::string_view> ends;
      for (const auto& point : points) {
        ends.push_back(point);
      }
      if (ends.size() == 1 && (ends[0] == "knees" || ends[0] == "feet" || ends[0] == "hands")) {
        const std::string_view plural = ends[0];
        ends = plural == "knees"  ? std::vector<std::string_view>{"knee", "other_knee"}
               : plural == "feet" ? std::vector<std::string_view>{"foot", "other_foot"}
                                  : std::vector<std::string_view>{"hands"};
      }
      const Vec2 a = page_point(camera, placed, ends[0]);
      Vec2 b;
      if (ends.size() > 1) {
        b = page_point(camera, placed, ends[1]);
      } else {
        // One end: the band runs to a post on the other side of the body.
        const Vec3 anchor = point_of(placed.body, ends[0]) - placed.body.pelvis.z_axis() * 70;
        b = project(camera, anchor);
        canvas.line({{b.u, b.v - 14}, {b.u, b.v + 14}}, 2.4, k_metal, opacity);
      }
      canvas.line({a, b}, 1.7, "#2e8b57", opacity);
    } else if (prop.kind == "towel" && points.size() == 2) {
      const Vec2 hands = page_point(camera, placed, points[0]);
      for (const auto& shape : placed.body.shapes) {
        if (shape.tag == Tag::foot && shape_in(shape, points[1])) {
          const Vec2 heel = project(camera, shape.a);
          const Vec2 toe = project(camera, shape.b);
          canvas.line({hands, heel + (toe - heel) * 0.45}, 1.8, "#8e5ea2", opacity);
        }
      }
    } else if (prop.kind == "box") {
      const Vec2 hands = page_point(camera, placed, points.front());
      canvas.polygon(
        {{hands.u - 15, hands.v - 20}, {hands.u + 15, hands.v - 20}, {hands.u + 15, hands.v + 1}, {hands.u - 15, hands.v + 1}},
        "#c9a26b", "#6b4e2a", k_line, opacity);
    } else if (prop.kind == "heat-pack" || prop.kind == "cold-pack") {
      for (const auto& shape : placed.body.shapes) {
        if (shape.tag == Tag::belly) {
          const Vec3 back = (shape.a + shape.b) * 0.5 - shape.fwd * (shape.depth_a + 1);
          const Vec2 at = project(camera, back);
          const Vec2 along = unit(project(camera, shape.b) - project(camera, shape.a)) * 9;
          canvas.line({at - along, at + along}, 3.4, "#333333", opacity);
          canvas.line({at - along, at + along}, 2.8, prop.kind == "heat-pack" ? "#e0603c" : "#6db3e0", opacity);
        }
      }
    } else if (prop.kind == "ball") {
      const Vec2 at = page_point(camera, placed, points.front());
      canvas.ball(at, 10, "#e0a030", "#7a5410", k_line);
    }
  }
}

void draw_over(Canvas& canvas, const Scene& scene, const Camera& camera, const model::Pose& pose)
{
  if (!find_prop(pose, "water")) {
    return;
  }
  const auto [low, high] = extent(camera, scene.start, "");
  const double level = page_point(camera, scene.start, "pelvis").v + 28;
  std::vector<Vec2> wave;
  for (double u = low - 40; u <= high + 40; u += 8) {
    wave.push_back({u, level + (static_cast<int>((u - low) / 8) % 2 == 0 ? 1.5 : -1.5)});
  }
  canvas.polygon({{low - 40, 0}, {high + 40, 0}, {high + 40, level}, {low - 40, level}}, "#7fb8e6", {}, 0, 0.45);
  canvas.line(wave, 1.2, "#3d85c6");
}

} // namespace ptplan::draw
