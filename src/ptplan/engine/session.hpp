#pragma once

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/exercise_state.hpp"
#include "ptplan/engine/select.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <vector>

namespace ptplan::engine {

// One chosen exercise as it stands this week: `state` (the choice's own
// exercise or a step of its chain, its dose steps and aerobic minutes),
// dosed, timed and given its days.
model::PlannedExercise place_exercise(
  const Choice& choice, const ExerciseState& state, const Constraints& constraints, const model::Profile& profile);

// The state a choice starts the programme in: its own exercise at the
// starting dose, an aerobic bout at its (possibly shortened) minutes.
ExerciseState starting_state(const Choice& choice, const Constraints& constraints);

// Handout order: warm up, loosen, strengthen, balance, then stretch.
void sort_for_handout(std::vector<model::PlannedExercise>& planned);

} // namespace ptplan::engine
