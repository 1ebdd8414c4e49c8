#pragma once

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

} // namespace ptplan::engine
