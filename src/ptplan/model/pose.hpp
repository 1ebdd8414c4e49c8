#pragma once

#include "ptplan/core/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::model {

// Joint angles of one leg, in degrees from standing tall (exercises/README.md,
// "Poses"): flexion brings the thigh forward, `hip_out` takes the leg out to
// the side (negative: in, across the body), `hip_turn` turns the knee out
// (negative: in), `ankle` brings the toes up (negative: points them); with
// no ankle angle a foot on the support lies flat on it.
struct LegAngles
{
  int hip = 0;
  int hip_out = 0;
  int hip_turn = 0;
  int knee = 0;
  std::optional<int> ankle;
};

// Joint angles of one arm: `shoulder` raises the arm forward (180 is
// overhead, negative is behind), `shoulder_out` raises it out to the side
// (negative: across the chest), `elbow` bends it.
struct ArmAngles
{
  int shoulder = 0;
  int shoulder_out = 0;
  int elbow = 0;
};

// One position of the body, with every angle resolved (the defaults of the
// exercise's `position` filled in, an end position starting from its start).
// The "working" limbs are the side the exercise is for; a drawing puts them
// on the patient's affected side.
struct BodyPose
{
  int trunk = 0; // lean forward from the position's usual angle (negative: back)
  int curve = 0; // the back: rounded forward (positive) or arched (negative)
  int twist = 0; // the shoulders turned toward the working side
  int bend = 0;  // the trunk bent sideways toward the working side
  int head = 0;  // chin down (negative: looking up)
  int shift = 0; // the whole body moved forward, in centimetres (walking)
  LegAngles leg;
  LegAngles other_leg;
  ArmAngles arm;
  ArmAngles other_arm;
  std::vector<std::string> ground; // body points resting on the support; empty: the lowest point
  std::string on = "floor";        // floor | bed | step | bike
};

// A prop drawn with the figure, placed at body points: `chair` at "pelvis"
// is a seat under the buttocks, `counter` at "hands" is a worktop under the
// hands, a `band` or `towel` runs between two points.
struct PoseProp
{
  std::string kind;
  std::vector<std::string> at; // empty: the prop's usual place
};

// How an exercise is drawn (the `pose:` block of a catalog entry): a view,
// the props, a start position and (for a movement) an end position.
struct Pose
{
  std::string view = "side"; // side | front | back | top
  std::vector<PoseProp> props;
  BodyPose start;
  std::optional<BodyPose> end;   // none: a position held still
  std::string arrow = "one-way"; // one-way | both-ways | circle | none
  std::string arrow_at;          // the body point the arrow follows; empty: the one that moves most
  std::string caption;           // a short line printed under the figure
  Location where;
};

} // namespace ptplan::model
