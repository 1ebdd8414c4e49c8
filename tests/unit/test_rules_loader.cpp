#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/rules_loader.hpp"
#include "ptplan/load/vocabulary_loader.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::model::Condition;
using ptplan::model::DoseField;
using ptplan::model::Rule;
using Op = ptplan::model::Condition::Op;

namespace {

const ptplan::model::Vocabulary& vocabulary()
{
  static const ptplan::model::Vocabulary loaded = [] {
    for (const auto& [path, source] : ptplan::load::builtin_knowledge_files().files) {
      if (path == "vocabulary.yaml") {
        Diagnostics diagnostics;
        if (auto result = ptplan::load::load_vocabulary(source, diagnostics)) {
          return *result;
        }
        throw std::runtime_error("the built-in vocabulary does not load: " + diagnostics.format());
      }
    }
    throw std::runtime_error("no built-in vocabulary.yaml");
  }();
  return loaded;
}

// One rule of a rules.yaml list: its id on the first line, then a
// description and a source, then `body` (lines indented by four spaces).
std::string rule(const std::string& id, const std::string& body)
{
  return "  - id: " + id + "\n" + "    description: A test rule.\n" + "    source: Test\n" + body;
}

// A rules file whose first rule starts at line 2, column 5; its body at line 5.
std::string rules_file(const std::string& rules)
{
  return "rules:\n" + rules;
}

std::string errors_of(const std::string& text)
{
  Diagnostics diagnostics;
  const auto rules = ptplan::load::load_rules(SourceFile{"rules.yaml", text}, vocabulary(), diagnostics);
  CHECK_FALSE(rules.has_value());
  return diagnostics.format();
}

// The errors of a rule "r" whose `when` (line 5, from column 11) is
// `condition`, with a note as its action.
std::string condition_errors(const std::string& condition)
{
  return errors_of(rules_file(rule("r", "    when: " + condition + "\n    note: Hi.\n")));
}

// The expected error at `token` in the condition of condition_errors.
std::string at_token(const std::string& condition, const std::string& token, const std::string& message)
{
  const auto index = condition.find(token);
  REQUIRE(index != std::string::npos);
  return "rules.yaml:5:" + std::to_string(11 + index) + ": error: " + message + "\n";
}

// The errors of a rule "r" that always fires, with `actions` from line 6.
std::string action_errors(const std::string& actions)
{
  return errors_of(rules_file(rule("r", "    when: { always: true }\n" + actions)));
}

std::string repeat(const std::string& piece, std::size_t count)
{
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    out += piece;
  }
  return out;
}

} // namespace

