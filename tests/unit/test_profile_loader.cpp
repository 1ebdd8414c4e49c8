#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/load/vocabulary_loader.hpp"
#include "ptplan/yaml/parse.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

using ptplan::Diagnostics;
using ptplan::SourceFile;
using ptplan::Weekday;
using ptplan::load::load_profile;

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

// A valid profile with only the required keys, followed by `more`.
std::string minimal(const std::string& more = "")
{
  return "patient:\n"
         "  name: Ann Lee\n"
         "  age: 40\n"
         "conditions: [nonspecific-low-back-pain]\n"
         "pain:\n"
         "  current: 3\n"
         + more;
}

// The errors of a profile that must not load.
std::string errors_of(const std::string& text)
{
  Diagnostics diagnostics;
  const auto profile = load_profile(SourceFile{"p.yaml", text}, vocabulary(), diagnostics);
  CHECK_FALSE(profile.has_value());
  return diagnostics.format();
}

} // namespace

TEST_CASE("a full profile loads with every field")
{
  const std::string text = "patient:\n"
                           "  name: Maria Lopez\n"
                           "  age: 67\n"
                           "conditions: [hip-osteoarthritis, nonspecific-low-back-pain]\n"
                           "side: left\n"
                           "pain:\n"
                           "  current: 5\n"
                           "  irritability: moderate\n"
                           "  stage: chronic\n"
                           "  directional_preference: none\n"
                           "precautions: [fall-risk, hip-replacement-posterior]\n"
                           "surgery:\n"
                           "  date: 2026-10-01\n"
                           "  restrictions: [hip-flexion-past-90, hip-internal-rotation]\n"
                           "pregnancy: { weeks: 12 }\n"
                           "red_flags: [fever, dizziness]\n"
                           "clearance:\n"
                           "  by: Dr. Chen\n"
                           "  date: 2026-11-20\n"
                           "  flags: [fever]\n"
                           "limitations: [no-floor]\n"
                           "equipment: [chair, band]\n"
                           "schedule:\n"
                           "  days: [sat, mon, wed, fri]\n"
                           "  minutes_per_session: 25\n"
                           "  clinic_visits_per_week: 2\n"
                           "start_back: [1, 0, 1, 1, 0, 0, 1, 0, very-much]\n"
                           "goals: [\"Walk to the shops without hip pain\", Sleep through the night]\n"
                           "plan:\n"
                           "  start: 2026-12-07\n"
                           "  weeks: 6\n"
                           "therapist: { name: Sam Okafor, clinic: Riverside PT, phone: \"555 0100\" }\n";
  Diagnostics diagnostics;
  const auto profile = load_profile(SourceFile{"maria.yaml", text}, vocabulary(), diagnostics);
  INFO(diagnostics.format());
  CHECK(diagnostics.empty());
  REQUIRE(profile.has_value());

  CHECK(profile->source == "maria.yaml");
  CHECK(profile->name == "Maria Lopez");
  CHECK(profile->age == 67);
  CHECK(profile->conditions == std::vector<std::string>{"hip-osteoarthritis", "nonspecific-low-back-pain"});
  CHECK(profile->side == ptplan::model::Side::left);
  CHECK(profile->pain_current == 5);
  CHECK(profile->irritability == ptplan::model::Irritability::moderate);
  CHECK(profile->stage == ptplan::model::Stage::chronic);
  CHECK(profile->directional_preference == ptplan::model::DirectionalPreference::none);
  CHECK(profile->precautions == std::vector<std::string>{"fall-risk", "hip-replacement-posterior"});

  REQUIRE(profile->surgery.has_value());
  REQUIRE(profile->surgery->date.has_value());
  CHECK(profile->surgery->date->iso() == "2026-10-01");
  REQUIRE(profile->surgery->restrictions.has_value());
  CHECK(*profile->surgery->restrictions == std::vector<std::string>{"hip-flexion-past-90", "hip-internal-rotation"});

  REQUIRE(profile->pregnancy_weeks.has_value());
  CHECK(*profile->pregnancy_weeks == 12);
  CHECK(profile->red_flags == std::vector<std::string>{"fever", "dizziness"});

  REQUIRE(profile->clearance.has_value());
  CHECK(profile->clearance->by == "Dr. Chen");
  REQUIRE(profile->clearance->date.has_value());
  CHECK(profile->clearance->date->iso() == "2026-11-20");
  REQUIRE(profile->clearance->flags.has_value());
  CHECK(*profile->clearance->flags == std::vector<std::string>{"fever"});

  CHECK(profile->limitations == std::vector<std::string>{"no-floor"});
  REQUIRE(profile->equipment.has_value());
  CHECK(*profile->equipment == std::vector<std::string>{"chair", "band"});

  // Days come out Monday first, whatever order they were written in.
  CHECK(profile->schedule.days == std::vector<Weekday>{Weekday::mon, Weekday::wed, Weekday::fri, Weekday::sat});
  CHECK(profile->schedule.minutes_per_session == 25);
  CHECK(profile->schedule.clinic_visits_per_week == 2);

  REQUIRE(profile->start_back.has_value());
  CHECK(profile->start_back->items == std::array<int, 8>{1, 0, 1, 1, 0, 0, 1, 0});
  CHECK(profile->start_back->bothersome == "very-much");

  CHECK(profile->goals == std::vector<std::string>{"Walk to the shops without hip pain", "Sleep through the night"});
  REQUIRE(profile->plan_start.has_value());
  CHECK(profile->plan_start->iso() == "2026-12-07");
  REQUIRE(profile->plan_weeks.has_value());
  CHECK(*profile->plan_weeks == 6);
  CHECK(profile->therapist.name == "Sam Okafor");
  CHECK(profile->therapist.clinic == "Riverside PT");
  CHECK(profile->therapist.phone == "555 0100");
}

