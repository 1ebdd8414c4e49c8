#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <array>
#include <vector>

namespace ptplan::engine {

// A set of weekdays: bit d is Weekday d.
using DayMask = unsigned;

DayMask mask_of(const std::vector<Weekday>& days);

// The patient's time, day by day: the seconds each day's session takes, as
// build_week counts them, against the minutes per session. Each day is
// budgeted on its own, so an exercise that is not on a full day can still
// grow.
class DayBudget
{
public:
  void add(const model::PlannedExercise& item);
  void remove(const model::PlannedExercise& item);
  // The days whose session runs over the patient's minutes per session (or
  // over `minutes`).
  DayMask over(int minutes) const;
  DayMask over(const model::Profile& profile) const { return over(profile.schedule.minutes_per_session); }
  bool fits(const model::Profile& profile) const { return over(profile) == 0; }
  // The whole minutes day `day`'s session takes.
  int minutes(Weekday day) const;

private:
  std::array<int, k_days_per_week> m_seconds{};
};

DayBudget budget_of(const std::vector<model::PlannedExercise>& planned);

// Whether every day's session fits the patient's minutes per session.
bool fits_session(const std::vector<model::PlannedExercise>& planned, const model::Profile& profile);

} // namespace ptplan::engine
