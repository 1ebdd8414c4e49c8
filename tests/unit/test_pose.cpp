// Poses in the catalog (load/pose_loader.hpp) and the figures drawn from
// them (draw/figure.hpp): defaults, errors with positions, the body's
// geometry, and SVG that is safe and the same every time.

#include "ptplan/draw/body.hpp"
#include "ptplan/draw/canvas.hpp"
#include "ptplan/draw/figure.hpp"
#include "ptplan/draw/scene.hpp"
#include "ptplan/load/catalog_loader.hpp"
#include "ptplan/load/image_check.hpp"
#include "ptplan/load/pose_loader.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

using namespace ptplan;

namespace {

// A valid exercise in `position` whose pose block is `pose` (indented two
// spaces under "pose:"); the pose starts on line 21.
std::string exercise_with_pose(
  const std::string& position, const std::string& pose, const std::string& movements = "[]", bool floor = false)
{
  return "id: test-move\n"
         "name: Test move\n"
         "category: strength\n"
         "position: "
         + position + "\nfloor: " + (floor ? "true" : "false") + "\nequipment: [none]\nmovements: " + movements
         + "\n"
           "conditions: [nonspecific-low-back-pain]\n"
           "level: 1\n"
           "regression: null\n"
           "progression: null\n"
           "dosage: { sets: 1, reps: 10, hold_seconds: null, minutes: null, times_per_day: 1, days_per_week: 3, side: each }\n"
           "purpose: Makes you strong.\n"
           "steps:\n"
           "  - Move.\n"
           "  - Rest.\n"
           "safety: Stop if it hurts.\n"
           "clinic_only: false\n"
           "muscle_groups: [trunk]\n"
           "pose:\n"
         + pose;
}

std::optional<model::Exercise> load_one(const std::string& text, Diagnostics& diagnostics)
{
  std::vector<model::Exercise> out;
  load::load_exercises(SourceFile{"move.yaml", text}, test::builtin_knowledge().vocabulary, out, diagnostics);
  if (out.size() != 1) {
    return std::nullopt;
  }
  return out.front();
}

std::string pose_errors(const std::string& position, const std::string& pose)
{
  Diagnostics diagnostics;
  const auto exercise = load_one(exercise_with_pose(position, pose), diagnostics);
  return exercise ? std::string() : diagnostics.format();
}

} // namespace

TEST_CASE("pose: angles left out are the position's, and the end starts from the start")
{
  Diagnostics diagnostics;
  const auto exercise = load_one(exercise_with_pose("seated", "  props: [chair]\n"
                                                              "  start:\n"
                                                              "    arms: { shoulder: 20 }\n"
                                                              "    other_arm: { elbow: 30 }\n"
                                                              "  end:\n"
                                                              "    leg: { hip: 100, knee: -0 }\n"
                                                              "    trunk: -10\n"
                                                              "  caption: Lift one foot.\n"),
    diagnostics);
  REQUIRE_MESSAGE(exercise.has_value(), diagnostics.format());
  REQUIRE(exercise->pose.has_value());
  const model::Pose& pose = *exercise->pose;
  CHECK(pose.view == "side");
  REQUIRE(pose.props.size() == 1);
  CHECK(pose.props[0].kind == "chair");
  CHECK(pose.start.leg.hip == 90);
  CHECK(pose.start.leg.knee == 90);
  CHECK(pose.start.arm.shoulder == 20);
  CHECK(pose.start.other_arm.shoulder == 20);
  CHECK(pose.start.other_arm.elbow == 30);
  CHECK(pose.start.ground == std::vector<std::string>{"feet"});
  REQUIRE(pose.end.has_value());
  CHECK(pose.end->leg.hip == 100);
  CHECK(pose.end->leg.knee == 0);
  CHECK(pose.end->other_leg.hip == 90);
  CHECK(pose.end->trunk == -10);
  CHECK(pose.end->other_arm.elbow == 30);
  CHECK(pose.caption == "Lift one foot.");
  CHECK(pose.where.line == 21);
}

