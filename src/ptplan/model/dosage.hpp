#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace ptplan::model {

enum class DoseField { sets, reps, hold_seconds, minutes, times_per_day, days_per_week };
inline constexpr std::size_t k_dose_field_count = 6;
inline constexpr std::array<DoseField, k_dose_field_count> k_dose_fields = {DoseField::sets, DoseField::reps,
  DoseField::hold_seconds, DoseField::minutes, DoseField::times_per_day, DoseField::days_per_week};

// "sets", "hold_seconds", ...: the YAML and JSON names.
std::string_view dose_field_name(DoseField field);

// How much of an exercise to do. A field that does not apply (minutes for a
// stretch) is empty.
struct Dosage
{
  std::array<std::optional<int>, k_dose_field_count> values{};
  std::string side; // "each", "both" or empty

  std::optional<int> get(DoseField field) const { return values[static_cast<std::size_t>(field)]; }
  void set(DoseField field, std::optional<int> value) { values[static_cast<std::size_t>(field)] = value; }
  int value_or(DoseField field, int fallback) const { return get(field).value_or(fallback); }
  friend bool operator==(const Dosage&, const Dosage&) = default;
};

} // namespace ptplan::model