TEST_CASE("every condition form loads")
{
  const std::string text = rules_file(rule("every-form",
    "    when:\n"                                                   // 5
    "      all:\n"                                                  // 6
    "        - { always: true }\n"                                  // 7
    "        - any:\n"                                              // 8
    "            - { fact: age, at_least: 65 }\n"                   // 9
    "            - { fact: pain.current, at_most: 3 }\n"            // 10
    "        - { not: { fact: pain.stage, equals: acute } }\n"      // 11
    "        - { fact: pain.irritability, in: [high, moderate] }\n" // 12
    "        - { fact: conditions, contains: sciatica }\n"          // 13
    "        - { fact: precautions, contains: [osteoporosis, fall-risk] }\n"
    "        - { fact: surgery.weeks_since, present: false }\n"
    "        - { fact: age, in: [60, 70] }\n"
    "        - { fact: week, equals: 2 }\n"
    "    note: Every form.\n"));
  Diagnostics diagnostics;
  const auto rules = ptplan::load::load_rules(SourceFile{"rules.yaml", text}, vocabulary(), diagnostics);
  INFO(diagnostics.format());
  CHECK(diagnostics.empty());
  REQUIRE(rules.has_value());
  REQUIRE(rules->rules.size() == 1);
  const Rule& r = rules->rules[0];
  CHECK(r.id == "every-form");
  CHECK(r.description == "A test rule.");
  CHECK(r.source == "Test");
  CHECK(r.where.line == 2);
  CHECK(r.where.column == 5);

  const Condition& all = r.when;
  CHECK(all.op == Op::all);
  REQUIRE(all.children.size() == 9);
  CHECK(all.children[0].op == Op::always);

  const Condition& any = all.children[1];
  CHECK(any.op == Op::any);
  REQUIRE(any.children.size() == 2);
  CHECK(any.children[0].op == Op::at_least);
  CHECK(any.children[0].fact == "age");
  CHECK(any.children[0].number == 65);
  CHECK(any.children[1].op == Op::at_most);
  CHECK(any.children[1].fact == "pain.current");
  CHECK(any.children[1].number == 3);

  const Condition& negate = all.children[2];
  CHECK(negate.op == Op::negate);
  REQUIRE(negate.children.size() == 1);
  CHECK(negate.children[0].op == Op::equals);
  CHECK(negate.children[0].fact == "pain.stage");
  CHECK(negate.children[0].words == std::vector<std::string>{"acute"});

  CHECK(all.children[3].op == Op::in);
  CHECK(all.children[3].words == std::vector<std::string>{"high", "moderate"});
  CHECK(all.children[4].op == Op::contains);
  CHECK(all.children[4].words == std::vector<std::string>{"sciatica"});
  CHECK(all.children[4].where.line == 13);
  CHECK(all.children[4].where.column == 11);
  CHECK(all.children[5].op == Op::contains);
  CHECK(all.children[5].words == std::vector<std::string>{"osteoporosis", "fall-risk"});
  CHECK(all.children[6].op == Op::present);
  CHECK(all.children[6].fact == "surgery.weeks_since");
  CHECK_FALSE(all.children[6].flag);
  CHECK(all.children[7].op == Op::in);
  CHECK(all.children[7].words == std::vector<std::string>{"60", "70"});
  CHECK(all.children[8].op == Op::equals);
  CHECK(all.children[8].fact == "week");
  CHECK(all.children[8].words == std::vector<std::string>{"2"});
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].text == "Every form.");
}

