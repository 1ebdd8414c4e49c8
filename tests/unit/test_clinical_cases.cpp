// Clinical cases: one realistic patient per row of CLINICAL.md s.5, every
// red-flag group of s.6, medical clearance, and STarT Back risk (s.7).
//
// Each case names the catalog ids that must be on the plan and the ids that
// must be ruled out (not on the plan AND listed as excluded by the named
// rule, so that they cannot come back in a later week). Every id is checked
// to exist in the catalog first: a renamed exercise must fail here, not make
// a "must not appear" check pass by accident.

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

namespace model = ptplan::model;
namespace engine = ptplan::engine;
namespace load = ptplan::load;
using Words = std::vector<std::string>;

const model::Knowledge& knowledge()
{
  static const model::Knowledge k_knowledge = [] {
    ptplan::Diagnostics diagnostics;
    auto loaded = load::load_knowledge(load::builtin_knowledge_files(), diagnostics);
    if (!loaded) {
      FAIL("the built-in knowledge base does not load:\n" << diagnostics.format());
    }
    return std::move(*loaded);
  }();
  return k_knowledge;
}

// The profile lives on the heap: the plan points into it.
struct Planned
{
  std::unique_ptr<model::Profile> profile;
  model::PlanOrReferral outcome;
};

Planned plan_for(const std::string& yaml, int week = 1)
{
  ptplan::Diagnostics diagnostics;
  auto profile = load::load_profile({"case.yaml", yaml}, knowledge().vocabulary, diagnostics);
  REQUIRE_MESSAGE(profile.has_value(), diagnostics.format());
  Planned result{std::make_unique<model::Profile>(std::move(*profile)), model::Plan{}};
  result.outcome = engine::make_plan(knowledge(), *result.profile, week);
  return result;
}

const model::Plan& plan_of(const Planned& planned)
{
  const auto* referral = std::get_if<model::Referral>(&planned.outcome);
  REQUIRE_MESSAGE(referral == nullptr, "expected a plan, got a referral (" << (referral ? referral->urgency : "") << ")");
  return std::get<model::Plan>(planned.outcome);
}

const model::Referral& referral_of(const Planned& planned)
{
  REQUIRE_MESSAGE(std::holds_alternative<model::Referral>(planned.outcome), "expected a referral, got a plan");
  return std::get<model::Referral>(planned.outcome);
}

// The profile text with one piece replaced; the piece must be there.
std::string with(std::string yaml, const std::string& from, const std::string& to)
{
  const auto at = yaml.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' is not in the profile");
  yaml.replace(at, from.size(), to);
  return yaml;
}

bool has(const Words& words, const std::string& word)
{
  return std::find(words.begin(), words.end(), word) != words.end();
}

Words on_plan(const model::Plan& plan)
{
  Words ids;
  for (const auto& item : plan.exercises) {
    ids.push_back(item.exercise->id);
  }
  return ids;
}

std::string describe(const model::Plan& plan)
{
  return fmt::format("plan: [{}]", fmt::join(on_plan(plan), ", "));
}

void require_in_catalog(const std::string& id)
{
  REQUIRE_MESSAGE(knowledge().catalog.find(id) != nullptr, id << " is not in the catalog");
}

// The rule that excluded the exercise, or "" when it is allowed.
std::string excluded_by(const model::Plan& plan, const std::string& id)
{
  const auto found =
    std::find_if(plan.excluded.begin(), plan.excluded.end(), [&](const model::Exclusion& e) { return e.id == id; });
  return found == plan.excluded.end() ? std::string() : found->rule;
}

void check_on_plan(const model::Plan& plan, const Words& ids)
{
  for (const auto& id : ids) {
    require_in_catalog(id);
    CHECK_MESSAGE(has(on_plan(plan), id), id << " should be on the plan; " << describe(plan));
  }
}

void check_not_on_plan(const model::Plan& plan, const Words& ids)
{
  for (const auto& id : ids) {
    require_in_catalog(id);
    CHECK_MESSAGE(!has(on_plan(plan), id), id << " should not be on the plan; " << describe(plan));
  }
}

// Not on the plan, and ruled out by `rule` (not merely ranked lower).
void check_ruled_out(const model::Plan& plan, const Words& ids, const std::string& rule)
{
  check_not_on_plan(plan, ids);
  for (const auto& id : ids) {
    CHECK_MESSAGE(excluded_by(plan, id) == rule,
      id << " should be ruled out by " << rule << ", is ruled out by '" << excluded_by(plan, id) << "'");
  }
}

// Allowed again: not excluded by any rule.
void check_allowed(const model::Plan& plan, const Words& ids)
{
  for (const auto& id : ids) {
    require_in_catalog(id);
    CHECK_MESSAGE(excluded_by(plan, id).empty(), id << " should be allowed, is ruled out by " << excluded_by(plan, id));
  }
}

