// The therapist decides, the rules check: choices.include, exclude, dose,
// note and allow (issue 14), on real cases and on many generated ones.
#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/engine/therapist_choices.hpp"
#include "ptplan/render/outcome_renderer.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>

using namespace ptplan;
using ptplan::test::builtin_knowledge;
using ptplan::test::plan_for;
using ptplan::test::profile_from;

namespace {

// A posterior hip replacement six weeks ago: figure-4 stretches bend the hip
// past 90 degrees and cross the leg, which the precautions forbid.
const std::string k_hip = R"(patient: { name: Ruth Adler, age: 68 }
conditions: [hip-osteoarthritis]
side: right
pain: { current: 3, stage: chronic }
precautions: [hip-replacement-posterior]
surgery: { date: 2026-10-20 }
equipment: [chair, counter, band, bed]
schedule: { days: [mon, wed, fri], minutes_per_session: 30 }
plan: { start: 2026-11-30, weeks: 8 }
)";

const model::PlannedExercise* find(const model::Plan& plan, const std::string& id)
{
  const auto found = std::find_if(
    plan.exercises.begin(), plan.exercises.end(), [&](const model::PlannedExercise& e) { return e.exercise->id == id; });
  return found == plan.exercises.end() ? nullptr : &*found;
}

std::string errors_of(const model::Profile& profile, int week = 1)
{
  return engine::choice_errors(builtin_knowledge(), profile, week).format();
}

std::string rendered(const model::Plan& plan, const model::Profile& profile, render::Format format)
{
  Diagnostics diagnostics;
  render::OutcomeRenderer renderer(render::builtin_templates(), builtin_knowledge(), {format}, diagnostics, {});
  REQUIRE(renderer.ok());
  const auto text = renderer.render(model::PlanOrReferral(plan), profile, format, diagnostics);
  REQUIRE_MESSAGE(text.has_value(), diagnostics.format());
  return *text;
}

} // namespace

TEST_CASE("choices: an included exercise is on every week's plan, picked by the therapist")
{
  const auto profile = profile_from(k_hip + "choices:\n  include: [glute-bridge, standing-hip-abduction]\n");
  CHECK(errors_of(profile, 8).empty());
  for (int week = 1; week <= 8; ++week) {
    CAPTURE(week);
    const model::Plan plan = plan_for(profile, week);
    for (const std::string id : {"glute-bridge", "standing-hip-abduction"}) {
      CAPTURE(id);
      // The pick itself, or the step of its chain it has progressed to.
      const auto item = std::find_if(plan.exercises.begin(), plan.exercises.end(),
        [&](const model::PlannedExercise& e) { return e.exercise->id == id || (e.started_as && e.started_as->id == id); });
      REQUIRE(item != plan.exercises.end());
      CHECK(item->chosen_by == model::ChosenBy::therapist);
      if (week == 1) {
        CHECK(std::find(item->why.begin(), item->why.end(), "picked by the therapist (choices.include)") != item->why.end());
      }
    }
  }
  // The rules' own picks say so.
  for (const auto& item : plan_for(profile, 1).exercises) {
    if (item.exercise->id != "glute-bridge" && item.exercise->id != "standing-hip-abduction") {
      CHECK(item.chosen_by == model::ChosenBy::rules);
    }
  }
}

TEST_CASE("choices: an excluded exercise is never planned, and the plan says who left it out")
{
  const auto plain = plan_for(profile_from(k_hip), 1);
  REQUIRE_FALSE(plain.exercises.empty());
  const std::string usual = plain.exercises.front().exercise->id;
  const auto profile = profile_from(k_hip + "choices:\n  exclude: [" + usual + "]\n");
  for (int week = 1; week <= 8; ++week) {
    const model::Plan plan = plan_for(profile, week);
    CHECK(find(plan, usual) == nullptr);
    const auto listed =
      std::find_if(plan.excluded.begin(), plan.excluded.end(), [&](const model::Exclusion& e) { return e.id == usual; });
    REQUIRE(listed != plan.excluded.end());
    CHECK(listed->rule == "choices.exclude");
  }
}