TEST_CASE("every action loads")
{
  const std::string text = rules_file(rule("every-action",
    "    when: { always: true }\n"
    "    refer: { urgency: urgent, reason: See a doctor. }\n"
    "    forbid:\n"
    "      movements: [impact]\n"
    "      positions: [prone]\n"
    "      equipment: [ball]\n"
    "      categories: [aerobic]\n"
    "      exercises: [glute-bridge]\n"
    "      muscle_groups: [calves]\n"
    "      floor: true\n"
    "    forbid_from: surgery.restrictions\n"
    "    require: { categories: [balance] }\n"
    "    prefer: { categories: [strength], conditions: [sciatica], bias: [flexion], exercises: [clamshell] }\n"
    "    limit: { max_level: 2, max_exercises: 6, progress_chain: false }\n"
    "    dosage:\n"
    "      - category: stretch\n"
    "        at_least: { hold_seconds: 10 }\n"
    "        at_most: { sets: 3 }\n"
    "        scale: { reps: 50 }\n"
    "        set: { days_per_week: 3 }\n"
    "      - at_most: { minutes: 10 }\n"
    "    note: Keep going.\n"));
  Diagnostics diagnostics;
  const auto rules = ptplan::load::load_rules(SourceFile{"rules.yaml", text}, vocabulary(), diagnostics);
  INFO(diagnostics.format());
  CHECK(diagnostics.empty());
  REQUIRE(rules.has_value());
  REQUIRE(rules->rules.size() == 1);
  const Rule& r = rules->rules[0];

  REQUIRE(r.refer.has_value());
  CHECK(r.refer->urgency == "urgent");
  CHECK(r.refer->reason == "See a doctor.");

  CHECK(r.forbid.movements == std::vector<std::string>{"impact"});
  CHECK(r.forbid.positions == std::vector<std::string>{"prone"});
  CHECK(r.forbid.equipment == std::vector<std::string>{"ball"});
  CHECK(r.forbid.categories == std::vector<std::string>{"aerobic"});
  CHECK(r.forbid.exercises == std::vector<std::string>{"glute-bridge"});
  CHECK(r.forbid.muscle_groups == std::vector<std::string>{"calves"});
  CHECK(r.forbid.floor);
  CHECK(r.forbid_from == "surgery.restrictions");
  CHECK(r.require_categories == std::vector<std::string>{"balance"});

  CHECK(r.prefer.categories == std::vector<std::string>{"strength"});
  CHECK(r.prefer.conditions == std::vector<std::string>{"sciatica"});
  CHECK(r.prefer.biases == std::vector<std::string>{"flexion"});
  CHECK(r.prefer.exercises == std::vector<std::string>{"clamshell"});

  CHECK(r.limit.max_level == 2);
  CHECK(r.limit.max_exercises == 6);
  REQUIRE(r.limit.progress_chain.has_value());
  CHECK_FALSE(*r.limit.progress_chain);

  REQUIRE(r.dosage.size() == 2);
  const auto& first = r.dosage[0];
  CHECK(first.category == "stretch");
  CHECK(first.at_least.get(DoseField::hold_seconds) == 10);
  CHECK_FALSE(first.at_least.get(DoseField::sets).has_value());
  CHECK(first.at_most.get(DoseField::sets) == 3);
  CHECK(first.scale_percent[static_cast<std::size_t>(DoseField::reps)] == 50);
  CHECK_FALSE(first.scale_percent[static_cast<std::size_t>(DoseField::sets)].has_value());
  CHECK(first.set.get(DoseField::days_per_week) == 3);
  CHECK(r.dosage[1].category.empty());
  CHECK(r.dosage[1].at_most.get(DoseField::minutes) == 10);
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].text == "Keep going.");
}

TEST_CASE("a condition naming an unknown fact gets a suggestion")
{
  SUBCASE("close to a fact")
  {
    const std::string c = "{ fact: agee, at_least: 65 }";
    CHECK(condition_errors(c) == at_token(c, "agee", "r.when.fact: unknown value \"agee\"; did you mean \"age\"?"));
  }
  SUBCASE("close to a dotted fact")
  {
    const std::string c = "{ fact: pain.curent, at_most: 3 }";
    CHECK(condition_errors(c)
          == at_token(c, "pain.curent", "r.when.fact: unknown value \"pain.curent\"; did you mean \"pain.current\"?"));
  }
  SUBCASE("far from every fact: the long list is not spelled out")
  {
    const std::string c = "{ fact: weight, at_least: 65 }";
    CHECK(condition_errors(c) == at_token(c, "weight", "r.when.fact: unknown value \"weight\""));
  }
  SUBCASE("deep inside all and any")
  {
    const std::string c = "{ all: [ { any: [ { fact: agee, at_least: 3 } ] } ] }";
    CHECK(condition_errors(c) == at_token(c, "agee", "r.when.all.any.fact: unknown value \"agee\"; did you mean \"age\"?"));
  }
}

