#pragma once

#include "ptplan/engine/facts.hpp"
#include "ptplan/model/rule.hpp"

namespace ptplan::engine {

// Evaluates a rule condition. A comparison with an unknown fact is false, so
// `not` of it is true: rules are written so that unknown means restricted.
bool evaluate(const model::Condition& condition, const Facts& facts);

} // namespace ptplan::engine
