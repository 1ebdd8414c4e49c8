#pragma once

#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/outcome.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::engine {

// One logged week and what the next week's plan did with it.
struct WeekReview
{
  int week = 0;
  int sessions_done = 0;
  int sessions_planned = 0;
  int adherence = 0; // percent
  int pain_during = 0;
  std::string pain_next_day;
  std::string symptoms;
  int progressed = 0; // changes in week + 1's plan
  int held = 0;
  int regressed = 0;
  int added = 0;
  std::vector<std::string> stopped; // exercise ids stopped by this week's entry
};

// One exercise of the session across the course, by the exercise it was
// first chosen as.
struct ExerciseCourse
{
  std::string started_as;
  std::string now; // the step on the next plan, empty when no longer on it
  int progressed = 0;
  int held = 0;
  int regressed = 0;
};

// The whole course for the therapist (`ptplan review`).
struct CourseReview
{
  int next_week = 1; // the week after the last logged one
  std::vector<WeekReview> weeks;
  std::vector<model::OutcomeSummary> outcomes;
  std::optional<model::StartBackResult> start_back;
  std::vector<ExerciseCourse> exercises;
  std::vector<std::string> flags;          // what needs the therapist's attention
  std::vector<std::string> referral_flags; // uncleared red flags: no plan is made
};

// Summarises the progress log: each logged week with the changes the next
// week's plan made, outcome changes against their thresholds, each
// exercise's course, and flags: pain during exercise rising two weeks
// running, adherence below half, pain worse the next morning more than
// once, spreading leg symptoms, a meaningful worsening, a latest TUG or
// chair stand in the higher fall-risk range, missing weeks.
CourseReview review_course(const model::Knowledge& knowledge, const model::Profile& profile);

} // namespace ptplan::engine