TEST_CASE("a minimal profile gets the documented defaults")
{
  Diagnostics diagnostics;
  const auto profile = load_profile(SourceFile{"p.yaml", minimal()}, vocabulary(), diagnostics);
  INFO(diagnostics.format());
  REQUIRE(profile.has_value());
  CHECK(profile->name == "Ann Lee");
  CHECK(profile->age == 40);
  CHECK(profile->pain_current == 3);
  CHECK_FALSE(profile->side.has_value());
  CHECK_FALSE(profile->irritability.has_value()); // derived later from pain
  CHECK_FALSE(profile->stage.has_value());
  CHECK_FALSE(profile->surgery.has_value());
  CHECK_FALSE(profile->pregnancy_weeks.has_value());
  CHECK(profile->red_flags.empty());
  CHECK_FALSE(profile->clearance.has_value());
  CHECK_FALSE(profile->equipment.has_value()); // not given: the defaults apply
  CHECK(profile->schedule.days.size() == 7);
  CHECK(profile->schedule.days.front() == Weekday::mon);
  CHECK(profile->schedule.days.back() == Weekday::sun);
  CHECK(profile->schedule.minutes_per_session == 20);
  CHECK(profile->schedule.clinic_visits_per_week == 0);
  CHECK_FALSE(profile->start_back.has_value());
  CHECK_FALSE(profile->plan_start.has_value());
  CHECK_FALSE(profile->plan_weeks.has_value());

  SUBCASE("a schedule without days is every day")
  {
    Diagnostics more;
    const auto with_schedule =
      load_profile(SourceFile{"p.yaml", minimal("schedule: { minutes_per_session: 30 }\n")}, vocabulary(), more);
    REQUIRE(with_schedule.has_value());
    CHECK(with_schedule->schedule.days.size() == 7);
    CHECK(with_schedule->schedule.minutes_per_session == 30);
  }
  SUBCASE("an empty equipment list is kept as given")
  {
    Diagnostics more;
    const auto without = load_profile(SourceFile{"p.yaml", minimal("equipment: []\n")}, vocabulary(), more);
    REQUIRE(without.has_value());
    REQUIRE(without->equipment.has_value());
    CHECK(without->equipment->empty());
  }
}

