// The whole pipeline with the built-in knowledge (engine/planner.hpp;
// SPEC.md "Guarantees").

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/dose.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/json.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

using ptplan::engine::make_plan;
using ptplan::model::Knowledge;
using ptplan::model::Plan;
using ptplan::model::PlanOrReferral;
using ptplan::model::Profile;
using ptplan::model::Referral;

namespace {

Knowledge load_builtin()
{
  ptplan::Diagnostics diagnostics;
  auto loaded = ptplan::load::load_knowledge(ptplan::load::builtin_knowledge_files(), diagnostics);
  REQUIRE_MESSAGE(loaded.has_value(), diagnostics.format());
  return std::move(*loaded);
}

const Knowledge& builtin()
{
  static const Knowledge knowledge = load_builtin();
  return knowledge;
}

Profile load(const std::string& name, const std::string& yaml)
{
  ptplan::Diagnostics diagnostics;
  auto profile = ptplan::load::load_profile(ptplan::SourceFile{name, yaml}, builtin().vocabulary, diagnostics);
  REQUIRE_MESSAGE(profile.has_value(), diagnostics.format());
  return std::move(*profile);
}

// Profiles that pull the rules in different directions.
const std::map<std::string, std::string>& sample_profiles()
{
  static const std::map<std::string, std::string> profiles = {
    {"hip-oa-fall-risk.yaml", R"(
patient: { name: Maria Lopez, age: 67 }
conditions: [hip-osteoarthritis]
side: left
pain: { current: 5, irritability: moderate, stage: chronic, directional_preference: none }
precautions: [fall-risk]
limitations: [no-floor]
equipment: [chair, counter, band, bed, pillow]
schedule: { days: [mon, wed, fri, sat], minutes_per_session: 20, clinic_visits_per_week: 1 }
plan: { start: 2026-03-02, weeks: 6 }
)"},
    {"hip-replacement-posterior.yaml", R"(
patient: { name: Linda Whitaker, age: 64 }
conditions: [hip-replacement]
side: right
pain: { current: 3, stage: subacute }
precautions: [hip-replacement-posterior, recent-surgery]
surgery: { date: 2026-01-26 }
limitations: [no-floor]
equipment: [chair, counter, bed, pillow, band]
schedule: { minutes_per_session: 20, clinic_visits_per_week: 2 }
plan: { start: 2026-03-02, weeks: 6 }
)"},
    {"pregnancy.yaml", R"(
patient: { name: Aisha Rahman, age: 31 }
conditions: [si-joint-pain]
pain: { current: 4, stage: subacute, directional_preference: none }
precautions: [pregnancy]
pregnancy: { weeks: 24 }
equipment: [chair, ball, pillow, wall, counter]
schedule: { days: [mon, wed, thu, sat], minutes_per_session: 20, clinic_visits_per_week: 1 }
)"},
    {"high-irritability-short.yaml", R"(
patient: { name: Tom Baker, age: 72 }
conditions: [sciatica, disc-herniation]
pain: { current: 8, stage: acute, directional_preference: extension }
precautions: [osteoporosis]
schedule: { days: [tue, thu, sun], minutes_per_session: 10 }
start_back: [1, 1, 0, 1, 1, 1, 1, 0, extremely]
plan: { start: 2026-12-09, weeks: 8 }
)"},
    {"long-sessions.yaml", R"(
patient: { name: Sam Long, age: 40 }
conditions: [nonspecific-low-back-pain, deconditioning]
pain: { current: 2, stage: chronic }
equipment: [chair, band, bike, step, ball, towel, wall, counter, bed, pillow]
schedule: { minutes_per_session: 45 }
)"},
    {"stenosis-no-kneeling.yaml", R"(
patient: { name: Ron Price, age: 70 }
conditions: [lumbar-stenosis, hip-osteoarthritis]
pain: { current: 6 }
precautions: [hypermobility, fall-risk]
limitations: [no-kneeling, no-supine]
equipment: []
schedule: { days: [mon, tue, wed], minutes_per_session: 15, clinic_visits_per_week: 3 }
plan: { start: 2026-06-07, weeks: 4 }
)"},
  };
  return profiles;
}

const Plan& as_plan(const PlanOrReferral& outcome)
{
  REQUIRE_MESSAGE(std::holds_alternative<Plan>(outcome), "expected a plan, got a referral");
  return std::get<Plan>(outcome);
}

std::set<std::string> excluded_ids(const Plan& plan)
{
  std::set<std::string> ids;
  for (const auto& e : plan.excluded) {
    ids.insert(e.id);
  }
  return ids;
}

} // namespace

TEST_CASE("planner: a profile with an uncleared red flag gets a referral, not a plan")
{
  const Profile p = load("red-flag.yaml", R"(
patient: { name: Joe Bloggs, age: 52 }
conditions: [sciatica]
pain: { current: 6 }
red_flags: [saddle-numbness]
)");
  const PlanOrReferral outcome = make_plan(builtin(), p, 1);
  REQUIRE(std::holds_alternative<Referral>(outcome));
  const Referral& referral = std::get<Referral>(outcome);
  CHECK(referral.urgency == "emergency");
  CHECK(referral.flags == std::vector<std::string>{"saddle-numbness"});
}

