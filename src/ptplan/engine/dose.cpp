#include "ptplan/engine/dose.hpp"

#include <algorithm>
#include <cmath>

namespace ptplan::engine {

namespace {

using model::DoseField;

void add(model::Dosage& dose, DoseField field, int amount)
{
  if (auto value = dose.get(field)) {
    dose.set(field, *value + amount);
  }
}

void lower(model::Dosage& dose, DoseField field, int amount, int lowest)
{
  if (auto value = dose.get(field); value && *value > lowest) {
    dose.set(field, std::max(lowest, *value - amount));
  }
}

// Below the catalog's starting dose (a regression with no easier exercise):
// one set fewer first, then fewer reps or shorter holds, never below a dose
// that is still worth doing.
void step_down(const model::Exercise& exercise, model::Dosage& dose, int steps)
{
  using model::Category;
  const Category category = exercise.category;
  for (int i = 0; i < steps; ++i) {
    if (category == Category::aerobic) {
      if (auto minutes = dose.get(DoseField::minutes)) {
        dose.set(DoseField::minutes, std::max(5, static_cast<int>(std::lround(*minutes * 0.8))));
      }
    } else if (dose.value_or(DoseField::sets, 1) > 1) {
      lower(dose, DoseField::sets, 1, 1);
    } else if (dose.value_or(DoseField::hold_seconds, 0) > 0) {
      lower(dose, DoseField::hold_seconds, category == Category::stretch || category == Category::balance ? 5 : 2, 5);
    } else {
      lower(dose, DoseField::reps, 2, 4);
    }
  }
}

void step_up(const model::Exercise& exercise, model::Dosage& dose, int steps)
{
  if (steps < 0) {
    step_down(exercise, dose, -steps);
    return;
  }
  if (steps == 0) {
    return;
  }
  using model::Category;
  const Category category = exercise.category;
  if (category == Category::aerobic) {
    if (auto minutes = dose.get(DoseField::minutes)) {
      dose.set(DoseField::minutes, static_cast<int>(std::lround(*minutes * std::pow(1.1, steps))));
    }
  } else if (model::is_strength_work(category)) {
    if (dose.value_or(DoseField::hold_seconds, 0) > 0) {
      add(dose, DoseField::hold_seconds, 2 * steps);
    } else {
      add(dose, DoseField::reps, 2 * steps);
    }
    if (steps >= 2) {
      add(dose, DoseField::sets, 1);
    }
  } else if (category == Category::stretch) {
    add(dose, DoseField::hold_seconds, 5 * steps);
    add(dose, DoseField::reps, steps); // once the hold is at its bound, more of them (2-4, CLINICAL.md s.2)
  } else if (category == Category::balance) {
    add(dose, DoseField::hold_seconds, 5 * steps);
  } else if (category == Category::mobility && dose.value_or(DoseField::hold_seconds, 0) <= 10) {
    add(dose, DoseField::reps, 2 * steps); // long resting holds (prone lying) stay as they are
  }
}

void apply(model::Dosage& dose, const model::DoseAdjustment& adjustment)
{
  for (const auto field : model::k_dose_fields) {
    auto value = dose.get(field);
    if (!value) {
      continue; // rules adjust the fields an exercise has, never add new ones
    }
    if (auto set = adjustment.set.get(field)) {
      value = *set;
    }
    if (auto percent = adjustment.scale_percent[static_cast<std::size_t>(field)]) {
      value = static_cast<int>(std::lround(*value * *percent / 100.0));
    }
    if (auto lowest = adjustment.at_least.get(field)) {
      value = std::max(*value, *lowest);
    }
    if (auto highest = adjustment.at_most.get(field)) {
      value = std::min(*value, *highest);
    }
    dose.set(field, value);
  }
}

} // namespace

model::Dosage set_dose_after(const model::Exercise& exercise, model::Dosage set, int dose_steps)
{
  if (dose_steps < 0) {
    step_up(exercise, set, dose_steps);
  }
  return set;
}

model::Dosage dose_for(
  const model::Exercise& exercise, int dose_steps, const Constraints& constraints, std::optional<int> minutes)
{
  model::Dosage dose = exercise.dosage;
  step_up(exercise, dose, dose_steps);
  if (minutes && dose.get(DoseField::minutes)) {
    dose.set(DoseField::minutes, *minutes);
  }
  for (const auto& [rule, adjustment] : constraints.dosage) {
    if (adjustment->category.empty() || adjustment->category == model::word_of(exercise.category)) {
      apply(dose, *adjustment);
    }
  }
  return dose;
}

int estimate_seconds(const model::Dosage& dose)
{
  if (auto minutes = dose.get(DoseField::minutes); minutes && *minutes > 0) {
    return *minutes * 60;
  }
  const int sets = std::max(1, dose.value_or(DoseField::sets, 1));
  const int reps = std::max(1, dose.value_or(DoseField::reps, 1));
  const int hold = dose.value_or(DoseField::hold_seconds, 0);
  const int per_rep = hold > 0 ? hold + 5 : 4;
  const int sides = dose.side == "each" ? 2 : 1;
  const int rest = (sets - 1) * 30;
  return sets * reps * per_rep * sides + rest + 15; // 15 s to get into position
}

} // namespace ptplan::engine
