#pragma once

#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <variant>

namespace ptplan::engine {

// A plan, or a referral notice when a red flag stops planning.
using Outcome = std::variant<model::Plan, model::Referral>;

// `--week next`: the week after the last one in the progress log.
inline constexpr int k_next_week = 0;

// The programme week to plan: `requested`, or for k_next_week the week
// after the profile's last log entry (week 1 without a log, at most 52).
int resolve_week(const model::Profile& profile, int requested);

// The whole pipeline for one profile and programme week: facts -> rules ->
// screen -> select -> progress and dose -> schedule. Pure: same inputs, same
// result. The plan points into `knowledge` and `profile`, which must outlive it.
Outcome make_plan(const model::Knowledge& knowledge, const model::Profile& profile, int week);

} // namespace ptplan::engine