TEST_CASE("planner: a cleared red flag gives a plan that records the clearance")
{
  const Profile p = load("cleared.yaml", R"(
patient: { name: Susan Park, age: 61 }
conditions: [nonspecific-low-back-pain, back-strain]
pain: { current: 4, stage: acute, directional_preference: none }
red_flags: [cancer-history]
clearance: { by: Dr. Helen Chen, date: 2026-10-26, flags: [cancer-history] }
)");
  const PlanOrReferral outcome = make_plan(builtin(), p, 1);
  const Plan& plan = as_plan(outcome);
  CHECK(plan.cleared_flags == std::vector<std::string>{"cancer-history"});
  CHECK_FALSE(plan.exercises.empty());
  const bool noted =
    std::any_of(plan.fired.begin(), plan.fired.end(), [](const auto* r) { return r->id == "cleared-red-flags"; });
  CHECK(noted);
}

TEST_CASE("planner: every sample profile gets a plan")
{
  for (const auto& entry : sample_profiles()) {
    const auto& name = entry.first;
    const auto& yaml = entry.second;
    CAPTURE(name);
    const Profile p = load(name, yaml);
    const PlanOrReferral outcome = make_plan(builtin(), p, 1);
    const Plan& plan = as_plan(outcome);
    CHECK(plan.profile == &p);
    CHECK(plan.week == 1);
    CHECK_FALSE(plan.exercises.empty());
    CHECK(plan.exercises.size() <= 8); // CLINICAL.md s.1: at most 8 a session
    CHECK(plan.schedule.size() == 7);
  }
}

TEST_CASE("planner: the same inputs twice give identical JSON")
{
  const Knowledge second = load_builtin(); // loaded again, separately
  for (const auto& entry : sample_profiles()) {
    const auto& name = entry.first;
    const auto& yaml = entry.second;
    for (const int week : {1, 4}) {
      CAPTURE(name);
      CAPTURE(week);
      const Profile p = load(name, yaml);
      const Profile q = load(name, yaml);
      const std::string first = ptplan::render::plan_json(as_plan(make_plan(builtin(), p, week)));
      const std::string again = ptplan::render::plan_json(as_plan(make_plan(builtin(), p, week)));
      const std::string other = ptplan::render::plan_json(as_plan(make_plan(second, q, week)));
      CHECK(first == again);
      CHECK(first == other);
    }
  }
}

TEST_CASE("planner: no excluded exercise reaches the plan")
{
  for (const auto& entry : sample_profiles()) {
    const auto& name = entry.first;
    const auto& yaml = entry.second;
    for (const int week : {1, 4, 8}) {
      CAPTURE(name);
      CAPTURE(week);
      const Profile p = load(name, yaml);
      const PlanOrReferral outcome = make_plan(builtin(), p, week);
      const Plan& plan = as_plan(outcome);
      const std::set<std::string> excluded = excluded_ids(plan);

      // Recompute the constraints independently of the planner.
      const auto facts = ptplan::engine::derive_facts(p, builtin().vocabulary, week);
      const auto constraints = ptplan::engine::apply_rules(builtin().rules, facts);
      for (const auto& planned : plan.exercises) {
        REQUIRE(planned.exercise != nullptr);
        CAPTURE(planned.exercise->id);
        CHECK(excluded.count(planned.exercise->id) == 0);
        CHECK_FALSE(ptplan::engine::check_exercise(*planned.exercise, constraints).has_value());
        CHECK(planned.exercise->level >= 1);
      }
      for (const auto* care : plan.self_care) {
        REQUIRE(care != nullptr);
        CAPTURE(care->id);
        CHECK(excluded.count(care->id) == 0);
      }
      // Every catalog exercise the rules rule out is listed as excluded.
      for (const auto& e : builtin().catalog.exercises()) {
        if (ptplan::engine::check_exercise(e, constraints)) {
          CAPTURE(e.id);
          CHECK(excluded.count(e.id) == 1);
        }
      }
    }
  }
}

