// Rules -> constraints -> which exercises are ruled out (engine/constraints.hpp;
// exercises/README.md "Actions").

#include "ptplan/engine/constraints.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using ptplan::engine::apply_rules;
using ptplan::engine::check_exercise;
using ptplan::engine::Constraints;
using ptplan::engine::Facts;
using ptplan::model::Condition;
using ptplan::model::Exercise;
using ptplan::model::Rule;
using ptplan::model::RuleSet;

namespace {

Rule rule(std::string id)
{
  Rule r;
  r.id = std::move(id);
  r.when.op = Condition::Op::always;
  return r;
}

Condition never()
{
  Condition c;
  c.op = Condition::Op::negate;
  c.children.emplace_back();
  return c;
}

Exercise exercise(std::string id)
{
  Exercise e;
  e.id = std::move(id);
  e.name = e.id;
  e.category = ptplan::model::Category::stretch;
  e.position = "seated";
  e.floor = false;
  e.equipment = {"none"};
  return e;
}

Facts facts_with(std::vector<std::string> equipment)
{
  Facts facts;
  facts.set("equipment", std::move(equipment));
  return facts;
}

Facts home_facts()
{
  return facts_with({"none", "chair", "band"});
}

bool mentions(const std::string& text, const std::string& word)
{
  return text.find(word) != std::string::npos;
}

} // namespace

TEST_CASE("constraints: with no rules an ordinary exercise is allowed")
{
  const RuleSet rules;
  const Constraints c = apply_rules(rules, home_facts());
  CHECK(c.fired.empty());
  CHECK_FALSE(check_exercise(exercise("seated-stretch"), c).has_value());
}

TEST_CASE("constraints: each kind of forbid rules out the matching exercises only")
{
  RuleSet rules;
  Exercise hit = exercise("hit");
  Exercise miss = exercise("miss");
  std::string item;

  SUBCASE("movement")
  {
    Rule r = rule("no-deep-hip-flexion");
    r.forbid.movements = {"hip-flexion-past-90"};
    rules.rules.push_back(r);
    hit.movements = {"end-range-stretch", "hip-flexion-past-90"};
    miss.movements = {"end-range-stretch", "hip-external-rotation"};
    item = "hip-flexion-past-90";
  }
  SUBCASE("position")
  {
    Rule r = rule("no-prone");
    r.forbid.positions = {"prone"};
    rules.rules.push_back(r);
    hit.position = "prone";
    miss.position = "supine";
    item = "prone";
  }
  SUBCASE("floor")
  {
    Rule r = rule("no-floor");
    r.forbid.floor = true;
    rules.rules.push_back(r);
    hit.position = "supine";
    hit.floor = true;
    miss.position = "supine";
    miss.floor = false; // the same position on a bed
    item = "floor";
  }
  SUBCASE("equipment the patient has")
  {
    Rule r = rule("no-band");
    r.forbid.equipment = {"band"};
    rules.rules.push_back(r);
    hit.equipment = {"chair", "band"};
    miss.equipment = {"chair"};
    item = "band";
  }
  SUBCASE("category")
  {
    Rule r = rule("no-aerobic");
    r.forbid.categories = {"aerobic"};
    rules.rules.push_back(r);
    hit.category = ptplan::model::Category::aerobic;
    miss.category = ptplan::model::Category::strength;
    item = "aerobic";
  }
  SUBCASE("exercise id")
  {
    Rule r = rule("no-figure-4");
    r.forbid.exercises = {"hit"};
    rules.rules.push_back(r);
    item = "";
  }
  SUBCASE("muscle group")
  {
    Rule r = rule("no-hamstrings");
    r.forbid.muscle_groups = {"hamstrings"};
    rules.rules.push_back(r);
    hit.muscle_groups = {"calves", "hamstrings"};
    miss.muscle_groups = {"calves"};
    item = "hamstrings";
  }

  REQUIRE(rules.rules.size() == 1);
  const Constraints c = apply_rules(rules, home_facts());
  REQUIRE(c.fired.size() == 1);
  const auto excluded = check_exercise(hit, c);
  REQUIRE(excluded.has_value());
  CHECK(excluded->rule == rules.rules[0].id);
  CHECK_FALSE(excluded->reason.empty());
  if (!item.empty()) {
    CHECK(mentions(excluded->reason, item));
  }
  CHECK_FALSE(check_exercise(miss, c).has_value());
}

