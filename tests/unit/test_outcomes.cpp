// Outcome measures scored as CLINICAL.md s.7 says (engine/outcomes.hpp),
// against worked examples.

#include "ptplan/engine/outcomes.hpp"
#include "ptplan/engine/start_back.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using ptplan::engine::score_odi;
using ptplan::engine::score_psfs;
using ptplan::engine::summarise_outcomes;
using Sections = std::array<std::optional<int>, ptplan::model::k_odi_sections>;

TEST_CASE("outcomes: Oswestry is sum / (5 x sections answered) x 100")
{
  SUBCASE("all ten answered: 16 / 50 = 32 %")
  {
    const Sections sections = {1, 2, 1, 0, 2, 1, 3, 2, 2, 2};
    CHECK(score_odi(sections) == std::optional<double>(32.0));
  }
  SUBCASE("one section missing: 16 / 45 = 35.6 %")
  {
    const Sections sections = {1, 2, 1, std::nullopt, 2, 1, 3, 2, 2, 2};
    CHECK(score_odi(sections) == std::optional<double>(35.6));
  }
  SUBCASE("two sections missing: no score")
  {
    const Sections sections = {1, 2, 1, std::nullopt, 2, 1, std::nullopt, 2, 2, 2};
    CHECK_FALSE(score_odi(sections).has_value());
  }
  SUBCASE("the ends of the scale")
  {
    CHECK(score_odi(Sections{0, 0, 0, 0, 0, 0, 0, 0, 0, 0}) == std::optional<double>(0.0));
    CHECK(score_odi(Sections{5, 5, 5, 5, 5, 5, 5, 5, 5, 5}) == std::optional<double>(100.0));
  }
}

TEST_CASE("outcomes: PSFS is the mean of the activity ratings")
{
  CHECK(score_psfs({{"walk to the shops", 6}, {"put on socks", 5}}) == 5.5);
  CHECK(score_psfs({{"a", 3}, {"b", 4}, {"c", 4}}) == 3.7); // 11 / 3, one decimal
  CHECK(score_psfs({{"a", 10}}) == 10.0);
}

TEST_CASE("outcomes: STarT Back cut-offs at every boundary (CLINICAL.md s.7)")
{
  using ptplan::model::StartBackAnswers;
  const auto risk = [](std::array<int, 8> items, const char* bothersome) {
    return ptplan::engine::score_start_back(StartBackAnswers{items, bothersome});
  };
  // Total 3, subscale 0: low.
  CHECK(risk({1, 1, 1, 0, 0, 0, 0, 0}, "slightly").risk == "low");
  // Total 4, subscale 0: medium (total >= 4).
  CHECK(risk({1, 1, 1, 1, 0, 0, 0, 0}, "moderately").risk == "medium");
  // Subscale 3 (items 5, 6, 7), total 3: low, the subscale is under 4.
  CHECK(risk({0, 0, 0, 0, 1, 1, 1, 0}, "not-at-all").risk == "low");
  // Subscale 4 with item 9 "very much": high.
  const auto high = risk({0, 0, 0, 0, 1, 1, 1, 0}, "very-much");
  CHECK(high.psychosocial == 4);
  CHECK(high.total == 4);
  CHECK(high.risk == "high");
  // "extremely" counts, "moderately" does not.
  CHECK(risk({0, 0, 0, 0, 1, 1, 1, 0}, "extremely").risk == "high");
  CHECK(risk({0, 0, 0, 1, 1, 1, 1, 0}, "moderately").risk == "medium"); // subscale 3, total 4
}

namespace {

ptplan::model::Profile with_log(const std::string& log)
{
  return ptplan::test::profile_from(R"(
patient: { name: Test, age: 50 }
conditions: [nonspecific-low-back-pain]
pain: { current: 5 }
progress:
)" + log);
}

ptplan::model::OutcomeSummary measure(const std::vector<ptplan::model::OutcomeSummary>& all, const std::string& name)
{
  const auto found = std::find_if(all.begin(), all.end(), [&](const auto& o) { return o.measure == name; });
  REQUIRE_MESSAGE(found != all.end(), name << " is not summarised");
  return *found;
}

} // namespace

