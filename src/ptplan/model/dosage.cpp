#include "ptplan/model/dosage.hpp"

namespace ptplan::model {

std::string_view dose_field_name(DoseField field)
{
  constexpr std::array<std::string_view, k_dose_field_count> k_names = {
    "sets", "reps", "hold_seconds", "minutes", "times_per_day", "days_per_week"};
  return k_names[static_cast<std::size_t>(field)];
}

} // namespace ptplan::model