TEST_CASE("pose: each position has its usual angles and resting points")
{
  auto start_of = [](const std::string& position) {
    Diagnostics diagnostics;
    const auto exercise = load_one(
      exercise_with_pose(position, "  view: " + std::string(position == "side-lying" ? "front" : "side") + "\n  start: {}\n"),
      diagnostics);
    REQUIRE_MESSAGE(exercise.has_value(), diagnostics.format());
    return exercise->pose->start;
  };
  CHECK(start_of("standing").leg.hip == 0);
  CHECK(start_of("quadruped").leg.hip == 75);
  CHECK(start_of("quadruped").arm.shoulder == 90);
  CHECK(start_of("quadruped").ground == std::vector<std::string>{"knees", "hands"});
  CHECK(start_of("half-kneeling").other_leg.hip == 90);
  CHECK(start_of("half-kneeling").leg.knee == 90);
  CHECK(start_of("kneeling").leg.knee == 90);
  CHECK(start_of("supine").ground.empty());
}

TEST_CASE("pose: mistakes are reported where they are written")
{
  SUBCASE("an unknown key, with a suggestion")
  {
    CHECK(pose_errors("standing", "  start:\n    leg: { hips: 20 }\n")
          == "move.yaml:22:12: error: unknown key \"test-move.pose.start.leg.hips\"; did you mean \"hip\"?\n");
  }
  SUBCASE("an angle a joint cannot reach")
  {
    CHECK(pose_errors("standing", "  start:\n    leg: { knee: 170 }\n")
          == "move.yaml:22:18: error: test-move.pose.start.leg.knee: 170 is more than a knee can do; expected 0 to 160\n");
    CHECK(pose_errors("standing", "  start:\n    other_leg: { hip: -45 }\n")
          == "move.yaml:22:23: error: test-move.pose.start.other_leg.hip: -45 is more than a hip can do; expected -30 to "
             "140\n");
  }
  SUBCASE("an angle that is not a whole number")
  {
    CHECK(pose_errors("standing", "  start:\n    curve: 12.5\n")
          == "move.yaml:22:12: error: test-move.pose.start.curve: expected a whole number of degrees such as 90 or -20, found "
             "\"12.5\"\n");
    CHECK_FALSE(pose_errors("standing", "  start:\n    curve: +5\n").empty());
    CHECK_FALSE(pose_errors("standing", "  start:\n    curve: \"5\"\n").empty());
  }
  SUBCASE("a view the position cannot be seen from")
  {
    CHECK(pose_errors("standing", "  view: top\n  start: {}\n")
          == "move.yaml:21:9: error: test-move.pose.view: a standing body cannot be drawn from the top; use side, front or "
             "back\n");
    CHECK(pose_errors("side-lying", "  view: side\n  start: {}\n")
          == "move.yaml:21:9: error: test-move.pose.view: a side-lying body cannot be drawn from the side; use front, back or "
             "top\n");
  }
  SUBCASE("props and body points")
  {
    CHECK(pose_errors("standing", "  props: [sofa]\n  start: {}\n")
          == "move.yaml:21:11: error: test-move.pose.props: unknown value \"sofa\"\n");
    CHECK(pose_errors("standing", "  props: [{ counter: elbow }]\n  start: {}\n")
          == "move.yaml:21:22: error: test-move.pose.props.counter: unknown value \"elbow\"\n");
    CHECK(pose_errors("standing", "  props: [{ mat: feet }]\n  start: {}\n")
          == "move.yaml:21:18: error: test-move.pose.props: a mat goes under the whole body; it takes no body point\n");
    CHECK(pose_errors("standing", "  start:\n    ground: [head, feet, hands]\n")
          == "move.yaml:22:13: error: test-move.pose.start.ground: at most two body points rest on the support (the drawing "
             "tips the body until both touch it)\n");
  }
  SUBCASE("a start is required")
  {
    CHECK(pose_errors("standing", "  view: side\n") == "move.yaml:21:3: error: missing required key \"test-move.pose.start\"\n");
  }
}

