// The JSON output (render/json.hpp; SPEC.md "JSON output").

#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/json.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <utility>
#include <vector>

using nlohmann::json;
using ptplan::model::Knowledge;
using ptplan::model::Plan;
using ptplan::model::Profile;
using ptplan::model::Referral;

namespace {

const Knowledge& builtin()
{
  static const Knowledge knowledge = [] {
    ptplan::Diagnostics diagnostics;
    auto loaded = ptplan::load::load_knowledge(ptplan::load::builtin_knowledge_files(), diagnostics);
    REQUIRE_MESSAGE(loaded.has_value(), diagnostics.format());
    return std::move(*loaded);
  }();
  return knowledge;
}

Profile load(const std::string& yaml)
{
  ptplan::Diagnostics diagnostics;
  auto profile = ptplan::load::load_profile(ptplan::SourceFile{"profile.yaml", yaml}, builtin().vocabulary, diagnostics);
  REQUIRE_MESSAGE(profile.has_value(), diagnostics.format());
  return std::move(*profile);
}

const char* const k_dated = R"(
patient: { name: Maria Lopez, age: 67 }
conditions: [hip-osteoarthritis]
pain: { current: 5, irritability: moderate, stage: chronic, directional_preference: none }
precautions: [fall-risk]
limitations: [no-floor]
equipment: [chair, counter, band, bed, pillow]
schedule: { days: [mon, wed, fri, sat], minutes_per_session: 20, clinic_visits_per_week: 1 }
start_back: [1, 0, 1, 1, 0, 0, 1, 0, very-much]
plan: { start: 2026-12-09, weeks: 6 }
)";

const char* const k_undated = R"(
patient: { name: Sam Long, age: 40 }
conditions: [nonspecific-low-back-pain]
pain: { current: 2 }
)";

json parse(const std::string& text)
{
  REQUIRE_FALSE(text.empty());
  CHECK(text.back() == '\n');
  json parsed;
  REQUIRE_NOTHROW(parsed = json::parse(text));
  REQUIRE(parsed.is_object());
  return parsed;
}

const std::vector<std::string> k_days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

TEST_CASE("json: a plan has the SPEC.md fields with the plan's values")
{
  const Profile profile = load(k_dated);
  const ptplan::model::PlanOrReferral outcome = ptplan::engine::make_plan(builtin(), profile, 2);
  REQUIRE(std::holds_alternative<Plan>(outcome));
  const Plan& plan = std::get<Plan>(outcome);
  REQUIRE_FALSE(plan.exercises.empty());
  const json j = parse(ptplan::render::plan_json(plan));

  CHECK(j.at("status") == "plan");
  REQUIRE(j.at("patient").is_object());
  CHECK(j.at("patient").at("name") == "Maria Lopez");
  CHECK(j.at("patient").at("age") == 67);
  CHECK(j.at("week") == 2);
  CHECK(j.at("weeks") == 6);

  SUBCASE("risk, when STarT Back was answered")
  {
    // [1,0,1,1,0,0,1,0,very-much]: total 5, subscale 2 -> medium (CLINICAL.md s.7)
    REQUIRE(j.contains("risk"));
    CHECK(j.at("risk").at("start_back") == "medium");
  }

  SUBCASE("exercises")
  {
    const json& exercises = j.at("exercises");
    REQUIRE(exercises.is_array());
    REQUIRE(exercises.size() == plan.exercises.size());
    for (std::size_t i = 0; i < exercises.size(); ++i) {
      const json& e = exercises[i];
      const auto& planned = plan.exercises[i];
      CAPTURE(planned.exercise->id);
      CHECK(e.at("id") == planned.exercise->id);
      CHECK(e.at("name") == planned.exercise->name);
      CHECK(e.at("category") == std::string(ptplan::model::word_of(planned.exercise->category)));
      CHECK(e.at("position") == planned.exercise->position);
      CHECK(e.at("floor") == planned.exercise->floor);
      CHECK(e.at("movements") == json(planned.exercise->movements));
      CHECK(e.at("equipment") == json(planned.exercise->equipment));
      CHECK(e.at("level") == planned.exercise->level);
      const json& dosage = e.at("dosage");
      REQUIRE(dosage.is_object());
      for (const auto field : ptplan::model::k_dose_fields) {
        const std::string key(ptplan::model::dose_field_name(field));
        CAPTURE(key);
        REQUIRE(dosage.contains(key));
        if (const auto value = planned.dose.get(field)) {
          CHECK(dosage.at(key) == *value);
        } else {
          CHECK(dosage.at(key).is_null());
        }
      }
      REQUIRE(dosage.contains("side"));
      if (planned.dose.side.empty()) {
        CHECK(dosage.at("side").is_null());
      } else {
        CHECK(dosage.at("side") == planned.dose.side);
      }
      REQUIRE(e.at("days").is_array());
      REQUIRE(e.at("days").size() == planned.days.size());
      for (std::size_t d = 0; d < planned.days.size(); ++d) {
        CHECK(e.at("days")[d] == k_days[static_cast<std::size_t>(planned.days[d])]);
      }
      CHECK(e.at("why") == json(planned.why));
      CHECK_FALSE(e.at("why").empty());
    }
  }

  SUBCASE("schedule: seven days from the week's start, with dates")
  {
    const json& schedule = j.at("schedule");
    REQUIRE(schedule.is_array());
    REQUIRE(schedule.size() == 7);
    // Week 2 starts 2026-12-16, a Wednesday.
    const std::vector<std::string> days = {"wed", "thu", "fri", "sat", "sun", "mon", "tue"};
    const std::vector<std::string> dates = {
      "2026-12-16", "2026-12-17", "2026-12-18", "2026-12-19", "2026-12-20", "2026-12-21", "2026-12-22"};
    for (std::size_t i = 0; i < 7; ++i) {
      CAPTURE(i);
      const json& day = schedule[i];
      CHECK(day.at("day") == days[i]);
      CHECK(day.at("date") == dates[i]);
      CHECK(day.at("clinic_visit") == (days[i] == "wed")); // one visit a week: Wednesday
      REQUIRE(day.at("exercises").is_array());
      CHECK(day.at("exercises") == json(plan.schedule[i].exercises));
      CHECK(day.at("minutes") == plan.schedule[i].minutes);
      CHECK(day.at("minutes").get<int>() <= 20);
    }
  }

  SUBCASE("excluded, with the rule and the reason")
  {
    const json& excluded = j.at("excluded");
    REQUIRE(excluded.is_array());
    REQUIRE(excluded.size() == plan.excluded.size());
    REQUIRE_FALSE(excluded.empty()); // no-floor and fall-risk rule some out
    std::set<std::string> rules;
    for (std::size_t i = 0; i < excluded.size(); ++i) {
      CHECK(excluded[i].at("id") == plan.excluded[i].id);
      CHECK(excluded[i].at("rule") == plan.excluded[i].rule);
      CHECK(excluded[i].at("reason") == plan.excluded[i].reason);
      CHECK_FALSE(excluded[i].at("reason").get<std::string>().empty());
      rules.insert(excluded[i].at("rule").get<std::string>());
    }
    CHECK(rules.count("limitation-no-floor") == 1);
    CHECK(rules.count("fall-risk") == 1);
  }

  SUBCASE("notes: the patient's lines of the rules that fired")
  {
    const json& notes = j.at("notes");
    REQUIRE(notes.is_array());
    REQUIRE(notes.size() == plan.notes.size());
    REQUIRE_FALSE(notes.empty());
    for (std::size_t i = 0; i < notes.size(); ++i) {
      CHECK(notes[i] == plan.notes[i].text);
    }
  }
}

