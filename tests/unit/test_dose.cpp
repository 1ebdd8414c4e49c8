// Dosing: weekly step-ups, rule adjustments and session time (engine/dose.hpp;
// CLINICAL.md s.2; exercises/rules.yaml dosing bounds).

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/dose.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/load/knowledge_loader.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

using ptplan::engine::apply_rules;
using ptplan::engine::Constraints;
using ptplan::engine::dose_for;
using ptplan::engine::estimate_seconds;
using ptplan::engine::Facts;
using ptplan::model::Dosage;
using ptplan::model::DoseAdjustment;
using ptplan::model::DoseField;
using ptplan::model::Exercise;
using ptplan::model::Rule;
using ptplan::model::RuleSet;

namespace {

Dosage dosage(std::optional<int> sets, std::optional<int> reps, std::optional<int> hold, std::optional<int> minutes,
  std::string side = "both")
{
  Dosage d;
  d.set(DoseField::sets, sets);
  d.set(DoseField::reps, reps);
  d.set(DoseField::hold_seconds, hold);
  d.set(DoseField::minutes, minutes);
  d.set(DoseField::times_per_day, 1);
  d.set(DoseField::days_per_week, 3);
  d.side = std::move(side);
  return d;
}

Exercise exercise(std::string id, std::string category, Dosage dose)
{
  Exercise e;
  e.id = std::move(id);
  e.category = *ptplan::model::enum_from_word<ptplan::model::Category>(category);
  e.position = "standing";
  e.equipment = {"none"};
  e.dosage = std::move(dose);
  return e;
}

Exercise strength()
{
  return exercise("bridge", "strength", dosage(1, 10, std::nullopt, std::nullopt));
}

Exercise stretch()
{
  return exercise("hamstring-stretch", "stretch", dosage(1, 3, 20, std::nullopt, "each"));
}

Exercise balance()
{
  return exercise("stance", "balance", dosage(1, 2, 20, std::nullopt, "each"));
}

Exercise aerobic(int minutes)
{
  return exercise("walk", "aerobic", dosage(std::nullopt, std::nullopt, std::nullopt, minutes, ""));
}

Rule adjusting(std::string id, DoseAdjustment adjustment)
{
  Rule r;
  r.id = std::move(id);
  r.dosage.push_back(std::move(adjustment));
  return r;
}

Constraints constraints_for(const RuleSet& rules)
{
  Facts facts;
  return apply_rules(rules, facts);
}

const ptplan::model::Knowledge& builtin()
{
  static const ptplan::model::Knowledge knowledge = [] {
    ptplan::Diagnostics diagnostics;
    auto loaded = ptplan::load::load_knowledge(ptplan::load::builtin_knowledge_files(), diagnostics);
    REQUIRE_MESSAGE(loaded.has_value(), diagnostics.format());
    return std::move(*loaded);
  }();
  return knowledge;
}

Constraints builtin_constraints(int age, int pain, int week)
{
  ptplan::model::Profile p;
  p.name = "Dose Test";
  p.age = age;
  p.conditions = {"nonspecific-low-back-pain"};
  p.pain_current = pain;
  p.schedule.days = {ptplan::Weekday::mon, ptplan::Weekday::wed, ptplan::Weekday::fri};
  return apply_rules(builtin().rules, ptplan::engine::derive_facts(p, builtin().vocabulary, week));
}

} // namespace

TEST_CASE("dose: without steps or rules the catalog dose is used as it is")
{
  const Constraints none;
  for (const Exercise& e : {strength(), stretch(), balance(), aerobic(10)}) {
    CAPTURE(e.id);
    CHECK(dose_for(e, 0, none) == e.dosage);
  }
}