TEST_CASE("every error in a profile is reported, in order, with its position")
{
  const std::string text = "patient:\n"                                             // 1
                           "  name: Maria\n"                                        // 2
                           "  age: 7\n"                                             // 3
                           "conditions: [hip-osteoarthritis, hip-osteoarthritis]\n" // 4
                           "side: lefft\n"                                          // 5
                           "pain:\n"                                                // 6
                           "  current: 11\n"                                        // 7
                           "  irritability: medium\n"                               // 8
                           "schedule:\n"                                            // 9
                           "  days: [mon, funday]\n"                                // 10
                           "  minutes_per_session: \"20\"\n"                        // 11
                           "plan:\n"                                                // 12
                           "  start: 2026-02-30\n"                                  // 13
                           "colour: blue\n";                                        // 14
  CHECK(errors_of(text)
        == "p.yaml:14:1: error: unknown key \"colour\"; expected one of: patient, conditions, side, pain, precautions, "
           "surgery, pregnancy, postpartum, red_flags, clearance, limitations, equipment, mobility, avoid, priorities, sex, "
           "language, schedule, start_back, goals, plan, therapist, choices, progress\n"
           "p.yaml:3:8: error: patient.age: 7 is out of range; expected a whole number from 12 to 110\n"
           "p.yaml:4:34: error: conditions: \"hip-osteoarthritis\" is listed twice\n"
           "p.yaml:5:7: error: side: unknown value \"lefft\"; did you mean \"left\"?\n"
           "p.yaml:7:12: error: pain.current: 11 is out of range; expected a whole number from 0 to 10\n"
           "p.yaml:8:17: error: pain.irritability: unknown value \"medium\"; expected one of: high, moderate, low\n"
           "p.yaml:10:15: error: schedule.days: unknown value \"funday\"; expected one of: mon, tue, wed, thu, fri, sat, sun\n"
           "p.yaml:11:24: error: schedule.minutes_per_session: expected a whole number from 5 to 120, found \"20\"\n"
           "p.yaml:13:10: error: plan.start: expected a real calendar date written YYYY-MM-DD, found \"2026-02-30\"\n");
}

TEST_CASE("past the last error shown, unknown words and keys are counted and the count is exact")
{
  // 30 unknown keys and 60 unknown exercises: the keys come first, then 20
  // of the exercises, each with its suggestion; the other 40 are counted
  // (no suggestion is looked for them).
  std::string text = minimal("choices:\n  include:\n");
  for (int i = 0; i < 60; ++i) {
    text += "    - brige-" + std::to_string(i) + "\n";
  }
  for (int i = 0; i < 30; ++i) {
    text += "colour" + std::to_string(i) + ": blue\n";
  }
  const std::string errors = errors_of(text);
  CHECK(std::count(errors.begin(), errors.end(), '\n') == 51);
  CHECK(errors.find("p.yaml:69:1: error: unknown key \"colour0\"; expected one of: patient,") != std::string::npos);
  CHECK(errors.find("p.yaml:28:7: error: choices.include: unknown value \"brige-19\"") != std::string::npos);
  CHECK(errors.find("\"brige-20\"") == std::string::npos);
  CHECK(errors.find("ptplan: 40 more errors not shown\n") != std::string::npos);
}