TEST_CASE("json: an undated plan has null dates and no risk")
{
  const Profile profile = load(k_undated);
  const ptplan::model::PlanOrReferral outcome = ptplan::engine::make_plan(builtin(), profile, 1);
  REQUIRE(std::holds_alternative<Plan>(outcome));
  const json j = parse(ptplan::render::plan_json(std::get<Plan>(outcome)));
  CHECK(j.at("status") == "plan");
  CHECK(j.at("week") == 1);
  CHECK(j.at("weeks").is_null());
  CHECK_FALSE(j.contains("risk"));
  REQUIRE(j.at("schedule").size() == 7);
  for (std::size_t i = 0; i < 7; ++i) {
    CAPTURE(i);
    CHECK(j.at("schedule")[i].at("day") == k_days[i]); // Monday first
    CHECK(j.at("schedule")[i].at("date").is_null());
    CHECK(j.at("schedule")[i].at("clinic_visit") == false);
  }
}

TEST_CASE("json: a referral has status, patient and referral")
{
  const Profile profile = load(R"(
patient: { name: Joe Bloggs, age: 52 }
conditions: [sciatica]
pain: { current: 6 }
red_flags: [progressive-weakness, bladder-dysfunction]
)");
  const ptplan::model::PlanOrReferral outcome = ptplan::engine::make_plan(builtin(), profile, 1);
  REQUIRE(std::holds_alternative<Referral>(outcome));
  const json j = parse(ptplan::render::referral_json(std::get<Referral>(outcome), profile));
  CHECK(j.at("status") == "referral");
  CHECK(j.at("patient").at("name") == "Joe Bloggs");
  CHECK(j.at("patient").at("age") == 52);
  REQUIRE(j.at("referral").is_object());
  CHECK(j.at("referral").at("urgency") == "emergency");
  // SPEC.md: reasons are the red-flag ids.
  CHECK(j.at("referral").at("reasons") == json({"progressive-weakness", "bladder-dysfunction"}));
  CHECK_FALSE(j.contains("exercises"));
}

TEST_CASE("json: hostile text survives as data")
{
  Profile profile = load(k_undated);
  profile.name = "Ann \"Al\" O'Neil <b>\\ \n\t\x01 \u202E end";
  const ptplan::model::PlanOrReferral outcome = ptplan::engine::make_plan(builtin(), profile, 1);
  REQUIRE(std::holds_alternative<Plan>(outcome));
  const json j = parse(ptplan::render::plan_json(std::get<Plan>(outcome)));
  CHECK(j.at("patient").at("name") == profile.name);

  Referral referral;
  referral.urgency = "urgent";
  referral.flags = {"fever"};
  const json r = parse(ptplan::render::referral_json(referral, profile));
  CHECK(r.at("patient").at("name") == profile.name);
  CHECK(r.at("referral").at("reasons") == json({"fever"}));
}

TEST_CASE("json: the output is stable for the same plan")
{
  const Profile profile = load(k_dated);
  const ptplan::model::PlanOrReferral outcome = ptplan::engine::make_plan(builtin(), profile, 1);
  REQUIRE(std::holds_alternative<Plan>(outcome));
  const std::string first = ptplan::render::plan_json(std::get<Plan>(outcome));
  CHECK(first == ptplan::render::plan_json(std::get<Plan>(outcome)));
  // Fixed key order: status leads, as in SPEC.md.
  CHECK(first.find("\"status\"") < first.find("\"patient\""));
  CHECK(first.find("\"patient\"") < first.find("\"exercises\""));
}