TEST_CASE("dose: weekly step-ups")
{
  const Constraints none;
  SUBCASE("strength: reps first, then a set")
  {
    const Dosage one = dose_for(strength(), 1, none);
    REQUIRE(one.get(DoseField::reps).has_value());
    CHECK(*one.get(DoseField::reps) > 10);
    CHECK(one.get(DoseField::sets) == 1);
    CHECK_FALSE(one.get(DoseField::hold_seconds).has_value()); // no field is added
    CHECK_FALSE(one.get(DoseField::minutes).has_value());

    const Dosage many = dose_for(strength(), 6, none);
    REQUIRE(many.get(DoseField::sets).has_value());
    CHECK(*many.get(DoseField::sets) > 1);
  }
  SUBCASE("stretch: longer holds and one more each step (the rules cap both)")
  {
    const Dosage one = dose_for(stretch(), 1, none);
    REQUIRE(one.get(DoseField::hold_seconds).has_value());
    CHECK(*one.get(DoseField::hold_seconds) > 20);
    CHECK(one.get(DoseField::reps) == 4);
    CHECK(one.side == "each");
  }
  SUBCASE("below the start: a set fewer first, then fewer reps or shorter holds, never below a useful dose")
  {
    const Dosage start = dose_for(strength(), 0, none);
    const Dosage lower = dose_for(strength(), -1, none);
    const Dosage lowest = dose_for(strength(), -20, none);
    REQUIRE(start.get(DoseField::reps).has_value());
    CHECK(estimate_seconds(lower) < estimate_seconds(start));
    CHECK(lowest.get(DoseField::sets) == 1);
    CHECK(*lowest.get(DoseField::reps) >= 4);
    const Dosage shorter = dose_for(stretch(), -2, none);
    CHECK(*shorter.get(DoseField::hold_seconds) >= 5);
    CHECK(*shorter.get(DoseField::hold_seconds) < *dose_for(stretch(), 0, none).get(DoseField::hold_seconds));
  }
  SUBCASE("balance: longer holds")
  {
    const Dosage one = dose_for(balance(), 1, none);
    REQUIRE(one.get(DoseField::hold_seconds).has_value());
    CHECK(*one.get(DoseField::hold_seconds) > 20);
  }
  SUBCASE("aerobic: about 10 % more minutes a week")
  {
    CHECK(dose_for(aerobic(10), 1, none).get(DoseField::minutes) == 11);
    CHECK(dose_for(aerobic(20), 1, none).get(DoseField::minutes) == 22);
    CHECK(dose_for(aerobic(10), 2, none).get(DoseField::minutes) == 12); // 12.1
    CHECK_FALSE(dose_for(aerobic(10), 2, none).get(DoseField::reps).has_value());
  }
  SUBCASE("more steps never give less")
  {
    for (int steps = 0; steps < 8; ++steps) {
      CAPTURE(steps);
      CHECK(dose_for(strength(), steps + 1, none).get(DoseField::reps) >= dose_for(strength(), steps, none).get(DoseField::reps));
      CHECK(dose_for(stretch(), steps + 1, none).get(DoseField::hold_seconds)
            > dose_for(stretch(), steps, none).get(DoseField::hold_seconds));
      CHECK(dose_for(aerobic(10), steps + 1, none).get(DoseField::minutes)
            > dose_for(aerobic(10), steps, none).get(DoseField::minutes));
    }
  }
}

