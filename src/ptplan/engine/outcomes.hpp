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

// A HOOS-12 subscale (CLINICAL.md s.7): 100 - mean item x 25, rounded to one
// decimal, from 0 (extreme problems) to 100 (none); no score when fewer than
// half of its 4 items are answered.
std::optional<double> score_hoos12(const model::Hoos12Items& items);

// Timed Up and Go of `seconds` or more means a higher risk of falling
// (CDC STEADI).
inline constexpr double k_tug_fall_risk_seconds = 12.0;

// The 30-second chair stand count below which a person of that age and sex
// is below average, and so at higher risk of falling (CDC STEADI, from Rikli
// & Jones 1999; CLINICAL.md s.7); empty outside ages 60 to 94.
std::optional<int> chair_stand_norm(int age, model::Sex sex);

// Every outcome measure from the progress entries of weeks before
// `before_week`, each with baseline (first scored week), latest, change and
// whether the change is meaningful: NPRS 2 points or 30 %, ODI 10 points or
// 30 %, PSFS 2 points in the mean (3 for one activity), TUG 2 seconds, chair
// stand 2 stands, each HOOS-12 subscale 10 points. TUG and the chair stand
// also judge the latest score against their fall-risk norms. Measures never
// scored are left out (an Oswestry with two sections unanswered is not a
// score, nor a HOOS-12 subscale with fewer than two items).
std::vector<model::OutcomeSummary> summarise_outcomes(const model::Profile& profile, int before_week);

} // namespace ptplan::engine
