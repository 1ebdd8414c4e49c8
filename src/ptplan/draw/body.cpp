#include "ptplan/draw/body.hpp"

#include <algorithm>
#include <limits>

namespace ptplan::draw {

namespace {

// Body measures of an adult about 172 cm tall, in centimetres.
constexpr double k_hip_half_width = 8.5;
constexpr double k_thigh = 42;
constexpr double k_shin = 41;
constexpr double k_spine_base = 12; // from the hip joints to the bottom of the spine
constexpr double k_spine_step = 10.5;
constexpr int k_spine_steps = 4;
constexpr double k_shoulder_half_width = 16;
constexpr double k_upper_arm = 29;
constexpr double k_forearm = 25;
constexpr double k_head_radius = 10.5;

Shape round_piece(Tag tag, int side, Vec3 a, Vec3 b, double ra, double rb)
{
  Shape shape;
  shape.tag = tag;
  shape.side = side;
  shape.a = a;
  shape.b = b;
  shape.depth_a = shape.breadth_a = ra;
  shape.depth_b = shape.breadth_b = rb;
  return shape;
}

Shape oval_piece(Tag tag, Vec3 a, Vec3 b, const Mat3& frame, double depth_a, double breadth_a, double depth_b, double breadth_b)
{
  Shape shape;
  shape.tag = tag;
  shape.a = a;
  shape.b = b;
  shape.depth_a = depth_a;
  shape.breadth_a = breadth_a;
  shape.depth_b = depth_b;
  shape.breadth_b = breadth_b;
  shape.fwd = frame.x_axis();
  shape.lat = frame.z_axis();
  return shape;
}

// How the pelvis lies for each position, before any lean (body axes to
// world axes).
Mat3 lying_of(const std::string& position)
{
  if (position == "supine") {
    return Mat3::about_z(90);
  }
  if (position == "prone" || position == "quadruped") {
    return Mat3::about_z(-90);
  }
  if (position == "side-lying") {
    return Mat3::columns({0, 0, 1}, {1, 0, 0}, {0, 1, 0});
  }
  return Mat3{};
}

void add_leg(Body& body, const model::LegAngles& angles, int side)
{
  const double s = side;
  const Mat3& pelvis = body.pelvis;
  const Vec3 hip = pelvis * Vec3{0, 0, s * k_hip_half_width};
  // Flexion brings the thigh forward, `hip_out` takes it away from the
  // middle, `hip_turn` turns the knee out.
  const Mat3 thigh =
    pelvis * Mat3::about_z(angles.hip) * Mat3::about_x(-s * angles.hip_out) * Mat3::about_y(-s * angles.hip_turn);
  const Vec3 knee = hip + thigh * Vec3{0, -k_thigh, 0};
  const Mat3 shin = thigh * Mat3::about_z(-angles.knee);
  const Vec3 ankle = knee + shin * Vec3{0, -k_shin, 0};
  const Mat3 foot = shin * Mat3::about_z(angles.ankle.value_or(0));
  const Vec3 heel = ankle + foot * Vec3{-4, -5.5, 0};
  const Vec3 toe = ankle + foot * Vec3{15, -5.5, 0};
  body.shapes.push_back(round_piece(Tag::thigh, side, hip, knee, 7.5, 5.6));
  body.shapes.push_back(round_piece(Tag::knee, side, knee, knee, 5.6, 5.6));
  body.shapes.push_back(round_piece(Tag::shin, side, knee, ankle, 5.6, 3.8));
  const bool working = side > 0;
  body.feet[working ? 0 : 1] = FootRig{body.shapes.size(), ankle, shin.x_axis(), !angles.ankle.has_value()};
  body.shapes.push_back(round_piece(Tag::foot, side, heel, toe, 4.2, 3.2));
  body.points[static_cast<std::size_t>(working ? Point::knee : Point::other_knee)] = knee;
  body.points[static_cast<std::size_t>(working ? Point::foot : Point::other_foot)] = (heel + toe) * 0.5;
}

// The foot's heel and toe from its ankle: flat, toes along `ahead` (level).
void lay_flat(Body& body, const FootRig& rig)
{
  Vec3 ahead = rig.ahead;
  ahead.y = 0;
  const double n = length(ahead);
  if (n < 0.2) {
    return; // the shin faces straight up or down: leave the foot as it is
  }
  ahead = ahead * (1.0 / n);
  Shape& foot = body.shapes[rig.shape];
  foot.a = rig.ankle + ahead * -4 + Vec3{0, -5.5, 0};
  foot.b = rig.ankle + ahead * 15 + Vec3{0, -5.5, 0};
  const Point point = &rig == &body.feet[0] ? Point::foot : Point::other_foot;
  body.points[static_cast<std::size_t>(point)] = (foot.a + foot.b) * 0.5;
}

void add_arm(Body& body, const model::ArmAngles& angles, int side, Vec3 shoulder)
{
  const double s = side;
  const Mat3 upper = body.chest * Mat3::about_z(angles.shoulder) * Mat3::about_x(-s * angles.shoulder_out);
  const Vec3 elbow = shoulder + upper * Vec3{0, -k_upper_arm, 0};
  const Mat3 lower = upper * Mat3::about_z(angles.elbow);
  const Vec3 wrist = elbow + lower * Vec3{0, -k_forearm, 0};
  const Vec3 hand = wrist + lower * Vec3{0, -3.5, 0};
  body.shapes.push_back(round_piece(Tag::upper_arm, side, shoulder, elbow, 5.2, 4.2));
  body.shapes.push_back(round_piece(Tag::forearm, side, elbow, wrist, 4.2, 3.3));
  body.shapes.push_back(round_piece(Tag::hand, side, hand, hand, 4.8, 4.8));
  const bool working = side > 0;
  body.points[static_cast<std::size_t>(working ? Point::hand : Point::other_hand)] = hand;
  body.points[static_cast<std::size_t>(working ? Point::forearm : Point::other_forearm)] = (elbow + wrist) * 0.5;
}

} // namespace

Body build_body(const model::BodyPose& pose, const std::string& position)
{
  Body body;
  // A lean forward turns the top of the pelvis toward the front.
  body.pelvis = lying_of(position) * Mat3::about_z(-pose.trunk);
  const Mat3& pelvis = body.pelvis;
  body.shapes.push_back(
    oval_piece(Tag::pelvis, pelvis * Vec3{-1.5, 2, 0}, pelvis * Vec3{-0.5, 13, 0}, pelvis, 11, 15.5, 10, 14.5));
  body.points[static_cast<std::size_t>(Point::pelvis)] = pelvis * Vec3{-1, 5, 0};

  // The spine bends evenly along its length: forward for a rounded back,
  // sideways for a bend, turning for a twist.
  const double bend_step = static_cast<double>(pose.bend) / k_spine_steps;
  const double curve_step = static_cast<double>(pose.curve) / k_spine_steps;
  const double twist_step = static_cast<double>(pose.twist) / k_spine_steps;
  const Mat3 step = Mat3::about_z(-curve_step) * Mat3::about_x(bend_step) * Mat3::about_y(-twist_step);
  const Mat3 half_step = Mat3::about_z(-curve_step / 2) * Mat3::about_x(bend_step / 2) * Mat3::about_y(-twist_step / 2);
  std::array<Vec3, k_spine_steps + 1> spine;
  std::array<Mat3, k_spine_steps> frames;
  spine[0] = pelvis * Vec3{0, k_spine_base, 0};
  Mat3 frame = pelvis;
  for (int i = 0; i < k_spine_steps; ++i) {
    const auto n = static_cast<std::size_t>(i);
    frames[n] = frame * half_step;
    spine[n + 1] = spine[n] + frames[n] * Vec3{0, k_spine_step, 0};
    frame = frame * step;
  }
  body.chest = frame;
  body.shapes.push_back(oval_piece(Tag::belly, spine[0], spine[2], frames[1], 10, 14, 11, 15));
  body.shapes.push_back(oval_piece(Tag::chest, spine[2], spine[4] - frames[3] * Vec3{0, 4, 0}, frames[3], 11.5, 16, 10.5, 17));
  const Vec3 neck = spine[4];
  body.points[static_cast<std::size_t>(Point::back)] = spine[2];
  body.points[static_cast<std::size_t>(Point::shoulders)] = neck - body.chest * Vec3{0, 4, 0};

  body.head = body.chest * Mat3::about_z(-pose.head);
  const Vec3 head = neck + body.head * Vec3{1.5, 15, 0};
  body.shapes.push_back(round_piece(Tag::neck, 0, neck - body.chest * Vec3{0, 2, 0}, neck + body.head * Vec3{0.5, 7, 0}, 5.2, 5));
  body.shapes.push_back(round_piece(Tag::head, 0, head, head, k_head_radius, k_head_radius));
  // The nose shows which way the face looks.
  const Vec3 nose = head + body.head * Vec3{9.8, -1.5, 0};
  body.shapes.push_back(round_piece(Tag::head, 0, nose, nose, 2.6, 2.6));
  body.points[static_cast<std::size_t>(Point::head)] = head;

  add_leg(body, pose.leg, 1);
  add_leg(body, pose.other_leg, -1);
  add_arm(body, pose.arm, 1, neck + body.chest * Vec3{0, -4, k_shoulder_half_width});
  add_arm(body, pose.other_arm, -1, neck + body.chest * Vec3{0, -4, -k_shoulder_half_width});
  return body;
}

void flatten_feet(Body& body)
{
  for (const auto& rig : body.feet) {
    if (rig.flat) {
      lay_flat(body, rig);
    }
  }
}

void move_body(Body& body, Vec3 pivot, double degrees, Vec3 offset)
{
  const Mat3 turn = Mat3::about_z(degrees);
  auto move = [&](Vec3& p) { p = pivot + turn * (p - pivot) + offset; };
  for (auto& rig : body.feet) {
    move(rig.ankle);
    rig.ahead = turn * rig.ahead;
  }
  for (auto& shape : body.shapes) {
    move(shape.a);
    move(shape.b);
    shape.fwd = turn * shape.fwd;
    shape.lat = turn * shape.lat;
  }
  for (auto& point : body.points) {
    move(point);
  }
  body.pelvis = turn * body.pelvis;
  body.chest = turn * body.chest;
  body.head = turn * body.head;
}

double reach_down(const Shape& shape, bool at_a)
{
  const double depth = at_a ? shape.depth_a : shape.depth_b;
  const double breadth = at_a ? shape.breadth_a : shape.breadth_b;
  if (depth == breadth) {
    return depth;
  }
  const double f = shape.fwd.y * depth;
  const double l = shape.lat.y * breadth;
  return std::sqrt(f * f + l * l);
}

bool shape_in(const Shape& shape, std::string_view point)
{
  const bool working = shape.side > 0;
  const bool other = shape.side < 0;
  auto limb = [&](Tag tag, std::string_view one, std::string_view other_one, std::string_view both) {
    return shape.tag == tag && (point == both || (working && point == one) || (other && point == other_one));
  };
  if (point == "head") {
    return shape.tag == Tag::head;
  }
  if (point == "shoulders") {
    return shape.tag == Tag::chest;
  }
  if (point == "back") {
    return shape.tag == Tag::pelvis || shape.tag == Tag::belly || shape.tag == Tag::chest;
  }
  if (point == "pelvis") {
    return shape.tag == Tag::pelvis;
  }
  return limb(Tag::hand, "hand", "other_hand", "hands") || limb(Tag::forearm, "forearm", "other_forearm", "forearms")
         || limb(Tag::knee, "knee", "other_knee", "knees") || limb(Tag::foot, "foot", "other_foot", "feet");
}

double lowest(const Body& body, std::string_view point)
{
  double low = std::numeric_limits<double>::max();
  for (const auto& shape : body.shapes) {
    if (point.empty() || shape_in(shape, point)) {
      low = std::min({low, shape.a.y - reach_down(shape, true), shape.b.y - reach_down(shape, false)});
    }
  }
  return low;
}

Vec3 point_of(const Body& body, std::string_view point)
{
  auto both = [&](Point a, Point b) { return (body.at(a) + body.at(b)) * 0.5; };
  static constexpr std::array<std::string_view, k_point_count> k_names = {"head", "shoulders", "back", "pelvis", "hand",
    "other_hand", "forearm", "other_forearm", "knee", "other_knee", "foot", "other_foot"};
  for (std::size_t i = 0; i < k_names.size(); ++i) {
    if (k_names[i] == point) {
      return body.points[i];
    }
  }
  if (point == "hands") {
    return both(Point::hand, Point::other_hand);
  }
  if (point == "forearms") {
    return both(Point::forearm, Point::other_forearm);
  }
  if (point == "knees") {
    return both(Point::knee, Point::other_knee);
  }
  if (point == "feet") {
    return both(Point::foot, Point::other_foot);
  }
  return body.at(Point::pelvis);
}

} // namespace ptplan::draw
