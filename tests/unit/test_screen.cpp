// Red-flag screening (engine/screen.hpp; CLINICAL.md s.6).

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/screen.hpp"
#include "ptplan/load/knowledge_loader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using ptplan::engine::apply_rules;
using ptplan::engine::derive_facts;
using ptplan::engine::screen;
using ptplan::model::Condition;
using ptplan::model::Profile;
using ptplan::model::Referral;
using ptplan::model::Rule;
using ptplan::model::RuleSet;

namespace {

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

Profile profile_with(std::vector<std::string> flags)
{
  Profile p;
  p.name = "Screen Test";
  p.age = 45;
  p.conditions = {"nonspecific-low-back-pain"};
  p.pain_current = 5;
  p.red_flags = std::move(flags);
  p.schedule.days = {ptplan::Weekday::mon, ptplan::Weekday::thu};
  return p;
}

std::optional<Referral> screen_with(const RuleSet& rules, const Profile& p)
{
  return screen(p, apply_rules(rules, derive_facts(p, builtin().vocabulary, 1)));
}

std::optional<Referral> screen_builtin(const Profile& p)
{
  return screen_with(builtin().rules, p);
}

// A referral rule for the given flags, like those in rules.yaml.
Rule refer_rule(std::string id, std::vector<std::string> flags, std::string urgency)
{
  Rule r;
  r.id = std::move(id);
  r.when.op = Condition::Op::contains;
  r.when.fact = "red_flags";
  r.when.words = std::move(flags);
  r.refer = ptplan::model::Refer{std::move(urgency), "Reason of " + r.id};
  return r;
}

std::vector<std::string> rule_ids(const Referral& referral)
{
  std::vector<std::string> ids;
  for (const auto* rule : referral.rules) {
    ids.push_back(rule->id);
  }
  return ids;
}

} // namespace

TEST_CASE("screen: no red flag and no referral rule, no referral")
{
  CHECK_FALSE(screen_builtin(profile_with({})).has_value());
}

