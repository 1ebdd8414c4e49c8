#pragma once

#include "ptplan/load/key_reader.hpp"
#include "ptplan/model/choices.hpp"
#include "ptplan/yaml/node.hpp"

namespace ptplan::load {

// Reads the profile's `choices:` (SPEC.md "Profile"). Reported at their
// position: exercise ids not in the catalog and rule ids not in the rule set
// (with a did-you-mean), an id listed twice, an id both included and
// excluded, a dose or note for an excluded exercise, an empty dose, dose
// fields out of range, an allow entry given twice or for an excluded
// exercise. Whether a rule forbids a pick is the engine's to judge.
model::Choices read_choices(KeyReader& keys, const yaml::Node& node);

} // namespace ptplan::load
