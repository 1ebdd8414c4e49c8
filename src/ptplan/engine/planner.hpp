#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

namespace ptplan::engine {

// `--week next`: the week after the last one in the progress log.
inline constexpr int k_next_week = 0;

// The programme week to plan: `requested`, or for k_next_week the week
// after the profile's last log entry (week 1 without a log, at most 52).
int resolve_week(const model::Profile& profile, int requested);

// The whole pipeline for one profile and programme week: facts -> rules ->
// screen -> the programme, week by week (select, change, dose, fit) ->
// schedule. Pure: same inputs, same result. The plan points into
// `knowledge` and `profile`, which must outlive it.
model::PlanOrReferral make_plan(const model::Knowledge& knowledge, const model::Profile& profile, int week);

// The profile's therapist choices the rules refuse for weeks 1 to `week`
// (engine/therapist_choices), as input errors at their file:line:column;
// none when a red flag makes the outcome a referral. `plan`, `explain` and
// `batch` treat them as an invalid profile: nothing is planned.
Diagnostics choice_errors(const model::Knowledge& knowledge, const model::Profile& profile, int week);

} // namespace ptplan::engine