TEST_CASE("each kind of profile error has its exact message and position")
{
  // minimal() has 6 lines; anything added starts at line 7.
  SUBCASE("an unknown top-level key, with a suggestion")
  {
    CHECK(errors_of(minimal("sied: left\n")) == "p.yaml:7:1: error: unknown key \"sied\"; did you mean \"side\"?\n");
  }
  SUBCASE("an unknown nested key")
  {
    CHECK(errors_of(minimal("therapist: {name: Sam, phnoe: \"555\"}\n"))
          == "p.yaml:7:24: error: unknown key \"therapist.phnoe\"; did you mean \"phone\"?\n");
  }
  SUBCASE("a duplicate key")
  {
    CHECK(
      errors_of(minimal("side: left\nside: right\n")) == "p.yaml:8:1: error: duplicate key \"side\" (first given at line 7)\n");
  }
  SUBCASE("a word where a list is expected")
  {
    CHECK(errors_of(minimal("precautions: osteoporosis\n"))
          == "p.yaml:7:14: error: precautions: expected a list such as [a, b], found \"osteoporosis\"\n");
  }
  SUBCASE("text where a map is expected")
  {
    CHECK(errors_of(minimal("surgery: yesterday\n"))
          == "p.yaml:7:10: error: surgery: expected a map of keys and values, found \"yesterday\"\n");
  }
  SUBCASE("a word where a number is expected")
  {
    CHECK(errors_of("patient:\n  name: Ann\n  age: sixty\nconditions: [sciatica]\npain: {current: 3}\n")
          == "p.yaml:3:8: error: patient.age: expected a whole number from 12 to 110, found \"sixty\"\n");
  }
  SUBCASE("a fraction where a whole number is expected")
  {
    CHECK(errors_of("patient:\n  name: Ann\n  age: 40\nconditions: [sciatica]\npain: {current: 3.5}\n")
          == "p.yaml:5:17: error: pain.current: expected a whole number from 0 to 10 (no signs, fractions or other "
             "notations), found \"3.5\"\n");
  }
  SUBCASE("a name that is a list")
  {
    CHECK(errors_of("patient:\n  name: [Ann, Lee]\n  age: 40\nconditions: [sciatica]\npain: {current: 3}\n")
          == "p.yaml:2:9: error: patient.name: expected text, found a list\n");
  }
  SUBCASE("unknown vocabulary, with suggestions")
  {
    CHECK(errors_of("patient:\n  name: Ann\n  age: 40\nconditions: [hip-osteoarthritus]\npain: {current: 3}\n")
          == "p.yaml:4:14: error: conditions: unknown value \"hip-osteoarthritus\"; did you mean \"hip-osteoarthritis\"?\n");
    CHECK(errors_of(minimal("precautions: [fall-risc]\n"))
          == "p.yaml:7:15: error: precautions: unknown value \"fall-risc\"; did you mean \"fall-risk\"?\n");
    CHECK(errors_of(minimal("red_flags: [fevr]\n"))
          == "p.yaml:7:13: error: red_flags: unknown value \"fevr\"; did you mean \"fever\"?\n");
    CHECK(errors_of(minimal("limitations: [no-flor]\n"))
          == "p.yaml:7:15: error: limitations: unknown value \"no-flor\"; did you mean \"no-floor\"?\n");
    CHECK(errors_of(minimal("equipment: [chiar]\n"))
          == "p.yaml:7:13: error: equipment: unknown value \"chiar\"; did you mean \"chair\"?\n");
    CHECK(errors_of(minimal("surgery:\n  restrictions: [hip-flexion-past-95]\n"))
          == "p.yaml:8:18: error: surgery.restrictions: unknown value \"hip-flexion-past-95\"; did you mean "
             "\"hip-flexion-past-90\"?\n");
    CHECK(errors_of(minimal("clearance: {by: Dr. Chen, date: 2026-11-20, flags: [fevre]}\n"))
          == "p.yaml:7:53: error: clearance.flags: unknown value \"fevre\"; did you mean \"fever\"?\n");
  }
  SUBCASE("unknown vocabulary without a close word")
  {
    CHECK(errors_of(minimal("side: middle\n"))
          == "p.yaml:7:7: error: side: unknown value \"middle\"; expected one of: left, right, both\n");
    CHECK(errors_of("patient:\n  name: Ann\n  age: 40\nconditions: [sciatica]\npain: {current: 3, stage: early}\n")
          == "p.yaml:5:27: error: pain.stage: unknown value \"early\"; expected one of: acute, subacute, chronic\n");
    CHECK(errors_of("patient:\n  name: Ann\n  age: 40\nconditions: [sciatica]\npain: {current: 3, directional_preference: up}\n")
          == "p.yaml:5:44: error: pain.directional_preference: unknown value \"up\"; expected one of: flexion, extension, "
             "none\n");
  }
  SUBCASE("numbers out of range")
  {
    CHECK(errors_of(minimal("pregnancy: {weeks: 43}\n"))
          == "p.yaml:7:20: error: pregnancy.weeks: 43 is out of range; expected a whole number from 1 to 42\n");
    CHECK(errors_of(minimal("plan: {weeks: 0}\n"))
          == "p.yaml:7:15: error: plan.weeks: 0 is out of range; expected a whole number from 1 to 52\n");
    CHECK(errors_of(minimal("schedule: {clinic_visits_per_week: 4}\n"))
          == "p.yaml:7:36: error: schedule.clinic_visits_per_week: 4 is out of range; expected a whole number from 0 to 3\n");
    CHECK(errors_of(minimal("schedule: {minutes_per_session: 4}\n"))
          == "p.yaml:7:33: error: schedule.minutes_per_session: 4 is out of range; expected a whole number from 5 to 120\n");
  }
  SUBCASE("dates that do not exist")
  {
    CHECK(errors_of(minimal("surgery: {date: 2026-02-29}\n"))
          == "p.yaml:7:17: error: surgery.date: expected a real calendar date written YYYY-MM-DD, found \"2026-02-29\"\n");
    CHECK(errors_of(minimal("clearance: {by: Dr. Chen, date: 20/11/2026}\n"))
          == "p.yaml:7:33: error: clearance.date: expected a real calendar date written YYYY-MM-DD, found \"20/11/2026\"\n");
  }
  SUBCASE("empty lists where one entry is needed")
  {
    CHECK(errors_of("patient:\n  name: Ann\n  age: 40\nconditions: []\npain: {current: 3}\n")
          == "p.yaml:4:13: error: conditions: expected at least one condition\n");
    CHECK(errors_of(minimal("schedule: {days: []}\n")) == "p.yaml:7:18: error: schedule.days: expected at least one day\n");
  }
  SUBCASE("a repeated entry")
  {
    CHECK(errors_of(minimal("schedule:\n  days: [mon, wed, mon]\n"))
          == "p.yaml:8:20: error: schedule.days: \"mon\" is listed twice\n");
  }
  SUBCASE("STarT Back answers")
  {
    CHECK(errors_of(minimal("start_back: [1, 0, 1]\n"))
          == "p.yaml:7:13: error: start_back: expected a list of the 9 STarT Back answers (items 1-8: 0 or 1; item 9: "
             "one of not-at-all, slightly, moderately, very-much, extremely), found 3 answers\n");
    CHECK(errors_of(minimal("start_back: yes\n"))
          == "p.yaml:7:13: error: start_back: expected a list of the 9 STarT Back answers (items 1-8: 0 or 1; item 9: "
             "one of not-at-all, slightly, moderately, very-much, extremely), found \"yes\"\n");
    CHECK(errors_of(minimal("start_back: [1, 2, 1, 1, 0, 0, 1, 0, very]\n"))
          == "p.yaml:7:17: error: start_back item 2: 2 is out of range; expected a whole number from 0 to 1\n"
             "p.yaml:7:38: error: start_back item 9: unknown value \"very\"; did you mean \"very-much\"?\n");
  }
  SUBCASE("a quoted number is text")
  {
    CHECK(errors_of("patient:\n  name: Ann\n  age: \"40\"\nconditions: [sciatica]\npain: {current: 3}\n")
          == "p.yaml:3:8: error: patient.age: expected a whole number from 12 to 110, found \"40\"\n");
  }
}

