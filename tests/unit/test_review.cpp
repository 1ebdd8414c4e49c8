// The course review (engine/review.hpp, render/review_report.hpp): weeks,
// outcomes, each exercise's course and the flags a therapist must see.

#include "ptplan/engine/planner.hpp"
#include "ptplan/engine/review.hpp"
#include "ptplan/render/review_report.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using ptplan::engine::review_course;

namespace {

ptplan::model::Profile patient(const std::string& log, const std::string& extra = "")
{
  return ptplan::test::profile_from(R"(
patient: { name: Test Patient, age: 45 }
conditions: [nonspecific-low-back-pain]
pain: { current: 4, stage: chronic }
schedule: { days: [mon, wed, fri, sat], minutes_per_session: 45 }
)" + extra + "progress:\n" + log);
}

std::string entry(int week, int sessions, int pain, const char* next_day, const std::string& more = "")
{
  return fmt::format(
    "  - {{ week: {}, sessions_done: {}, pain_during: {}, pain_next_day: {}{} }}\n", week, sessions, pain, next_day, more);
}

bool flagged(const ptplan::engine::CourseReview& review, const std::string& words)
{
  return std::any_of(
    review.flags.begin(), review.flags.end(), [&](const std::string& flag) { return flag.find(words) != std::string::npos; });
}

} // namespace

TEST_CASE("review: a steady course has no flags, and counts the changes each entry made")
{
  const auto p = patient(entry(1, 4, 2, "same", ", outcomes: { nprs: 6 }") + entry(2, 4, 2, "better", ", outcomes: { nprs: 3 }"));
  const auto review = review_course(ptplan::test::builtin_knowledge(), p);
  CHECK(review.flags.empty());
  CHECK(review.next_week == 3);
  REQUIRE(review.weeks.size() == 2);
  CHECK(review.weeks[0].adherence == 100);
  CHECK(review.weeks[0].progressed > 0);
  CHECK(review.weeks[0].regressed == 0);
  REQUIRE(review.outcomes.size() == 1);
  CHECK(review.outcomes[0].meaningful);
  REQUIRE_FALSE(review.exercises.empty());
  for (const auto& course : review.exercises) {
    CHECK(course.progressed >= 1);               // an exercise at its top dose may be held
    CHECK(course.progressed + course.held == 2); // one change per logged week
    CHECK_FALSE(course.now.empty());
  }
}

TEST_CASE("review: the flags a therapist must see")
{
  SUBCASE("pain rising two weeks running")
  {
    const auto review = review_course(
      ptplan::test::builtin_knowledge(), patient(entry(1, 4, 2, "same") + entry(2, 4, 3, "same") + entry(3, 4, 5, "same")));
    CHECK(flagged(review, "Pain during exercise rose two weeks running: 2, 3 and 5 out of 10 in weeks 1 to 3."));
  }
  SUBCASE("rising over one week only, or with a gap, is not flagged")
  {
    const auto review = review_course(
      ptplan::test::builtin_knowledge(), patient(entry(1, 4, 2, "same") + entry(2, 4, 3, "same") + entry(4, 4, 5, "same")));
    CHECK_FALSE(flagged(review, "rose two weeks running"));
    CHECK(flagged(review, "No log entry for week 3"));
  }
  SUBCASE("adherence below half")
  {
    const auto review =
      review_course(ptplan::test::builtin_knowledge(), patient(entry(1, 1, 2, "same") + entry(2, 2, 2, "same")));
    CHECK(flagged(review, "Fewer than half the planned sessions done in week 1."));
  }
  SUBCASE("worse the next morning repeatedly, but not once")
  {
    CHECK(flagged(review_course(ptplan::test::builtin_knowledge(),
                    patient(entry(1, 4, 2, "worse") + entry(2, 4, 2, "same") + entry(3, 4, 2, "worse"))),
      "Pain worse the next morning in weeks 1 and 3."));
    CHECK_FALSE(
      flagged(review_course(ptplan::test::builtin_knowledge(), patient(entry(1, 4, 2, "worse"))), "worse the next morning"));
  }
  SUBCASE("leg symptoms spreading, and an outcome meaningfully worse")
  {
    const auto review = review_course(
      ptplan::test::builtin_knowledge(), patient(entry(1, 4, 2, "same", ", symptoms: peripheralising, outcomes: { nprs: 3 }")
                                                 + entry(2, 4, 2, "same", ", outcomes: { nprs: 6 }")));
    CHECK(flagged(review, "Leg symptoms spread (peripheralisation) in week 1"));
    CHECK(flagged(review, "nprs is meaningfully worse"));
  }
}

