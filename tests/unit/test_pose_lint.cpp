// The pose lint (lint/pose_lint.hpp): a figure that shows a movement its
// exercise's tags leave out is an error, one case per kind of mismatch.

#include "ptplan/lint/pose_lint.hpp"
#include "ptplan/load/catalog_loader.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace ptplan;

namespace {

model::Exercise exercise(const std::string& position, bool floor, const std::string& movements, const std::string& pose)
{
  const std::string text = "id: test-move\nname: Test move\ncategory: strength\nposition: " + position
                           + "\nfloor: " + (floor ? "true" : "false") + "\nequipment: [none]\nmovements: " + movements
                           + "\nconditions: [nonspecific-low-back-pain]\nlevel: 1\nregression: null\nprogression: null\n"
                             "dosage: { sets: 1, reps: 10, hold_seconds: null, minutes: null, times_per_day: 1, "
                             "days_per_week: 3, side: each }\npurpose: Makes you strong.\nsteps: [Move.]\n"
                             "safety: Stop if it hurts.\npose:\n"
                           + pose;
  Diagnostics diagnostics;
  std::vector<model::Exercise> out;
  load::load_exercises(SourceFile{"move.yaml", text}, test::builtin_knowledge().vocabulary, out, diagnostics);
  REQUIRE_MESSAGE(out.size() == 1, diagnostics.format());
  return out.front();
}

std::string errors_of(const model::Exercise& e)
{
  Diagnostics diagnostics;
  lint::lint_pose(e, diagnostics);
  return diagnostics.format();
}

const std::string k_at = "move.yaml:17:3: error: test-move: ";

} // namespace

TEST_CASE("pose lint: the built-in catalog has a figure for every exercise, each agreeing with its tags")
{
  Diagnostics diagnostics;
  lint::lint_poses(test::builtin_knowledge(), true, diagnostics);
  CHECK_MESSAGE(diagnostics.empty(), diagnostics.format());
}

TEST_CASE("pose lint: a hip bent past 90 needs hip-flexion-past-90")
{
  const std::string pose = "  props: [chair]\n  start: {}\n  end:\n    leg: { hip: 110 }\n";
  CHECK(errors_of(exercise("seated", false, "[]", pose))
        == k_at
             + "the end position of the pose bends the working hip to 110 degrees, past 90, but movements does not list "
               "hip-flexion-past-90\n");
  CHECK(errors_of(exercise("seated", false, "[hip-flexion-past-90]", pose)).empty());
  // A right angle is not past it.
  CHECK(errors_of(exercise("seated", false, "[]", "  props: [chair]\n  start: {}\n")).empty());
}

TEST_CASE("pose lint: a knee or foot across the middle needs hip-adduction-past-midline")
{
  const std::string pose = "  props: [chair]\n  start:\n    leg: { hip_out: -20 }\n";
  CHECK(errors_of(exercise("seated", false, "[]", pose))
        == k_at
             + "the start position of the pose takes a knee or foot across the middle of the body, but movements does not "
               "list hip-adduction-past-midline\n");
  CHECK(errors_of(exercise("seated", false, "[hip-adduction-past-midline]", pose)).empty());
  CHECK(errors_of(exercise("seated", false, "[]", "  props: [chair]\n  start:\n    leg: { hip_out: -5 }\n")).empty());
}

TEST_CASE("pose lint: a rounded back needs a spinal-flexion tag, an arched one an extension tag")
{
  const std::string rounded = "  props: [chair]\n  start: {}\n  end:\n    curve: 35\n";
  CHECK(errors_of(exercise("seated", false, "[]", rounded))
        == k_at
             + "the end position of the pose rounds the back 35 degrees forward, but movements does not list a "
               "spinal-flexion tag\n");
  CHECK(errors_of(exercise("seated", false, "[spinal-flexion-sustained]", rounded)).empty());
  const std::string arched = "  start:\n    curve: -25\n";
  CHECK(errors_of(exercise("standing", false, "[]", arched))
        == k_at
             + "the start position of the pose arches the back 25 degrees, but movements does not list a "
               "spinal-extension tag\n");
  CHECK(errors_of(exercise("standing", false, "[spinal-extension-end-range]", arched)).empty());
  // Small, mid-range movements need no tag.
  CHECK(errors_of(exercise("standing", false, "[]", "  start:\n    curve: 15\n  end:\n    curve: -10\n")).empty());
}