TEST_CASE("an operator that does not fit the fact's type")
{
  struct Case
  {
    const char* condition;
    const char* token;
    const char* message;
  };
  const Case cases[] = {
    {"{ fact: age, contains: 65 }", "65", "r.when.contains: age is a number; use at_least, at_most or equals"},
    {"{ fact: side, at_least: 1 }", "1", "r.when.at_least: side is not a number; use equals, in or contains"},
    {"{ fact: conditions, at_most: 2 }", "2", "r.when.at_most: conditions is not a number; use equals, in or contains"},
    {"{ fact: conditions, equals: sciatica }", "sciatica", "r.when.equals: conditions is a list; use contains"},
    {"{ fact: precautions, in: [osteoporosis] }", "[", "r.when.in: precautions is a list; use contains"},
    {"{ fact: side, contains: left }", "left", "r.when.contains: side is a single word; use equals or in"},
    {"{ fact: side, in: left }", "left", "r.when.in: expected a list of words"},
    {"{ fact: side, equals: [left, right] }", "[", "r.when.equals: expected one word; use in for a list"},
    {"{ fact: age, in: 65 }", "65", "r.when.in: expected a list of numbers"},
    {"{ fact: age, equals: [60, 70] }", "[", "r.when.equals: expected one number; use in for a list"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.condition);
    CHECK(condition_errors(c.condition) == at_token(c.condition, c.token, c.message));
  }
}

TEST_CASE("values that do not fit the fact")
{
  struct Case
  {
    const char* condition;
    const char* token;
    const char* message;
  };
  const Case cases[] = {
    {"{ fact: side, equals: lefft }", "lefft", "r.when.equals: unknown value \"lefft\"; did you mean \"left\"?"},
    {"{ fact: conditions, contains: [sciatca] }", "sciatca",
      "r.when.contains: unknown value \"sciatca\"; did you mean \"sciatica\"?"},
    {"{ fact: red_flags, contains: fevr }", "fevr", "r.when.contains: unknown value \"fevr\"; did you mean \"fever\"?"},
    {"{ fact: start_back.risk, equals: medum }", "medum", "r.when.equals: unknown value \"medum\"; did you mean \"medium\"?"},
    {"{ fact: pain.current, at_least: high }", "high", "r.when.at_least: expected a whole number from 0 to 1000, found \"high\""},
    {"{ fact: pain.current, at_least: 1001 }", "1001",
      "r.when.at_least: 1001 is out of range; expected a whole number from 0 to 1000"},
    {"{ fact: age, equals: old }", "old", "r.when.equals: expected a whole number from 0 to 1000, found \"old\""},
    {"{ fact: pain.current, present: yes }", "yes", "r.when.present: expected true or false, found \"yes\""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.condition);
    CHECK(condition_errors(c.condition) == at_token(c.condition, c.token, c.message));
  }
}

TEST_CASE("conditions with the wrong shape")
{
  struct Case
  {
    const char* condition;
    const char* token;
    const char* message;
  };
  const Case cases[] = {
    {"{ fact: age, at_least: 65, at_most: 80 }", "{",
      "r.when: expected exactly one operator (equals, in, contains, at_least, at_most, present) with fact"},
    {"{ fact: age }", "{", "r.when: expected exactly one operator (equals, in, contains, at_least, at_most, present) with fact"},
    {"{ equals: 3 }", "{", "r.when: expected one of always, all, any, not, or fact with an operator"},
    {"{ always: false }", "false", "r.when.always: always must be true (remove the rule to disable it)"},
    {"{ always: true, fact: age }", "fact", "unknown key \"r.when.fact\"; expected one of: always"},
    {"{ all: { fact: age, at_least: 3 } }", "{ fact", "r.when.all: expected a list of conditions"},
    {"{ not: [ { always: true } ] }", "[",
      "r.when.not: expected a condition map such as { fact: age, at_least: 65 }, found a list"},
    {"always", "always", "r.when: expected a condition map such as { fact: age, at_least: 65 }, found \"always\""},
    {"{ fact: age, at_least: 65, colour: red }", "colour",
      "unknown key \"r.when.colour\"; expected one of: fact, equals, in, contains, at_least, at_most, present"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.condition);
    CHECK(condition_errors(c.condition) == at_token(c.condition, c.token, c.message));
  }
}