TEST_CASE("choices: a set dose replaces the computed one and stays, unless the log regresses it")
{
  const auto profile =
    profile_from(k_hip + "choices:\n  include: [glute-bridge]\n  dose:\n    glute-bridge: { sets: 2, reps: 9 }\n");
  for (int week = 1; week <= 6; ++week) {
    CAPTURE(week);
    const model::Plan plan = plan_for(profile, week);
    const auto* bridge = find(plan, "glute-bridge");
    REQUIRE(bridge);
    CHECK(bridge->dose.get(model::DoseField::sets) == 2);
    CHECK(bridge->dose.get(model::DoseField::reps) == 9);
    CHECK(bridge->dose_by_therapist);
    if (week > 1) {
      CHECK(bridge->change == model::ChangeKind::held);
      CHECK(bridge->change_reason == "Kept the same: your therapist set this dose.");
    }
  }
  // A hard week with pain the next day: the log regresses even a set dose.
  const auto logged = profile_from(k_hip + R"(choices:
  include: [glute-bridge]
  dose:
    glute-bridge: { sets: 2, reps: 9 }
progress:
  - week: 1
    sessions_done: 3
    pain_during: 5
    pain_next_day: worse
    exercises:
      glute-bridge: { pain: 6, difficulty: hard }
)");
  const model::Plan second = plan_for(logged, 2);
  const auto* lowered = find(second, "glute-bridge");
  if (lowered) {
    CHECK(lowered->change == model::ChangeKind::regressed);
    const int before = 2 * 9;
    CHECK(lowered->dose.value_or(model::DoseField::sets, 1) * lowered->dose.value_or(model::DoseField::reps, 1) < before);
  } else {
    // Regressed to the easier exercise of its chain.
    const auto& exercises = second.exercises;
    CHECK(std::any_of(exercises.begin(), exercises.end(), [](const model::PlannedExercise& e) {
      return e.started_as && e.started_as->id == "glute-bridge" && e.change == model::ChangeKind::regressed;
    }));
  }
}

TEST_CASE("choices: a dose outside CLINICAL.md s.2 is planned with a warning naming the bound")
{
  const auto profile =
    profile_from(k_hip + "choices:\n  include: [glute-bridge]\n  dose:\n    glute-bridge: { sets: 6, reps: 10 }\n");
  CHECK(errors_of(profile).empty());
  const model::Plan plan = plan_for(profile, 1);
  const auto* bridge = find(plan, "glute-bridge");
  REQUIRE(bridge);
  CHECK(bridge->dose.get(model::DoseField::sets) == 6);
  const bool warned = std::any_of(plan.warnings.begin(), plan.warnings.end(), [](const std::string& w) {
    return w.find("choices.dose for glute-bridge: sets 6 is outside 1-4 (CLINICAL.md s.2: 1-4 sets of strength work)")
           != std::string::npos;
  });
  CHECK(warned);
  // Inside the bounds: no warning.
  const auto fine = plan_for(profile_from(k_hip + "choices:\n  dose:\n    glute-bridge: { sets: 2, reps: 10 }\n"), 1);
  CHECK(std::none_of(fine.warnings.begin(), fine.warnings.end(),
    [](const std::string& w) { return w.find("choices.dose") != std::string::npos; }));
}

