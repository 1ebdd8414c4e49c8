// Osteoporosis cases (issue 13; CLINICAL.md s.5): no plan for a patient with
// osteoporosis may contain knee-to-chest, cat-camel rounding or a forward
// bend, in any week of the programme, with or without a progress log that
// moves exercises along their chains (pelvic tilt -> knee to chest, seated
// pelvic tilt -> seated forward bend).
//
// The forbidden movements and exercises are written here from CLINICAL.md
// s.5, not read from rules.yaml.

#include "ptplan/engine/planner.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace ptplan;
using Words = std::vector<std::string>;

// CLINICAL.md s.5, osteoporosis row: "sustained or repeated end-range spinal
// flexion and rotation", loaded flexion, impact.
const Words k_forbidden_tags = {"spinal-flexion-end-range", "spinal-flexion-loaded", "spinal-flexion-sustained",
  "spinal-flexion-repeated", "spinal-rotation-end-range", "impact"};

// Its "typical exercises removed", as catalog ids: knee-to-chest pulling the
// spine, cat-camel rounding, seated forward bends, toe touches, end-range
// twists, lifting with a round back.
const Words k_forbidden_ids = {"single-knee-to-chest", "double-knee-to-chest", "cat-camel", "seated-cat-camel",
  "seated-forward-bend", "childs-pose", "supine-twist-stretch", "seated-pelvic-tilt", "lifting-technique"};

// Spine-sparing back-extensor and posture work (Too Fit To Fracture).
const Words k_back_extensor_ids = {
  "stand-tall-wall", "wall-slide-arms", "standing-band-row", "seated-band-row", "prone-head-chest-lift", "prone-arm-leg-lift"};

bool has(const Words& words, const std::string& word)
{
  return std::find(words.begin(), words.end(), word) != words.end();
}

struct Planned
{
  std::unique_ptr<model::Profile> profile;
  model::PlanOrReferral outcome;
};

Planned plan_for(const std::string& yaml, int week)
{
  Planned result{std::make_unique<model::Profile>(test::profile_from(yaml)), model::Plan{}};
  result.outcome = engine::make_plan(test::builtin_knowledge(), *result.profile, week);
  return result;
}

Words ids_of(const model::Plan& plan)
{
  Words ids;
  for (const auto& item : plan.exercises) {
    ids.push_back(item.exercise->id);
  }
  for (const auto* care : plan.self_care) {
    ids.push_back(care->id);
  }
  return ids;
}

// Plans every week from 1 to `weeks` and checks every exercise on it;
// returns every id planned in any week.
Words check_every_week(const std::string& yaml, int weeks)
{
  for (const auto& id : k_forbidden_ids) {
    REQUIRE_MESSAGE(test::builtin_knowledge().catalog.find(id) != nullptr, id << " is not in the catalog");
  }
  Words seen;
  for (int week = 1; week <= weeks; ++week) {
    CAPTURE(week);
    const Planned planned = plan_for(yaml, week);
    REQUIRE_MESSAGE(std::holds_alternative<model::Plan>(planned.outcome), "expected a plan, got a referral");
    const auto& plan = std::get<model::Plan>(planned.outcome);
    const Words ids = ids_of(plan);
    CHECK_MESSAGE(ids.size() >= 4, fmt::format("week {}: [{}]", week, fmt::join(ids, ", ")));
    for (const auto& id : ids) {
      const model::Exercise* exercise = test::builtin_knowledge().catalog.find(id);
      REQUIRE(exercise != nullptr);
      CHECK_MESSAGE(!has(k_forbidden_ids, id), "week " << week << ": " << id << " is on the plan");
      for (const auto& tag : exercise->movements) {
        CHECK_MESSAGE(!has(k_forbidden_tags, tag), "week " << week << ": " << id << " carries " << tag);
      }
      if (!has(seen, id)) {
        seen.push_back(id);
      }
    }
  }
  return seen;
}