TEST_CASE("conditions may nest 16 levels below when, not more")
{
  SUBCASE("16 levels")
  {
    const std::string c = repeat("{ not: ", 16) + "{ always: true }" + repeat(" }", 16);
    Diagnostics diagnostics;
    const auto rules = ptplan::load::load_rules(
      SourceFile{"rules.yaml", rules_file(rule("r", "    when: " + c + "\n    note: Hi.\n"))}, vocabulary(), diagnostics);
    CHECK(diagnostics.empty());
    CHECK(rules.has_value());
  }
  SUBCASE("17 levels")
  {
    const std::string c = repeat("{ not: ", 17) + "{ always: true }" + repeat(" }", 17);
    CHECK(condition_errors(c)
          == "rules.yaml:5:" + std::to_string(11 + 7 * 17) + ": error: r.when" + repeat(".not", 17)
               + ": conditions are nested too deeply\n");
  }
}

TEST_CASE("errors in actions")
{
  // Actions start at line 6.
  SUBCASE("refer: an urgency with a typo")
  {
    CHECK(action_errors("    refer: { urgency: urgnet, reason: Go now. }\n")
          == "rules.yaml:6:23: error: r.refer.urgency: unknown value \"urgnet\"; did you mean \"urgent\"?\n");
  }
  SUBCASE("refer: no reason")
  {
    CHECK(
      action_errors("    refer: { urgency: urgent }\n") == "rules.yaml:6:12: error: missing required key \"r.refer.reason\"\n");
  }
  SUBCASE("forbid: a key with a typo")
  {
    CHECK(action_errors("    forbid: { movement: [impact] }\n")
          == "rules.yaml:6:15: error: unknown key \"r.forbid.movement\"; did you mean \"movements\"?\n");
  }
  SUBCASE("forbid: an unknown position")
  {
    CHECK(action_errors("    forbid: { positions: [prone, kneel] }\n")
          == "rules.yaml:6:34: error: r.forbid.positions: unknown value \"kneel\"; did you mean \"kneeling\"?\n");
  }
  SUBCASE("forbid: floor is not a boolean")
  {
    CHECK(action_errors("    forbid: { floor: yes }\n")
          == "rules.yaml:6:22: error: r.forbid.floor: expected true or false, found \"yes\"\n");
  }
  SUBCASE("forbid_from: not a list fact of movement tags")
  {
    CHECK(action_errors("    forbid_from: age\n")
          == "rules.yaml:6:18: error: r.forbid_from: \"age\" is not a list fact of movement tags; expected "
             "surgery.restrictions\n");
    CHECK(action_errors("    forbid_from: conditions\n")
          == "rules.yaml:6:18: error: r.forbid_from: \"conditions\" is not a list fact of movement tags; expected "
             "surgery.restrictions\n");
  }
  SUBCASE("require: an unknown category, or none")
  {
    CHECK(action_errors("    require: { categories: [balanse] }\n")
          == "rules.yaml:6:29: error: r.require.categories: unknown value \"balanse\"; did you mean \"balance\"?\n");
    CHECK(action_errors("    require: {}\n") == "rules.yaml:6:14: error: missing required key \"r.require.categories\"\n");
  }
  SUBCASE("prefer: an unknown bias")
  {
    CHECK(action_errors("    prefer: { bias: [flex] }\n")
          == "rules.yaml:6:22: error: r.prefer.bias: unknown value \"flex\"; did you mean \"flexion\"?\n");
  }
  SUBCASE("limit: values out of range")
  {
    CHECK(action_errors("    limit: { max_level: 6, max_exercises: 9, progress_chain: no }\n")
          == "rules.yaml:6:25: error: r.limit.max_level: 6 is out of range; expected a whole number from 1 to 5\n"
             "rules.yaml:6:43: error: r.limit.max_exercises: 9 is out of range; expected a whole number from 1 to 8\n"
             "rules.yaml:6:62: error: r.limit.progress_chain: expected true or false, found \"no\"\n");
  }
  SUBCASE("dosage: not a list")
  {
    CHECK(action_errors("    dosage: { category: stretch }\n")
          == "rules.yaml:6:13: error: r.dosage: expected a list of dosage adjustments, found a map\n");
  }
  SUBCASE("dosage: every kind of bad adjustment")
  {
    CHECK(
      action_errors("    dosage:\n"                              // 6
                    "      - category: strech\n"                 // 7
                    "        at_most: { side: each, sets: 3 }\n" // 8
                    "        scale: { reps: 500 }\n"             // 9
                    "        set: { minutes: 181 }\n")           // 10
      == "rules.yaml:7:19: error: r.dosage.category: unknown value \"strech\"; did you mean \"stretch\"?\n"
         "rules.yaml:8:26: error: r.dosage.at_most.side: side cannot be adjusted here\n"
         "rules.yaml:10:25: error: r.dosage.set.minutes: 181 is out of range; expected a whole number from 0 to 180\n"
         "rules.yaml:9:24: error: r.dosage.scale.reps (percent): 500 is out of range; expected a whole number from 10 to 300\n");
  }
  SUBCASE("note: not text")
  {
    CHECK(action_errors("    note: [a, [b]]\n") == "rules.yaml:6:15: error: r.note[1]: expected text, found a list\n");
  }
  SUBCASE("note: a guard with an unknown key, an empty guard, instead without advice")
  {
    CHECK(action_errors("    note: { text: a, warn: { movements: [impact] } }\n")
          == "rules.yaml:6:22: error: unknown key \"r.note.warn\"; did you mean \"warns\"?\n");
    CHECK(action_errors("    note: { text: a, needs: {} }\n")
          == "rules.yaml:6:29: error: r.note.needs: name at least one of movements, positions, categories, bias, exercises\n");
    CHECK(action_errors("    note: { text: a, instead: b }\n")
          == "rules.yaml:6:31: error: r.note.instead: only a note that advises something can be replaced\n");
  }
  SUBCASE("stop_signs: whom to call, text and source")
  {
    CHECK(
      action_errors("    stop_signs: [{ call: nurse, text: a, source: b }]\n")
      == "rules.yaml:6:26: error: r.stop_signs[0].call: unknown value \"nurse\"; expected one of: emergency, doctor, midwife, "
         "therapist\n");
    CHECK(action_errors("    stop_signs: [{ call: doctor, text: a }]\n")
          == "rules.yaml:6:18: error: missing required key \"r.stop_signs[0].source\"\n");
    CHECK(action_errors("    stop_signs: []\n").find("r.stop_signs: expected a list of signs") != std::string::npos);
  }
}

