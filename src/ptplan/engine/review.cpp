#include "ptplan/engine/review.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/outcomes.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/engine/start_back.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::engine {

namespace {

std::string weeks_in_words(const std::vector<int>& weeks)
{
  std::vector<std::string> words;
  for (const int week : weeks) {
    words.push_back(std::to_string(week));
  }
  return list_in_words(words);
}

void count_changes(const model::Plan& plan, WeekReview& week, std::vector<ExerciseCourse>& exercises)
{
  for (const auto& item : plan.exercises) {
    const std::string& id = item.started_as->id;
    auto course = std::find_if(exercises.begin(), exercises.end(), [&](const ExerciseCourse& c) { return c.started_as == id; });
    if (course == exercises.end()) {
      exercises.push_back({id, "", 0, 0, 0});
      course = exercises.end() - 1;
    }
    if (item.change == model::ChangeKind::progressed) {
      ++week.progressed;
      ++course->progressed;
    } else if (item.change == model::ChangeKind::held) {
      ++week.held;
      ++course->held;
    } else if (item.change == model::ChangeKind::regressed) {
      ++week.regressed;
      ++course->regressed;
    } else if (item.change == model::ChangeKind::added) {
      ++week.added;
    }
  }
  week.stopped = plan.stopped;
}

void add_flags(CourseReview& review)
{
  const auto& weeks = review.weeks;
  for (std::size_t i = 2; i < weeks.size(); ++i) {
    const auto& a = weeks[i - 2];
    const auto& b = weeks[i - 1];
    const auto& c = weeks[i];
    if (b.week == a.week + 1 && c.week == b.week + 1 && a.pain_during < b.pain_during && b.pain_during < c.pain_during) {
      review.flags.push_back(
        fmt::format("Pain during exercise rose two weeks running: {}, {} and {} out of 10 in weeks {} to {}.", a.pain_during,
          b.pain_during, c.pain_during, a.week, c.week));
    }
  }
  std::vector<int> low;
  std::vector<int> worse;
  std::vector<int> spreading;
  for (const auto& week : weeks) {
    if (week.adherence < 50) {
      low.push_back(week.week);
    }
    if (week.pain_next_day == "worse") {
      worse.push_back(week.week);
    }
    if (week.symptoms == "peripheralising" || !week.stopped.empty()) {
      spreading.push_back(week.week);
    }
  }
  if (!low.empty()) {
    review.flags.push_back(
      fmt::format("Fewer than half the planned sessions done in week{} {}.", low.size() > 1 ? "s" : "", weeks_in_words(low)));
  }
  if (worse.size() >= 2) {
    review.flags.push_back(fmt::format("Pain worse the next morning in weeks {}.", weeks_in_words(worse)));
  }
  if (!spreading.empty()) {
    review.flags.push_back(fmt::format("Leg symptoms spread (peripheralisation) in week{} {}: reassess.",
      spreading.size() > 1 ? "s" : "", weeks_in_words(spreading)));
  }
  for (const auto& outcome : review.outcomes) {
    if (outcome.meaningful && outcome.direction == "worse") {
      review.flags.push_back(fmt::format("{} is meaningfully worse: {} in week {}, {} in week {} (threshold {}).",
        outcome.measure, outcome.baseline, outcome.baseline_week, outcome.latest, outcome.latest_week, outcome.threshold));
    }
    if (outcome.fall_risk == true) {
      review.flags.push_back(fmt::format("{} {}{} in week {} is in the higher fall-risk range ({}): check the balance work "
                                         "and the fall-risk precaution.",
        outcome.measure, score_text(outcome.latest), outcome.unit, outcome.latest_week, outcome.norm));
    }
  }
  std::vector<int> missing;
  for (int week = 1; !weeks.empty() && week < weeks.back().week; ++week) {
    if (std::none_of(weeks.begin(), weeks.end(), [&](const WeekReview& w) { return w.week == week; })) {
      missing.push_back(week);
    }
  }
  if (!missing.empty()) {
    review.flags.push_back(fmt::format(
      "No log entry for week{} {}: those weeks' exercises were held.", missing.size() > 1 ? "s" : "", weeks_in_words(missing)));
  }
}

} // namespace

CourseReview review_course(const model::Knowledge& knowledge, const model::Profile& profile)
{
  CourseReview review;
  review.next_week = profile.progress.empty() ? 1 : profile.progress.back().week + 1;
  review.outcomes = summarise_outcomes(profile, review.next_week);
  if (profile.start_back) {
    const StartBackScore score = score_start_back(*profile.start_back);
    review.start_back = model::StartBackResult{score.total, score.psychosocial, score.risk};
  }
  review.referral_flags = uncleared_red_flags(profile);
  for (const auto& report : profile.progress) {
    WeekReview week;
    week.week = report.week;
    week.sessions_done = report.sessions_done;
    week.sessions_planned = static_cast<int>(profile.schedule.days.size());
    week.adherence = adherence_percent(profile, report);
    week.pain_during = report.pain_during;
    week.pain_next_day = report.pain_next_day;
    week.symptoms = report.symptoms;
    if (review.referral_flags.empty()) {
      const model::PlanOrReferral next = make_plan(knowledge, profile, report.week + 1);
      if (const auto* plan = std::get_if<model::Plan>(&next)) {
        count_changes(*plan, week, review.exercises);
      }
    }
    review.weeks.push_back(std::move(week));
  }
  if (review.referral_flags.empty()) {
    const model::PlanOrReferral next = make_plan(knowledge, profile, review.next_week);
    if (const auto* plan = std::get_if<model::Plan>(&next)) {
      for (auto& course : review.exercises) {
        const auto found = std::find_if(plan->exercises.begin(), plan->exercises.end(),
          [&](const model::PlannedExercise& item) { return item.started_as->id == course.started_as; });
        course.now = found == plan->exercises.end() ? "" : found->exercise->id;
      }
    }
  }
  add_flags(review);
  return review;
}

} // namespace ptplan::engine