bool has_note(const model::Plan& plan, const std::string& text)
{
  return std::any_of(
    plan.notes.begin(), plan.notes.end(), [&](const model::Note& n) { return n.text.find(text) != std::string::npos; });
}

int count_category(const model::Plan& plan, const std::string& category)
{
  return static_cast<int>(std::count_if(plan.exercises.begin(), plan.exercises.end(),
    [&](const model::PlannedExercise& item) { return model::word_of(item.exercise->category) == category; }));
}

// CLINICAL.md s.5, posterior approach: "figure-4 and cross-body piriformis
// stretch, knee-to-chest, seated forward-lean hamstring stretch, knees-to-side
// lower back twist" (the catalog has no deep squat).
const Words k_posterior_typical = {"supine-figure-4-stretch", "figure-4-pull-stretch", "seated-piriformis-stretch",
  "standing-piriformis-stretch", "single-knee-to-chest", "double-knee-to-chest", "seated-hamstring-stretch",
  "lower-trunk-rotation", "supine-twist-stretch"};

// Surgery 5 weeks before the plan starts (2026-01-26 -> 2026-03-02).
const std::string k_posterior = R"(patient:
  name: Linda Whitaker
  age: 64
conditions: [hip-replacement, piriformis-syndrome, nonspecific-low-back-pain]
side: right
pain:
  current: 3
  stage: subacute
precautions: [hip-replacement-posterior]
surgery:
  date: 2026-01-26
schedule:
  minutes_per_session: 30
plan:
  start: 2026-03-02
)";

} // namespace

// ---------------------------------------------------------------------------
// CLINICAL.md s.5: hip replacement
// ---------------------------------------------------------------------------

TEST_CASE("clinical: posterior hip replacement 5 weeks after surgery")
{
  const Planned planned = plan_for(k_posterior);
  const model::Plan& plan = plan_of(planned);
  check_ruled_out(plan, k_posterior_typical, "hip-replacement-posterior");
  // Deep hip bending, crossing and turning in beyond the typical list.
  check_ruled_out(plan,
    {"sit-to-stand", "hip-hinge", "clamshell", "clamshell-band", "bird-dog", "bird-dog-arms", "dead-bug", "childs-pose",
      "seated-marching", "seated-marching-cardio", "hip-circles-standing"},
    "hip-replacement-posterior");
  // Safe versions: high seat, standing, seated twist.
  check_on_plan(plan, {"sit-to-stand-high-seat", "standing-hip-abduction", "seated-trunk-rotation", "glute-bridge"});
  check_allowed(plan, {"dead-bug-arms"});
  CHECK(has_note(plan, "Do not bend it past a right angle"));
}

TEST_CASE("clinical: posterior hip replacement 14 weeks after surgery gets the moves back")
{
  SUBCASE("surgery 14 weeks before the plan starts")
  {
    const Planned planned = plan_for(with(k_posterior, "date: 2026-01-26", "date: 2025-11-24"));
    const model::Plan& plan = plan_of(planned);
    check_allowed(plan, k_posterior_typical);
    check_allowed(plan, {"sit-to-stand", "clamshell", "hip-hinge"});
    check_on_plan(plan, {"figure-4-pull-stretch", "supine-twist-stretch", "clamshell"});
    CHECK(has_note(plan, "12 weeks of hip precautions are over"));
    CHECK_FALSE(has_note(plan, "Do not bend it past a right angle"));
  }
  SUBCASE("the same patient in programme week 10, 14 weeks after surgery")
  {
    // The programme keeps its session and moves it on: the harder steps the
    // precautions held back come in along the chains.
    const Planned planned = plan_for(k_posterior, 10);
    const model::Plan& plan = plan_of(planned);
    check_allowed(plan, k_posterior_typical);
    check_on_plan(plan, {"sit-to-stand"});
    const bool deep_hip = std::any_of(plan.exercises.begin(), plan.exercises.end(),
      [](const model::PlannedExercise& item) { return has(item.exercise->movements, "hip-flexion-past-90"); });
    CHECK(deep_hip);
  }
  SUBCASE("still restricted in programme week 7, 11 weeks after surgery")
  {
    const Planned planned = plan_for(k_posterior, 7);
    check_ruled_out(plan_of(planned), k_posterior_typical, "hip-replacement-posterior");
  }
  SUBCASE("without a plan start the weeks since surgery are unknown: restricted")
  {
    const Planned planned =
      plan_for(with(with(k_posterior, "date: 2026-01-26", "date: 2025-06-02"), "plan:\n  start: 2026-03-02\n", ""));
    check_ruled_out(plan_of(planned), k_posterior_typical, "hip-replacement-posterior");
  }
}

