#pragma once

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/select.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <array>
#include <vector>

namespace ptplan::engine {

// One chosen exercise as it stands this week: `exercise` (the choice's own
// or a step of its chain) at `dose_steps`, dosed, timed and given its days.
model::PlannedExercise place_exercise(const Choice& choice, const model::Exercise& exercise, int dose_steps,
  const Constraints& constraints, const model::Profile& profile);

// Handout order: warm up, loosen, strengthen, balance, then stretch.
void sort_for_handout(std::vector<model::PlannedExercise>& planned);

// Minutes per day of a session being put together, counted as build_week
// counts them, without building the week's table.
class DayBudget
{
public:
  void add(const model::PlannedExercise& item);
  // Whether every day fits the patient's minutes per session.
  bool fits(const model::Profile& profile) const;

private:
  std::array<int, k_days_per_week> m_seconds{};
};

// Whether every day's session fits the patient's minutes per session.
bool fits_session(const std::vector<model::PlannedExercise>& planned, const model::Profile& profile);

} // namespace ptplan::engine
