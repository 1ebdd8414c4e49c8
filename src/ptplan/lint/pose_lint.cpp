#include "ptplan/lint/pose_lint.hpp"

#include "ptplan/draw/props.hpp"
#include "ptplan/draw/scene.hpp"
#include "ptplan/lint/readability.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ptplan::lint {

namespace {

// Past these the drawing shows the movement a tag names; within them the
// movement is small and mid-range, which the tags leave out
// (exercises/README.md, "Poses").
constexpr int k_most_hip_flexion = 90;
constexpr int k_most_rounding = 20;
constexpr int k_most_arching = 10;
constexpr int k_most_twist = 30;
constexpr int k_most_hip_turn = 15;
constexpr double k_midline = 1.0;       // centimetres past the middle of the body
constexpr double k_trunk_resting = 6.0; // how far off its support a lying trunk may show
constexpr double k_seat_slack = 8.0;    // how far a leaning pelvis may rise off the seat

bool has(const model::Exercise& exercise, std::string_view tag)
{
  return std::find(exercise.movements.begin(), exercise.movements.end(), tag) != exercise.movements.end();
}

bool has_any(const model::Exercise& exercise, std::initializer_list<std::string_view> tags)
{
  return std::any_of(tags.begin(), tags.end(), [&](std::string_view tag) { return has(exercise, tag); });
}

bool hand_point(const std::string& point)
{
  return point == "hand" || point == "other_hand" || point == "hands";
}

// A hand rests on something fixed: a counter, a chair back, a wall, a rail.
bool hand_supported(const model::Exercise& exercise)
{
  for (const auto& prop : exercise.pose->props) {
    if (prop.kind == "counter" || prop.kind == "chair" || prop.kind == "wall" || prop.kind == "rail") {
      const auto points = draw::prop_points(prop, exercise.position);
      if (std::any_of(points.begin(), points.end(), hand_point)) {
        return true;
      }
    }
  }
  return false;
}

bool has_prop_at(const model::Exercise& exercise, std::string_view kind, std::string_view point)
{
  for (const auto& prop : exercise.pose->props) {
    if (prop.kind != kind) {
      continue;
    }
    const auto points = draw::prop_points(prop, exercise.position);
    if (std::find(points.begin(), points.end(), point) != points.end()) {
      return true;
    }
  }
  return false;
}

// How far a point lies toward the working side of the body's middle.
double lateral(const draw::Body& body, draw::Point point)
{
  return draw::dot(body.at(point) - body.at(draw::Point::pelvis), body.pelvis.z_axis());
}

std::string classify(const model::Exercise& exercise, const draw::Scene& scene, const draw::PlacedBody& placed)
{
  const draw::Body& body = placed.body;
  const double up = body.pelvis.y_axis().y;
  const double front = body.pelvis.x_axis().y;
  // A lying trunk rests on its support even where an arm under it or a
  // shoulder holds it a little off.
  if (std::abs(up) < 0.55 && draw::lowest(body, "back") <= placed.support + k_trunk_resting) {
    return front > 0.6 ? "supine" : (front < -0.6 ? "prone" : "side-lying");
  }
  const bool knee = draw::rests(placed, "knee");
  const bool other_knee = draw::rests(placed, "other_knee");
  if (knee && other_knee) {
    const double pelvis_height = body.at(draw::Point::pelvis).y - placed.support;
    return draw::rests(placed, "hands") && pelvis_height > 30 ? "quadruped" : "kneeling";
  }
  if ((knee && draw::rests(placed, "other_foot")) || (other_knee && draw::rests(placed, "foot"))) {
    return "half-kneeling";
  }
  double lowest_seat = draw::lowest(scene.start.body, "pelvis");
  if (scene.end) {
    lowest_seat = std::min(lowest_seat, draw::lowest(scene.end->body, "pelvis"));
  }
  const bool on_chair = has_prop_at(exercise, "chair", "pelvis") && draw::lowest(body, "pelvis") <= lowest_seat + k_seat_slack;
  const bool on_bike =
    has_prop_at(exercise, "bike", "pelvis")
    || std::any_of(exercise.pose->props.begin(), exercise.pose->props.end(), [](const auto& p) { return p.kind == "bike"; });
  if (on_chair || on_bike || (draw::rests(placed, "pelvis") && up > 0.3)) {
    return "seated";
  }
  if (up > 0.5 && (draw::rests(placed, "foot") || draw::rests(placed, "other_foot"))) {
    return "standing";
  }
  return {};
}

struct Check
{
  const model::Exercise& exercise;
  Diagnostics& diagnostics;

  void fail(std::string_view which, const std::string& what, std::string_view tags) const
  {
    diagnostics.error(exercise.pose->where,
      fmt::format("{}: the {} position of the pose {}, but movements does not list {}", exercise.id, which, what, tags));
  }

