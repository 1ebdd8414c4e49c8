// Multi-week scenarios for the progress log (engine/replay.hpp, the change
// rules in exercises/rules.yaml, CLINICAL.md s.3): each week's plan must
// change the way a therapist would change it.

#include "ptplan/engine/planner.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

using ptplan::model::Plan;
using ptplan::model::PlannedExercise;
using ptplan::model::Profile;

namespace {

// A chronic back pain patient with room in the session, so that doses can
// rise; `log` is appended as the progress log.
Profile patient(const std::string& log, const std::string& extra = "")
{
  return ptplan::test::profile_from(R"(
patient: { name: Test Patient, age: 45 }
conditions: [nonspecific-low-back-pain]
pain: { current: 4, stage: chronic, directional_preference: none }
equipment: [chair, band, towel, bed, counter, wall]
schedule: { days: [mon, tue, wed, thu, fri, sat], minutes_per_session: 45 }
plan: { start: 2026-01-05, weeks: 8 }
)" + extra + "progress:\n" + log);
}

std::string week_entry(int week, int sessions, int pain, const char* next_day, const std::string& more = "")
{
  return fmt::format(
    "  - {{ week: {}, sessions_done: {}, pain_during: {}, pain_next_day: {}{} }}\n", week, sessions, pain, next_day, more);
}

Plan plan_for(const Profile& profile, int week)
{
  auto outcome = ptplan::engine::make_plan(ptplan::test::builtin_knowledge(), profile, week);
  REQUIRE_MESSAGE(std::holds_alternative<Plan>(outcome), "expected a plan for week " << week);
  return std::get<Plan>(std::move(outcome));
}

// Each exercise of the plan by the exercise it was chosen as.
std::map<std::string, const PlannedExercise*> by_choice(const Plan& plan)
{
  std::map<std::string, const PlannedExercise*> out;
  for (const auto& item : plan.exercises) {
    out[item.started_as->id] = &item;
  }
  return out;
}

std::set<std::string> changes_in(const Plan& plan)
{
  std::set<std::string> out;
  for (const auto& item : plan.exercises) {
    out.insert(std::string(ptplan::model::change_kind_id(item.change)));
  }
  return out;
}

// Harder means a later step of the chain or, on the same step, more time.
bool harder(const PlannedExercise& now, const PlannedExercise& before)
{
  if (now.exercise != before.exercise) {
    return now.exercise->level > before.exercise->level;
  }
  return now.seconds > before.seconds;
}

bool easier(const PlannedExercise& now, const PlannedExercise& before)
{
  if (now.exercise != before.exercise) {
    return now.exercise->level < before.exercise->level;
  }
  return now.seconds < before.seconds;
}

} // namespace

TEST_CASE("progress scenario: a patient who improves steadily progresses every week, dose first, then the next step")
{
  const Profile p =
    patient(week_entry(1, 6, 2, "same", ", outcomes: { nprs: 6, psfs: { lift: 3 } }") + week_entry(2, 6, 2, "better")
            + week_entry(3, 5, 1, "better") + week_entry(4, 6, 1, "better", ", outcomes: { nprs: 3, psfs: { lift: 7 } }"));
  const Plan week1 = plan_for(p, 1);
  CHECK(changes_in(week1) == std::set<std::string>{""}); // week 1 has no change
  Plan before = week1;
  bool moved_on = false;
  for (int week = 2; week <= 5; ++week) {
    CAPTURE(week);
    const Plan plan = plan_for(p, week);
    // The same session, every exercise progressed and harder than last week.
    REQUIRE(plan.exercises.size() == before.exercises.size());
    const auto last = by_choice(before);
    std::size_t progressed = 0;
    for (const auto& item : plan.exercises) {
      CAPTURE(item.exercise->id);
      // The usual pain is 4, above the green zone: the relative rule speaks.
      CHECK(item.change_rule == "progress-when-no-worse-than-usual");
      REQUIRE(last.contains(item.started_as->id));
      const PlannedExercise& was = *last.at(item.started_as->id);
      if (ptplan::model::change_kind_id(item.change) == "progressed") {
        ++progressed;
        CHECK(harder(item, was));
      } else {
        // Only an exercise already at its top dose with no harder step
        // may stay, and it says so.
        CHECK(ptplan::model::change_kind_id(item.change) == "held");
        CHECK(item.change_reason.find("at the most this plan allows") != std::string::npos);
        CHECK(item.exercise == was.exercise);
        CHECK(item.dose == was.dose);
      }
      moved_on = moved_on || (item.exercise != item.started_as);
    }
    CHECK(progressed * 2 > plan.exercises.size());
    before = plan;
  }
  // Three progressions on the dose, then a harder exercise (CLINICAL.md:
  // dose first, then the next exercise in the chain).
  CHECK(moved_on);
  const Plan week5 = plan_for(p, 5);
  REQUIRE(week5.outcomes.size() == 2);
  CHECK(week5.outcomes[0].measure == "nprs");
  CHECK(week5.outcomes[0].direction == "better");
  CHECK(week5.outcomes[0].meaningful);
  CHECK(week5.outcomes[1].measure == "psfs");
  CHECK(week5.outcomes[1].change == 4);
}

