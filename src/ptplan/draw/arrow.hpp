#pragma once

#include "ptplan/draw/canvas.hpp"
#include "ptplan/draw/scene.hpp"
#include "ptplan/model/pose.hpp"

#include <string>

namespace ptplan::draw {

// The body point whose path the arrow shows: the pose's `arrow.at`, else the
// one that moves most on the page from the start to the end.
std::string moving_point(const model::Pose& pose, const Scene& scene, const Camera& camera);

// Draws the movement's arrow: round the joint the moving point turns about
// (a leg about the hip, an arm about the shoulder), else straight beside
// its path; two heads for a movement there and back, a ring for a circle.
// Nothing for a position held, or a movement too small to show.
void draw_arrow(Canvas& canvas, const Scene& scene, const Camera& camera, const model::Pose& pose);

} // namespace ptplan::draw