TEST_CASE("clinical: the surgeon's list replaces the default hip precautions")
{
  SUBCASE("5 weeks, the surgeon forbids only hip flexion past 90")
  {
    const Planned planned =
      plan_for(with(k_posterior, "date: 2026-01-26", "date: 2026-01-26\n  restrictions: [hip-flexion-past-90]"));
    const model::Plan& plan = plan_of(planned);
    // Crossing and turning in are allowed again...
    check_allowed(plan, {"lower-trunk-rotation", "clamshell", "side-lying-hip-abduction"});
    check_on_plan(plan, {"lower-trunk-rotation", "clamshell"});
    // ...deep hip bending is not, by the surgeon's rule, not the default one.
    check_ruled_out(plan,
      {"supine-figure-4-stretch", "figure-4-pull-stretch", "seated-piriformis-stretch", "single-knee-to-chest",
        "double-knee-to-chest", "seated-hamstring-stretch", "supine-twist-stretch", "sit-to-stand"},
      "hip-replacement-posterior-surgeon-list");
    CHECK(has_note(plan, "Follow the list of moves your surgeon told you to avoid"));
    CHECK_FALSE(has_note(plan, "Do not bend it past a right angle"));
  }
  SUBCASE("5 weeks, the surgeon lifts every restriction (empty list)")
  {
    const Planned planned = plan_for(with(k_posterior, "date: 2026-01-26", "date: 2026-01-26\n  restrictions: []"));
    const model::Plan& plan = plan_of(planned);
    check_allowed(plan, k_posterior_typical);
    check_on_plan(plan, {"figure-4-pull-stretch", "supine-twist-stretch"});
    check_allowed(plan, {"sit-to-stand", "lying-sciatic-nerve-slider"});
  }
  SUBCASE("14 weeks, the surgeon extends flexion and crossing limits")
  {
    const Planned planned = plan_for(with(k_posterior, "date: 2026-01-26",
                                       "date: 2026-01-26\n  restrictions: [hip-flexion-past-90, hip-adduction-past-midline]"),
      10);
    const model::Plan& plan = plan_of(planned);
    check_ruled_out(plan,
      {"figure-4-pull-stretch", "supine-twist-stretch", "lower-trunk-rotation", "clamshell", "sit-to-stand",
        "seated-hamstring-stretch"},
      "hip-replacement-posterior-surgeon-list");
    CHECK_FALSE(has_note(plan, "12 weeks of hip precautions are over"));
  }
}

TEST_CASE("clinical: anterior hip replacement 4 weeks after surgery")
{
  const std::string anterior = R"(patient:
  name: Robert Haines
  age: 58
conditions: [hip-replacement, hip-osteoarthritis]
side: left
pain:
  current: 3
  stage: subacute
precautions: [hip-replacement-anterior, recent-surgery]
surgery:
  date: 2026-02-02
equipment: [chair, counter, bed, pillow, towel, band, step, bike]
schedule:
  minutes_per_session: 30
plan:
  start: 2026-03-02
)";
  const Planned planned = plan_for(anterior);
  const model::Plan& plan = plan_of(planned);
  // Lunge / half-kneeling hip flexor stretch, figure-4, prone press-up, and
  // everything else that takes the leg behind the body, turns it out or lies prone.
  check_ruled_out(plan,
    {"half-kneeling-hip-flexor-stretch", "half-kneeling-hip-flexor-stretch-reach", "standing-hip-flexor-stretch",
      "bed-edge-hip-flexor-stretch", "side-lying-hip-flexor-stretch", "supine-figure-4-stretch", "figure-4-pull-stretch",
      "seated-piriformis-stretch", "standing-piriformis-stretch", "prone-press-up", "prone-lying", "prone-on-elbows", "clamshell",
      "clamshell-band", "standing-hip-extension", "calf-stretch-wall", "bird-dog", "standing-back-extension",
      "hip-circles-standing"},
    "hip-replacement-anterior");
  // The posterior-approach moves are not the anterior patient's problem.
  check_allowed(plan, {"seated-hamstring-stretch", "sit-to-stand", "single-knee-to-chest"});
  check_on_plan(plan, {"glute-squeeze", "mini-squat-counter", "seated-hamstring-stretch"});
  check_allowed(plan, {"isometric-hip-abduction", "supported-standing-balance"});
  CHECK(has_note(plan, "Do not lie on your stomach"));
  CHECK(has_note(plan, "You had surgery recently"));
}

// ---------------------------------------------------------------------------
// CLINICAL.md s.5: conditions and other precautions
// ---------------------------------------------------------------------------

TEST_CASE("clinical: gluteal tendinopathy")
{
  const Planned planned = plan_for(R"(patient:
  name: Karen Doyle
  age: 52
conditions: [gluteal-tendinopathy, piriformis-syndrome]
side: left
pain:
  current: 5
  stage: chronic
equipment: [chair, counter, wall, bed, pillow, towel, band]
schedule:
  minutes_per_session: 30
)");
  const model::Plan& plan = plan_of(planned);
  // Figure-4 and cross-body piriformis, knees-to-side twist, side-lying.
  check_ruled_out(plan,
    {"supine-figure-4-stretch", "figure-4-pull-stretch", "seated-piriformis-stretch", "standing-piriformis-stretch",
      "lower-trunk-rotation", "supine-twist-stretch", "clamshell", "clamshell-band", "side-lying-hip-abduction",
      "side-plank-knees", "side-plank", "side-lying-hip-flexor-stretch"},
    "gluteal-tendinopathy");
  check_on_plan(plan, {"glute-bridge", "standing-hip-abduction", "mini-squat-counter", "seated-trunk-rotation"});
  CHECK(has_note(plan, "do not lie on your left side")); // side: left names the sore side
}