TEST_CASE("progress scenario: a flare in week 3 drops every exercise back a step in week 4, then it holds")
{
  const Profile p = patient(
    week_entry(1, 6, 2, "same") + week_entry(2, 6, 3, "same") + week_entry(3, 6, 7, "worse") + week_entry(4, 5, 5, "same"));
  const Plan week3 = plan_for(p, 3);
  CHECK(changes_in(week3).contains("progressed"));
  const Plan week4 = plan_for(p, 4);
  const auto last = by_choice(week3);
  REQUIRE(week4.exercises.size() == week3.exercises.size());
  for (const auto& item : week4.exercises) {
    CAPTURE(item.exercise->id);
    CHECK(ptplan::model::change_kind_id(item.change) == "regressed");
    // Pain 7 (3 above the usual 4) and worse next morning: both rules
    // agree; the pain one comes first.
    CHECK(item.change_rule == "progress-regress-pain-rise");
    CHECK(easier(item, *last.at(item.started_as->id)));
  }
  // Week 4 went at 5/10 and settled: hold, not progress.
  const Plan week5 = plan_for(p, 5);
  for (const auto& item : week5.exercises) {
    CAPTURE(item.exercise->id);
    CHECK(ptplan::model::change_kind_id(item.change) == "held");
    CHECK(item.change_rule == "progress-hold-pain-rise"); // 1 above the usual 4
    CHECK(item.exercise == by_choice(week4).at(item.started_as->id)->exercise);
    CHECK(item.dose == by_choice(week4).at(item.started_as->id)->dose);
  }
}

TEST_CASE("progress scenario: a patient who stops doing the exercises gets a shorter plan, held, not progressed")
{
  const Profile p = patient(week_entry(1, 5, 2, "same") + week_entry(2, 1, 2, "same") + week_entry(3, 2, 2, "same"));
  const Plan week2 = plan_for(p, 2);
  CHECK(changes_in(week2) == std::set<std::string>{"progressed"});
  REQUIRE(week2.exercises.size() > 4);

  const Plan week3 = plan_for(p, 3);
  // One session of six: hold every exercise, and keep to four of them.
  CHECK(week3.exercises.size() == 4);
  CHECK(changes_in(week3) == std::set<std::string>{"held"});
  const auto last = by_choice(week2);
  for (const auto& item : week3.exercises) {
    CAPTURE(item.exercise->id);
    REQUIRE(last.contains(item.started_as->id)); // nothing new for a patient who is struggling
    CHECK(item.dose == last.at(item.started_as->id)->dose);
    CHECK(item.change_rule == "progress-hold-low-adherence");
  }
  CHECK(std::any_of(week3.notes.begin(), week3.notes.end(),
    [](const ptplan::model::Note& note) { return note.rule == "progress-simplify-low-adherence"; }));

  // Two of six (33 %): still short and still held.
  const Plan week4 = plan_for(p, 4);
  CHECK(week4.exercises.size() == 4);
  CHECK(changes_in(week4) == std::set<std::string>{"held"});
}