TEST_CASE("outcomes: baseline, latest, change and the meaningful thresholds")
{
  SUBCASE("NPRS: 2 points is meaningful")
  {
    const auto p = with_log(R"(  - { week: 1, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { nprs: 7 } }
  - { week: 2, sessions_done: 7, pain_during: 3, pain_next_day: same }
  - { week: 3, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { nprs: 5 } }
)");
    const auto nprs = measure(summarise_outcomes(p, 4), "nprs");
    CHECK(nprs.baseline == 7);
    CHECK(nprs.baseline_week == 1);
    CHECK(nprs.latest == 5);
    CHECK(nprs.latest_week == 3);
    CHECK(nprs.change == -2);
    CHECK(nprs.meaningful);
    CHECK(nprs.direction == "better");
    CHECK(nprs.series.size() == 2);
  }
  SUBCASE("NPRS: 1 point from 8 is neither 2 points nor 30 %")
  {
    const auto p = with_log(R"(  - { week: 1, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { nprs: 8 } }
  - { week: 2, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { nprs: 7 } }
)");
    const auto nprs = measure(summarise_outcomes(p, 3), "nprs");
    CHECK(nprs.change == -1);
    CHECK_FALSE(nprs.meaningful);
  }
  SUBCASE("NPRS: 1 point from 3 is 33 %, meaningful; worse is reported as worse")
  {
    const auto p = with_log(R"(  - { week: 1, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { nprs: 3 } }
  - { week: 2, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { nprs: 4 } }
)");
    const auto nprs = measure(summarise_outcomes(p, 3), "nprs");
    CHECK(nprs.meaningful);
    CHECK(nprs.direction == "worse");
  }
  SUBCASE("ODI: 32 % to 24 % is 8 points and 25 %: not meaningful; to 22 % is 10 points: meaningful")
  {
    const auto p = with_log(
      R"(  - { week: 1, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { odi: [1, 2, 1, 0, 2, 1, 3, 2, 2, 2] } }
  - { week: 2, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { odi: [1, 1, 1, 0, 1, 1, 2, 2, 1, 2] } }
  - { week: 3, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { odi: [1, 1, 1, 0, 1, 1, 2, 1, 1, 2] } }
)");
    CHECK_FALSE(measure(summarise_outcomes(p, 3), "odi").meaningful);
    CHECK(measure(summarise_outcomes(p, 3), "odi").latest == 24.0);
    const auto odi = measure(summarise_outcomes(p, 4), "odi");
    CHECK(odi.latest == 22.0);
    CHECK(odi.change == -10.0);
    CHECK(odi.meaningful);
  }
  SUBCASE("ODI: a week with two unanswered sections is not a score and is counted as such")
  {
    const auto p = with_log(
      R"(  - { week: 1, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { odi: [1, 2, 1, 0, 2, 1, 3, 2, 2, 2] } }
  - { week: 2, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { odi: [null, 1, 1, 0, null, 1, 2, 2, 1, 2] } }
)");
    const auto odi = measure(summarise_outcomes(p, 3), "odi");
    CHECK(odi.latest_week == 1);
    CHECK(odi.unscored_weeks == 1);
  }
  SUBCASE("PSFS: 2 points in the mean, 3 for one activity")
  {
    const auto p = with_log(
      R"(  - { week: 1, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { psfs: { walk: 4, socks: 5 } } }
  - { week: 2, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { psfs: { walk: 7, socks: 6 } } }
)");
    const auto psfs = measure(summarise_outcomes(p, 3), "psfs");
    CHECK(psfs.baseline == 4.5);
    CHECK(psfs.latest == 6.5);
    CHECK(psfs.meaningful);
    REQUIRE(psfs.activities.size() == 2);
    CHECK(psfs.activities[0].activity == "walk");
    CHECK(psfs.activities[0].meaningful);       // 4 -> 7
    CHECK_FALSE(psfs.activities[1].meaningful); // 5 -> 6
  }
  SUBCASE("only weeks before the planned week count; unscored measures are left out")
  {
    const auto p = with_log(R"(  - { week: 1, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { nprs: 7 } }
  - { week: 2, sessions_done: 7, pain_during: 3, pain_next_day: same, outcomes: { nprs: 2 } }
)");
    const auto outcomes = summarise_outcomes(p, 2);
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes[0].latest == 7);
    CHECK_FALSE(outcomes[0].meaningful); // one score is a baseline, not a change
    CHECK(summarise_outcomes(p, 1).empty());
  }
}

using ptplan::engine::chair_stand_norm;
using ptplan::engine::score_hoos12;
using ptplan::model::Hoos12Items;
using ptplan::model::Sex;