TEST_CASE("clinical: osteoporosis")
{
  const Planned planned = plan_for(R"(patient:
  name: Margaret Ellis
  age: 71
conditions: [nonspecific-low-back-pain, degenerative-disc-disease]
pain:
  current: 3
  stage: chronic
precautions: [osteoporosis]
schedule:
  minutes_per_session: 30
)");
  const model::Plan& plan = plan_of(planned);
  // Toe touch, end-range twists, knee-to-chest pulling the spine, cat-camel
  // rounding, seated forward bends, loaded flexion.
  check_ruled_out(plan,
    {"single-knee-to-chest", "double-knee-to-chest", "supine-twist-stretch", "seated-forward-bend", "childs-pose", "cat-camel",
      "seated-cat-camel", "lifting-technique"},
    "osteoporosis");
  check_on_plan(plan, {"hip-hinge", "bird-dog"});
  // Spine-sparing back extensor and posture work stays allowed.
  check_allowed(
    plan, {"glute-bridge", "seated-weight-shifts", "stand-tall-wall", "prone-head-chest-lift", "standing-pelvic-tilt"});
  CHECK(has_note(plan, "Do not do sit-ups, toe touches or big twists"));
}

TEST_CASE("clinical: pregnancy")
{
  const std::string pregnant = R"(patient:
  name: Aisha Rahman
  age: 31
conditions: [si-joint-pain, nonspecific-low-back-pain]
pain:
  current: 4
  stage: subacute
precautions: [pregnancy]
pregnancy: { weeks: 24 }
equipment: [chair, wall, counter, pillow, bed, towel]
schedule:
  minutes_per_session: 30
)";
  // Lying on the back or the stomach.
  const Words lying = {"glute-bridge", "dead-bug-arms", "dead-bug", "abdominal-bracing-supine", "posterior-pelvic-tilt",
    "lower-trunk-rotation", "single-knee-to-chest", "supine-hamstring-stretch-towel", "prone-lying", "prone-on-elbows",
    "prone-press-up"};
  // Impact and balance without support.
  const Words unsupported = {"single-leg-stance", "tandem-stance", "brisk-walking", "pallof-press", "lifting-technique"};
  // Side-lying, seated and standing versions.
  const Words safe_versions = {"standing-hip-extension", "clamshell", "seated-trunk-rotation", "bird-dog-arms", "walking"};

  SUBCASE("24 weeks")
  {
    const Planned planned = plan_for(pregnant);
    const model::Plan& plan = plan_of(planned);
    check_ruled_out(plan, lying, "pregnancy-after-20-weeks");
    check_ruled_out(plan, unsupported, "pregnancy");
    check_on_plan(plan, safe_versions);
    CHECK(has_note(plan, "Do not exercise lying flat on your back"));
  }
  SUBCASE("weeks unknown")
  {
    const Planned planned = plan_for(with(pregnant, "pregnancy: { weeks: 24 }\n", ""));
    const model::Plan& plan = plan_of(planned);
    check_ruled_out(plan, lying, "pregnancy-after-20-weeks");
    check_ruled_out(plan, unsupported, "pregnancy");
    check_on_plan(plan, safe_versions);
  }
  SUBCASE("24 weeks given without the pregnancy precaution")
  {
    const Planned planned = plan_for(with(pregnant, "precautions: [pregnancy]\n", ""));
    const model::Plan& plan = plan_of(planned);
    check_ruled_out(plan, lying, "pregnancy-after-20-weeks");
    check_ruled_out(plan, unsupported, "pregnancy");
  }
  SUBCASE("12 weeks: lying on the back is still fine")
  {
    const Planned planned = plan_for(with(pregnant, "weeks: 24", "weeks: 12"));
    const model::Plan& plan = plan_of(planned);
    check_allowed(plan, {"glute-bridge", "lower-trunk-rotation", "single-knee-to-chest", "posterior-pelvic-tilt"});
    check_on_plan(plan, {"glute-bridge", "lower-trunk-rotation", "single-knee-to-chest"});
    check_ruled_out(plan, unsupported, "pregnancy");
    CHECK_FALSE(has_note(plan, "Do not exercise lying flat on your back"));
  }
  SUBCASE("20 weeks at the start: allowed in week 1, not in week 2 (21 weeks)")
  {
    const std::string twenty = with(pregnant, "weeks: 24", "weeks: 20");
    const Planned first = plan_for(twenty, 1);
    check_on_plan(plan_of(first), {"glute-bridge"});
    const Planned second = plan_for(twenty, 2);
    check_ruled_out(plan_of(second), {"glute-bridge", "lower-trunk-rotation"}, "pregnancy-after-20-weeks");
    check_on_plan(plan_of(second), {"standing-hip-extension", "seated-trunk-rotation"});
  }
}

