#pragma once

#include "ptplan/model/pose.hpp"
#include "ptplan/yaml/node.hpp"
#include "ptplan/yaml/reader.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::load {

// How far a joint goes, in degrees: the angles a pose may give (a typical
// adult's range, with some room for the flexible), shared with the JSON
// Schema.
struct AngleLimit
{
  std::string_view key;
  int lowest;
  int highest;
  std::string_view what; // "a knee", for messages
};

// The angles of a leg (hip, hip_out, hip_turn, knee, ankle), an arm
// (shoulder, shoulder_out, elbow) and the body (trunk, curve, twist, bend,
// head, shift).
const std::vector<AngleLimit>& leg_angles();
const std::vector<AngleLimit>& arm_angles();
const std::vector<AngleLimit>& body_angles();

// The words of `view`, `arrow` (its style) and `on`.
const std::vector<std::string>& pose_views();
const std::vector<std::string>& pose_arrows();
const std::vector<std::string>& pose_supports();

// The body points a pose may name in `ground`, a prop's place or `arrow.at`.
const std::vector<std::string>& pose_points();

// The props a pose may draw.
const std::vector<std::string>& pose_props();

// The positions a pose can be drawn in (the vocabulary may hold others).
const std::vector<std::string>& drawable_positions();

// Reads an exercise's `pose:` block (exercises/README.md, "Poses"). The
// angles an entry leaves out are those of its `position` (seated: hips and
// knees at a right angle), and an end position starts from the start one.
// Unknown keys, words and body points, and angles a joint cannot reach are
// reported at their position under `field`; the empty optional on any error.
std::optional<model::Pose> read_pose(
  yaml::Reader& reader, const yaml::Node& node, std::string_view field, const std::string& position, bool floor);

} // namespace ptplan::load
