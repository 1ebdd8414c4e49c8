#pragma once

#include "ptplan/engine/change_label.hpp"
#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/exercise_state.hpp"
#include "ptplan/engine/select.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <vector>

namespace ptplan::engine {

// One way an exercise can stand this week.
struct Option
{
  ExerciseState state;
  Step step = Step::as_decided;
  const model::Exercise* blocked = nullptr; // for Step::back_to_choice
};

// One chosen exercise's options this week, the most wanted first: the
// step its change decision asks for, then what it falls back to when the
// days it is on run over time.
struct Proposal
{
  Choice choice;
  std::vector<Option> options; // never empty
  std::size_t chosen = 0;
  bool required = false; // fills a part of the session a rule requires
  bool dropped = false;
  model::PlannedExercise item; // the chosen option, placed
};

// Fits the week into the patient's time, day by day: while a day runs over,
// an exercise on that day falls back to its next option (aerobic minutes
// first, then the last chosen exercise), and only when none is left does
// the last chosen exercise on that day wait a week (parts a rule requires
// last). An exercise on days with room is never held back. Returns the ids
// of the exercises that wait.
std::vector<const model::Exercise*> fit_week(
  std::vector<Proposal>& proposals, const Constraints& constraints, const model::Profile& profile);

// After fit_week: an aerobic bout that wants to be longer than its days
// allow becomes longer on the days that have room (up to its state's
// `longer`), so that a full strength day never holds it back elsewhere. The
// chosen option's state keeps the longer minutes reached.
void lengthen_aerobic(std::vector<Proposal>& proposals, const Constraints& constraints, const model::Profile& profile);

} // namespace ptplan::engine