// A progress log of easy weeks, so that every exercise moves along its chain.
std::string easy_weeks(int weeks)
{
  std::string log = "progress:\n";
  for (int week = 1; week < weeks; ++week) {
    log += fmt::format("  - week: {}\n    sessions_done: 7\n    pain_during: 1\n    pain_next_day: better\n", week);
  }
  return log;
}

const std::string k_stenosis = R"(patient:
  name: Dorothy Hale
  age: 76
conditions: [lumbar-stenosis]
pain:
  current: 4
  stage: chronic
precautions: [osteoporosis]
schedule:
  minutes_per_session: 30
plan:
  start: 2026-03-02
  weeks: 8
)";

// An old vertebral fracture, assessed and cleared by the doctor: the
// vocabulary records it as the red flag trauma-with-osteoporosis with a
// medical clearance.
const std::string k_old_fracture = R"(patient:
  name: Harold Brennan
  age: 82
conditions: [postural-pain, nonspecific-low-back-pain]
pain:
  current: 3
  stage: chronic
precautions: [osteoporosis, fall-risk]
red_flags: [trauma-with-osteoporosis]
clearance:
  by: Dr. Amara Chen
  date: 2026-02-10
limitations: [no-floor]
equipment: [chair, wall, counter, band]
schedule:
  minutes_per_session: 25
plan:
  start: 2026-03-02
  weeks: 10
)";

} // namespace

TEST_CASE("osteoporosis: a 76-year-old with lumbar stenosis never gets flexion held, repeated or at end range")
{
  const Words seen = check_every_week(k_stenosis, 8);
  MESSAGE(fmt::format("weeks 1-8: [{}]", fmt::join(seen, ", ")));
  SUBCASE("with easy weeks logged, nothing progresses into a forbidden step")
  {
    const Words logged = check_every_week(k_stenosis + easy_weeks(8), 8);
    MESSAGE(fmt::format("weeks 1-8 with a log: [{}]", fmt::join(logged, ", ")));
  }
  SUBCASE("the ban does not depend on the patient's equipment or floor")
  {
    check_every_week(k_stenosis + "limitations: [no-floor]\nequipment: [chair, bike, wall, counter]\n", 8);
  }
}

TEST_CASE("osteoporosis: an 82-year-old with an old vertebral fracture gets spine-sparing back strength, never rounding")
{
  const Words seen = check_every_week(k_old_fracture, 10);
  MESSAGE(fmt::format("weeks 1-10: [{}]", fmt::join(seen, ", ")));
  CHECK(std::any_of(seen.begin(), seen.end(), [](const std::string& id) { return has(k_back_extensor_ids, id); }));
  const Words logged = check_every_week(k_old_fracture + easy_weeks(10), 10);
  MESSAGE(fmt::format("weeks 1-10 with a log: [{}]", fmt::join(logged, ", ")));
  // The plan goes ahead on the clearance, and says so.
  const Planned planned = plan_for(k_old_fracture, 1);
  const auto& plan = std::get<model::Plan>(planned.outcome);
  CHECK(plan.cleared_flags == Words{"trauma-with-osteoporosis"});
}

TEST_CASE("osteoporosis: the catalog tags every knee-to-chest, cat-camel and forward bend with a forbidden movement")
{
  // The plan checks above trust the tags; this checks the tags themselves,
  // so a retag that drops one fails here by name.
  for (const auto& id : k_forbidden_ids) {
    CAPTURE(id);
    const model::Exercise* exercise = test::builtin_knowledge().catalog.find(id);
    REQUIRE(exercise != nullptr);
    CHECK(std::any_of(
      exercise->movements.begin(), exercise->movements.end(), [](const std::string& tag) { return has(k_forbidden_tags, tag); }));
  }
  // And the back-extensor work osteoporosis favours carries none.
  for (const auto& id : k_back_extensor_ids) {
    CAPTURE(id);
    const model::Exercise* exercise = test::builtin_knowledge().catalog.find(id);
    REQUIRE(exercise != nullptr);
    CHECK_FALSE(std::any_of(
      exercise->movements.begin(), exercise->movements.end(), [](const std::string& tag) { return has(k_forbidden_tags, tag); }));
  }
}
