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

void DayBudget::add(const model::PlannedExercise& item)
{
  unsigned days = 0; // each day once, as build_week counts it
  for (const auto day : item.days) {
    days |= 1u << static_cast<unsigned>(day);
  }
  for (int d = 0; d < k_days_per_week; ++d) {
    m_seconds[static_cast<std::size_t>(d)] += (days >> d & 1u) ? item.seconds : 0;
  }
}

bool DayBudget::fits(const model::Profile& profile) const
{
  return std::all_of(
    m_seconds.begin(), m_seconds.end(), [&](int seconds) { return (seconds + 59) / 60 <= profile.schedule.minutes_per_session; });
}

bool fits_session(const std::vector<model::PlannedExercise>& planned, const model::Profile& profile)
{
  DayBudget budget;
  for (const auto& item : planned) {
    budget.add(item);
  }
  return budget.fits(profile);
}

} // namespace ptplan::engine
