// The therapist's choices in a profile (load/choices_loader.hpp): read into
// model::Choices with their positions, every id checked against the catalog
// and the rule set, with exact messages.

#include "support.hpp"

#include <doctest/doctest.h>

using ptplan::test::profile_errors;
using ptplan::test::profile_from;

namespace {

// A valid profile whose `choices:` block starts on line 5.
std::string with_choices(const std::string& choices)
{
  return "patient: { name: Ann Lee, age: 60 }\n" // 1
         "conditions: [hip-osteoarthritis]\n"    // 2
         "pain: { current: 3 }\n"                // 3
         "choices:\n"                            // 4
         + choices;
}

} // namespace

TEST_CASE("choices: every part is read, in file order, with its position")
{
  const auto p = profile_from(with_choices("  include: [glute-bridge, walking]\n"                         // 5
                                           "  exclude: [clamshell]\n"                                     // 6
                                           "  dose:\n"                                                    // 7
                                           "    glute-bridge: { sets: 3, reps: 12 }\n"                    // 8
                                           "    walking: { minutes: 20, days_per_week: 5 }\n"             // 9
                                           "  note:\n"                                                    // 10
                                           "    glute-bridge: \"Squeeze a pillow between your knees.\"\n" // 11
                                           "  allow:\n"                                                   // 12
                                           "    - { exercise: figure-4-pull-stretch, rule: hip-replacement-posterior, reason: "
                                           "\"Surgeon cleared on 2026-11-20\" }\n"), // 13
    "p.yaml");
  const auto& c = p.choices;
  REQUIRE(c.include.size() == 2);
  CHECK(c.include[0].exercise == "glute-bridge");
  CHECK(c.include[1].exercise == "walking");
  CHECK(c.include[1].where.file == "p.yaml");
  CHECK(c.include[1].where.line == 5);
  CHECK(c.include[1].where.column == 27);
  CHECK(c.includes("walking"));
  CHECK_FALSE(c.includes("clamshell"));
  REQUIRE(c.exclude.size() == 1);
  CHECK(c.excludes("clamshell"));
  CHECK(c.exclude[0].where.line == 6);

  REQUIRE(c.dose.size() == 2);
  const auto* bridge = c.dose_for("glute-bridge");
  REQUIRE(bridge != nullptr);
  CHECK(bridge->dose.get(ptplan::model::DoseField::sets) == 3);
  CHECK(bridge->dose.get(ptplan::model::DoseField::reps) == 12);
  CHECK_FALSE(bridge->dose.get(ptplan::model::DoseField::minutes).has_value());
  CHECK(bridge->where.line == 8);
  CHECK(c.dose_for("walking")->dose.get(ptplan::model::DoseField::days_per_week) == 5);

  REQUIRE(c.note.size() == 1);
  CHECK(c.note_for("glute-bridge")->text == "Squeeze a pillow between your knees.");
  CHECK(c.note_for("walking") == nullptr);

  REQUIRE(c.allow.size() == 1);
  const auto* allowed = c.allowed("figure-4-pull-stretch", "hip-replacement-posterior");
  REQUIRE(allowed != nullptr);
  CHECK(allowed->reason == "Surgeon cleared on 2026-11-20");
  CHECK(allowed->where.line == 13);
  CHECK(allowed->where.column == 7);
  CHECK(c.allowed("figure-4-pull-stretch", "osteoporosis") == nullptr);
  CHECK(c.where.line == 5);
  CHECK_FALSE(c.empty());
  CHECK(profile_from(with_choices("  include: []\n")).choices.empty());
}

TEST_CASE("choices: unknown ids, with a did-you-mean")
{
  CHECK(profile_errors(with_choices("  include: [glute-brigde]\n"))
        == "p.yaml:5:13: error: choices.include: unknown value \"glute-brigde\"; did you mean \"glute-bridge\"?\n");
  CHECK(profile_errors(with_choices("  exclude: [clamshel]\n"))
        == "p.yaml:5:13: error: choices.exclude: unknown value \"clamshel\"; did you mean \"clamshell\"?\n");
  CHECK(profile_errors(with_choices("  dose: { walkin: { minutes: 10 } }\n"))
        == "p.yaml:5:11: error: choices.dose: unknown value \"walkin\"; did you mean \"walking\"?\n");
  CHECK(profile_errors(with_choices("  note: { walkng: \"Slowly.\" }\n"))
        == "p.yaml:5:11: error: choices.note: unknown value \"walkng\"; did you mean \"walking\"?\n");
  CHECK(profile_errors(with_choices("  allow: [{ exercise: clamshell, rule: osteoporsis, reason: \"Cleared\" }]\n"))
        == "p.yaml:5:40: error: choices.allow[1].rule: unknown value \"osteoporsis\"; did you mean \"osteoporosis\"?\n");
  CHECK(profile_errors(with_choices("  allow: [{ exercise: clamshel, rule: osteoporosis, reason: \"Cleared\" }]\n"))
        == "p.yaml:5:23: error: choices.allow[1].exercise: unknown value \"clamshel\"; did you mean \"clamshell\"?\n");
  CHECK(profile_errors(with_choices("  incude: [walking]\n"))
        == "p.yaml:5:3: error: unknown key \"choices.incude\"; did you mean \"include\"?\n");
}