TEST_CASE("constraints: a rule whose condition does not hold forbids nothing")
{
  RuleSet rules;
  Rule r = rule("never-fires");
  r.when = never();
  r.forbid.movements = {"impact"};
  r.forbid.positions = {"standing"};
  r.forbid.floor = true;
  r.forbid.categories = {"stretch"};
  rules.rules.push_back(r);

  const Constraints c = apply_rules(rules, home_facts());
  CHECK(c.fired.empty());
  Exercise e = exercise("jumping");
  e.position = "standing";
  e.floor = true;
  e.movements = {"impact"};
  CHECK_FALSE(check_exercise(e, c).has_value());
}

TEST_CASE("constraints: forbid_from takes movement tags from a list fact")
{
  RuleSet rules;
  Rule r = rule("surgeon-list");
  r.forbid_from = "surgery.restrictions";
  rules.rules.push_back(r);

  Exercise twist = exercise("twist");
  twist.movements = {"hip-internal-rotation"};
  Exercise deep = exercise("deep");
  deep.movements = {"hip-flexion-past-90"};

  SUBCASE("with the surgeon's list")
  {
    Facts facts = home_facts();
    facts.set("surgery.restrictions", std::vector<std::string>{"hip-internal-rotation"});
    const Constraints c = apply_rules(rules, facts);
    const auto excluded = check_exercise(twist, c);
    REQUIRE(excluded.has_value());
    CHECK(excluded->rule == "surgeon-list");
    CHECK(mentions(excluded->reason, "hip-internal-rotation"));
    CHECK_FALSE(check_exercise(deep, c).has_value());
  }
  SUBCASE("an empty list forbids nothing")
  {
    Facts facts = home_facts();
    facts.set("surgery.restrictions", std::vector<std::string>{});
    const Constraints c = apply_rules(rules, facts);
    CHECK_FALSE(check_exercise(twist, c).has_value());
    CHECK_FALSE(check_exercise(deep, c).has_value());
  }
  SUBCASE("an unknown fact forbids nothing")
  {
    const Constraints c = apply_rules(rules, home_facts());
    CHECK_FALSE(check_exercise(twist, c).has_value());
  }
}

TEST_CASE("constraints: an exercise needing equipment the patient lacks is ruled out")
{
  const RuleSet rules;
  Exercise e = exercise("band-pull");
  e.equipment = {"chair", "band"};

  SUBCASE("missing")
  {
    const Constraints c = apply_rules(rules, facts_with({"none", "chair"}));
    const auto excluded = check_exercise(e, c);
    REQUIRE(excluded.has_value());
    CHECK(mentions(excluded->reason, "band"));
    CHECK_FALSE(excluded->rule.empty());
  }
  SUBCASE("present")
  {
    const Constraints c = apply_rules(rules, facts_with({"none", "chair", "band"}));
    CHECK_FALSE(check_exercise(e, c).has_value());
  }
  SUBCASE("none is always enough for an exercise that needs nothing")
  {
    const Constraints c = apply_rules(rules, facts_with({"none"}));
    CHECK_FALSE(check_exercise(exercise("no-kit"), c).has_value());
  }
}

TEST_CASE("constraints: a clinic-only modality never reaches a home plan (CLINICAL.md s.1)")
{
  const RuleSet rules;
  const Constraints c = apply_rules(rules, home_facts());
  Exercise tens = exercise("tens");
  tens.category = ptplan::model::Category::self_care;
  tens.clinic_only = true;
  const auto excluded = check_exercise(tens, c);
  REQUIRE(excluded.has_value());
  CHECK_FALSE(excluded->reason.empty());
  CHECK_FALSE(excluded->rule.empty());
}

