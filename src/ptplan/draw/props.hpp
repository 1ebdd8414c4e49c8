#pragma once

#include "ptplan/draw/canvas.hpp"
#include "ptplan/draw/scene.hpp"
#include "ptplan/model/pose.hpp"

namespace ptplan::draw {

// The body points a prop is placed at when the pose names none (a chair
// under the pelvis, a counter under the hands, a towel from the hands to
// the foot).
std::vector<std::string> prop_points(const model::PoseProp& prop, const std::string& position);

// Whether a prop moves with the body (a band, a towel, a box held, a heat
// pack), so each position draws its own; the others stand in the room.
bool held_prop(const std::string& kind);

// Draws what stands in the room behind the figures: furniture, walls, the
// mat, the bike. Each is placed from the position that touches it.
void draw_room(Canvas& canvas, const Scene& scene, const Camera& camera, const model::Pose& pose);

// Draws what one position holds or wears (band, towel, box, pack, ball).
void draw_held(Canvas& canvas, const PlacedBody& placed, const Camera& camera, const model::Pose& pose, bool dark);

// Draws what lies over the figures (water).
void draw_over(Canvas& canvas, const Scene& scene, const Camera& camera, const model::Pose& pose);

} // namespace ptplan::draw
