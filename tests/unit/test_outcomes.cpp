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
