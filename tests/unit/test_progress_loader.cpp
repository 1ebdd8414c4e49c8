// The profile's progress log (load/progress_loader.hpp; SPEC.md "Progress
// log"): validated like the rest of the profile, with exact messages.

#include "support.hpp"

#include <doctest/doctest.h>

using ptplan::test::profile_errors;
using ptplan::test::profile_from;

namespace {

std::string with_log(const std::string& log)
{
  return "patient: { name: T, age: 40 }\n"       // line 1
         "conditions: [sciatica]\n"              // line 2
         "pain: { current: 4 }\n"                // line 3
         "schedule: { days: [mon, wed, fri] }\n" // line 4
         "progress:\n"                           // line 5
         + log;
}

} // namespace

TEST_CASE("progress log: a full entry is read, sorted by week")
{
  const auto p = profile_from(with_log(R"(  - week: 2
    sessions_done: 3
    pain_during: 5
    pain_next_day: worse
    symptoms: centralising
    exercises:
      glute-bridge: { pain: 2, difficulty: easy }
      clamshell: { pain: 6, difficulty: hard, symptoms: peripheralising }
    outcomes:
      nprs: 4
      odi: [1, 2, 1, 0, 2, null, 1, 0, 1, 1]
      psfs: { "walk to the shops": 6, "put on socks": 5 }
  - { week: 1, sessions_done: 2, pain_during: 3, pain_next_day: same }
)"));
  REQUIRE(p.progress.size() == 2);
  CHECK(p.progress[0].week == 1);
  const auto& week2 = p.progress[1];
  CHECK(week2.sessions_done == 3);
  CHECK(week2.pain_during == 5);
  CHECK(week2.pain_next_day == "worse");
  CHECK(week2.symptoms == "centralising");
  REQUIRE(week2.exercises.size() == 2);
  CHECK(week2.exercises[1].id == "clamshell");
  CHECK(week2.exercises[1].pain == 6);
  CHECK(week2.exercises[1].difficulty == "hard");
  CHECK(week2.exercises[1].symptoms == "peripheralising");
  CHECK(week2.outcomes.nprs == 4);
  REQUIRE(week2.outcomes.odi.has_value());
  CHECK_FALSE((*week2.outcomes.odi)[5].has_value());
  CHECK((*week2.outcomes.odi)[1] == 2);
  REQUIRE(week2.outcomes.psfs.size() == 2);
  CHECK(week2.outcomes.psfs[0].first == "walk to the shops");
  CHECK(week2.outcomes.psfs[0].second == 6);
  CHECK(p.report_for(2) == &p.progress[1]);
  CHECK(p.report_for(3) == nullptr);
}

TEST_CASE("progress log: errors name the file, line, column and what was expected")
{
  SUBCASE("not a list")
  {
    CHECK(
      profile_errors(with_log("  week: 1\n"))
      == "p.yaml:6:3: error: progress: expected a list of weekly entries such as - { week: 1, sessions_done: 5, pain_during: 3, "
         "pain_next_day: same }, found a map\n");
  }
  SUBCASE("missing fields")
  {
    CHECK(profile_errors(with_log("  - { week: 1, sessions_done: 2 }\n"))
          == "p.yaml:6:5: error: missing required key \"progress[1].pain_during\"\n"
             "p.yaml:6:5: error: missing required key \"progress[1].pain_next_day\"\n");
  }
  SUBCASE("out of range, unknown words with a did-you-mean")
  {
    CHECK(profile_errors(with_log("  - { week: 0, sessions_done: 2, pain_during: 11, pain_next_day: wrose }\n"))
          == "p.yaml:6:13: error: progress[1].week: 0 is out of range; expected a whole number from 1 to 52\n"
             "p.yaml:6:47: error: progress[1].pain_during: 11 is out of range; expected a whole number from 0 to 10\n"
             "p.yaml:6:66: error: progress[1].pain_next_day: unknown value \"wrose\"; did you mean \"worse\"?\n");
  }
  SUBCASE("more sessions than planned days")
  {
    CHECK(profile_errors(with_log("  - { week: 1, sessions_done: 4, pain_during: 1, pain_next_day: same }\n"))
          == "p.yaml:6:31: error: progress[1].sessions_done: 4 sessions is more than the 3 days planned in schedule.days\n");
  }
  SUBCASE("a week logged twice")
  {
    CHECK(profile_errors(with_log("  - { week: 1, sessions_done: 1, pain_during: 1, pain_next_day: same }\n"
                                  "  - { week: 1, sessions_done: 2, pain_during: 1, pain_next_day: same }\n"))
          == "p.yaml:7:5: error: progress[2]: week 1 is logged twice; keep one entry per week\n");
  }
  SUBCASE("an unknown exercise id, and bad exercise fields")
  {
    CHECK(profile_errors(with_log("  - week: 1\n    sessions_done: 1\n    pain_during: 1\n    pain_next_day: same\n"
                                  "    exercises:\n      glute-bridg: { pain: 2 }\n"
                                  "      clamshell: { pain: 2, difficulty: tough, colour: red }\n"))
          == "p.yaml:11:7: error: progress[1].exercises: unknown value \"glute-bridg\"; did you mean \"glute-bridge\"?\n"
             "p.yaml:12:48: error: unknown key \"progress[1].exercises.clamshell.colour\"; expected one of: pain, difficulty, "
             "symptoms\n"
             "p.yaml:12:41: error: progress[1].exercises.clamshell.difficulty: unknown value \"tough\"; expected one of: easy, "
             "right, hard\n");
  }
  SUBCASE("Oswestry needs 10 sections, PSFS at most 5 activities rated 0 to 10")
  {
    CHECK(
      profile_errors(with_log("  - week: 1\n    sessions_done: 1\n    pain_during: 1\n    pain_next_day: same\n"
                              "    outcomes: { odi: [1, 2, 3], psfs: { walk: 11 } }\n"))
      == "p.yaml:10:22: error: progress[1].outcomes.odi: expected the 10 Oswestry section scores (0 to 5, or null when not "
         "answered), found 3 scores\n"
         "p.yaml:10:47: error: progress[1].outcomes.psfs.\"walk\": 11 is out of range; expected a whole number from 0 to 10\n");
    CHECK(profile_errors(with_log("  - week: 1\n    sessions_done: 1\n    pain_during: 1\n    pain_next_day: same\n"
                                  "    outcomes: { odi: [1, 2, 3, 6, 0, 0, 0, 0, 0, 0] }\n"))
          == "p.yaml:10:32: error: progress[1].outcomes.odi section 4: 6 is out of range; expected a whole number from 0 to 5\n");
  }
}

TEST_CASE("progress log: Timed Up and Go, the chair stand and HOOS-12")
{
  const std::string entry = "  - week: 1\n    sessions_done: 1\n    pain_during: 1\n    pain_next_day: same\n"; // lines 6-9
  SUBCASE("read, with nulls for unanswered HOOS-12 items")
  {
    const auto p = profile_from(with_log(entry
                                         + "    outcomes:\n      tug: 12.4\n      chair_stand: 9\n"
                                           "      hoos12: { pain: [1, 2, null, 1], quality_of_life: [3, 3, 2, 2] }\n"));
    const auto& outcomes = p.progress[0].outcomes;
    CHECK(outcomes.tug == doctest::Approx(12.4));
    CHECK(outcomes.chair_stand == 9);
    REQUIRE(outcomes.hoos12.has_value());
    REQUIRE(outcomes.hoos12->pain.has_value());
    CHECK((*outcomes.hoos12->pain)[1] == 2);
    CHECK_FALSE((*outcomes.hoos12->pain)[2].has_value());
    CHECK_FALSE(outcomes.hoos12->function.has_value());
    CHECK(outcomes.hoos12->quality_of_life.has_value());
    CHECK(profile_from(with_log(entry + "    outcomes: { tug: 9 }\n")).progress[0].outcomes.tug == doctest::Approx(9.0));
  }
  SUBCASE("TUG: seconds from 1 to 300, at most one decimal")
  {
    CHECK(profile_errors(with_log(entry + "    outcomes: { tug: 12.45 }\n"))
          == "p.yaml:10:22: error: progress[1].outcomes.tug: expected a number from 1 to 300 with at most one decimal, such as "
             "11.5, found \"12.45\"\n");
    CHECK(profile_errors(with_log(entry + "    outcomes: { tug: 300.1 }\n"))
          == "p.yaml:10:22: error: progress[1].outcomes.tug: 300.1 is out of range; expected a number from 1 to 300 with at "
             "most one decimal, such as 11.5\n");
    CHECK(profile_errors(with_log(entry + "    outcomes: { tug: 0.9 }\n"))
          == "p.yaml:10:22: error: progress[1].outcomes.tug: 0.9 is out of range; expected a number from 1 to 300 with at "
             "most one decimal, such as 11.5\n");
    CHECK(profile_errors(with_log(entry + "    outcomes: { tug: \"12\" }\n"))
          == "p.yaml:10:22: error: progress[1].outcomes.tug: expected a number from 1 to 300 with at most one decimal, such as "
             "11.5, found \"12\"\n");
    CHECK(profile_errors(with_log(entry + "    outcomes: { tug: 012 }\n")).find("found \"012\"") != std::string::npos);
  }
  SUBCASE("chair stand: whole stands, 0 to 60")
  {
    CHECK(profile_errors(with_log(entry + "    outcomes: { chair_stand: 61 }\n"))
          == "p.yaml:10:30: error: progress[1].outcomes.chair_stand: 61 is out of range; expected a whole number from 0 to 60\n");
  }
  SUBCASE("HOOS-12: 4 items a subscale, 0 to 4 or null, at least one subscale")
  {
    CHECK(profile_errors(with_log(entry + "    outcomes: { hoos12: { pain: [1, 2, 3] } }\n"))
          == "p.yaml:10:33: error: progress[1].outcomes.hoos12.pain: expected the 4 HOOS-12 pain items (0 to 4, or null when "
             "not answered), found 3 scores\n");
    CHECK(profile_errors(with_log(entry + "    outcomes: { hoos12: { function: [1, 5, 0, 0] } }\n"))
          == "p.yaml:10:41: error: progress[1].outcomes.hoos12.function item 2: 5 is out of range; expected a whole number "
             "from 0 to 4\n");
    CHECK(profile_errors(with_log(entry + "    outcomes: { hoos12: { quality: [1, 1, 0, 0] } }\n"))
          == "p.yaml:10:27: error: unknown key \"progress[1].outcomes.hoos12.quality\"; did you mean \"quality_of_life\"?\n");
    CHECK(profile_errors(with_log(entry + "    outcomes: { hoos12: {} }\n"))
          == "p.yaml:10:25: error: progress[1].outcomes.hoos12: expected at least one of pain, function, quality_of_life\n");
  }
}