TEST_CASE("clinical: lumbar stenosis")
{
  const Planned planned = plan_for(R"(patient:
  name: George Patel
  age: 72
conditions: [lumbar-stenosis]
pain:
  current: 4
  stage: chronic
equipment: [chair, counter, wall, bed, pillow, towel, bike]
schedule:
  minutes_per_session: 30
)");
  const model::Plan& plan = plan_of(planned);
  // Prone press-up, standing back bend, and held or full arching.
  check_ruled_out(plan,
    {"prone-press-up", "prone-on-elbows", "prone-lying", "standing-back-extension", "cat-camel",
      "half-kneeling-hip-flexor-stretch-reach", "bed-edge-hip-flexor-stretch"},
    "lumbar-stenosis");
  // Flexion-biased work (CLINICAL.md s.4), and balance from age 65.
  check_on_plan(plan, {"stationary-cycling", "single-knee-to-chest"});
  check_allowed(plan, {"seated-cat-camel", "supported-tandem-stance"});
  CHECK(count_category(plan, "balance") >= 1);
  CHECK(has_note(plan, "Do not arch your back far"));
}

TEST_CASE("clinical: spondylolisthesis")
{
  const Planned planned = plan_for(R"(patient:
  name: Jamie Ortiz
  age: 19
conditions: [spondylolisthesis, nonspecific-low-back-pain]
pain:
  current: 3
  stage: chronic
schedule:
  minutes_per_session: 30
)");
  const model::Plan& plan = plan_of(planned);
  // Prone press-up, back bends, arched-back hip flexor stretch.
  check_ruled_out(plan,
    {"prone-press-up", "prone-on-elbows", "standing-back-extension", "half-kneeling-hip-flexor-stretch-reach", "cat-camel"},
    "spondylolisthesis");
  // Only end-range extension is forbidden: a tucked-tailbone hip flexor
  // stretch and lying on the stomach stay allowed.
  check_allowed(plan, {"half-kneeling-hip-flexor-stretch", "prone-lying"});
  check_on_plan(plan, {"standing-pelvic-tilt", "glute-bridge", "bird-dog", "half-kneeling-hip-flexor-stretch"});
}

TEST_CASE("clinical: directional preference extension")
{
  const Planned planned = plan_for(R"(patient:
  name: Daniel Kim
  age: 38
conditions: [disc-herniation, sciatica]
side: right
pain:
  current: 5
  stage: subacute
  directional_preference: extension
schedule:
  minutes_per_session: 30
)");
  const model::Plan& plan = plan_of(planned);
  // Knee-to-chest, seated forward bend, and any held forward bend.
  check_ruled_out(plan,
    {"single-knee-to-chest", "double-knee-to-chest", "seated-forward-bend", "childs-pose", "seated-hamstring-stretch",
      "seated-piriformis-stretch", "figure-4-pull-stretch", "cat-camel"},
    "directional-preference-extension-avoid-flexion");
  check_on_plan(plan, {"prone-on-elbows", "walking", "bird-dog-arms", "glute-bridge"});
  CHECK(has_note(plan, "Moves that arch your back gently should ease your pain"));
}

TEST_CASE("clinical: directional preference flexion")
{
  const Planned planned = plan_for(R"(patient:
  name: Ruth Adler
  age: 58
conditions: [degenerative-disc-disease, nonspecific-low-back-pain]
pain:
  current: 5
  stage: subacute
  directional_preference: flexion
schedule:
  minutes_per_session: 30
)");
  const model::Plan& plan = plan_of(planned);
  // CLINICAL.md s.4: avoid sustained or end-range extension.
  check_ruled_out(plan,
    {"prone-press-up", "prone-on-elbows", "prone-lying", "standing-back-extension", "cat-camel", "bed-edge-hip-flexor-stretch",
      "half-kneeling-hip-flexor-stretch-reach"},
    "directional-preference-flexion-avoid-extension");
  check_on_plan(plan, {"posterior-pelvic-tilt", "seated-cat-camel"});
  check_allowed(plan, {"single-knee-to-chest", "seated-forward-bend"});
}