TEST_CASE("dose: rule adjustments")
{
  RuleSet rules;
  DoseAdjustment a;
  Exercise e = strength();
  Dosage expected = e.dosage;

  SUBCASE("at_least raises a value below it")
  {
    e.dosage.set(DoseField::reps, 6);
    a.at_least.set(DoseField::reps, 8);
    expected = e.dosage;
    expected.set(DoseField::reps, 8);
  }
  SUBCASE("at_least leaves a value above it")
  {
    a.at_least.set(DoseField::reps, 8);
  }
  SUBCASE("at_most lowers a value above it")
  {
    e.dosage.set(DoseField::reps, 15);
    a.at_most.set(DoseField::reps, 12);
    expected = e.dosage;
    expected.set(DoseField::reps, 12);
  }
  SUBCASE("at_most leaves a value below it")
  {
    a.at_most.set(DoseField::reps, 12);
  }
  SUBCASE("set replaces the value")
  {
    a.set.set(DoseField::sets, 2);
    expected.set(DoseField::sets, 2);
  }
  SUBCASE("scale multiplies by a percentage")
  {
    a.scale_percent[static_cast<std::size_t>(DoseField::reps)] = 50;
    expected.set(DoseField::reps, 5);
  }
  SUBCASE("no rule adds a field the exercise does not have")
  {
    a.at_least.set(DoseField::hold_seconds, 10);
    a.at_least.set(DoseField::minutes, 5);
    a.set.set(DoseField::minutes, 10);
    a.at_most.set(DoseField::hold_seconds, 30);
    a.scale_percent[static_cast<std::size_t>(DoseField::hold_seconds)] = 200;
    // expected: unchanged, hold and minutes stay empty
  }
  SUBCASE("an adjustment for another category leaves the exercise alone")
  {
    a.category = "stretch";
    a.set.set(DoseField::reps, 3);
    a.at_least.set(DoseField::sets, 2);
  }
  SUBCASE("an adjustment for the exercise's category applies")
  {
    a.category = "strength";
    a.at_least.set(DoseField::sets, 2);
    expected.set(DoseField::sets, 2);
  }

  rules.rules.push_back(adjusting("adjust", a));
  const Constraints c = constraints_for(rules);
  REQUIRE(c.dosage.size() == 1);
  CHECK(dose_for(e, 0, c) == expected);
}

TEST_CASE("dose: scale works on every field it names, rounding to whole numbers")
{
  RuleSet rules;
  DoseAdjustment a;
  a.scale_percent[static_cast<std::size_t>(DoseField::hold_seconds)] = 150;
  a.scale_percent[static_cast<std::size_t>(DoseField::reps)] = 200;
  rules.rules.push_back(adjusting("scale", a));
  const Constraints c = constraints_for(rules);
  const Dosage d = dose_for(stretch(), 0, c); // hold 20, reps 3
  CHECK(d.get(DoseField::hold_seconds) == 30);
  CHECK(d.get(DoseField::reps) == 6);
  CHECK(d.get(DoseField::sets) == 1);
}

TEST_CASE("dose: later rules act on the result of earlier ones")
{
  RuleSet rules;
  DoseAdjustment raise;
  raise.set.set(DoseField::reps, 20);
  DoseAdjustment cap;
  cap.at_most.set(DoseField::reps, 12);
  DoseAdjustment floor;
  floor.at_least.set(DoseField::reps, 15);

  SUBCASE("set then cap")
  {
    rules.rules = {adjusting("raise", raise), adjusting("cap", cap)};
    CHECK(dose_for(strength(), 0, constraints_for(rules)).get(DoseField::reps) == 12);
  }
  SUBCASE("cap then floor: the later floor wins")
  {
    rules.rules = {adjusting("cap", cap), adjusting("floor", floor)};
    CHECK(dose_for(strength(), 0, constraints_for(rules)).get(DoseField::reps) == 15);
  }
  SUBCASE("floor then cap: the later cap wins")
  {
    rules.rules = {adjusting("floor", floor), adjusting("cap", cap)};
    CHECK(dose_for(strength(), 0, constraints_for(rules)).get(DoseField::reps) == 12);
  }
}

TEST_CASE("dose: rules apply after the step-ups")
{
  RuleSet rules;
  DoseAdjustment cap;
  cap.at_most.set(DoseField::minutes, 10);
  rules.rules.push_back(adjusting("deconditioned", cap));
  CHECK(dose_for(aerobic(10), 5, constraints_for(rules)).get(DoseField::minutes) == 10);
}