TEST_CASE("choices: a days_per_week the week cannot give is a warning naming the days it got and why, never 'as given'")
{
  const auto warnings_about = [](const model::Plan& plan, const std::string& id) {
    std::vector<std::string> found;
    for (const auto& w : plan.warnings) {
      if (w.find("choices.dose for " + id + ":") != std::string::npos) {
        found.push_back(w);
      }
    }
    return found;
  };
  // Strength on 5 days: planned on 3, never two in a row (48 hours' rest).
  const auto strength = profile_from(k_hip + "choices:\n  dose:\n    glute-bridge: { days_per_week: 5 }\n", "ruth.yaml");
  const model::Plan plan = plan_for(strength, 1);
  const auto* bridge = find(plan, "glute-bridge");
  REQUIRE(bridge);
  CHECK(bridge->days.size() == 3);
  const auto bridge_warnings = warnings_about(plan, "glute-bridge");
  REQUIRE(bridge_warnings.size() == 1);
  CHECK(bridge_warnings[0]
        == "ruth.yaml:12:5: choices.dose for glute-bridge: days_per_week 5, but it is planned on 3 days (Monday, Wednesday "
           "and Friday): strength work is done at most 3 days a week, never two days in a row, so the muscles rest 48 hours");
  // A stretch every day on a 3-day schedule: the schedule is the reason.
  const auto stretch =
    profile_from(k_hip + "choices:\n  dose:\n    standing-hip-flexor-stretch: { days_per_week: 7 }\n", "ruth.yaml");
  const auto stretch_warnings = warnings_about(plan_for(stretch, 1), "standing-hip-flexor-stretch");
  REQUIRE(stretch_warnings.size() == 1);
  CHECK(stretch_warnings[0].ends_with("but it is planned on 3 days (Monday, Wednesday and Friday): the schedule has 3 "
                                      "exercise days"));
  // Days the week gives: no warning.
  const auto fits = profile_from(k_hip + "choices:\n  dose:\n    glute-bridge: { days_per_week: 2 }\n");
  const model::Plan fitted = plan_for(fits, 1);
  REQUIRE(find(fitted, "glute-bridge"));
  CHECK(find(fitted, "glute-bridge")->days.size() == 2);
  CHECK(warnings_about(fitted, "glute-bridge").empty());
}

TEST_CASE("choices: the therapist's note is printed on that exercise's block in every handout")
{
  const auto profile = profile_from(
    k_hip + "choices:\n  include: [glute-bridge]\n  note:\n    glute-bridge: \"Squeeze a pillow between your knees.\"\n");
  const model::Plan plan = plan_for(profile, 1);
  REQUIRE(find(plan, "glute-bridge"));
  CHECK(find(plan, "glute-bridge")->therapist_note == "Squeeze a pillow between your knees.");
  CHECK(rendered(plan, profile, render::Format::html)
          .find("<p><strong>From your therapist:</strong> Squeeze a pillow between your knees.</p>")
        != std::string::npos);
  CHECK(rendered(plan, profile, render::Format::markdown).find("**From your therapist:** Squeeze a pillow between your knees.")
        != std::string::npos);
  CHECK(rendered(plan, profile, render::Format::text).find("From your therapist: Squeeze a pillow between your knees.")
        != std::string::npos);
  const std::string json = rendered(plan, profile, render::Format::json);
  CHECK(json.find("\"therapist_note\": \"Squeeze a pillow between your knees.\"") != std::string::npos);
  CHECK(json.find("\"chosen_by\": \"therapist\"") != std::string::npos);
}

TEST_CASE("choices: an include a rule forbids is refused with the rule, its tags and how to allow it")
{
  const auto profile = profile_from(k_hip + "choices:\n  include: [supine-figure-4-stretch]\n", "ruth.yaml");
  CHECK(errors_of(profile)
        == "ruth.yaml:11:13: error: choices.include: supine-figure-4-stretch is forbidden by rule "
           "hip-replacement-posterior, which forbids movement hip-flexion-past-90 and movement "
           "hip-adduction-past-midline (After a posterior hip replacement, no hip bending past 90 "
           "degrees, no crossing the legs, no turning the leg in, for 12 weeks (or while the surgery "
           "date is unknown) unless the surgeon gives a list); to take responsibility for it, add to "
           "choices.allow: { exercise: supine-figure-4-stretch, rule: hip-replacement-posterior, reason: "
           "\"...\" }\n");
  // Planned anyway (a library caller that skips the check): the rules still win.
  CHECK(find(plan_for(profile, 1), "supine-figure-4-stretch") == nullptr);
}