TEST_CASE("a rule with no action")
{
  CHECK(errors_of(rules_file(rule("idle", "    when: { always: true }\n")))
        == "rules.yaml:2:5: error: idle: a rule needs at least one action (refer, forbid, forbid_from, require, prefer, "
           "limit, dosage, note, stop_signs, change)\n");
}

TEST_CASE("duplicate rule ids")
{
  const std::string one = rule("same", "    when: { always: true }\n    note: One.\n");  // lines 2-6
  const std::string two = rule("other", "    when: { always: true }\n    note: Two.\n"); // lines 7-11
  CHECK(errors_of(rules_file(one + two + one)) == "rules.yaml:12:5: error: duplicate rule id \"same\"\n");
}

TEST_CASE("the keys of a rule")
{
  SUBCASE("missing keys")
  {
    CHECK(errors_of(rules_file("  - id: bare\n    note: Hi.\n"))
          == "rules.yaml:2:5: error: missing required key \"rule.description\"\n"
             "rules.yaml:2:5: error: missing required key \"rule.source\"\n"
             "rules.yaml:2:5: error: missing required key \"rule.when\"\n");
  }
  SUBCASE("a key with a typo")
  {
    CHECK(errors_of(rules_file("  - id: typo\n    description: D.\n    sorce: S.\n    when: { always: true }\n    note: Hi.\n"))
          == "rules.yaml:4:5: error: unknown key \"rule.sorce\"; did you mean \"source\"?\n"
             "rules.yaml:2:5: error: missing required key \"rule.source\"\n");
  }
  SUBCASE("an id that is not kebab-case")
  {
    CHECK(errors_of(rules_file(rule("Red_Flag", "    when: { always: true }\n    note: Hi.\n")))
          == "rules.yaml:2:9: error: rule.id: \"Red_Flag\" is not a lower-case kebab-case identifier\n");
  }
}

