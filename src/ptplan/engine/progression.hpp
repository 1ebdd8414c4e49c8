#pragma once

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/select.hpp"
#include "ptplan/model/exercise.hpp"

#include <string>

namespace ptplan::engine {

inline constexpr int k_weeks_per_level = 3;

// Where an exercise chosen for week 1 stands in week `week`.
struct Progressed
{
  const model::Exercise* exercise = nullptr;
  int dose_steps = 0;
  std::string why; // empty in week 1
};

// Time-based progression: the dose goes up each week; every third week the
// exercise moves to the next one in its chain when that one is allowed and
// the rules let the chain move (not with high irritability, where the dose
// only rises every other week). Aerobic minutes rise every week.
Progressed progress(const model::Exercise& start, int week, const model::Catalog& catalog, const Constraints& constraints,
  const Exclusions& exclusions);

} // namespace ptplan::engine
