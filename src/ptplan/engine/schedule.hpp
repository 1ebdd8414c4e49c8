#pragma once

#include "ptplan/core/date.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::engine {

// The days of the week an exercise is done (CLINICAL.md s.2): strength and
// functional work on days that are never consecutive (Sunday to Monday
// counts), at most 3; aerobic up to 5 days and balance as its dose asks,
// both on the days without strength work first (aerobic only on those when
// there are 3 or more); stretching and mobility as many days as the dose
// asks; always within the patient's `available` days and spread out across
// them.
std::vector<Weekday> days_for(const model::Exercise& exercise, const model::Dosage& dose, const std::vector<Weekday>& available);

// When the patient's only free days are two in a row (Saturday and Sunday),
// strength work is split over them so that each muscle group still rests 48
// hours (CLINICAL.md s.2): hip and leg work on the first day, trunk work on
// the second. The reason, for the therapist, or nothing when there is no
// split.
std::optional<std::string> split_strength_reason(const model::Exercise& exercise, const std::vector<Weekday>& available);

// Why `exercise` is on fewer days than the `wanted` its dose asks for,
// given the patient's `available` days: the schedule's own length, the
// 48-hour rest for strength work, the 5-day cap on aerobic work, or short
// days that became rest days (settle_short_days). A plain phrase for the
// therapist's warning.
std::string why_fewer_days(const model::Exercise& exercise, std::size_t wanted, const std::vector<Weekday>& available);

// A day whose session would be only a minute or two is not worth setting
// out for: the aerobic bout moves onto it when it has days to spare and
// fits, or else the stretches, mobility and balance work that make it up
// leave it (keeping at least 3 days a week each), so it becomes a rest day.
void settle_short_days(std::vector<model::PlannedExercise>& planned, const model::Profile& profile);

// Clinic visit days for `visits` a week (0-3): Wednesday; Tuesday and
// Thursday; Monday, Wednesday and Friday.
std::vector<Weekday> clinic_days(int visits);

// The week table: seven days from the plan's start day (Monday when undated),
// each with its exercises, estimated minutes and clinic visit.
std::vector<model::DayPlan> build_week(const std::vector<model::PlannedExercise>& exercises,
  const std::vector<Weekday>& available, int clinic_visits, std::optional<Date> week_start);

} // namespace ptplan::engine