TEST_CASE("constraints: a forbidden item is attributed to the first rule that forbade it")
{
  RuleSet rules;
  Rule first = rule("first-rule");
  first.forbid.movements = {"impact"};
  first.forbid.floor = true;
  Rule skipped = rule("skipped-rule");
  skipped.when = never();
  skipped.forbid.movements = {"impact"};
  Rule second = rule("second-rule");
  second.forbid.movements = {"impact", "end-range-stretch"};
  second.forbid.floor = true;

  SUBCASE("in file order")
  {
    rules.rules = {skipped, first, second};
  }
  SUBCASE("a rule that did not fire never takes the credit")
  {
    rules.rules = {skipped, first, skipped, second};
    rules.rules[2].id = "skipped-again";
  }

  const Constraints c = apply_rules(rules, home_facts());
  REQUIRE(c.fired.size() == 2);
  CHECK(c.fired[0]->id == "first-rule");
  CHECK(c.fired[1]->id == "second-rule");

  Exercise jump = exercise("jump");
  jump.movements = {"impact"};
  const auto by_movement = check_exercise(jump, c);
  REQUIRE(by_movement.has_value());
  CHECK(by_movement->rule == "first-rule");

  Exercise stretch = exercise("long-stretch");
  stretch.movements = {"end-range-stretch"};
  const auto by_second = check_exercise(stretch, c);
  REQUIRE(by_second.has_value());
  CHECK(by_second->rule == "second-rule");

  Exercise mat = exercise("mat");
  mat.position = "supine";
  mat.floor = true;
  const auto by_floor = check_exercise(mat, c);
  REQUIRE(by_floor.has_value());
  CHECK(by_floor->rule == "first-rule");
}

TEST_CASE("constraints: limits, requirements, referrals, notes and dosage are collected from fired rules")
{
  RuleSet rules;
  Rule moderate = rule("level-two");
  moderate.limit.max_level = 2;
  moderate.limit.max_exercises = 6;
  Rule high = rule("level-one");
  high.limit.max_level = 1;
  high.limit.progress_chain = false;
  high.notes.push_back({"Go gently.", "", {}, {}, {}, "", {}});
  Rule later = rule("level-three");
  later.limit.max_level = 3;
  later.limit.max_exercises = 7;
  Rule refer = rule("refer-now");
  refer.refer = ptplan::model::Refer{"urgent", "See a doctor."};
  Rule require = rule("needs-balance");
  require.require_categories = {"balance"};
  Rule dose = rule("dose-stretch");
  dose.dosage.emplace_back();
  dose.dosage.back().category = "stretch";
  Rule silent = rule("not-fired");
  silent.when = never();
  silent.limit.max_level = 1;
  silent.limit.max_exercises = 2;
  silent.refer = ptplan::model::Refer{"emergency", "never"};
  rules.rules = {moderate, high, later, refer, require, dose, silent};

  const Constraints c = apply_rules(rules, home_facts());
  CHECK(c.fired.size() == 6);
  CHECK(c.max_level == 1); // the strictest wins, whatever the order
  REQUIRE(c.max_level_rule != nullptr);
  CHECK(c.max_level_rule->id == "level-one");
  CHECK(c.max_exercises == 6);
  CHECK_FALSE(c.progress_chain);
  REQUIRE(c.referrals.size() == 1);
  CHECK(c.referrals[0]->id == "refer-now");
  REQUIRE(c.notes.size() == 1);
  CHECK(c.notes[0]->notes.at(0).text == "Go gently.");
  REQUIRE(c.required_categories.count("balance") == 1);
  CHECK(c.required_categories.at("balance")->id == "needs-balance");
  REQUIRE(c.dosage.size() == 1);
  CHECK(c.dosage[0].first->id == "dose-stretch");
  CHECK(c.dosage[0].second->category == "stretch");
  CHECK(c.available_equipment == std::vector<std::string>{"none", "chair", "band"});
}

TEST_CASE("constraints: without rules the session defaults stand")
{
  const RuleSet rules;
  const Constraints c = apply_rules(rules, home_facts());
  CHECK(c.max_level == 5);
  CHECK(c.max_level_rule == nullptr);
  CHECK(c.max_exercises == 8); // CLINICAL.md s.1: 4-8 exercises a session
  CHECK(c.progress_chain);
  CHECK(c.floor == nullptr);
}