TEST_CASE("dose: the built-in rules keep any number of steps inside CLINICAL.md s.2")
{
  const ptplan::model::Catalog& catalog = builtin().catalog;
  const Exercise* bridge = catalog.find("glute-bridge");
  const Exercise* hamstring = catalog.find("seated-hamstring-stretch");
  const Exercise* walking = catalog.find("walking");
  REQUIRE(bridge != nullptr);
  REQUIRE(hamstring != nullptr);
  REQUIRE(walking != nullptr);
  REQUIRE(bridge->category == ptplan::model::Category::strength);
  REQUIRE(hamstring->category == ptplan::model::Category::stretch);
  REQUIRE(walking->category == ptplan::model::Category::aerobic);
  REQUIRE(bridge->dosage.get(DoseField::reps).has_value());
  REQUIRE(hamstring->dosage.get(DoseField::hold_seconds).has_value());
  REQUIRE(walking->dosage.get(DoseField::minutes).has_value());
  const int steps = 30;

  SUBCASE("adult, moderate pain, week 10")
  {
    const Constraints c = builtin_constraints(50, 5, 10);
    const Dosage b = dose_for(*bridge, steps, c);
    CHECK(b.get(DoseField::reps) == 12); // 8-12 reps
    REQUIRE(b.get(DoseField::sets).has_value());
    CHECK(*b.get(DoseField::sets) >= 1);
    CHECK(*b.get(DoseField::sets) <= 4);
    const Dosage h = dose_for(*hamstring, steps, c);
    CHECK(h.get(DoseField::hold_seconds) == 30); // holds 10-30 s
    CHECK(h.get(DoseField::sets) == 1);
    CHECK(dose_for(*walking, steps, c).get(DoseField::minutes) == 30); // bouts of 5-30 min
  }
  SUBCASE("adult, first two weeks: 1-2 sets")
  {
    const Constraints c = builtin_constraints(50, 5, 1);
    REQUIRE(dose_for(*bridge, steps, c).get(DoseField::sets).has_value());
    CHECK(*dose_for(*bridge, steps, c).get(DoseField::sets) <= 2);
  }
  SUBCASE("age 70: holds of 30-60 s, 10-15 reps")
  {
    const Constraints c = builtin_constraints(70, 5, 10);
    for (const int s : {0, 1, steps}) {
      CAPTURE(s);
      const auto hold = dose_for(*hamstring, s, c).get(DoseField::hold_seconds);
      REQUIRE(hold.has_value());
      CHECK(*hold >= 30);
      CHECK(*hold <= 60);
      const auto reps = dose_for(*bridge, s, c).get(DoseField::reps);
      REQUIRE(reps.has_value());
      CHECK(*reps >= 10);
      CHECK(*reps <= 15);
    }
  }
  SUBCASE("age 70 with high irritability: the irritability caps win (CLINICAL.md s.3)")
  {
    const Constraints c = builtin_constraints(70, 8, 10);
    CHECK(dose_for(*hamstring, steps, c).get(DoseField::hold_seconds) == 15);
    CHECK(dose_for(*bridge, steps, c).get(DoseField::reps) == 8);
    CHECK(dose_for(*bridge, steps, c).get(DoseField::sets) == 1);
  }
}

TEST_CASE("estimate_seconds: time for one session")
{
  SUBCASE("minutes are taken as they are")
  {
    CHECK(estimate_seconds(dosage(std::nullopt, std::nullopt, std::nullopt, 10, "")) == 600);
    CHECK(estimate_seconds(dosage(std::nullopt, std::nullopt, std::nullopt, 15, "both")) == 900);
  }
  SUBCASE("at least the time spent holding, both sides counted")
  {
    const Dosage each = dosage(1, 3, 30, std::nullopt, "each");
    const Dosage both = dosage(1, 3, 30, std::nullopt, "both");
    CHECK(estimate_seconds(each) >= 3 * 30 * 2);
    CHECK(estimate_seconds(both) >= 3 * 30);
    CHECK(estimate_seconds(each) > estimate_seconds(both));
    CHECK(estimate_seconds(each) - estimate_seconds(both) >= 3 * 30);
  }
  SUBCASE("a second set adds its work and a rest")
  {
    const int one = estimate_seconds(dosage(1, 3, 30, std::nullopt, "each"));
    const int two = estimate_seconds(dosage(2, 3, 30, std::nullopt, "each"));
    CHECK(two - one > 3 * 30 * 2);
  }
  SUBCASE("repetitions without a hold still take time")
  {
    const int ten = estimate_seconds(dosage(1, 10, std::nullopt, std::nullopt));
    const int twelve = estimate_seconds(dosage(1, 12, std::nullopt, std::nullopt));
    CHECK(ten > 0);
    CHECK(twelve > ten);
  }
}