TEST_CASE("choices: contradictions and bad values")
{
  SUBCASE("included and excluded")
  {
    CHECK(profile_errors(with_choices("  include: [walking, clamshell]\n  exclude: [clamshell]\n"))
          == "p.yaml:6:13: error: choices.exclude: \"clamshell\" is also in choices.include (line 5); keep it in one of "
             "them\n");
  }
  SUBCASE("a dose, a note or an allow for an excluded exercise")
  {
    CHECK(profile_errors(with_choices("  exclude: [clamshell]\n  dose: { clamshell: { sets: 2 } }\n"))
          == "p.yaml:6:11: error: choices.dose: \"clamshell\" is excluded (line 5), so it is never on the plan\n");
    CHECK(profile_errors(with_choices("  exclude: [clamshell]\n  note: { clamshell: \"Slowly.\" }\n"))
          == "p.yaml:6:11: error: choices.note: \"clamshell\" is excluded (line 5), so it is never on the plan\n");
    CHECK(profile_errors(
            with_choices("  exclude: [clamshell]\n  allow: [{ exercise: clamshell, rule: osteoporosis, reason: \"x\" }]\n"))
          == "p.yaml:6:23: error: choices.allow[1].exercise: \"clamshell\" is excluded (line 5), so it is never on the "
             "plan\n");
  }
  SUBCASE("listed twice")
  {
    CHECK(profile_errors(with_choices("  include: [walking, walking]\n"))
          == "p.yaml:5:22: error: choices.include: \"walking\" is listed twice\n");
    CHECK(profile_errors(with_choices("  allow:\n    - { exercise: clamshell, rule: osteoporosis, reason: \"a\" }\n"
                                      "    - { exercise: clamshell, rule: osteoporosis, reason: \"b\" }\n"))
          == "p.yaml:7:7: error: choices.allow[2]: clamshell under rule osteoporosis is already allowed (line 6)\n");
  }
  SUBCASE("doses: whole numbers in range, at least one field, no side")
  {
    CHECK(profile_errors(with_choices("  dose: { glute-bridge: { sets: 11 } }\n"))
          == "p.yaml:5:33: error: choices.dose.glute-bridge.sets: 11 is out of range; expected a whole number from 1 to 10\n");
    CHECK(profile_errors(with_choices("  dose: { walking: { minutes: 0 } }\n"))
          == "p.yaml:5:31: error: choices.dose.walking.minutes: 0 is out of range; expected a whole number from 1 to 180\n");
    CHECK(profile_errors(with_choices("  dose: { walking: { days_per_week: 8 } }\n"))
          == "p.yaml:5:37: error: choices.dose.walking.days_per_week: 8 is out of range; expected a whole number from 1 to 7\n");
    CHECK(profile_errors(with_choices("  dose: { glute-bridge: { reps: 10.5 } }\n"))
          == "p.yaml:5:33: error: choices.dose.glute-bridge.reps: expected a whole number from 1 to 100 (no signs, fractions "
             "or other notations), found \"10.5\"\n");
    CHECK(profile_errors(with_choices("  dose: { glute-bridge: {} }\n"))
          == "p.yaml:5:25: error: choices.dose.glute-bridge: expected at least one of sets, reps, hold_seconds, minutes, "
             "times_per_day, days_per_week\n");
    CHECK(profile_errors(with_choices("  dose: { glute-bridge: { side: each } }\n"))
          == "p.yaml:5:27: error: unknown key \"choices.dose.glute-bridge.side\"; expected one of: sets, reps, "
             "hold_seconds, minutes, times_per_day, days_per_week\n");
  }
  SUBCASE("notes: one line of text")
  {
    CHECK(profile_errors(with_choices("  note: { walking: [a, b] }\n"))
          == "p.yaml:5:20: error: choices.note.walking: expected text, found a list\n");
    CHECK(profile_errors(with_choices("  note: { walking: \"" + std::string(201, 'a') + "\" }\n"))
          == "p.yaml:5:20: error: choices.note.walking: 201 characters is too long for the line on the handout; keep it to "
             "200\n");
  }
  SUBCASE("allow entries need all three keys")
  {
    CHECK(profile_errors(with_choices("  allow: [{ exercise: clamshell, rule: osteoporosis }]\n"))
          == "p.yaml:5:11: error: missing required key \"choices.allow[1].reason\"\n");
    CHECK(profile_errors(with_choices("  allow: clamshell\n"))
          == "p.yaml:5:10: error: choices.allow: expected a list such as - { exercise: ID, rule: RULE, reason: \"...\" }, "
             "found \"clamshell\"\n");
  }
  SUBCASE("lists and maps where they belong")
  {
    CHECK(profile_errors(with_choices("  include: walking\n"))
          == "p.yaml:5:12: error: choices.include: expected a list of exercise ids such as [glute-bridge], found "
             "\"walking\"\n");
    CHECK(profile_errors(with_choices("  dose: [walking]\n"))
          == "p.yaml:5:9: error: choices.dose: expected a map of exercise ids, such as glute-bridge: ..., found a list\n");
  }
}
