#include "ptplan/engine/dose_bounds.hpp"

#include <fmt/format.h>

namespace ptplan::engine {

namespace {

using model::DoseField;

struct Bound
{
  DoseField field;
  int lo;
  int hi;
  const char* why;
};

std::vector<Bound> bounds_for(const model::Exercise& exercise, const model::Dosage& dose, int age)
{
  using model::Category;
  const Category category = exercise.category;
  if (category == Category::stretch) {
    return {{DoseField::hold_seconds, 10, age >= 65 ? 60 : 30,
              age >= 65 ? "stretch holds of 30-60 s from age 65" : "stretch holds of 10-30 s"},
      {DoseField::reps, 2, 4, "2-4 repetitions of a stretch"}, {DoseField::days_per_week, 2, 7, "stretching 2-7 days a week"}};
  }
  if (model::is_strength_work(category)) {
    std::vector<Bound> result = {
      {DoseField::sets, 1, 4, "1-4 sets of strength work"}, {DoseField::days_per_week, 2, 3, "strength work 2-3 days a week"}};
    if (dose.value_or(DoseField::hold_seconds, 0) > 0) {
      result.push_back({DoseField::hold_seconds, 5, 10, "isometric holds of 5-10 s"});
      result.push_back({DoseField::reps, 5, 10, "5-10 isometric holds"});
    } else {
      result.push_back({DoseField::reps, 8, 20, "8-12 repetitions, up to 15-20 at light load"});
    }
    return result;
  }
  if (category == Category::balance) {
    return {{DoseField::hold_seconds, 20, 30, "balance positions of 20-30 s"},
      {DoseField::days_per_week, 2, 7, "balance work 2-7 days a week"}};
  }
  if (category == Category::aerobic) {
    return {{DoseField::minutes, 5, 60, "aerobic bouts of 5-60 minutes"},
      {DoseField::days_per_week, 1, 7, "aerobic work 1-7 days a week"}};
  }
  return {};
}

} // namespace

std::vector<OutOfBounds> outside_bounds(const model::Exercise& exercise, const model::Dosage& dose, int age)
{
  std::vector<OutOfBounds> result;
  for (const auto& bound : bounds_for(exercise, dose, age)) {
    const auto value = dose.get(bound.field);
    if (value && (*value < bound.lo || *value > bound.hi)) {
      result.push_back({bound.field, *value > bound.hi,
        fmt::format("{} {} is outside {}-{} (CLINICAL.md s.2: {})", model::dose_field_name(bound.field), *value, bound.lo,
          bound.hi, bound.why)});
    }
  }
  if (exercise.category == model::Category::aerobic) {
    const int minutes = dose.value_or(DoseField::minutes, 0) * dose.value_or(DoseField::days_per_week, 1);
    if (minutes > 300) {
      result.push_back({DoseField::minutes, true,
        fmt::format("{} minutes a week is more than 300 (CLINICAL.md s.2: build toward 150 a week)", minutes)});
    }
  }
  return result;
}

} // namespace ptplan::engine
