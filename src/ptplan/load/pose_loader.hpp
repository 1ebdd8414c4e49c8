#pragma once

#include "ptplan/model/pose.hpp"
#include "ptplan/yaml/node.hpp"
#include "ptplan/yaml/reader.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ptplan::load {

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