TEST_CASE("screen: the built-in rules refer with the highest urgency of the rules that fired")
{
  SUBCASE("cauda equina signs are an emergency")
  {
    const auto referral = screen_builtin(profile_with({"saddle-numbness"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "emergency");
    CHECK(referral->flags == std::vector<std::string>{"saddle-numbness"});
    CHECK(rule_ids(*referral) == std::vector<std::string>{"red-flag-cauda-equina"});
    REQUIRE(referral->reasons.size() == 1);
    CHECK(referral->reasons[0] == referral->rules[0]->refer->reason);
  }
  SUBCASE("suspected infection is urgent")
  {
    const auto referral = screen_builtin(profile_with({"fever"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "urgent");
  }
  SUBCASE("urgent and emergency together: emergency, with a reason per rule")
  {
    const auto referral = screen_builtin(profile_with({"progressive-weakness", "bladder-dysfunction"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "emergency");
    CHECK(referral->flags == std::vector<std::string>{"progressive-weakness", "bladder-dysfunction"});
    CHECK(rule_ids(*referral) == std::vector<std::string>{"red-flag-cauda-equina", "red-flag-progressive-weakness"});
    CHECK(referral->reasons.size() == 2);
  }
  SUBCASE("pregnancy warning signs are an emergency")
  {
    const auto referral = screen_builtin(profile_with({"calf-swelling"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "emergency");
  }
}

TEST_CASE("screen: urgency ranks emergency > urgent > soon, whatever the rule order")
{
  RuleSet rules;
  SUBCASE("soon, urgent")
  {
    rules.rules = {refer_rule("a-soon", {"fever"}, "soon"), refer_rule("b-urgent", {"fever"}, "urgent")};
    const auto referral = screen_with(rules, profile_with({"fever"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "urgent");
  }
  SUBCASE("urgent, soon")
  {
    rules.rules = {refer_rule("a-urgent", {"fever"}, "urgent"), refer_rule("b-soon", {"fever"}, "soon")};
    const auto referral = screen_with(rules, profile_with({"fever"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "urgent");
  }
  SUBCASE("emergency between two others")
  {
    rules.rules = {
      refer_rule("a", {"fever"}, "soon"), refer_rule("b", {"fever"}, "emergency"), refer_rule("c", {"fever"}, "urgent")};
    const auto referral = screen_with(rules, profile_with({"fever"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "emergency");
    CHECK(referral->reasons == std::vector<std::string>{"Reason of a", "Reason of b", "Reason of c"});
  }
  SUBCASE("soon alone stays soon")
  {
    rules.rules = {refer_rule("only-soon", {"fever"}, "soon")};
    const auto referral = screen_with(rules, profile_with({"fever"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "soon");
  }
}

TEST_CASE("screen: a referral rule refers even without a red flag")
{
  RuleSet rules;
  Rule r;
  r.id = "refer-the-very-old";
  r.when.op = Condition::Op::at_least;
  r.when.fact = "age";
  r.when.number = 40;
  r.refer = ptplan::model::Refer{"soon", "Check first."};
  rules.rules.push_back(r);
  const auto referral = screen_with(rules, profile_with({}));
  REQUIRE(referral.has_value());
  CHECK(referral->urgency == "soon");
  CHECK(referral->flags.empty());
  CHECK(rule_ids(*referral) == std::vector<std::string>{"refer-the-very-old"});
}

TEST_CASE("screen: a red flag no rule covers still refers, as urgent")
{
  SUBCASE("no rules at all")
  {
    const RuleSet rules;
    const auto referral = screen_with(rules, profile_with({"fever"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "urgent");
    CHECK(referral->flags == std::vector<std::string>{"fever"});
    CHECK_FALSE(referral->reasons.empty()); // the patient is told why
  }
  SUBCASE("rules that cover other flags only")
  {
    RuleSet rules;
    rules.rules = {refer_rule("other-flag", {"chest-pain"}, "emergency")};
    const auto referral = screen_with(rules, profile_with({"fever"}));
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "urgent");
    CHECK_FALSE(referral->reasons.empty());
  }
}

TEST_CASE("screen: an uncovered red flag keeps the referral at least urgent next to a 'soon' rule")
{
  RuleSet rules;
  rules.rules = {refer_rule("dizzy-soon", {"dizziness"}, "soon")};
  const auto referral = screen_with(rules, profile_with({"dizziness", "fever"}));
  REQUIRE(referral.has_value());
  CHECK(referral->flags == std::vector<std::string>{"dizziness", "fever"});
  CHECK(referral->urgency == "urgent");
}

TEST_CASE("screen: medically cleared red flags do not refer")
{
  Profile p = profile_with({"cancer-history"});

  SUBCASE("clearance for every flag (no list)")
  {
    p.clearance = ptplan::model::Clearance{"Dr. Chen", ptplan::Date::from_ymd(2026, 10, 26), std::nullopt};
    CHECK_FALSE(screen_builtin(p).has_value());
    const RuleSet none;
    CHECK_FALSE(screen_with(none, p).has_value());
  }
  SUBCASE("clearance listing the flag")
  {
    p.clearance =
      ptplan::model::Clearance{"Dr. Chen", ptplan::Date::from_ymd(2026, 10, 26), std::vector<std::string>{"cancer-history"}};
    CHECK_FALSE(screen_builtin(p).has_value());
  }
  SUBCASE("clearance listing another flag: still refers")
  {
    p.clearance = ptplan::model::Clearance{"Dr. Chen", ptplan::Date::from_ymd(2026, 10, 26), std::vector<std::string>{"fever"}};
    const auto referral = screen_builtin(p);
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "urgent");
    CHECK(referral->flags == std::vector<std::string>{"cancer-history"});
  }
  SUBCASE("one of two flags cleared: the other refers on its own")
  {
    p.red_flags = {"cancer-history", "saddle-numbness"};
    p.clearance =
      ptplan::model::Clearance{"Dr. Chen", ptplan::Date::from_ymd(2026, 10, 26), std::vector<std::string>{"cancer-history"}};
    const auto referral = screen_builtin(p);
    REQUIRE(referral.has_value());
    CHECK(referral->urgency == "emergency");
    CHECK(referral->flags == std::vector<std::string>{"saddle-numbness"});
    CHECK(rule_ids(*referral) == std::vector<std::string>{"red-flag-cauda-equina"});
  }
}