TEST_CASE("review: red flags without clearance are reported, with no plan counted")
{
  const auto p = patient(entry(1, 4, 2, "same"), "red_flags: [fever]\n");
  const auto review = review_course(ptplan::test::builtin_knowledge(), p);
  CHECK(review.referral_flags == std::vector<std::string>{"fever"});
  const std::string text =
    ptplan::render::review_report(review, p, ptplan::test::builtin_knowledge(), ptplan::render::Format::markdown);
  CHECK(text.find("## Referral") != std::string::npos);
}

TEST_CASE("review: Markdown tables and JSON carry the same course")
{
  const auto p = patient(entry(1, 4, 2, "same", ", outcomes: { odi: [1, 2, 1, 0, 2, 1, 3, 2, 2, 2] }"));
  const auto review = review_course(ptplan::test::builtin_knowledge(), p);
  const std::string markdown =
    ptplan::render::review_report(review, p, ptplan::test::builtin_knowledge(), ptplan::render::Format::markdown);
  CHECK(markdown.rfind("# Course review: Test Patient, age 45\n", 0) == 0);
  CHECK(markdown.find("| 1 | 4 of 4 | 100 % | 2/10 | same |") != std::string::npos);
  CHECK(markdown.find("| odi | 32 % (week 1) | 32 % (week 1) | 0 | same |") != std::string::npos);
  const std::string json =
    ptplan::render::review_report(review, p, ptplan::test::builtin_knowledge(), ptplan::render::Format::json);
  CHECK(json.find("\"next_week\": 2") != std::string::npos);
  CHECK(json.find("\"adherence\": 100") != std::string::npos);
}

TEST_CASE("review: a stop is counted in the week whose entry caused it")
{
  const auto& knowledge = ptplan::test::builtin_knowledge();
  const auto first = ptplan::engine::make_plan(knowledge, patient(entry(1, 4, 2, "same")), 1);
  const auto& week1 = std::get<ptplan::model::Plan>(first);
  REQUIRE_FALSE(week1.exercises.empty());
  const std::string id = week1.exercises.front().exercise->id;
  const auto review = review_course(
    knowledge, patient(entry(1, 4, 2, "same", fmt::format(", exercises: {{ {}: {{ symptoms: peripheralising }} }}", id))
                       + entry(2, 4, 2, "same")));
  REQUIRE(review.weeks.size() == 2);
  CHECK(review.weeks[0].stopped == std::vector<std::string>{id});
  CHECK(review.weeks[1].stopped.empty());
  CHECK(flagged(review, "Leg symptoms spread (peripheralisation) in week 1"));
}

TEST_CASE("review: TUG, chair stand and HOOS-12 are shown with their norms, and a fall-risk score is flagged")
{
  const auto p = patient(entry(1, 4, 2, "same", ", outcomes: { tug: 13.5, chair_stand: 9, hoos12: { pain: [2, 2, 2, 2] } }")
                           + entry(2, 4, 2, "same", ", outcomes: { tug: 12.6, chair_stand: 11, hoos12: { pain: [1, 1, 2, 1] } }"),
    "sex: female\n");
  const auto review = review_course(ptplan::test::builtin_knowledge(), p);
  // Age 45: the chair-stand norms do not apply; TUG's does.
  CHECK(flagged(review, "tug 12.6 s in week 2 is in the higher fall-risk range (12 s or more, CDC STEADI)"));
  CHECK_FALSE(flagged(review, "chair_stand"));
  const std::string text =
    ptplan::render::review_report(review, p, ptplan::test::builtin_knowledge(), ptplan::render::Format::markdown);
  CHECK(text.find("| tug | 13.5 s (week 1) | 12.6 s (week 2) | -0.9 | better | 2 seconds | no |") != std::string::npos);
  CHECK(text.find("| chair_stand | 9 (week 1) | 11 (week 2) | +2 | better | 2 stands | yes |") != std::string::npos);
  CHECK(text.find("| hoos12_pain | 50 (week 1) | 68.8 (week 2) | +18.8 | better | 10 points | yes |") != std::string::npos);
  CHECK(text.find("- Timed Up and Go: 12.6 s in week 2, in the higher fall-risk range (12 s or more, CDC STEADI).\n")
        != std::string::npos);
  CHECK(text.find("- 30-second chair stand: 11 in week 2, no norm (the norms cover ages 60 to 94).\n") != std::string::npos);

  const auto json = nlohmann::json::parse(
    ptplan::render::review_report(review, p, ptplan::test::builtin_knowledge(), ptplan::render::Format::json));
  bool tug = false;
  for (const auto& outcome : json["outcomes"]) {
    if (outcome["measure"] == "tug") {
      tug = true;
      CHECK(outcome["fall_risk"] == true);
      CHECK(outcome["norm"] == "12 s or more, CDC STEADI");
    }
    if (outcome["measure"] == "chair_stand") {
      CHECK(outcome["fall_risk"].is_null());
    }
  }
  CHECK(tug);
}