TEST_CASE("progress scenario: leg symptoms that spread with one exercise stop it and its chain, and the patient is told to call")
{
  const std::string extra = "side: right\n";
  const Profile first = patient(week_entry(1, 6, 2, "same"), extra);
  const Plan week1 = plan_for(first, 1);
  REQUIRE(!week1.exercises.empty());
  // The strength exercise of week 1 is the one that made the leg worse.
  const auto culprit = std::find_if(week1.exercises.begin(), week1.exercises.end(),
    [](const PlannedExercise& item) { return item.exercise->category == ptplan::model::Category::strength; });
  REQUIRE(culprit != week1.exercises.end());
  const std::string id = culprit->exercise->id;
  const Profile p =
    patient(week_entry(1, 6, 2, "same", fmt::format(", exercises: {{ {}: {{ pain: 3, symptoms: peripheralising }} }}", id))
              + week_entry(2, 6, 2, "same"),
      extra);

  const Plan week2 = plan_for(p, 2);
  for (const auto& item : week2.exercises) {
    CAPTURE(item.exercise->id);
    CHECK(item.started_as->id != id);
    CHECK(item.exercise->id != id);
    CHECK(ptplan::model::change_kind_id(item.change) != "new"); // nothing new starts until the therapist has checked
  }
  CHECK(week2.exercises.size() == week1.exercises.size() - 1);
  const auto stopped = std::find_if(week2.excluded.begin(), week2.excluded.end(), [&](const auto& e) { return e.id == id; });
  REQUIRE(stopped != week2.excluded.end());
  CHECK(stopped->rule == "progress-stop-peripheralising");
  const bool told = std::any_of(week2.notes.begin(), week2.notes.end(), [&](const ptplan::model::Note& note) {
    return note.text.find(culprit->exercise->name) != std::string::npos
           && note.text.find("Call your therapist") != std::string::npos;
  });
  CHECK(told);
  // The easier and harder steps of its chain stay off the plan too, in later weeks as well.
  const Plan week3 = plan_for(p, 3);
  for (const auto* step : {culprit->exercise->regression.c_str(), culprit->exercise->progression.c_str()}) {
    if (*step == '\0') {
      continue;
    }
    CAPTURE(step);
    CHECK(std::none_of(
      week3.exercises.begin(), week3.exercises.end(), [&](const PlannedExercise& item) { return item.exercise->id == step; }));
  }
  CHECK(std::none_of(
    week3.exercises.begin(), week3.exercises.end(), [&](const PlannedExercise& item) { return item.exercise->id == id; }));
  // The other exercises went on as the log says (pain 2, all sessions).
  for (const auto& item : week2.exercises) {
    CHECK(ptplan::model::change_kind_id(item.change) == "progressed");
  }
}

TEST_CASE("progress scenario: leg symptoms spreading with no exercise named hold everything and ask the patient to call")
{
  const Profile p = patient(week_entry(1, 6, 2, "same", ", symptoms: peripheralising"));
  const Plan week2 = plan_for(p, 2);
  CHECK(changes_in(week2) == std::set<std::string>{"held"});
  CHECK(std::any_of(week2.notes.begin(), week2.notes.end(),
    [](const ptplan::model::Note& note) { return note.rule == "progress-leg-symptoms-call"; }));
}

TEST_CASE("progress scenario: a week without a log entry holds, and a hard exercise is held while the rest progress")
{
  const Plan plan = plan_for(patient(week_entry(1, 6, 2, "same")), 3); // no entry for week 2
  CHECK(changes_in(plan) == std::set<std::string>{"held"});
  for (const auto& item : plan.exercises) {
    CHECK(item.change_reason.find("no log entry for week 2") != std::string::npos);
  }

  const Plan week1 = plan_for(patient(week_entry(1, 6, 2, "same")), 1);
  const std::string hard = week1.exercises.back().exercise->id;
  const Plan week2 =
    plan_for(patient(week_entry(1, 6, 2, "same", fmt::format(", exercises: {{ {}: {{ difficulty: hard }} }}", hard))), 2);
  for (const auto& item : week2.exercises) {
    CAPTURE(item.exercise->id);
    CHECK(ptplan::model::change_kind_id(item.change) == (item.started_as->id == hard ? "held" : "progressed"));
  }
}

TEST_CASE("progress scenario: the same log gives the same plan, byte for byte, whatever the order of the entries")
{
  const Profile ordered = patient(week_entry(1, 6, 2, "same") + week_entry(2, 4, 5, "better"));
  const Profile shuffled = patient(week_entry(2, 4, 5, "better") + week_entry(1, 6, 2, "same"));
  const Plan a = plan_for(ordered, 3);
  const Plan b = plan_for(shuffled, 3);
  REQUIRE(a.exercises.size() == b.exercises.size());
  for (std::size_t i = 0; i < a.exercises.size(); ++i) {
    CHECK(a.exercises[i].exercise == b.exercises[i].exercise);
    CHECK(a.exercises[i].dose == b.exercises[i].dose);
    CHECK(a.exercises[i].change_reason == b.exercises[i].change_reason);
  }
}