  void angles(std::string_view which, const model::BodyPose& body) const
  {
    for (const auto* leg : {&body.leg, &body.other_leg}) {
      const std::string_view name = leg == &body.leg ? "the working hip" : "the other hip";
      if (leg->hip > k_most_hip_flexion && !has(exercise, "hip-flexion-past-90")) {
        fail(which, fmt::format("bends {} to {} degrees, past 90", name, leg->hip), "hip-flexion-past-90");
      }
      if (leg->hip < 0 && !has(exercise, "hip-extension-past-neutral")) {
        fail(
          which, fmt::format("takes the thigh of {} behind the body ({} degrees)", name, leg->hip), "hip-extension-past-neutral");
      }
      if (leg->hip_turn > k_most_hip_turn && !has(exercise, "hip-external-rotation")) {
        fail(which, fmt::format("turns {} out {} degrees", name, leg->hip_turn), "hip-external-rotation");
      }
      if (leg->hip_turn < -k_most_hip_turn && !has(exercise, "hip-internal-rotation")) {
        fail(which, fmt::format("turns {} in {} degrees", name, -leg->hip_turn), "hip-internal-rotation");
      }
    }
    if (body.curve > k_most_rounding
        && !has_any(exercise,
          {"spinal-flexion-end-range", "spinal-flexion-loaded", "spinal-flexion-sustained", "spinal-flexion-repeated"})) {
      fail(which, fmt::format("rounds the back {} degrees forward", body.curve), "a spinal-flexion tag");
    }
    if (body.curve < -k_most_arching && !has_any(exercise, {"spinal-extension-end-range", "spinal-extension-sustained"})) {
      fail(which, fmt::format("arches the back {} degrees", -body.curve), "a spinal-extension tag");
    }
    if (std::abs(body.twist) > k_most_twist && !has(exercise, "spinal-rotation-end-range")) {
      fail(which, fmt::format("twists the back {} degrees", std::abs(body.twist)), "spinal-rotation-end-range");
    }
  }

  void geometry(std::string_view which, const draw::PlacedBody& placed, const std::string& shown) const
  {
    const draw::Body& body = placed.body;
    const bool crossed = lateral(body, draw::Point::knee) < -k_midline || lateral(body, draw::Point::foot) < -k_midline
                         || lateral(body, draw::Point::other_knee) > k_midline
                         || lateral(body, draw::Point::other_foot) > k_midline;
    if (crossed && !has(exercise, "hip-adduction-past-midline")) {
      fail(which, "takes a knee or foot across the middle of the body", "hip-adduction-past-midline");
    }
    if (shown == "standing" && !has(exercise, "balance-unsupported") && !hand_supported(exercise)) {
      const bool foot = draw::rests(placed, "foot") || has_prop_at(exercise, "step", "foot");
      const bool other = draw::rests(placed, "other_foot") || has_prop_at(exercise, "step", "other_foot");
      if (foot != other) {
        fail(which, "stands on one leg with no hand on a counter, chair, wall or rail", "balance-unsupported");
      }
    }
  }
};

bool on_floor(const draw::PlacedBody& placed, const std::string& shown)
{
  if (placed.support != 0) {
    return false;
  }
  return shown == "supine" || shown == "prone" || shown == "side-lying" || shown == "quadruped" || shown == "kneeling"
         || shown == "half-kneeling" || (shown == "seated" && draw::rests(placed, "pelvis"));
}

} // namespace

std::string position_shown(const model::Exercise& exercise, bool end)
{
  if (!exercise.pose || (end && !exercise.pose->end)) {
    return {};
  }
  const draw::Scene scene = draw::place_pose(*exercise.pose, exercise.position);
  return classify(exercise, scene, end ? *scene.end : scene.start);
}

void lint_pose(const model::Exercise& exercise, Diagnostics& diagnostics)
{
  if (!exercise.pose) {
    return;
  }
  const model::Pose& pose = *exercise.pose;
  const Check check{exercise, diagnostics};
  const draw::Scene scene = draw::place_pose(pose, exercise.position);
  const std::string start = classify(exercise, scene, scene.start);
  const std::string end = scene.end ? classify(exercise, scene, *scene.end) : start;
  check.angles("start", pose.start);
  check.geometry("start", scene.start, start);
  if (pose.end) {
    check.angles("end", *pose.end);
    check.geometry("end", *scene.end, end);
  }
  const bool floor = on_floor(scene.start, start) || (scene.end && on_floor(*scene.end, end));
  if (floor && !exercise.floor) {
    diagnostics.error(pose.where, fmt::format("{}: the pose is on the floor ({}), but floor is false", exercise.id,
                                    on_floor(scene.start, start) ? start : end));
  } else if (!floor && exercise.floor) {
    diagnostics.error(pose.where, fmt::format("{}: floor is true, but the pose is not on the floor", exercise.id));
  }
  if (start != exercise.position && end != exercise.position) {
    const auto words = [](const std::string& shown) { return shown.empty() ? std::string("no clear position") : shown; };
    diagnostics.error(
      pose.where, fmt::format("{}: position is {}, but the pose shows {}", exercise.id, exercise.position,
                    start == end ? words(start) : fmt::format("{} at the start and {} at the end", words(start), words(end))));
  }
  if (!pose.caption.empty()) {
    const double grade = flesch_kincaid_grade(pose.caption);
    if (grade > k_max_sentence_grade) {
      diagnostics.error(pose.where, fmt::format("{}: the caption reads at grade {:.1f}, above {:.0f}: \"{}\"", exercise.id, grade,
                                      k_max_sentence_grade, pose.caption));
    }
  }
}

void lint_poses(const model::Knowledge& knowledge, bool require_pose, Diagnostics& diagnostics)
{
  for (const auto& exercise : knowledge.catalog.exercises()) {
    if (require_pose && !exercise.pose) {
      diagnostics.error(
        exercise.where, fmt::format("{}: no pose; every built-in exercise needs one for its figure", exercise.id));
    } else if (require_pose && exercise.pose->caption.empty()) {
      diagnostics.error(exercise.pose->where, fmt::format("{}: the pose has no caption to print under the figure", exercise.id));
    }
    lint_pose(exercise, diagnostics);
  }
}

} // namespace ptplan::lint