TEST_CASE("missing required keys")
{
  SUBCASE("only a name")
  {
    CHECK(errors_of("patient:\n  name: Ann\n")
          == "p.yaml:2:3: error: missing required key \"patient.age\"\n"
             "p.yaml:1:1: error: missing required key \"conditions\"\n"
             "p.yaml:1:1: error: missing required key \"pain\"\n");
  }
  SUBCASE("a nested required key")
  {
    CHECK(errors_of("patient:\n  name: Ann\n  age: 40\nconditions: [sciatica]\npain: {stage: acute}\n")
          == "p.yaml:5:7: error: missing required key \"pain.current\"\n");
    CHECK(errors_of(minimal("clearance:\n  date: 2026-11-20\n")) == "p.yaml:8:3: error: missing required key \"clearance.by\"\n");
  }
  SUBCASE("a key given with no value is reported at the key")
  {
    CHECK(errors_of("patient:\n  name: Ann\n  age: 40\nconditions:\npain:\n  current: 3\n")
          == "p.yaml:4:1: error: missing required key \"conditions\"\n");
  }
}

TEST_CASE("a profile that is not a map")
{
  SUBCASE("a list")
  {
    CHECK(errors_of("- name: Ann\n- age: 40\n")
          == "p.yaml:1:1: error: the document: expected a map of keys and values, found a list\n");
  }
  SUBCASE("a scalar")
  {
    CHECK(errors_of("Ann Lee, 40, back pain\n")
          == "p.yaml:1:1: error: the document: expected a map of keys and values, found \"Ann Lee, 40, back pain\"\n");
  }
  SUBCASE("nothing")
  {
    CHECK(errors_of("") == "p.yaml:1:1: error: the input is empty; expected a YAML map\n");
    CHECK(errors_of("# to do\n") == "p.yaml:1:1: error: the input is empty; expected a YAML map\n");
  }
}

