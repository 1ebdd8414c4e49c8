#include "ptplan/engine/session.hpp"

#include "ptplan/engine/dose.hpp"
#include "ptplan/engine/schedule.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace ptplan::engine {

namespace {

int category_order(const std::string& category)
{
  constexpr std::array<std::string_view, 6> k_order = {"aerobic", "mobility", "strength", "functional", "balance", "stretch"};
  const auto found = std::find(k_order.begin(), k_order.end(), category);
  return static_cast<int>(found - k_order.begin());
}

} // namespace

model::PlannedExercise place_exercise(const Choice& choice, const model::Exercise& exercise, int dose_steps,
  const Constraints& constraints, const model::Profile& profile)
{
  model::PlannedExercise item;
  item.exercise = &exercise;
  item.started_as = choice.exercise;
  item.dose = dose_for(exercise, dose_steps, constraints);
  if (choice.max_minutes && item.dose.get(model::DoseField::minutes)) {
    item.dose.set(model::DoseField::minutes, std::min(*item.dose.get(model::DoseField::minutes), *choice.max_minutes));
  }
  item.days = days_for(exercise, item.dose, profile.schedule.days);
  item.seconds = estimate_seconds(item.dose);
  item.why = choice.why;
  return item;
}

void sort_for_handout(std::vector<model::PlannedExercise>& planned)
{
  std::stable_sort(planned.begin(), planned.end(), [](const model::PlannedExercise& a, const model::PlannedExercise& b) {
    return category_order(a.exercise->category) < category_order(b.exercise->category);
  });
}

bool fits_session(const std::vector<model::PlannedExercise>& planned, const model::Profile& profile)
{
  const auto week = build_week(planned, profile.schedule.days, 0, std::nullopt);
  return std::all_of(
    week.begin(), week.end(), [&](const model::DayPlan& day) { return day.minutes <= profile.schedule.minutes_per_session; });
}

} // namespace ptplan::engine
