#include "ptplan/engine/budget.hpp"

namespace ptplan::engine {

DayMask mask_of(const std::vector<Weekday>& days)
{
  DayMask mask = 0; // each day once, as build_week counts it
  for (const auto day : days) {
    mask |= 1u << static_cast<unsigned>(day);
  }
  return mask;
}

void DayBudget::add(const model::PlannedExercise& item)
{
  const DayMask days = mask_of(item.days);
  for (int d = 0; d < k_days_per_week; ++d) {
    m_seconds[static_cast<std::size_t>(d)] += (days >> d & 1u) ? item.seconds_on(static_cast<Weekday>(d)) : 0;
  }
}

void DayBudget::remove(const model::PlannedExercise& item)
{
  const DayMask days = mask_of(item.days);
  for (int d = 0; d < k_days_per_week; ++d) {
    m_seconds[static_cast<std::size_t>(d)] -= (days >> d & 1u) ? item.seconds_on(static_cast<Weekday>(d)) : 0;
  }
}

DayMask DayBudget::over(int minutes) const
{
  DayMask days = 0;
  for (int d = 0; d < k_days_per_week; ++d) {
    if ((m_seconds[static_cast<std::size_t>(d)] + 59) / 60 > minutes) {
      days |= 1u << d;
    }
  }
  return days;
}

int DayBudget::minutes(Weekday day) const
{
  return (m_seconds[static_cast<std::size_t>(day)] + 59) / 60;
}

DayBudget budget_of(const std::vector<model::PlannedExercise>& planned)
{
  DayBudget budget;
  for (const auto& item : planned) {
    budget.add(item);
  }
  return budget;
}

bool fits_session(const std::vector<model::PlannedExercise>& planned, const model::Profile& profile)
{
  return budget_of(planned).fits(profile);
}

} // namespace ptplan::engine