TEST_CASE("planner: the posterior hip precautions hold for 12 weeks after surgery, then lift")
{
  const Profile p = load("hip-replacement-posterior.yaml", sample_profiles().at("hip-replacement-posterior.yaml"));
  const auto by_hip_rule = [](const Plan& plan) {
    return std::count_if(plan.excluded.begin(), plan.excluded.end(),
      [](const ptplan::model::Exclusion& e) { return e.rule == "hip-replacement-posterior"; });
  };
  // Week 1 starts 5 weeks after surgery: no hip flexion past 90 on the plan.
  const PlanOrReferral early = make_plan(builtin(), p, 1);
  const Plan& plan1 = as_plan(early);
  CHECK(by_hip_rule(plan1) > 0);
  CHECK(excluded_ids(plan1).count("supine-figure-4-stretch") == 1);
  for (const auto& planned : plan1.exercises) {
    CAPTURE(planned.exercise->id);
    const auto& m = planned.exercise->movements;
    CHECK(std::find(m.begin(), m.end(), "hip-flexion-past-90") == m.end());
    CHECK(std::find(m.begin(), m.end(), "hip-adduction-past-midline") == m.end());
    CHECK(std::find(m.begin(), m.end(), "hip-internal-rotation") == m.end());
  }
  // Week 8 starts 12 weeks after surgery: the default window is over.
  const PlanOrReferral late = make_plan(builtin(), p, 8);
  CHECK(by_hip_rule(as_plan(late)) == 0);
}

TEST_CASE("planner: every day's exercises fit in minutes_per_session")
{
  for (const auto& entry : sample_profiles()) {
    const auto& name = entry.first;
    const auto& yaml = entry.second;
    for (const int week : {1, 3, 6}) {
      CAPTURE(name);
      CAPTURE(week);
      const Profile p = load(name, yaml);
      const PlanOrReferral outcome = make_plan(builtin(), p, week);
      const Plan& plan = as_plan(outcome);
      const int limit = p.schedule.minutes_per_session;
      REQUIRE(plan.schedule.size() == 7);
      for (const auto& day : plan.schedule) {
        CAPTURE(static_cast<int>(day.day));
        CHECK(day.minutes <= limit);
        // Recount from the doses, independently of the schedule's minutes.
        int seconds = 0;
        for (const auto& planned : plan.exercises) {
          if (std::find(planned.days.begin(), planned.days.end(), day.day) != planned.days.end()) {
            seconds += ptplan::engine::estimate_seconds(planned.dose);
          }
        }
        CHECK(seconds <= limit * 60);
        if (!day.available) {
          CHECK(day.exercises.empty());
        }
      }
      for (const auto& planned : plan.exercises) {
        CAPTURE(planned.exercise->id);
        CHECK_FALSE(planned.days.empty());
        for (const auto d : planned.days) {
          CHECK(std::find(p.schedule.days.begin(), p.schedule.days.end(), d) != p.schedule.days.end());
        }
      }
    }
  }
}

TEST_CASE("planner: the plan is dated from the profile's start, by programme week")
{
  const Profile p = load("hip-oa-fall-risk.yaml", sample_profiles().at("hip-oa-fall-risk.yaml"));
  const PlanOrReferral outcome = make_plan(builtin(), p, 3);
  const Plan& plan = as_plan(outcome);
  REQUIRE(plan.week_start.has_value());
  CHECK(plan.week_start->iso() == "2026-03-16");
  REQUIRE(plan.schedule.front().date.has_value());
  CHECK(plan.schedule.front().date->iso() == "2026-03-16");
  CHECK(plan.week == 3);
  CHECK(plan.weeks == 6);
}

TEST_CASE("planner: later weeks progress the week-1 session instead of dropping or shrinking it")
{
  const Profile p = load("sciatica-extension.yaml", R"(
patient: { name: Daniel Kowalski, age: 38 }
conditions: [sciatica, disc-herniation]
side: right
pain: { current: 6, irritability: moderate, stage: subacute, directional_preference: extension }
equipment: [towel, pillow, bed, chair, wall]
schedule: { days: [mon, tue, wed, thu, fri, sat, sun], minutes_per_session: 15, clinic_visits_per_week: 2 }
start_back: [1, 0, 1, 1, 0, 1, 0, 0, moderately]
plan: { start: 2026-03-09, weeks: 6 }
)");
  const PlanOrReferral first = make_plan(builtin(), p, 1);
  const Plan& week1 = as_plan(first);
  std::set<std::string> started;
  int aerobic_minutes = 0;
  for (const auto& planned : week1.exercises) {
    started.insert(planned.exercise->id);
    if (planned.exercise->category == ptplan::model::Category::aerobic) {
      aerobic_minutes = planned.dose.value_or(ptplan::model::DoseField::minutes, 0);
    }
  }
  REQUIRE(aerobic_minutes > 0);
  for (int week = 2; week <= 6; ++week) {
    CAPTURE(week);
    const PlanOrReferral outcome = make_plan(builtin(), p, week);
    const Plan& plan = as_plan(outcome);
    std::set<std::string> now;
    int minutes = 0;
    for (const auto& planned : plan.exercises) {
      REQUIRE(planned.started_as != nullptr);
      now.insert(planned.started_as->id);
      if (planned.exercise->category == ptplan::model::Category::aerobic) {
        minutes = planned.dose.value_or(ptplan::model::DoseField::minutes, 0);
      }
    }
    CHECK(now == started);
    CHECK(minutes >= aerobic_minutes);
    aerobic_minutes = std::max(aerobic_minutes, minutes);
  }
}
