// What the rules see of a profile (engine/facts.hpp; exercises/README.md
// "Facts"; CLINICAL.md s.3 for irritability).

#include "ptplan/engine/adapt.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/load/facts_table.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using ptplan::Date;
using ptplan::Weekday;
using ptplan::engine::derive_facts;
using ptplan::engine::Facts;
using ptplan::engine::FactValue;
using ptplan::model::Profile;
using ptplan::model::Vocabulary;

namespace {

Profile base_profile()
{
  Profile p;
  p.name = "Test Patient";
  p.age = 50;
  p.conditions = {"nonspecific-low-back-pain"};
  p.pain_current = 5;
  p.schedule.days = {Weekday::mon, Weekday::wed, Weekday::fri};
  p.schedule.minutes_per_session = 25;
  return p;
}

Vocabulary small_vocabulary()
{
  Vocabulary v;
  v.default_equipment = {"chair", "wall"};
  return v;
}

std::optional<double> number(const Facts& facts, const std::string& name)
{
  const FactValue* value = facts.find(name);
  if (!value) {
    return std::nullopt;
  }
  const auto* n = std::get_if<double>(value);
  REQUIRE_MESSAGE(n != nullptr, name << " is not a number fact");
  return *n;
}

std::optional<std::string> word(const Facts& facts, const std::string& name)
{
  const FactValue* value = facts.find(name);
  if (!value) {
    return std::nullopt;
  }
  const auto* w = std::get_if<std::string>(value);
  REQUIRE_MESSAGE(w != nullptr, name << " is not a word fact");
  return *w;
}

std::optional<std::vector<std::string>> list(const Facts& facts, const std::string& name)
{
  const FactValue* value = facts.find(name);
  if (!value) {
    return std::nullopt;
  }
  const auto* l = std::get_if<std::vector<std::string>>(value);
  REQUIRE_MESSAGE(l != nullptr, name << " is not a list fact");
  return *l;
}

std::vector<std::string> sorted(std::vector<std::string> words)
{
  std::sort(words.begin(), words.end());
  return words;
}

} // namespace

TEST_CASE("facts: irritability is derived from current pain (CLINICAL.md s.3)")
{
  struct Case
  {
    int pain;
    const char* expected;
  };
  // low 0-3, moderate 4-6, high 7-10: the boundaries on both sides.
  const Case cases[] = {{0, "low"}, {3, "low"}, {4, "moderate"}, {6, "moderate"}, {7, "high"}, {10, "high"}};
  for (const auto& c : cases) {
    CAPTURE(c.pain);
    Profile p = base_profile();
    p.pain_current = c.pain;
    CHECK(ptplan::engine::irritability_of(p) == c.expected);
    const Facts facts = derive_facts(p, small_vocabulary(), 1);
    CHECK(word(facts, "pain.irritability") == std::optional<std::string>(c.expected));
    CHECK(number(facts, "pain.current") == std::optional<double>(c.pain));
  }
}

TEST_CASE("facts: an irritability given in the profile wins over the derived one")
{
  Profile p = base_profile();
  p.pain_current = 9;
  p.irritability = ptplan::model::Irritability::low;
  CHECK(ptplan::engine::irritability_of(p) == "low");
  CHECK(word(derive_facts(p, small_vocabulary(), 1), "pain.irritability") == std::optional<std::string>("low"));
}

TEST_CASE("facts: surgery.weeks_since counts whole weeks to the start of the planned week")
{
  Profile p = base_profile();
  p.surgery = ptplan::model::Surgery{};
  p.surgery->date = Date::from_ymd(2026, 11, 2);
  p.plan_start = Date::from_ymd(2026, 12, 7); // 35 days after the surgery

  SUBCASE("week 1 counts from the plan start")
  {
    CHECK(number(derive_facts(p, small_vocabulary(), 1), "surgery.weeks_since") == std::optional<double>(5));
  }
  SUBCASE("week N counts from the start of week N")
  {
    CHECK(number(derive_facts(p, small_vocabulary(), 2), "surgery.weeks_since") == std::optional<double>(6));
    // Week 8 starts 49 days after the plan: 84 days = 12 weeks after surgery.
    CHECK(number(derive_facts(p, small_vocabulary(), 8), "surgery.weeks_since") == std::optional<double>(12));
  }
  SUBCASE("part of a week does not count")
  {
    p.surgery->date = Date::from_ymd(2026, 11, 3); // 34 days: 4 whole weeks
    CHECK(number(derive_facts(p, small_vocabulary(), 1), "surgery.weeks_since") == std::optional<double>(4));
  }
  SUBCASE("absent when the plan is undated")
  {
    p.plan_start.reset();
    const Facts facts = derive_facts(p, small_vocabulary(), 3);
    CHECK(facts.find("surgery.weeks_since") == nullptr);
  }
  SUBCASE("absent when the surgery date is not given")
  {
    p.surgery->date.reset();
    CHECK(derive_facts(p, small_vocabulary(), 1).find("surgery.weeks_since") == nullptr);
  }
}