TEST_CASE("choices: a matching allow plans the pick and records the therapist's decision")
{
  const auto profile = profile_from(k_hip + R"(choices:
  include: [supine-figure-4-stretch]
  allow:
    - { exercise: supine-figure-4-stretch, rule: hip-replacement-posterior, reason: "Surgeon cleared on 2026-11-20" }
)");
  CHECK(errors_of(profile).empty());
  const model::Plan plan = plan_for(profile, 1);
  const auto* stretch = find(plan, "supine-figure-4-stretch");
  REQUIRE(stretch);
  REQUIRE(stretch->overrides.size() == 1);
  CHECK(stretch->overrides[0].rule == "hip-replacement-posterior");
  CHECK(stretch->overrides[0].reason == "Surgeon cleared on 2026-11-20");
  CHECK(std::find(stretch->why.begin(), stretch->why.end(),
          "allowed by the therapist against rule hip-replacement-posterior: Surgeon cleared on 2026-11-20")
        != stretch->why.end());
  const std::string json = rendered(plan, profile, render::Format::json);
  CHECK(json.find("\"override\": {\n        \"rule\": \"hip-replacement-posterior\",\n        \"reason\": \"Surgeon cleared on "
                  "2026-11-20\"")
        != std::string::npos);
  // The precaution's note says the therapist checked the allowed exercise,
  // so the note and the exercise's block do not contradict each other.
  CHECK(std::any_of(plan.notes.begin(), plan.notes.end(), [](const model::Note& n) {
    return n.rule == "hip-replacement-posterior"
           && n.text.find("Your therapist has checked that \"Lying buttock stretch\" on your plan is safe for you.")
                != std::string::npos;
  }));
  // The patient's block says nothing about rules or overrides.
  const std::string html = rendered(plan, profile, render::Format::html);
  CHECK(html.find("Surgeon cleared") == std::string::npos);
  CHECK(html.find("override") == std::string::npos);
  CHECK(std::none_of(
    plan.excluded.begin(), plan.excluded.end(), [](const model::Exclusion& e) { return e.id == "supine-figure-4-stretch"; }));
}

TEST_CASE("choices: an allow that names the wrong rule does not lift the ban, and says it does nothing")
{
  const auto profile = profile_from(k_hip + R"(choices:
  include: [supine-figure-4-stretch]
  allow:
    - { exercise: supine-figure-4-stretch, rule: osteoporosis, reason: "wrong rule" }
)");
  CHECK(errors_of(profile).find("is forbidden by rule hip-replacement-posterior") != std::string::npos);
  const model::Plan plan = plan_for(profile, 1);
  CHECK(find(plan, "supine-figure-4-stretch") == nullptr);
  CHECK(std::any_of(plan.warnings.begin(), plan.warnings.end(), [](const std::string& w) {
    return w.find("choices.allow: rule osteoporosis does not forbid supine-figure-4-stretch") != std::string::npos;
  }));
}

TEST_CASE("choices: red flags are never overridden by allow")
{
  const std::string cauda = R"(patient: { name: Tom Reed, age: 50 }
conditions: [sciatica]
pain: { current: 6 }
red_flags: [saddle-numbness]
choices:
  include: [walking]
)";
  const auto referred = profile_from(cauda);
  CHECK(std::holds_alternative<model::Referral>(engine::make_plan(builtin_knowledge(), referred, 1)));
  CHECK(errors_of(referred).empty()); // a referral, not a refused pick
  // An allow naming a red flag's referral rule is an error.
  std::string rule;
  for (const auto& r : builtin_knowledge().rules.rules) {
    if (r.refer) {
      rule = r.id;
      break;
    }
  }
  REQUIRE_FALSE(rule.empty());
  const auto profile = profile_from(
    k_hip + "choices:\n  include: [walking]\n  allow:\n    - { exercise: walking, rule: " + rule + ", reason: \"seen\" }\n");
  CHECK(errors_of(profile).find("is a red flag's referral; a red flag is never overridden by allow") != std::string::npos);
}