TEST_CASE("YAML problems stop the profile before it is read")
{
  CHECK(errors_of(minimal("side: !!str left\n"))
        == "p.yaml:7:7: error: YAML tags such as \"tag:yaml.org,2002:str\" are not supported here\n");
  CHECK(errors_of(minimal("goals: [Walk\n")) == "p.yaml:8:1: error: YAML syntax: end of sequence flow not found\n");
  CHECK(errors_of("patient:\n  name: \"Maria Lopez\n  age: 67\nconditions: [sciatica]\npain: {current: 3}\n")
        == "p.yaml:2:9: error: this quoted text has no closing quote\n");
  CHECK(errors_of(minimal("side: left\n---\nside: right\n"))
        == "p.yaml:9:1: error: expected one YAML document, found another one here\n");
}

TEST_CASE("read_profile reads a document that is already parsed")
{
  Diagnostics diagnostics;
  const auto root = ptplan::yaml::parse_document(SourceFile{"stream.yaml", minimal("side: rihgt\n")}, diagnostics);
  REQUIRE(root.has_value());
  CHECK_FALSE(ptplan::load::read_profile(*root, "stream.yaml", vocabulary(), diagnostics).has_value());
  CHECK(diagnostics.format() == "stream.yaml:7:7: error: side: unknown value \"rihgt\"; did you mean \"right\"?\n");
}

TEST_CASE("errors already reported elsewhere do not spoil a good profile")
{
  Diagnostics diagnostics;
  diagnostics.error({"other.yaml", 1, 1}, "something else");
  const auto profile = load_profile(SourceFile{"p.yaml", minimal()}, vocabulary(), diagnostics);
  CHECK(profile.has_value());
  CHECK(diagnostics.size() == 1);
}

// The profile, or a failed test with its errors.
static ptplan::model::Profile loaded(const std::string& text)
{
  Diagnostics diagnostics;
  auto profile = load_profile(SourceFile{"p.yaml", text}, vocabulary(), diagnostics);
  INFO(diagnostics.format());
  REQUIRE(profile.has_value());
  return std::move(*profile);
}

TEST_CASE("conditions: plain ids and { id, side } maps, mixed")
{
  const auto profile = loaded("patient: { name: Ann Lee, age: 70 }\n"
                              "conditions: [nonspecific-low-back-pain, { id: hip-osteoarthritis, side: right }]\n"
                              "side: left\n"
                              "pain: { current: 3 }\n");
  CHECK(profile.conditions == std::vector<std::string>{"nonspecific-low-back-pain", "hip-osteoarthritis"});
  CHECK(profile.side_of("hip-osteoarthritis") == ptplan::model::Side::right);
  CHECK(profile.side_of("nonspecific-low-back-pain") == ptplan::model::Side::left); // the profile's side
  CHECK(profile.condition_sides.size() == 1);

  const std::string head = "patient: { name: Ann Lee, age: 70 }\npain: { current: 3 }\n";
  CHECK(errors_of(head + "conditions: [{ side: right }]\n") == "p.yaml:3:14: error: missing required key \"conditions[1].id\"\n");
  CHECK(errors_of(head + "conditions: [{ id: hip-osteoarthritis, side: rigth }]\n")
        == "p.yaml:3:46: error: conditions[1].side: unknown value \"rigth\"; did you mean \"right\"?\n");
  CHECK(errors_of(head + "conditions: [{ id: hip-osteoartritis }]\n")
        == "p.yaml:3:20: error: conditions: unknown value \"hip-osteoartritis\"; did you mean \"hip-osteoarthritis\"?\n");
  CHECK(errors_of(head + "conditions: [hip-osteoarthritis, { id: hip-osteoarthritis, side: left }]\n")
        == "p.yaml:3:40: error: conditions: \"hip-osteoarthritis\" is listed twice\n");
  CHECK(errors_of(head + "conditions: [{ id: sciatica, sides: left }]\n")
        == "p.yaml:3:30: error: unknown key \"conditions[1].sides\"; did you mean \"side\"?\n");
  CHECK(errors_of(head + "conditions: sciatica\n")
        == "p.yaml:3:13: error: conditions: expected a list such as [a, b], found \"sciatica\"\n");
}