TEST_CASE("facts: surgery.restrictions is present whenever the surgeon gave a list, even an empty one")
{
  Profile p = base_profile();
  CHECK(derive_facts(p, small_vocabulary(), 1).find("surgery.restrictions") == nullptr);

  p.surgery = ptplan::model::Surgery{};
  CHECK(derive_facts(p, small_vocabulary(), 1).find("surgery.restrictions") == nullptr);

  p.surgery->restrictions = std::vector<std::string>{};
  CHECK(list(derive_facts(p, small_vocabulary(), 1), "surgery.restrictions")
        == std::optional<std::vector<std::string>>(std::vector<std::string>{}));

  p.surgery->restrictions = std::vector<std::string>{"hip-flexion-past-90"};
  CHECK(list(derive_facts(p, small_vocabulary(), 1), "surgery.restrictions")
        == std::optional<std::vector<std::string>>(std::vector<std::string>{"hip-flexion-past-90"}));
}

TEST_CASE("facts: pregnancy.weeks grows with the programme week")
{
  Profile p = base_profile();
  CHECK(derive_facts(p, small_vocabulary(), 1).find("pregnancy.weeks") == nullptr);

  p.pregnancy_weeks = 18;
  CHECK(number(derive_facts(p, small_vocabulary(), 1), "pregnancy.weeks") == std::optional<double>(18));
  CHECK(number(derive_facts(p, small_vocabulary(), 3), "pregnancy.weeks") == std::optional<double>(20));
  CHECK(number(derive_facts(p, small_vocabulary(), 4), "pregnancy.weeks") == std::optional<double>(21));
  // It grows the same way when the plan is undated: it counts programme weeks.
  CHECK_FALSE(p.plan_start.has_value());
}

TEST_CASE("facts: red flags are split by medical clearance")
{
  Profile p = base_profile();
  p.red_flags = {"cancer-history", "fever"};

  SUBCASE("no clearance: every flag counts")
  {
    const Facts facts = derive_facts(p, small_vocabulary(), 1);
    CHECK(list(facts, "red_flags") == std::optional<std::vector<std::string>>({"cancer-history", "fever"}));
    CHECK(facts.find("cleared_red_flags") == nullptr);
    CHECK(ptplan::engine::uncleared_red_flags(p) == std::vector<std::string>{"cancer-history", "fever"});
    CHECK(ptplan::engine::cleared_red_flags(p).empty());
  }
  SUBCASE("a clearance with a list clears only the listed flags")
  {
    p.clearance = ptplan::model::Clearance{"Dr. Chen", Date::from_ymd(2026, 10, 26), std::vector<std::string>{"cancer-history"}};
    const Facts facts = derive_facts(p, small_vocabulary(), 1);
    CHECK(list(facts, "red_flags") == std::optional<std::vector<std::string>>({"fever"}));
    CHECK(list(facts, "cleared_red_flags") == std::optional<std::vector<std::string>>({"cancer-history"}));
  }
  SUBCASE("a clearance without a list clears every flag")
  {
    p.clearance = ptplan::model::Clearance{"Dr. Chen", Date::from_ymd(2026, 10, 26), std::nullopt};
    const Facts facts = derive_facts(p, small_vocabulary(), 1);
    // `red_flags` is unknown (or empty): no `contains` on it can hold.
    const auto remaining = list(facts, "red_flags");
    CHECK((!remaining || remaining->empty()));
    CHECK(list(facts, "cleared_red_flags") == std::optional<std::vector<std::string>>({"cancer-history", "fever"}));
  }
  SUBCASE("a clearance with an empty list clears nothing")
  {
    p.clearance = ptplan::model::Clearance{"Dr. Chen", Date::from_ymd(2026, 10, 26), std::vector<std::string>{}};
    const Facts facts = derive_facts(p, small_vocabulary(), 1);
    CHECK(list(facts, "red_flags") == std::optional<std::vector<std::string>>({"cancer-history", "fever"}));
    const auto cleared = list(facts, "cleared_red_flags");
    CHECK((!cleared || cleared->empty()));
  }
}

