#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/model/plan.hpp"

#include <optional>
#include <vector>

namespace ptplan::engine {

// The days of the week an exercise is done (CLINICAL.md s.2): strength and
// functional work on days that are never consecutive (Sunday to Monday
// counts), at most 3; aerobic up to 5 days; stretching, mobility and balance
// as many days as its dose asks; always within the patient's `available` days
// and spread out across them.
std::vector<Weekday> days_for(const model::Exercise& exercise, const model::Dosage& dose, const std::vector<Weekday>& available);

// Clinic visit days for `visits` a week (0-3): Wednesday; Tuesday and
// Thursday; Monday, Wednesday and Friday.
std::vector<Weekday> clinic_days(int visits);

// The week table: seven days from the plan's start day (Monday when undated),
// each with its exercises, estimated minutes and clinic visit.
std::vector<model::DayPlan> build_week(const std::vector<model::PlannedExercise>& exercises,
  const std::vector<Weekday>& available, int clinic_visits, std::optional<Date> week_start);

} // namespace ptplan::engine
