#pragma once

#include "ptplan/model/exercise.hpp"

#include <optional>

namespace ptplan::engine {

// Where one exercise of the session stands: the exercise on the plan (the
// choice's own or a step of its chain), its weekly dose steps (negative:
// below the catalog's starting dose) and, for aerobic work, its minutes.
struct ExerciseState
{
  const model::Exercise* exercise = nullptr;
  int dose_steps = 0;
  std::optional<int> minutes = std::nullopt; // aerobic bouts grow by minutes, not by steps
  std::optional<int> longer = std::nullopt;  // an aerobic bout's longer minutes on the days with room
  int weeks_on_step = 0;                     // weeks at this exercise before this one

  friend bool operator==(const ExerciseState&, const ExerciseState&) = default;
};

} // namespace ptplan::engine
