#pragma once

#include "ptplan/model/outcome.hpp"
#include "ptplan/model/profile.hpp"

#include <optional>
#include <vector>

namespace ptplan::engine {

// Oswestry Disability Index in percent (CLINICAL.md s.7): sum / (5 x
// sections answered) x 100, rounded to one decimal; no score when more than
// one section is unanswered.
std::optional<double> score_odi(const std::array<std::optional<int>, model::k_odi_sections>& sections);

// PSFS score: the mean of the activity ratings, rounded to one decimal.
double score_psfs(const std::vector<std::pair<std::string, int>>& ratings);

// NPRS, ODI and PSFS from the progress entries of weeks before `before_week`,
// each with baseline (first scored week), latest, change and whether the
// change is meaningful: NPRS 2 points or 30 %, ODI 10 points or 30 %, PSFS 2
// points in the mean (3 for one activity). Measures never scored are left out
// (an Oswestry with two sections unanswered is not a score).
std::vector<model::OutcomeSummary> summarise_outcomes(const model::Profile& profile, int before_week);

} // namespace ptplan::engine
