// Rule conditions (exercises/README.md, "Conditions"; engine/condition.hpp).

#include "ptplan/engine/condition.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using ptplan::engine::evaluate;
using ptplan::engine::Facts;
using ptplan::model::Condition;
using Op = Condition::Op;

namespace {

Condition words_condition(Op op, std::string fact, std::vector<std::string> words)
{
  Condition c;
  c.op = op;
  c.fact = std::move(fact);
  c.words = std::move(words);
  return c;
}

Condition number_condition(Op op, std::string fact, double number)
{
  Condition c;
  c.op = op;
  c.fact = std::move(fact);
  c.number = number;
  return c;
}

Condition present(std::string fact, bool flag)
{
  Condition c;
  c.op = Op::present;
  c.fact = std::move(fact);
  c.flag = flag;
  return c;
}

Condition always()
{
  return Condition{};
}

Condition never()
{
  Condition c;
  c.op = Op::negate;
  c.children.push_back(always());
  return c;
}

Condition group(Op op, std::vector<Condition> children)
{
  Condition c;
  c.op = op;
  c.children = std::move(children);
  return c;
}

Condition negate(Condition child)
{
  return group(Op::negate, {std::move(child)});
}

Facts sample_facts()
{
  Facts facts;
  facts.set("age", 67.0);
  facts.set("pain.irritability", std::string("moderate"));
  facts.set("precautions", std::vector<std::string>{"fall-risk", "osteoporosis"});
  facts.set("limitations", std::vector<std::string>{});
  return facts;
}

} // namespace

TEST_CASE("condition: always is true")
{
  CHECK(evaluate(always(), Facts{}));
  CHECK_FALSE(evaluate(never(), Facts{}));
}

TEST_CASE("condition: equals compares a word fact")
{
  const Facts facts = sample_facts();
  CHECK(evaluate(words_condition(Op::equals, "pain.irritability", {"moderate"}), facts));
  CHECK_FALSE(evaluate(words_condition(Op::equals, "pain.irritability", {"high"}), facts));
  // A list fact never "equals" one word; `contains` is the test for lists.
  CHECK_FALSE(evaluate(words_condition(Op::equals, "precautions", {"fall-risk"}), facts));
}

TEST_CASE("condition: in is true when the fact is one of the values")
{
  const Facts facts = sample_facts();
  CHECK(evaluate(words_condition(Op::in, "pain.irritability", {"high", "moderate"}), facts));
  CHECK_FALSE(evaluate(words_condition(Op::in, "pain.irritability", {"high", "low"}), facts));
  CHECK_FALSE(evaluate(words_condition(Op::in, "pain.irritability", {}), facts));
}

TEST_CASE("condition: contains checks a list fact for any of the words")
{
  const Facts facts = sample_facts();
  SUBCASE("one word")
  {
    CHECK(evaluate(words_condition(Op::contains, "precautions", {"osteoporosis"}), facts));
    CHECK_FALSE(evaluate(words_condition(Op::contains, "precautions", {"pregnancy"}), facts));
  }
  SUBCASE("any of several words")
  {
    CHECK(evaluate(words_condition(Op::contains, "precautions", {"pregnancy", "fall-risk"}), facts));
    CHECK_FALSE(evaluate(words_condition(Op::contains, "precautions", {"pregnancy", "hypermobility"}), facts));
  }
  SUBCASE("an empty list holds nothing")
  {
    CHECK_FALSE(evaluate(words_condition(Op::contains, "limitations", {"no-floor"}), facts));
  }
  SUBCASE("a word fact is not a list")
  {
    CHECK_FALSE(evaluate(words_condition(Op::contains, "pain.irritability", {"moderate"}), facts));
  }
}

