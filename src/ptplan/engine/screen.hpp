#pragma once

#include "ptplan/engine/constraints.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <optional>

namespace ptplan::engine {

// Red-flag screening (CLINICAL.md s.6): a referral when any referral rule
// fired or any red flag is uncleared. A flag that no rule covers still
// refers, as urgent: an unknown danger is never planned around. A referral
// that is not an emergency lists the emergency stop signs of the rules that
// fired: what means the emergency department now instead of waiting.
std::optional<model::Referral> screen(const model::Profile& profile, const Constraints& constraints);

} // namespace ptplan::engine
