#pragma once

#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <variant>

namespace ptplan::engine {

// A plan, or a referral notice when a red flag stops planning.
using Outcome = std::variant<model::Plan, model::Referral>;

// The whole pipeline for one profile and programme week: facts -> rules ->
// screen -> select -> progress and dose -> schedule. Pure: same inputs, same
// result. The plan points into `knowledge` and `profile`, which must outlive it.
Outcome make_plan(const model::Knowledge& knowledge, const model::Profile& profile, int week);

} // namespace ptplan::engine