TEST_CASE("mobility, avoid, priorities, sex and language")
{
  const auto profile = loaded(minimal("mobility: { walking_aid: walker, weight_bearing: as-tolerated }\n"
                                      "avoid: [running, lifting]\n"
                                      "priorities: [stairs]\n"
                                      "sex: male\n"
                                      "language: en\n"));
  CHECK(profile.mobility.walking_aid == ptplan::model::WalkingAid::walker);
  CHECK(profile.mobility.weight_bearing == ptplan::model::WeightBearing::as_tolerated);
  CHECK(profile.avoid == std::vector<std::string>{"running", "lifting"});
  CHECK(profile.priorities == std::vector<std::string>{"stairs"});
  CHECK(profile.sex == ptplan::model::Sex::male);
  CHECK(profile.language == "en");

  const auto bare = loaded(minimal());
  CHECK_FALSE(bare.mobility.walking_aid.has_value());
  CHECK_FALSE(bare.sex.has_value());
  CHECK_FALSE(bare.language.has_value());
  CHECK(bare.avoid.empty());

  CHECK(errors_of(minimal("mobility: { walking_aid: wlker }\n"))
        == "p.yaml:7:26: error: mobility.walking_aid: unknown value \"wlker\"; did you mean \"walker\"?\n");
  CHECK(errors_of(minimal("mobility: { weight_bearing: half }\n"))
        == "p.yaml:7:29: error: mobility.weight_bearing: unknown value \"half\"; expected one of: full, as-tolerated, "
           "partial, toe-touch, none\n");
  CHECK(errors_of(minimal("mobility: { aid: cane }\n"))
        == "p.yaml:7:13: error: unknown key \"mobility.aid\"; expected one of: walking_aid, weight_bearing\n");
  CHECK(
    errors_of(minimal("avoid: [runing]\n")) == "p.yaml:7:9: error: avoid: unknown value \"runing\"; did you mean \"running\"?\n");
  CHECK(
    errors_of(minimal("priorities: [walking, walking]\n")) == "p.yaml:7:23: error: priorities: \"walking\" is listed twice\n");
  CHECK(errors_of(minimal("sex: f\n")) == "p.yaml:7:6: error: sex: unknown value \"f\"; expected one of: female, male\n");
  CHECK(errors_of(minimal("language: pt\n"))
        == "p.yaml:7:11: error: language: no handouts in \"pt\"; this knowledge base has en (English), es (Español)\n");
  CHECK(errors_of(minimal("language: [en]\n"))
        == "p.yaml:7:11: error: language: expected a word, found a list; expected one of: en, es\n");
}

TEST_CASE("postpartum weeks and the surgeon's end of restrictions")
{
  CHECK(loaded(minimal("postpartum: { weeks: 0 }\n")).postpartum_weeks == 0);
  CHECK(errors_of(minimal("postpartum: { weeks: 105 }\n"))
        == "p.yaml:7:22: error: postpartum.weeks: 105 is out of range; expected a whole number from 0 to 104\n");

  const auto profile = loaded(minimal("surgery: { date: 2026-10-01, restrictions_until: 2026-11-12 }\n"));
  REQUIRE(profile.surgery.has_value());
  CHECK(profile.surgery->restrictions_until->iso() == "2026-11-12");
  CHECK(errors_of(minimal("surgery: { date: 2026-10-01, restrictions_until: 2026-09-30 }\n"))
        == "p.yaml:7:50: error: surgery.restrictions_until: 2026-09-30 is before the surgery date (2026-10-01)\n");
  CHECK(errors_of(minimal("surgery: { restrictions_until: soon }\n"))
        == "p.yaml:7:32: error: surgery.restrictions_until: expected a real calendar date written YYYY-MM-DD, found "
           "\"soon\"\n");
}