TEST_CASE("the shape of the rules file")
{
  CHECK(errors_of("rules: {}\n") == "rules.yaml:1:8: error: rules: expected a list of rules, found a map\n");
  CHECK(errors_of("rule: []\n")
        == "rules.yaml:1:1: error: unknown key \"rule\"; did you mean \"rules\"?\n"
           "rules.yaml:1:1: error: missing required key \"rules\"\n");
  CHECK(errors_of("rules:\n  - just text\n")
        == "rules.yaml:2:5: error: rule: expected a map of keys and values, found \"just text\"\n");
  CHECK(errors_of("") == "rules.yaml:1:1: error: the input is empty; expected a YAML map\n");
}

TEST_CASE("every error in a rules file is reported, not only the first")
{
  const std::string text =
    rules_file(rule("a", "    when: { fact: agee, at_least: 65 }\n    note: Hi.\n")                                  // 2-6
               + rule("b", "    when: { always: true }\n")                                                           // 7-10
               + rule("c", "    when: { fact: side, equals: lefft }\n    forbid: { positions: [prone, kneel] }\n")); // 11-16
  CHECK(errors_of(text)
        == "rules.yaml:5:19: error: a.when.fact: unknown value \"agee\"; did you mean \"age\"?\n"
           "rules.yaml:7:5: error: b: a rule needs at least one action (refer, forbid, forbid_from, require, prefer, limit, "
           "dosage, note, stop_signs, change)\n"
           "rules.yaml:14:33: error: c.when.equals: unknown value \"lefft\"; did you mean \"left\"?\n"
           "rules.yaml:15:34: error: c.forbid.positions: unknown value \"kneel\"; did you mean \"kneeling\"?\n");
}

TEST_CASE("change rules: read, and kept apart from the plan-level actions")
{
  SUBCASE("a change rule with an exercise fact")
  {
    const std::string text = rules_file(rule("r", "    when: { fact: exercise.pain, at_least: 6 }\n"
                                                  "    change: { to: regress, reason: \"it hurt\" }\n"));
    Diagnostics diagnostics;
    const auto rules = ptplan::load::load_rules(SourceFile{"rules.yaml", text}, vocabulary(), diagnostics);
    REQUIRE_MESSAGE(rules.has_value(), diagnostics.format());
    REQUIRE(rules->rules[0].change.has_value());
    CHECK(rules->rules[0].change->to == "regress");
    CHECK(rules->rules[0].change->reason == "it hurt");
  }
  SUBCASE("an unknown decision")
  {
    CHECK(action_errors("    change: { to: regres, reason: x }\n")
          == "rules.yaml:6:19: error: r.change.to: unknown value \"regres\"; did you mean \"regress\"?\n");
  }
  SUBCASE("a change rule takes no other action")
  {
    CHECK(action_errors("    note: Hi.\n    change: { to: hold, reason: x }\n")
          == "rules.yaml:7:13: error: r.change: a change rule decides for one exercise and takes no other action\n");
  }
  SUBCASE("exercise facts only in change rules")
  {
    CHECK(condition_errors("{ fact: exercise.pain, at_least: 6 }")
          == at_token("{ fact: exercise.pain, at_least: 6 }", "{",
            "r.when: exercise.pain is known only in a rule with a change action (one exercise at a time)"));
  }
}