TEST_CASE("facts: equipment defaults to the vocabulary's list and always holds none")
{
  Profile p = base_profile();
  SUBCASE("not given: the vocabulary's defaults plus none")
  {
    CHECK(sorted(ptplan::engine::equipment_of(p, small_vocabulary())) == std::vector<std::string>{"chair", "none", "wall"});
    CHECK(list(derive_facts(p, small_vocabulary(), 1), "equipment").has_value());
    CHECK(
      sorted(*list(derive_facts(p, small_vocabulary(), 1), "equipment")) == std::vector<std::string>{"chair", "none", "wall"});
  }
  SUBCASE("given: exactly the profile's list plus none")
  {
    p.equipment = std::vector<std::string>{"band"};
    CHECK(sorted(ptplan::engine::equipment_of(p, small_vocabulary())) == std::vector<std::string>{"band", "none"});
  }
  SUBCASE("given with none: none is not doubled")
  {
    p.equipment = std::vector<std::string>{"none", "band"};
    CHECK(sorted(ptplan::engine::equipment_of(p, small_vocabulary())) == std::vector<std::string>{"band", "none"});
  }
  SUBCASE("an empty list means nothing but none")
  {
    p.equipment = std::vector<std::string>{};
    CHECK(ptplan::engine::equipment_of(p, small_vocabulary()) == std::vector<std::string>{"none"});
  }
}

TEST_CASE("facts: week_start is the plan start plus whole weeks")
{
  Profile p = base_profile();
  CHECK_FALSE(ptplan::engine::week_start(p, 1).has_value());
  p.plan_start = Date::from_ymd(2026, 12, 9);
  REQUIRE(ptplan::engine::week_start(p, 1).has_value());
  CHECK(ptplan::engine::week_start(p, 1)->iso() == "2026-12-09");
  CHECK(ptplan::engine::week_start(p, 3)->iso() == "2026-12-23");
}

TEST_CASE("facts: profile values and the programme week")
{
  Profile p = base_profile();
  p.side = ptplan::model::Side::left;
  p.stage = ptplan::model::Stage::chronic;
  p.directional_preference = ptplan::model::DirectionalPreference::extension;
  p.precautions = {"fall-risk"};
  p.limitations = {"no-floor"};
  const Facts facts = derive_facts(p, small_vocabulary(), 4);
  CHECK(number(facts, "age") == std::optional<double>(50));
  CHECK(number(facts, "week") == std::optional<double>(4));
  CHECK(number(facts, "schedule.days") == std::optional<double>(3));
  CHECK(number(facts, "schedule.minutes_per_session") == std::optional<double>(25));
  CHECK(word(facts, "side") == std::optional<std::string>("left"));
  CHECK(word(facts, "pain.stage") == std::optional<std::string>("chronic"));
  CHECK(word(facts, "pain.directional_preference") == std::optional<std::string>("extension"));
  CHECK(list(facts, "conditions") == std::optional<std::vector<std::string>>({"nonspecific-low-back-pain"}));
  CHECK(list(facts, "precautions") == std::optional<std::vector<std::string>>({"fall-risk"}));
  CHECK(list(facts, "limitations") == std::optional<std::vector<std::string>>({"no-floor"}));

  SUBCASE("optional words are unknown when the profile leaves them out")
  {
    const Facts bare = derive_facts(base_profile(), small_vocabulary(), 1);
    CHECK(bare.find("side") == nullptr);
    CHECK(bare.find("pain.stage") == nullptr);
    CHECK(bare.find("pain.directional_preference") == nullptr);
    CHECK(bare.find("start_back.risk") == nullptr);
  }
}

