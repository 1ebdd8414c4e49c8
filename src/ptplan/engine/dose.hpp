#pragma once

#include "ptplan/engine/constraints.hpp"
#include "ptplan/model/dosage.hpp"
#include "ptplan/model/exercise.hpp"

#include <optional>

namespace ptplan::engine {

// The dose of `exercise` after `dose_steps` weekly increases (reps first,
// then a set; longer holds; about 10 % more aerobic minutes a week; negative
// steps lower it: a set fewer, then fewer reps or shorter holds), with
// `minutes`, when given, in place of the stepped minutes, then every dosage
// rule that fired, in order. The rules hold CLINICAL.md s.2's bounds, so the
// result is inside them whatever the steps.
model::Dosage dose_for(
  const model::Exercise& exercise, int dose_steps, const Constraints& constraints, std::optional<int> minutes = std::nullopt);

// A dose the therapist set, after `dose_steps` (only the negative steps
// of a regression change it: a set dose stays as it is otherwise). The
// rules' dose bounds do not apply to it.
model::Dosage set_dose_after(const model::Exercise& exercise, model::Dosage set, int dose_steps);

// Estimated seconds for one session of the exercise at this dose, both
// sides and rests between sets included.
int estimate_seconds(const model::Dosage& dose);

} // namespace ptplan::engine