TEST_CASE("clinical: hypermobility")
{
  const Planned planned = plan_for(R"(patient:
  name: Sophie Lang
  age: 24
conditions: [nonspecific-low-back-pain, si-joint-pain]
pain:
  current: 3
  stage: chronic
precautions: [hypermobility]
schedule:
  minutes_per_session: 30
)");
  const model::Plan& plan = plan_of(planned);
  // Long passive end-range holds: every catalog stretch is one.
  Words end_range;
  for (const auto& e : knowledge().catalog.exercises()) {
    if (has(e.movements, "end-range-stretch")) {
      end_range.push_back(e.id);
    }
  }
  CHECK(end_range.size() >= 15);
  check_ruled_out(plan, end_range, "hypermobility");
  check_ruled_out(plan,
    {"supine-hamstring-stretch-towel", "standing-hip-flexor-stretch", "supine-figure-4-stretch", "prone-press-up"},
    "hypermobility");
  // Mid-range mobility instead, and strength favoured.
  check_on_plan(plan, {"bird-dog", "clamshell", "posterior-pelvic-tilt"});
  check_allowed(plan, {"side-plank-knees"});
  CHECK(count_category(plan, "stretch") == 0);
  CHECK(count_category(plan, "strength") >= 3);
}

TEST_CASE("clinical: fall risk")
{
  const std::string falls = R"(patient:
  name: Walter Brooks
  age: 81
conditions: [hip-osteoarthritis, deconditioning]
pain:
  current: 4
  stage: chronic
precautions: [fall-risk]
schedule:
  minutes_per_session: 30
)";
  const Words unsupported = {
    "single-leg-stance", "tandem-stance", "brisk-walking", "pallof-press", "standing-back-extension", "lifting-technique"};
  const auto check_supported = [](const model::Plan& plan) {
    for (const auto& item : plan.exercises) {
      const auto& e = *item.exercise;
      if (e.category == ptplan::model::Category::balance) {
        CHECK_MESSAGE((e.position == "seated" || has(e.equipment, "counter") || has(e.equipment, "chair")),
          e.id << " is balance without a counter or chair");
      }
    }
    CHECK(count_category(plan, "balance") >= 1);
  };
  SUBCASE("with a kitchen counter: balance present, all supported")
  {
    const Planned planned = plan_for(falls);
    const model::Plan& plan = plan_of(planned);
    check_ruled_out(plan, unsupported, "fall-risk");
    check_on_plan(plan, {"seated-kicks-cardio", "sit-to-stand", "standing-marching"});
    check_allowed(plan, {"supported-tandem-stance", "heel-toe-walking-counter", "sideways-walking-counter"});
    check_supported(plan);
    CHECK(has_note(plan, "Keep a hand on it"));
  }
  SUBCASE("with only a chair: seated balance")
  {
    const Planned planned = plan_for(with(falls, "schedule:", "equipment: [chair, bed, pillow, towel]\nschedule:"));
    const model::Plan& plan = plan_of(planned);
    check_ruled_out(plan, unsupported, "fall-risk");
    check_on_plan(plan, {"seated-weight-shifts"});
    check_supported(plan);
  }
}

TEST_CASE("clinical: limitation no-floor")
{
  const std::string no_floor = R"(patient:
  name: Evelyn Moss
  age: 76
conditions: [nonspecific-low-back-pain, hip-osteoarthritis]
pain:
  current: 4
  stage: chronic
limitations: [no-floor]
schedule:
  minutes_per_session: 30
)";
  const Words floor = {"glute-bridge", "clamshell", "cat-camel", "bird-dog-arms", "abdominal-bracing-supine", "dead-bug-arms",
    "posterior-pelvic-tilt", "single-knee-to-chest", "childs-pose", "half-kneeling-hip-flexor-stretch", "prone-lying",
    "side-plank-knees", "supine-hamstring-stretch-towel", "lower-trunk-rotation"};
  const auto check_off_floor = [](const model::Plan& plan) {
    for (const auto& item : plan.exercises) {
      CHECK_MESSAGE(!item.exercise->floor, item.exercise->id << " is done on the floor");
    }
  };
  SUBCASE("with a bed")
  {
    const Planned planned = plan_for(no_floor);
    const model::Plan& plan = plan_of(planned);
    check_ruled_out(plan, floor, "limitation-no-floor");
    check_on_plan(plan, {"bed-edge-hip-flexor-stretch", "standing-hip-abduction", "standing-marching"});
    check_allowed(plan, {"seated-cat-camel", "supported-tandem-stance", "pelvic-floor-lying"});
    check_off_floor(plan);
  }
  SUBCASE("without a bed: seated and standing versions only")
  {
    const Planned planned = plan_for(with(no_floor, "schedule:", "equipment: [chair, counter, wall, towel]\nschedule:"));
    const model::Plan& plan = plan_of(planned);
    check_ruled_out(plan, floor, "limitation-no-floor");
    check_not_on_plan(plan, {"bed-edge-hip-flexor-stretch", "side-lying-hip-flexor-stretch"});
    check_on_plan(plan, {"standing-hip-abduction"});
    check_allowed(plan, {"seated-cat-camel"});
    check_off_floor(plan);
    for (const auto& item : plan.exercises) {
      CHECK_MESSAGE((item.exercise->position == "seated" || item.exercise->position == "standing"), item.exercise->id);
    }
  }
}