TEST_CASE("facts: a full profile derives exactly the facts of load::fact_table(), with their types")
{
  Profile p = base_profile();
  p.side = ptplan::model::Side::both;
  p.stage = ptplan::model::Stage::acute;
  p.directional_preference = ptplan::model::DirectionalPreference::none;
  p.surgery = ptplan::model::Surgery{Date::from_ymd(2026, 11, 2), std::vector<std::string>{"hip-internal-rotation"}, {}};
  p.pregnancy_weeks = 12;
  p.postpartum_weeks = 8;
  p.mobility = {ptplan::model::WalkingAid::cane, ptplan::model::WeightBearing::partial};
  p.sex = ptplan::model::Sex::female;
  p.avoid = {"running"};
  p.priorities = {"walking"};
  p.red_flags = {"fever", "cancer-history"};
  p.clearance = ptplan::model::Clearance{"Dr. Chen", Date::from_ymd(2026, 11, 1), std::vector<std::string>{"cancer-history"}};
  p.start_back = ptplan::model::StartBackAnswers{{1, 0, 1, 0, 1, 0, 1, 0}, "slightly"};
  p.plan_start = Date::from_ymd(2026, 12, 7);
  ptplan::model::WeekReport report;
  report.week = 1;
  report.sessions_done = 2;
  report.pain_during = 4;
  report.pain_next_day = "same";
  report.symptoms = "centralising";
  report.exercises.push_back({"clamshell", 2, "hard", "unchanged", {}});
  p.progress = {report};
  ptplan::model::Exercise clamshell;
  clamshell.id = "clamshell";
  clamshell.category = ptplan::model::Category::strength;
  // Exercise facts exist only for change rules, one exercise at a time.
  const Facts facts = ptplan::engine::with_exercise_facts(derive_facts(p, small_vocabulary(), 2), clamshell, &p.progress[0]);

  for (const auto& info : ptplan::load::fact_table()) {
    const std::string name(info.name);
    CAPTURE(name);
    const FactValue* value = facts.find(name);
    REQUIRE(value != nullptr);
    switch (info.type) {
    case ptplan::load::FactType::number:
      CHECK(std::holds_alternative<double>(*value));
      break;
    case ptplan::load::FactType::word:
      CHECK(std::holds_alternative<std::string>(*value));
      break;
    case ptplan::load::FactType::list:
      CHECK(std::holds_alternative<std::vector<std::string>>(*value));
      break;
    }
  }
  for (const auto& entry : facts.all()) {
    const auto& name = entry.first;
    CAPTURE(name);
    CHECK(ptplan::load::find_fact(name) != nullptr);
  }
}

TEST_CASE("facts: last week's log entry, and an exercise's own report before the week's")
{
  Profile p = base_profile(); // three planned days
  ptplan::model::WeekReport report;
  report.week = 2;
  report.sessions_done = 2;
  report.pain_during = 4;
  report.pain_next_day = "worse";
  report.exercises.push_back({"clamshell", 1, "easy", "", {}});
  p.progress = {report};

  SUBCASE("week 3 sees week 2's entry; adherence is sessions done over planned days")
  {
    const Facts facts = derive_facts(p, small_vocabulary(), 3);
    CHECK(number(facts, "last_week.adherence") == std::optional<double>(66));
    CHECK(number(facts, "last_week.pain_during") == std::optional<double>(4));
    CHECK(word(facts, "last_week.pain_next_day") == std::optional<std::string>("worse"));
    CHECK(facts.find("last_week.symptoms") == nullptr);
  }
  SUBCASE("other weeks have no last week")
  {
    CHECK(derive_facts(p, small_vocabulary(), 2).find("last_week.adherence") == nullptr);
    CHECK(derive_facts(p, small_vocabulary(), 4).find("last_week.adherence") == nullptr);
  }
  SUBCASE("adherence is at most 100 %")
  {
    p.progress[0].sessions_done = 5;
    CHECK(number(derive_facts(p, small_vocabulary(), 3), "last_week.adherence") == std::optional<double>(100));
  }
  SUBCASE("exercise pain: its own when logged, else the week's")
  {
    const Facts week = derive_facts(p, small_vocabulary(), 3);
    ptplan::model::Exercise clamshell;
    clamshell.id = "clamshell";
    clamshell.category = ptplan::model::Category::strength;
    ptplan::model::Exercise bridge;
    bridge.id = "glute-bridge";
    bridge.category = ptplan::model::Category::strength;
    const Facts own = ptplan::engine::with_exercise_facts(week, clamshell, &p.progress[0]);
    CHECK(number(own, "exercise.pain") == std::optional<double>(1));
    CHECK(word(own, "exercise.difficulty") == std::optional<std::string>("easy"));
    const Facts other = ptplan::engine::with_exercise_facts(week, bridge, &p.progress[0]);
    CHECK(number(other, "exercise.pain") == std::optional<double>(4));
    CHECK(other.find("exercise.difficulty") == nullptr);
    CHECK(word(other, "exercise.category") == std::optional<std::string>("strength"));
  }
}