TEST_CASE("a clearance dated after the plan's start is refused")
{
  const std::string clearance = "clearance: { by: Dr. Chen, date: DATE }\nplan: { start: 2026-12-07 }\n";
  const auto with = [&](const std::string& date) {
    std::string text = clearance;
    text.replace(text.find("DATE"), 4, date);
    return minimal("red_flags: [fever]\n" + text);
  };
  CHECK(loaded(with("2026-12-07")).clearance->date->iso() == "2026-12-07");
  CHECK(errors_of(with("2099-01-01"))
        == "p.yaml:8:34: error: clearance.date: 2099-01-01 is after plan.start (2026-12-07); a clearance is given before the "
           "plan it allows, so check the date\n");
  // Undated plans have nothing to compare with.
  CHECK(loaded(minimal("red_flags: [fever]\nclearance: { by: Dr. Chen, date: 2099-01-01 }\n")).clearance.has_value());
}

TEST_CASE("placeholders from the skeleton are refused where they are")
{
  CHECK(errors_of("patient:\n  name: First Last\n  age: 40\nconditions: [sciatica]\npain: {current: 3}\n")
        == "p.yaml:2:9: error: patient.name: \"First Last\" is the placeholder from ptplan new-profile; write the real one\n");
  CHECK(errors_of(minimal("therapist: { name: Your Name, clinic: Your Clinic, phone: Your Phone }\n"))
        == "p.yaml:7:20: error: therapist.name: \"Your Name\" is the placeholder from ptplan new-profile; write the real one, "
           "or delete the key\n"
           "p.yaml:7:39: error: therapist.clinic: \"Your Clinic\" is the placeholder from ptplan new-profile; write the real "
           "one, or delete the key\n"
           "p.yaml:7:59: error: therapist.phone: \"Your Phone\" is the placeholder from ptplan new-profile; write the real "
           "one, or delete the key\n");
  // Only the exact placeholder: a real name that merely contains it loads.
  CHECK(loaded(minimal("therapist: { name: Your Namesake }\n")).therapist.name == "Your Namesake");
}

TEST_CASE("a # inside unquoted text is refused at the #, whichever YAML reader reads it")
{
  const std::string expected =
    "p.yaml:2:24: error: patient.name: YAML reads this # as the start of a comment, so the text ends at \"Dorothy Hughes\"; "
    "if the # belongs to it, put the whole text in quotes (a comment needs a space after the #)\n";
  const std::string rest = "  age: 80\nconditions: [sciatica]\npain: {current: 3}\n";
  // Plain documents take libyaml's quick path; an anchor sends them to yaml-cpp.
  CHECK(errors_of("patient:\n  name: Dorothy Hughes #2 (twin)\n" + rest) == expected);
  CHECK(errors_of("patient:\n  name: Dorothy Hughes #2 (twin)\n  age: &a 80\nconditions: [sciatica]\npain: {current: 3}\n")
        == expected);
  CHECK(loaded("patient:\n  name: \"Dorothy Hughes #2 (twin)\"\n" + rest).name == "Dorothy Hughes #2 (twin)");
  CHECK(loaded("patient:\n  name: Dorothy Hughes   # the elder twin\n" + rest).name == "Dorothy Hughes");
  CHECK(loaded("patient:\n  name: Dorothy#Hughes\n" + rest).name == "Dorothy#Hughes"); // no blank: part of the text
  CHECK(errors_of(minimal("goals:\n  - Walk to the shops #1\n"))
        == "p.yaml:8:23: error: goals: YAML reads this # as the start of a comment, so the text ends at \"Walk to the shops\"; "
           "if the # belongs to it, put the whole text in quotes (a comment needs a space after the #)\n");
}