TEST_CASE("clinical: limitation no-kneeling")
{
  const Planned planned = plan_for(R"(patient:
  name: Peter Novak
  age: 49
conditions: [nonspecific-low-back-pain, hip-strain]
pain:
  current: 3
  stage: subacute
limitations: [no-kneeling]
schedule:
  minutes_per_session: 30
)");
  const model::Plan& plan = plan_of(planned);
  check_ruled_out(plan,
    {"half-kneeling-hip-flexor-stretch", "half-kneeling-hip-flexor-stretch-reach", "childs-pose", "cat-camel", "bird-dog-arms",
      "bird-dog"},
    "limitation-no-kneeling");
  // Half-kneeling hip flexor stretch -> standing version.
  check_on_plan(plan, {"standing-hip-flexor-stretch", "glute-bridge"});
  check_allowed(plan, {"seated-cat-camel"});
}

// ---------------------------------------------------------------------------
// CLINICAL.md s.6: red flags
// ---------------------------------------------------------------------------

namespace {

std::string with_flags(const std::string& flags, bool pregnant)
{
  return fmt::format(R"(patient:
  name: Chris Doe
  age: {}
conditions: [nonspecific-low-back-pain]
pain:
  current: 6
{}red_flags: [{}]
)",
    pregnant ? 29 : 54, pregnant ? "precautions: [pregnancy]\npregnancy: { weeks: 30 }\n" : "", flags);
}

struct FlagCase
{
  const char* flag;
  const char* urgency; // CLINICAL.md s.6
  bool pregnant;
};

} // namespace

TEST_CASE("clinical: every red flag gives a referral with its group's urgency, never a plan")
{
  const std::vector<FlagCase> cases = {
    // cauda equina: emergency, same day
    {"bladder-dysfunction", "emergency", false},
    {"bowel-dysfunction", "emergency", false},
    {"saddle-numbness", "emergency", false},
    {"bilateral-leg-weakness", "emergency", false},
    {"sexual-dysfunction", "emergency", false},
    // progressive weakness, suspected fracture, malignancy, infection: urgent
    {"progressive-weakness", "urgent", false},
    {"major-trauma", "urgent", false},
    {"trauma-with-osteoporosis", "urgent", false},
    {"cancer-history", "urgent", false},
    {"unexplained-weight-loss", "urgent", false},
    {"constant-night-pain", "urgent", false},
    {"fever", "urgent", false},
    {"iv-drug-use", "urgent", false},
    {"immunosuppression", "urgent", false},
    // hip: septic arthritis is a same-day emergency; s.6 gives no urgency for
    // the hip group, so a suspected hip fracture is checked as at least urgent below
    {"hot-swollen-joint", "emergency", false},
    // pregnancy warning signs: emergency
    {"vaginal-bleeding", "emergency", true},
    {"amniotic-fluid-leak", "emergency", true},
    {"regular-contractions", "emergency", true},
    {"chest-pain", "emergency", true},
    {"calf-swelling", "emergency", true},
    {"dizziness", "emergency", true},
  };
  for (const auto& c : cases) {
    CAPTURE(c.flag);
    const Planned planned = plan_for(with_flags(c.flag, c.pregnant));
    const model::Referral& referral = referral_of(planned);
    CHECK(referral.urgency == c.urgency);
    CHECK(referral.flags == Words{c.flag});
    CHECK_FALSE(referral.reasons.empty());
  }
  SUBCASE("unable to bear weight after a fall: suspected hip fracture")
  {
    const Planned planned = plan_for(with_flags("unable-to-bear-weight", false));
    const model::Referral& referral = referral_of(planned);
    CHECK((referral.urgency == "urgent" || referral.urgency == "emergency"));
    CHECK(referral.flags == Words{"unable-to-bear-weight"});
  }
  SUBCASE("several flags: the most urgent wins")
  {
    const Planned planned = plan_for(with_flags("fever, saddle-numbness", false));
    const model::Referral& referral = referral_of(planned);
    CHECK(referral.urgency == "emergency");
    CHECK(referral.flags == Words{"fever", "saddle-numbness"});
    CHECK(referral.reasons.size() == 2);
  }
}