TEST_CASE("facts: surgery.restrictions_over is judged at the start of the planned week")
{
  Profile p = base_profile();
  p.surgery = ptplan::model::Surgery{};
  p.surgery->date = Date::from_ymd(2026, 10, 1);
  p.plan_start = Date::from_ymd(2026, 12, 7);

  SUBCASE("the surgeon's date: false the week before, true from that day")
  {
    p.surgery->restrictions_until = Date::from_ymd(2026, 12, 14); // the start of week 2
    CHECK(word(derive_facts(p, small_vocabulary(), 1), "surgery.restrictions_over") == std::optional<std::string>("false"));
    CHECK(word(derive_facts(p, small_vocabulary(), 2), "surgery.restrictions_over") == std::optional<std::string>("true"));
  }
  SUBCASE("without it, 12 weeks after the surgery")
  {
    // 2026-10-01 + 84 days = 2026-12-24: week 3 starts on the 21st, week 4 on the 28th.
    CHECK(word(derive_facts(p, small_vocabulary(), 3), "surgery.restrictions_over") == std::optional<std::string>("false"));
    CHECK(word(derive_facts(p, small_vocabulary(), 4), "surgery.restrictions_over") == std::optional<std::string>("true"));
  }
  SUBCASE("unknown when the plan is undated or no date is given")
  {
    p.plan_start.reset();
    CHECK(derive_facts(p, small_vocabulary(), 1).find("surgery.restrictions_over") == nullptr);
    p.plan_start = Date::from_ymd(2026, 12, 7);
    p.surgery->date.reset();
    CHECK(derive_facts(p, small_vocabulary(), 1).find("surgery.restrictions_over") == nullptr);
  }
}

TEST_CASE("facts: mobility, sex, avoid, priorities and postpartum weeks")
{
  Profile p = base_profile();
  SUBCASE("left out: the words are unknown, the lists empty")
  {
    const Facts facts = derive_facts(p, small_vocabulary(), 1);
    CHECK(facts.find("mobility.walking_aid") == nullptr);
    CHECK(facts.find("mobility.weight_bearing") == nullptr);
    CHECK(facts.find("sex") == nullptr);
    CHECK(facts.find("postpartum.weeks") == nullptr);
    CHECK(list(facts, "avoid") == std::optional<std::vector<std::string>>(std::vector<std::string>{}));
    CHECK(list(facts, "priorities") == std::optional<std::vector<std::string>>(std::vector<std::string>{}));
  }
  SUBCASE("given: as the profile's words; postpartum weeks grow with the programme")
  {
    p.mobility = {ptplan::model::WalkingAid::rollator, ptplan::model::WeightBearing::toe_touch};
    p.sex = ptplan::model::Sex::male;
    p.avoid = {"lifting", "running"};
    p.priorities = {"stairs"};
    p.postpartum_weeks = 6;
    const Facts facts = derive_facts(p, small_vocabulary(), 3);
    CHECK(word(facts, "mobility.walking_aid") == std::optional<std::string>("rollator"));
    CHECK(word(facts, "mobility.weight_bearing") == std::optional<std::string>("toe-touch"));
    CHECK(word(facts, "sex") == std::optional<std::string>("male"));
    CHECK(list(facts, "avoid") == std::optional<std::vector<std::string>>({"lifting", "running"}));
    CHECK(list(facts, "priorities") == std::optional<std::vector<std::string>>({"stairs"}));
    CHECK(number(facts, "postpartum.weeks") == std::optional<double>(8));
  }
}