TEST_CASE("condition: at_least and at_most include the bound")
{
  const Facts facts = sample_facts(); // age 67
  SUBCASE("at_least")
  {
    CHECK(evaluate(number_condition(Op::at_least, "age", 65), facts));
    CHECK(evaluate(number_condition(Op::at_least, "age", 67), facts));
    CHECK_FALSE(evaluate(number_condition(Op::at_least, "age", 68), facts));
  }
  SUBCASE("at_most")
  {
    CHECK(evaluate(number_condition(Op::at_most, "age", 70), facts));
    CHECK(evaluate(number_condition(Op::at_most, "age", 67), facts));
    CHECK_FALSE(evaluate(number_condition(Op::at_most, "age", 66), facts));
  }
  SUBCASE("a word fact is not a number")
  {
    CHECK_FALSE(evaluate(number_condition(Op::at_least, "pain.irritability", 0), facts));
    CHECK_FALSE(evaluate(number_condition(Op::at_most, "pain.irritability", 100), facts));
  }
}

TEST_CASE("condition: present tells known from unknown facts")
{
  const Facts facts = sample_facts();
  CHECK(evaluate(present("age", true), facts));
  CHECK_FALSE(evaluate(present("age", false), facts));
  CHECK_FALSE(evaluate(present("surgery.weeks_since", true), facts));
  CHECK(evaluate(present("surgery.weeks_since", false), facts));
  // An empty list is still a known fact.
  CHECK(evaluate(present("limitations", true), facts));
}

TEST_CASE("condition: an unknown fact makes every comparison false and its negation true")
{
  const Facts facts = sample_facts();
  const std::vector<std::pair<const char*, Condition>> comparisons = {
    {"equals", words_condition(Op::equals, "pain.stage", {"acute"})},
    {"in", words_condition(Op::in, "pain.stage", {"acute", "subacute", "chronic"})},
    {"contains", words_condition(Op::contains, "surgery.restrictions", {"hip-flexion-past-90"})},
    {"at_least", number_condition(Op::at_least, "surgery.weeks_since", 12)},
    {"at_most", number_condition(Op::at_most, "surgery.weeks_since", 12)},
  };
  for (const auto& entry : comparisons) {
    const auto& name = entry.first;
    const auto& comparison = entry.second;
    CAPTURE(name);
    CHECK_FALSE(evaluate(comparison, facts));
    CHECK(evaluate(negate(comparison), facts));
  }
}

TEST_CASE("condition: all, any and not combine and nest")
{
  const Facts facts = sample_facts();
  const Condition yes = words_condition(Op::contains, "precautions", {"fall-risk"});
  const Condition no = number_condition(Op::at_least, "age", 80);

  SUBCASE("all")
  {
    CHECK(evaluate(group(Op::all, {yes, always()}), facts));
    CHECK_FALSE(evaluate(group(Op::all, {yes, no}), facts));
    CHECK_FALSE(evaluate(group(Op::all, {no, yes}), facts));
  }
  SUBCASE("any")
  {
    CHECK(evaluate(group(Op::any, {no, yes}), facts));
    CHECK_FALSE(evaluate(group(Op::any, {no, never()}), facts));
  }
  SUBCASE("not")
  {
    CHECK_FALSE(evaluate(negate(yes), facts));
    CHECK(evaluate(negate(no), facts));
    CHECK(evaluate(negate(negate(yes)), facts));
  }
  SUBCASE("the hip-replacement-posterior pattern: unknown weeks means restricted")
  {
    // all: [precautions contains X, not: {weeks_since at_least 12}]
    const Condition rule = group(Op::all, {words_condition(Op::contains, "precautions", {"osteoporosis"}),
                                            negate(number_condition(Op::at_least, "surgery.weeks_since", 12))});
    CHECK(evaluate(rule, facts)); // weeks unknown

    Facts recent = sample_facts();
    recent.set("surgery.weeks_since", 4.0);
    CHECK(evaluate(rule, recent));

    Facts healed = sample_facts();
    healed.set("surgery.weeks_since", 12.0);
    CHECK_FALSE(evaluate(rule, healed));
  }
  SUBCASE("any inside all inside not")
  {
    const Condition nested = negate(group(Op::all, {group(Op::any, {no, yes}), present("pain.stage", false)}));
    CHECK_FALSE(evaluate(nested, facts)); // any true, stage unknown -> all true -> not false

    Facts staged = sample_facts();
    staged.set("pain.stage", std::string("acute"));
    CHECK(evaluate(nested, staged));
  }
}