TEST_CASE("choices: picks that alone take longer than the session are an error with the total")
{
  const std::string yaml = R"(patient: { name: Ann Lee, age: 55 }
conditions: [nonspecific-low-back-pain]
pain: { current: 3, stage: chronic }
schedule: { days: [mon, wed, fri], minutes_per_session: 10 }
choices:
  include: [walking, glute-bridge]
  dose:
    walking: { minutes: 20 }
)";
  const std::string errors = errors_of(profile_from(yaml, "ann.yaml"));
  CHECK(errors.rfind("ann.yaml:6:13: error: choices.include: the picked exercises alone take ", 0) == 0);
  CHECK(errors.find("minutes on Monday (walking 20 min and glute-bridge") != std::string::npos);
  CHECK(errors.find("more than minutes_per_session 10") != std::string::npos);
}

TEST_CASE("choices property: random picks never bring a forbidden exercise without a matching allow")
{
  const model::Knowledge& knowledge = builtin_knowledge();
  std::vector<std::string> ids;
  for (const auto& e : knowledge.catalog.exercises()) {
    if (e.category != ptplan::model::Category::self_care) {
      ids.push_back(e.id);
    }
  }
  std::mt19937 random(20261202);
  int planned = 0;
  int refused = 0;
  for (const auto& file : ptplan::test::example_patients()) {
    const std::string base = ptplan::test::source_text("examples/patients/" + file);
    if (base.find("choices:") != std::string::npos) {
      continue;
    }
    for (int round = 0; round < 12; ++round) {
      std::shuffle(ids.begin(), ids.end(), random);
      const std::vector<std::string> include(ids.begin(), ids.begin() + 2);
      const std::string exclude = ids[2];
      std::string yaml = base + fmt::format("choices:\n  include: [{}, {}]\n  exclude: [{}]\n", include[0], include[1], exclude);
      // Half the rounds allow the first pick against every rule that forbids it in week 1.
      model::Profile probe = profile_from(yaml, file);
      const engine::Facts facts = engine::derive_facts(probe, knowledge.vocabulary, 1);
      const engine::Constraints constraints = engine::apply_rules(knowledge.rules, facts);
      std::set<std::string> allowed_rules;
      if (round % 2 == 0) {
        const auto forbidding = engine::rules_forbidding(*knowledge.catalog.find(include[0]), constraints, facts);
        if (!forbidding.empty()) {
          yaml += "  allow:\n";
          for (const auto& f : forbidding) {
            if (!f.rule->refer) {
              yaml += fmt::format("    - {{ exercise: {}, rule: {}, reason: \"tested\" }}\n", include[0], f.rule->id);
              allowed_rules.insert(f.rule->id);
            }
          }
        }
      }
      const model::Profile profile = profile_from(yaml, file);
      const int weeks = std::min(4, profile.plan_weeks.value_or(4));
      if (!engine::choice_errors(knowledge, profile, weeks).empty()) {
        ++refused;
        continue;
      }
      for (int week = 1; week <= weeks; ++week) {
        const auto outcome = engine::make_plan(knowledge, profile, week);
        const auto* plan = std::get_if<model::Plan>(&outcome);
        if (!plan) {
          break;
        }
        ++planned;
        const engine::Facts week_facts = engine::derive_facts(profile, knowledge.vocabulary, week);
        const engine::Constraints week_rules = engine::apply_rules(knowledge.rules, week_facts);
        for (const auto& item : plan->exercises) {
          CAPTURE(file);
          CAPTURE(week);
          CAPTURE(item.exercise->id);
          CHECK(item.exercise->id != exclude);
          for (const auto& f : engine::rules_forbidding(*item.exercise, week_rules, week_facts)) {
            CAPTURE(f.rule->id);
            const bool picked = profile.choices.includes(item.exercise->id);
            CHECK((picked && profile.choices.allowed(item.exercise->id, f.rule->id) != nullptr));
            CHECK_FALSE(f.rule->refer);
          }
        }
      }
    }
  }
  // The generated picks reach both sides of the check.
  CHECK(planned > 50);
  CHECK(refused > 5);
}