TEST_CASE("outcomes: HOOS-12 subscales are 100 - mean item x 25, with at least half the items")
{
  SUBCASE("all four answered: items 1, 2, 1, 0 have mean 1, so 75")
  {
    CHECK(score_hoos12(Hoos12Items{1, 2, 1, 0}) == std::optional<double>(75.0));
  }
  SUBCASE("a mean that is not whole: 1, 2, 2, 2 -> mean 1.75 -> 56.25, one decimal 56.3")
  {
    CHECK(score_hoos12(Hoos12Items{1, 2, 2, 2}) == std::optional<double>(56.3));
  }
  SUBCASE("two answered is half: 3 and 4 -> mean 3.5 -> 12.5")
  {
    CHECK(score_hoos12(Hoos12Items{3, std::nullopt, 4, std::nullopt}) == std::optional<double>(12.5));
  }
  SUBCASE("one answered is fewer than half: no score")
  {
    CHECK_FALSE(score_hoos12(Hoos12Items{2, std::nullopt, std::nullopt, std::nullopt}).has_value());
    CHECK_FALSE(score_hoos12(Hoos12Items{}).has_value());
  }
  SUBCASE("the ends of the scale: no problems 100, extreme problems 0")
  {
    CHECK(score_hoos12(Hoos12Items{0, 0, 0, 0}) == std::optional<double>(100.0));
    CHECK(score_hoos12(Hoos12Items{4, 4, 4, 4}) == std::optional<double>(0.0));
  }
}

TEST_CASE("outcomes: 30-second chair stand norms by age band and sex (CDC STEADI)")
{
  CHECK(chair_stand_norm(60, Sex::male) == 14);
  CHECK(chair_stand_norm(64, Sex::male) == 14);
  CHECK(chair_stand_norm(65, Sex::male) == 12);
  CHECK(chair_stand_norm(72, Sex::female) == 10);
  CHECK(chair_stand_norm(79, Sex::female) == 10);
  CHECK(chair_stand_norm(80, Sex::female) == 9);
  CHECK(chair_stand_norm(88, Sex::male) == 8);
  CHECK(chair_stand_norm(94, Sex::female) == 4);
  CHECK(chair_stand_norm(94, Sex::male) == 7);
  CHECK_FALSE(chair_stand_norm(59, Sex::female).has_value());
  CHECK_FALSE(chair_stand_norm(95, Sex::male).has_value());
}

namespace {

// A profile with two logged weeks whose outcomes are `first` and `second`.
ptplan::model::Profile two_weeks(const std::string& head, const std::string& first, const std::string& second)
{
  return ptplan::test::profile_from(
    head
    + "conditions: [hip-osteoarthritis]\npain: { current: 3 }\nprogress:\n"
      "  - { week: 1, sessions_done: 3, pain_during: 2, pain_next_day: same, outcomes: "
    + first + " }\n  - { week: 2, sessions_done: 3, pain_during: 2, pain_next_day: same, outcomes: " + second + " }\n");
}

} // namespace

TEST_CASE("outcomes: Timed Up and Go against 12 s and a 2-second change")
{
  const std::string head = "patient: { name: Ann Lee, age: 72 }\n";
  SUBCASE("11.9 s is under the fall-risk line; 12.0 s is on it")
  {
    const auto below = summarise_outcomes(two_weeks(head, "{ tug: 13.0 }", "{ tug: 11.9 }"), 3);
    CHECK(measure(below, "tug").fall_risk == false);
    const auto at = summarise_outcomes(two_weeks(head, "{ tug: 11.0 }", "{ tug: 12.0 }"), 3);
    CHECK(measure(at, "tug").fall_risk == true);
    CHECK(measure(at, "tug").norm == "12 s or more, CDC STEADI");
    CHECK(measure(at, "tug").unit == " s");
  }
  SUBCASE("a change of 2 s is meaningful, 1.9 s is not; lower is better")
  {
    const auto clear = measure(summarise_outcomes(two_weeks(head, "{ tug: 14.0 }", "{ tug: 12.0 }"), 3), "tug");
    CHECK(clear.change == doctest::Approx(-2.0));
    CHECK(clear.meaningful);
    CHECK(clear.direction == "better");
    CHECK(clear.threshold == "2 seconds");
    const auto small = measure(summarise_outcomes(two_weeks(head, "{ tug: 14.0 }", "{ tug: 12.1 }"), 3), "tug");
    CHECK_FALSE(small.meaningful);
    const auto worse = measure(summarise_outcomes(two_weeks(head, "{ tug: 10.0 }", "{ tug: 12.5 }"), 3), "tug");
    CHECK(worse.meaningful);
    CHECK(worse.direction == "worse");
  }
}