TEST_CASE("clinical: a medically cleared red flag gives a plan with the clearance notice")
{
  const std::string cleared = R"(patient:
  name: Susan Park
  age: 61
conditions: [nonspecific-low-back-pain, back-strain]
pain:
  current: 4
  stage: acute
  directional_preference: none
red_flags: [cancer-history]
clearance:
  by: Dr. Helen Chen
  date: 2026-10-26
  flags: [cancer-history]
equipment: [chair, band, towel, pillow, bed]
schedule:
  days: [mon, wed, fri, sat]
  minutes_per_session: 20
plan:
  start: 2026-11-02
)";
  SUBCASE("the flag is listed in the clearance")
  {
    const Planned planned = plan_for(cleared);
    const model::Plan& plan = plan_of(planned);
    CHECK(plan.cleared_flags == Words{"cancer-history"});
    CHECK(has_note(plan, "Your doctor has checked you and said it is safe to exercise"));
    CHECK(plan.exercises.size() >= 4);
  }
  SUBCASE("a clearance without a list covers every flag")
  {
    const Planned planned =
      plan_for(with(with(cleared, "  flags: [cancer-history]\n", ""), "[cancer-history]", "[cancer-history, fever]"));
    const model::Plan& plan = plan_of(planned);
    CHECK(plan.cleared_flags == Words{"cancer-history", "fever"});
    CHECK(has_note(plan, "Your doctor has checked you"));
  }
  SUBCASE("a flag the clearance does not list still refers")
  {
    const Planned planned = plan_for(with(cleared, "red_flags: [cancer-history]", "red_flags: [cancer-history, fever]"));
    const model::Referral& referral = referral_of(planned);
    CHECK(referral.urgency == "urgent");
    CHECK(referral.flags == Words{"fever"});
  }
  SUBCASE("without the clearance the same patient is referred")
  {
    const Planned planned =
      plan_for(with(cleared, "clearance:\n  by: Dr. Helen Chen\n  date: 2026-10-26\n  flags: [cancer-history]\n", ""));
    CHECK(referral_of(planned).urgency == "urgent");
  }
}

// ---------------------------------------------------------------------------
// CLINICAL.md s.7: STarT Back stratified care
// ---------------------------------------------------------------------------

TEST_CASE("clinical: STarT Back high and low risk change the plan")
{
  const std::string patient = R"(patient:
  name: Tom Reilly
  age: 45
conditions: [nonspecific-low-back-pain]
pain:
  current: 5
  stage: chronic
equipment: [chair, counter, wall, bed, pillow, towel, bike]
start_back: [1, 1, 0, 1, 1, 1, 1, 1, very-much]
schedule:
  minutes_per_session: 30
)";
  const Planned high = plan_for(patient);
  const Planned low = plan_for(with(patient, "[1, 1, 0, 1, 1, 1, 1, 1, very-much]", "[1, 0, 0, 0, 0, 0, 0, 0, slightly]"));
  const model::Plan& high_plan = plan_of(high);
  const model::Plan& low_plan = plan_of(low);

  SUBCASE("scores")
  {
    REQUIRE(high_plan.start_back.has_value());
    CHECK(high_plan.start_back->total == 8);
    CHECK(high_plan.start_back->psychosocial == 5);
    CHECK(high_plan.start_back->risk == "high");
    REQUIRE(low_plan.start_back.has_value());
    CHECK(low_plan.start_back->total == 1);
    CHECK(low_plan.start_back->risk == "low");
  }
  SUBCASE("high risk: psychologically informed, graded, easiest level")
  {
    CHECK(has_note(high_plan, "Hurt does not mean harm"));
    CHECK(has_note(high_plan, "by plan, not by pain"));
    for (const auto& item : high_plan.exercises) {
      CHECK_MESSAGE(item.exercise->level == 1, item.exercise->id << " is level " << item.exercise->level);
    }
    check_on_plan(high_plan, {"walking", "abdominal-bracing-supine", "glute-squeeze", "mini-squat-counter"});
    check_not_on_plan(high_plan, {"glute-bridge", "bird-dog-arms", "hip-hinge", "cat-camel"});
    check_allowed(high_plan, {"glute-bridge", "bird-dog-arms", "hip-hinge", "cat-camel"});
  }
  SUBCASE("low risk: reassurance and self-management")
  {
    CHECK(has_note(low_plan, "likely to get better on its own"));
    CHECK_FALSE(has_note(low_plan, "Hurt does not mean harm"));
    check_on_plan(low_plan, {"walking", "glute-bridge", "bird-dog-arms", "hip-hinge"});
  }
  SUBCASE("the two plans differ")
  {
    CHECK(on_plan(high_plan) != on_plan(low_plan));
  }
  SUBCASE("risk bands by item content: subscale = items 5-9")
  {
    struct Band
    {
      const char* answers;
      const char* risk;
    };
    for (const Band band : {Band{"[1, 1, 1, 1, 1, 1, 1, 0, moderately]", "medium"}, // subscale 3, total 7
           Band{"[0, 0, 0, 0, 1, 1, 1, 0, extremely]", "high"},                     // subscale 4
           Band{"[1, 1, 1, 0, 0, 0, 0, 0, very-much]", "medium"},                   // total 4, subscale 1
           Band{"[1, 1, 1, 0, 0, 0, 0, 0, moderately]", "low"}}) {                  // total 3
      CAPTURE(band.answers);
      const Planned planned = plan_for(with(patient, "[1, 1, 0, 1, 1, 1, 1, 1, very-much]", band.answers));
      REQUIRE(plan_of(planned).start_back.has_value());
      CHECK(plan_of(planned).start_back->risk == band.risk);
    }
  }
}
