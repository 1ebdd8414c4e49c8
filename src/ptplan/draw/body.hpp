#pragma once

#include "ptplan/draw/geometry.hpp"
#include "ptplan/model/pose.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::draw {

// The parts a body is drawn from. Limbs carry a side: +1 for the working
// side (the patient's affected side), -1 for the other one, 0 for the trunk.
enum class Tag { pelvis, belly, chest, neck, head, thigh, knee, shin, foot, upper_arm, forearm, hand };

// One solid piece of the body: a tube from `a` to `b` whose cross-section is
// an oval with radii `depth` (front to back, along `fwd`) and `breadth`
// (side to side, along `lat`) at each end; a round piece has equal radii,
// a ball has a == b.
struct Shape
{
  Tag tag = Tag::pelvis;
  int side = 0;
  Vec3 a;
  Vec3 b;
  double depth_a = 0;
  double breadth_a = 0;
  double depth_b = 0;
  double breadth_b = 0;
  Vec3 fwd{1, 0, 0};
  Vec3 lat{0, 0, 1};
};

// The places on a body a pose can name (load/pose_loader.hpp pose_points()
// lists the words, with the plurals meaning both sides).
enum class Point { head, shoulders, back, pelvis, hand, other_hand, forearm, other_forearm, knee, other_knee, foot, other_foot };
constexpr std::size_t k_point_count = 12;

// What a foot hangs from: its ankle and the way the shin faces, so that a
// foot with no ankle angle can be laid flat once the body rests.
struct FootRig
{
  std::size_t shape = 0; // the foot's piece in Body::shapes
  Vec3 ankle;
  Vec3 ahead; // the shin's forward axis
  bool flat = false;
};

// A body in the world, in centimetres, y up: its pieces and its named points.
struct Body
{
  std::vector<Shape> shapes;
  std::array<FootRig, 2> feet{}; // the working foot, then the other
  std::array<Vec3, k_point_count> points{};
  Mat3 pelvis; // the pelvis's axes in the world: x forward, y up the spine, z to the working side
  Mat3 chest;  // the chest's axes (after curve, bend and twist)
  Mat3 head;   // the head's axes (x is where the face looks)

  const Vec3& at(Point p) const { return points[static_cast<std::size_t>(p)]; }
};

// The body of one pose position, with its pelvis at the origin and turned as
// its position lies (supine: on its back, head to the left; prone and
// quadruped: face down, head to the right; side-lying: on the other side,
// working side up, front toward the viewer, head to the right).
Body build_body(const model::BodyPose& pose, const std::string& position);

// Lays each foot with no ankle angle flat, its toes the way the shin faces
// (level with the floor, whatever the body's tilt).
void flatten_feet(Body& body);

// Turns the body by `degrees` about the line through `pivot` along z, then
// moves it by `offset`.
void move_body(Body& body, Vec3 pivot, double degrees, Vec3 offset);

// The lowest height any piece of a point reaches ("feet": the lower foot).
double lowest(const Body& body, std::string_view point);

// Whether a piece belongs to a named point ("hands" holds both hands, "back"
// the whole trunk).
bool shape_in(const Shape& shape, std::string_view point);

// The centre of a named point; plurals give the middle of both.
Vec3 point_of(const Body& body, std::string_view point);

// How far a piece reaches below its ends, along the world's up axis.
double reach_down(const Shape& shape, bool at_a);

} // namespace ptplan::draw
