#include "ptplan/draw/figure.hpp"

#include "ptplan/draw/arrow.hpp"
#include "ptplan/draw/body_marks.hpp"
#include "ptplan/draw/props.hpp"
#include "ptplan/draw/scene.hpp"

namespace ptplan::draw {

Side side_of(std::string_view profile_side)
{
  return profile_side == "left" ? Side::left : Side::right;
}

std::string pose_svg(const model::Pose& pose, const std::string& position, Side side, std::string_view title)
{
  const Scene scene = place_pose(pose, position);
  const Camera camera = camera_for(position, pose.view);
  Canvas canvas;
  if (camera.has_floor) {
    canvas.set_floor(0);
  }
  draw_room(canvas, scene, camera, pose);
  if (scene.end) {
    draw_body(canvas, camera, scene.start.body, light_palette());
    draw_held(canvas, scene.start, camera, pose, false);
    draw_body(canvas, camera, scene.end->body, dark_palette());
    draw_held(canvas, *scene.end, camera, pose, true);
  } else {
    draw_body(canvas, camera, scene.start.body, dark_palette());
    draw_held(canvas, scene.start, camera, pose, true);
  }
  draw_over(canvas, scene, camera, pose);
  draw_arrow(canvas, scene, camera, pose);
  // The drawing is made with the working side toward the viewer on the
  // right of the body; a left side is its mirror image.
  return canvas.svg(title, side == Side::left);
}

std::string figure_svg(const model::Exercise& exercise, Side side)
{
  if (!exercise.pose) {
    return {};
  }
  const std::string title = exercise.pose->caption.empty() ? exercise.name : exercise.pose->caption;
  return pose_svg(*exercise.pose, exercise.position, side, title);
}

std::string figure_caption(const model::Exercise& exercise)
{
  return exercise.pose ? exercise.pose->caption : std::string();
}

} // namespace ptplan::draw
