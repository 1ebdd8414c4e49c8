#pragma once

#include "ptplan/draw/body.hpp"
#include "ptplan/draw/canvas.hpp"
#include "ptplan/draw/scene.hpp"

#include <string>

namespace ptplan::draw {

// The colours of one figure: the near side and trunk, the far limbs, and
// the outline round every part.
struct Palette
{
  std::string near;
  std::string far;
  std::string outline;
};

// The end position (or a position held): dark. The start: light.
const Palette& dark_palette();
const Palette& light_palette();

// The width of the outline round each part, in drawing units.
inline constexpr double k_outline = 1.6;

// Draws a body as filled parts with an outline: the limbs behind the trunk
// first and lighter, then the trunk and head, then the limbs in front.
void draw_body(Canvas& canvas, const Camera& camera, const Body& body, const Palette& palette);

// The radius a piece shows on the page at end a (or b), seen through the
// camera across the piece's length.
double page_radius(const Camera& camera, const Shape& shape, bool at_a);

} // namespace ptplan::draw
