#pragma once

#include "ptplan/model/plan.hpp"

namespace ptplan::engine {

// The largest rise above the usual pain that is still fine when it settles
// by the next morning (CLINICAL.md s.3; rules.yaml's change rules use the
// same numbers, and a test checks that they agree).
inline constexpr int k_allowed_rise = 2;

// The pain guide for a patient whose usual pain is `usual` (pain.current):
// the absolute zones while it is 0-3, zones relative to it from 4 on (the
// "yellow" band never reaches 10).
model::PainGuide pain_guide_for(int usual);

} // namespace ptplan::engine
