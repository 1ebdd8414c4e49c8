#pragma once

#include "ptplan/model/exercise.hpp"
#include "ptplan/model/pose.hpp"

#include <string>
#include <string_view>

namespace ptplan::draw {

// Which side the working limbs are drawn on: the patient's affected side.
// The built-in catalog's steps name the right side first, so a patient with
// no side (or both) sees the right.
enum class Side { right, left };

// "left" gives Side::left; anything else ("right", "both", "") the right.
Side side_of(std::string_view profile_side);

// The figure of an exercise drawn from its pose, as an SVG drawing of 300
// by 200 units: the start position light, the end dark, an arrow for the
// movement, the props and the floor, and a <title> with the caption. The
// same exercise and side always give the same bytes. Empty when the
// exercise has no pose.
std::string figure_svg(const model::Exercise& exercise, Side side);

// The same for a pose on its own (a clinic's draft, a test).
std::string pose_svg(const model::Pose& pose, const std::string& position, Side side, std::string_view title);

// The line printed under the figure: the pose's caption, else nothing.
std::string figure_caption(const model::Exercise& exercise);

} // namespace ptplan::draw
