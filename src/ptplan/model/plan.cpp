#include "ptplan/model/plan.hpp"

#include <algorithm>

namespace ptplan::model {

int PlannedExercise::seconds_on(Weekday day) const
{
  if (std::find(days.begin(), days.end(), day) == days.end()) {
    return 0;
  }
  if (longer_minutes && std::find(longer_days.begin(), longer_days.end(), day) != longer_days.end()) {
    return *longer_minutes * 60;
  }
  return seconds;
}

int PlannedExercise::minutes_a_week() const
{
  int total = 0;
  for (const auto day : days) {
    total += seconds_on(day);
  }
  return (total + 59) / 60;
}

std::string_view chosen_by_id(ChosenBy by)
{
  return by == ChosenBy::therapist ? "therapist" : "rules";
}

std::string_view change_kind_id(ChangeKind kind)
{
  switch (kind) {
  case ChangeKind::none:
    return "";
  case ChangeKind::added:
    return "new";
  case ChangeKind::progressed:
    return "progressed";
  case ChangeKind::held:
    return "held";
  case ChangeKind::regressed:
    return "regressed";
  }
  return "";
}

} // namespace ptplan::model