TEST_CASE("draw: the body's joints go where the angles say")
{
  model::BodyPose pose;
  SUBCASE("standing: a hip bent to 90 puts the knee in front at hip height")
  {
    pose.leg.hip = 90;
    const draw::Body body = draw::build_body(pose, "standing");
    const draw::Vec3 knee = body.at(draw::Point::knee);
    CHECK(knee.x == doctest::Approx(42).epsilon(0.01));
    CHECK(knee.y == doctest::Approx(0).epsilon(0.01));
    CHECK(knee.z > 0); // the working side faces the viewer
    CHECK(body.at(draw::Point::other_knee).y < -40);
  }
  SUBCASE("supine: the head to the left, the face up")
  {
    const draw::Body body = draw::build_body(pose, "supine");
    CHECK(body.at(draw::Point::head).x < -50);
    CHECK(body.head.x_axis().y == doctest::Approx(1));
  }
  SUBCASE("a rounded back brings the shoulders forward")
  {
    pose.curve = 40;
    const draw::Body body = draw::build_body(pose, "standing");
    CHECK(body.at(draw::Point::shoulders).x > 10);
  }
  SUBCASE("a seated pose rests its feet on the floor, flat")
  {
    model::Pose seated;
    seated.start.leg.hip = seated.start.other_leg.hip = 90;
    seated.start.leg.knee = seated.start.other_leg.knee = 90;
    seated.start.ground = {"feet"};
    const draw::Scene scene = draw::place_pose(seated, "seated");
    CHECK(draw::lowest(scene.start.body, "feet") == doctest::Approx(0).epsilon(0.001));
    CHECK(draw::rests(scene.start, "foot"));
    CHECK(draw::rests(scene.start, "other_foot"));
    CHECK_FALSE(draw::rests(scene.start, "pelvis"));
  }
  SUBCASE("two ground points tip the body until both touch")
  {
    model::Pose bridge;
    bridge.start.ground = {"shoulders", "feet"};
    bridge.start.leg.hip = bridge.start.other_leg.hip = 0;
    bridge.start.leg.knee = bridge.start.other_leg.knee = 95;
    const draw::Scene scene = draw::place_pose(bridge, "supine");
    CHECK(draw::rests(scene.start, "shoulders"));
    CHECK(draw::rests(scene.start, "feet"));
    CHECK_FALSE(draw::rests(scene.start, "pelvis"));
  }
}

TEST_CASE("draw: every built-in exercise has a figure that passes the drawing check, the same every time")
{
  const std::regex k_element("<([a-zA-Z]+)");
  const std::set<std::string> k_allowed = {"svg", "title", "path", "circle", "polygon"};
  for (const auto& exercise : test::builtin_knowledge().catalog.exercises()) {
    CAPTURE(exercise.id);
    REQUIRE(exercise.pose.has_value());
    const std::string right = draw::figure_svg(exercise, draw::Side::right);
    const std::string left = draw::figure_svg(exercise, draw::Side::left);
    CHECK(right == draw::figure_svg(exercise, draw::Side::right));
    CHECK(left == draw::figure_svg(exercise, draw::Side::left));
    CHECK(left != right);
    CHECK_FALSE(load::check_image("images/figure.svg", right).has_value());
    CHECK(right.find("<title>" + exercise.pose->caption + "</title>") != std::string::npos);
    CHECK(right.find("nan") == std::string::npos);
    for (auto it = std::sregex_iterator(right.begin(), right.end(), k_element); it != std::sregex_iterator(); ++it) {
      CHECK(k_allowed.contains((*it)[1].str()));
    }
  }
}

TEST_CASE("draw: numbers are written with one decimal and no negative zero")
{
  CHECK(draw::number(1.25) == "1.2");
  CHECK(draw::number(3.0) == "3");
  CHECK(draw::number(-0.04) == "0");
  CHECK(draw::number(-2.5) == "-2.5");
}

TEST_CASE("draw: the side follows the profile")
{
  CHECK(draw::side_of("left") == draw::Side::left);
  CHECK(draw::side_of("right") == draw::Side::right);
  CHECK(draw::side_of("both") == draw::Side::right);
  CHECK(draw::side_of("") == draw::Side::right);
}
