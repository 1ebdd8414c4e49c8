#pragma once

#include "ptplan/engine/planner.hpp"
#include "ptplan/model/knowledge.hpp"

#include <string>

namespace ptplan::engine {

// A plain-text account of one planning run for the therapist: the facts the
// rules saw, each rule that fired and what it did, then every exercise in
// the catalog: chosen (why), excluded (which rule) or not chosen (why not).
std::string explain(
  const model::PlanOrReferral& outcome, const model::Knowledge& knowledge, const model::Profile& profile, int week);

} // namespace ptplan::engine