TEST_CASE("outcomes: the chair stand against the norm for the patient's age and sex")
{
  SUBCASE("a woman of 72: under 10 is below average")
  {
    const std::string head = "patient: { name: Ann Lee, age: 72 }\nsex: female\n";
    const auto below = measure(summarise_outcomes(two_weeks(head, "{ chair_stand: 8 }", "{ chair_stand: 9 }"), 3), "chair_stand");
    CHECK(below.fall_risk == true);
    CHECK(below.norm == "under 10 for women aged 70-74, CDC STEADI");
    const auto at = measure(summarise_outcomes(two_weeks(head, "{ chair_stand: 8 }", "{ chair_stand: 10 }"), 3), "chair_stand");
    CHECK(at.fall_risk == false);
    CHECK(at.meaningful); // 2 stands
    CHECK(at.direction == "better");
  }
  SUBCASE("a man of 72: under 12")
  {
    const std::string head = "patient: { name: Al Lee, age: 72 }\nsex: male\n";
    const auto below =
      measure(summarise_outcomes(two_weeks(head, "{ chair_stand: 11 }", "{ chair_stand: 11 }"), 3), "chair_stand");
    CHECK(below.fall_risk == true);
    CHECK(below.norm == "under 12 for men aged 70-74, CDC STEADI");
    CHECK_FALSE(below.meaningful);
    CHECK(below.direction == "same");
    const auto at = measure(summarise_outcomes(two_weeks(head, "{ chair_stand: 11 }", "{ chair_stand: 12 }"), 3), "chair_stand");
    CHECK(at.fall_risk == false);
    CHECK_FALSE(at.meaningful); // 1 stand
  }
  SUBCASE("no norm without sex, or outside ages 60 to 94")
  {
    const auto unknown = measure(
      summarise_outcomes(two_weeks("patient: { name: Ann Lee, age: 72 }\n", "{ chair_stand: 5 }", "{ chair_stand: 5 }"), 3),
      "chair_stand");
    CHECK_FALSE(unknown.fall_risk.has_value());
    CHECK(unknown.norm == "no norm without the patient's sex (add sex: female or male)");
    const auto young =
      measure(summarise_outcomes(
                two_weeks("patient: { name: Ann Lee, age: 45 }\nsex: female\n", "{ chair_stand: 5 }", "{ chair_stand: 5 }"), 3),
        "chair_stand");
    CHECK_FALSE(young.fall_risk.has_value());
    CHECK(young.norm == "the norms cover ages 60 to 94");
  }
}

TEST_CASE("outcomes: HOOS-12 subscales across weeks, 10 points meaningful, higher is better")
{
  const std::string head = "patient: { name: Ann Lee, age: 66 }\n";
  // Pain 50 -> 62.5 (+12.5, meaningful); function 75 -> 81.3 (+6.3, not);
  // quality of life unscored in week 1 (one item), 50 in week 2.
  const auto all = summarise_outcomes(two_weeks(head,
                                        "{ hoos12: { pain: [2, 2, 2, 2], function: [1, 1, 1, 1], quality_of_life: [2, "
                                        "null, null, null] } }",
                                        "{ hoos12: { pain: [2, 1, 2, 1], function: [1, 1, 1, 0], quality_of_life: [2, 2, "
                                        "2, 2] } }"),
    3);
  const auto& pain = measure(all, "hoos12_pain");
  CHECK(pain.baseline == doctest::Approx(50.0));
  CHECK(pain.latest == doctest::Approx(62.5));
  CHECK(pain.meaningful);
  CHECK(pain.direction == "better");
  CHECK(pain.threshold == "10 points");
  const auto& function = measure(all, "hoos12_function");
  CHECK(function.latest == doctest::Approx(81.3));
  CHECK_FALSE(function.meaningful);
  const auto& quality = measure(all, "hoos12_quality_of_life");
  CHECK(quality.unscored_weeks == 1);
  CHECK(quality.baseline_week == 2);
  CHECK(quality.series.size() == 1);
}
