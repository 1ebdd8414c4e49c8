#pragma once

#include "ptplan/model/progress.hpp"
#include "ptplan/model/vocabulary.hpp"
#include "ptplan/yaml/node.hpp"
#include "ptplan/yaml/reader.hpp"

#include <vector>

namespace ptplan::load {

inline constexpr int k_max_logged_week = 52; // as --week
inline constexpr std::size_t k_max_psfs_activities = 5;

// Reads the profile's `progress:` log (SPEC.md "Progress log"). Problems are
// reported at their position: a week logged twice, more sessions than the
// `planned_days` of the schedule, unknown exercise ids (with a did-you-mean),
// out-of-range scores, an Oswestry list that is not 10 sections. The result
// is sorted by week.
std::vector<model::WeekReport> read_progress(
  yaml::Reader& reader, const yaml::Node& node, const model::Vocabulary& vocabulary, int planned_days);

} // namespace ptplan::load
