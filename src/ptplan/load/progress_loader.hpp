#pragma once

#include "ptplan/load/key_reader.hpp"
#include "ptplan/model/progress.hpp"
#include "ptplan/yaml/node.hpp"

#include <vector>

namespace ptplan::load {

// Reads the profile's `progress:` log (SPEC.md "Progress log"). Problems are
// reported at their position: a week logged twice, more sessions than the
// `planned_days` of the schedule, unknown exercise ids (with a did-you-mean),
// out-of-range scores, an Oswestry list that is not 10 sections, a HOOS-12
// subscale that is not 4 items. Ranges come from the key table
// (profile_keys.cpp, "progress[]..."). The result is sorted by week.
std::vector<model::WeekReport> read_progress(KeyReader& keys, const yaml::Node& node, int planned_days);

} // namespace ptplan::load