TEST_CASE("pose lint: a twisted back needs spinal-rotation-end-range")
{
  const std::string pose = "  view: front\n  props: [chair]\n  start: {}\n  end:\n    twist: -45\n";
  CHECK(errors_of(exercise("seated", false, "[]", pose))
        == k_at
             + "the end position of the pose twists the back 45 degrees, but movements does not list "
               "spinal-rotation-end-range\n");
  CHECK(errors_of(exercise("seated", false, "[spinal-rotation-end-range]", pose)).empty());
}

TEST_CASE("pose lint: a turned hip needs the rotation tag")
{
  const std::string out = "  start:\n    leg: { hip_turn: 30 }\n";
  CHECK(errors_of(exercise("standing", false, "[]", out))
        == k_at
             + "the start position of the pose turns the working hip out 30 degrees, but movements does not list "
               "hip-external-rotation\n");
  const std::string in = "  start:\n    other_leg: { hip_turn: -30 }\n";
  CHECK(errors_of(exercise("standing", false, "[]", in))
        == k_at
             + "the start position of the pose turns the other hip in 30 degrees, but movements does not list "
               "hip-internal-rotation\n");
}

TEST_CASE("pose lint: the thigh behind the body needs hip-extension-past-neutral")
{
  const std::string pose = "  props: [counter]\n  start:\n    arms: { shoulder: 45 }\n  end:\n    leg: { hip: -20 }\n";
  CHECK(errors_of(exercise("standing", false, "[]", pose))
        == k_at
             + "the end position of the pose takes the thigh of the working hip behind the body (-20 degrees), but "
               "movements does not list hip-extension-past-neutral\n");
  CHECK(errors_of(exercise("standing", false, "[hip-extension-past-neutral]", pose)).empty());
}

TEST_CASE("pose lint: standing on one leg with no hand on a support needs balance-unsupported")
{
  const std::string free = "  start: {}\n  end:\n    leg: { hip: 15, knee: 70 }\n";
  CHECK(errors_of(exercise("standing", false, "[]", free))
        == k_at
             + "the end position of the pose stands on one leg with no hand on a counter, chair, wall or rail, but "
               "movements does not list balance-unsupported\n");
  CHECK(errors_of(exercise("standing", false, "[balance-unsupported]", free)).empty());
  const std::string held =
    "  props: [counter]\n  start:\n    arms: { shoulder: 45, elbow: 20 }\n  end:\n    leg: { hip: 15, knee: 70 }\n";
  CHECK(errors_of(exercise("standing", false, "[]", held)).empty());
}

TEST_CASE("pose lint: a pose on the floor needs floor: true, and the other way round")
{
  CHECK(errors_of(exercise("supine", false, "[]", "  start: {}\n"))
        == k_at + "the pose is on the floor (supine), but floor is false\n");
  CHECK(errors_of(exercise("supine", true, "[]", "  start: {}\n")).empty());
  CHECK(errors_of(exercise("supine", false, "[]", "  props: [bed]\n  start: {}\n")).empty());
  CHECK(errors_of(exercise("supine", true, "[]", "  props: [bed]\n  start: {}\n"))
        == k_at + "floor is true, but the pose is not on the floor\n");
}

TEST_CASE("pose lint: the pose shows the exercise's position at its start or end")
{
  CHECK(errors_of(exercise("seated", false, "[]", "  start:\n    legs: { hip: 0, knee: 0 }\n"))
        == k_at + "position is seated, but the pose shows standing\n");
  CHECK(errors_of(exercise("kneeling", false, "[]", "  start:\n    ground: [feet]\n    legs: { knee: 0 }\n"))
        == k_at + "position is kneeling, but the pose shows standing\n");
  // Rising from a chair is a standing exercise that starts seated.
  CHECK(errors_of(
    exercise("standing", false, "[hip-flexion-past-90]",
      "  props: [{ chair: pelvis }]\n  start:\n    legs: { hip: 90, knee: 90 }\n  end:\n    legs: { hip: 0, knee: 0 }\n"))
          .empty());
  CHECK(lint::position_shown(exercise("quadruped", true, "[]", "  start: {}\n"), false) == "quadruped");
  CHECK(lint::position_shown(exercise("prone", true, "[]", "  start: {}\n"), false) == "prone");
  CHECK(lint::position_shown(exercise("side-lying", true, "[]", "  start: {}\n"), false) == "side-lying");
  CHECK(lint::position_shown(exercise("half-kneeling", true, "[]", "  start: {}\n"), false) == "half-kneeling");
}
