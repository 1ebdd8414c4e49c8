#pragma once

#include "ptplan/core/sides.hpp"
#include "ptplan/engine/constraints.hpp"
#include "ptplan/i18n/text.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/plan.hpp"

#include <vector>

namespace ptplan::engine {

// The notes a handout prints and those it leaves out, with the reason.
struct ComposedNotes
{
  std::vector<model::Note> notes;
  std::vector<model::LeftOutNote> left_out;
};

// Composes a plan's notes: first `log_notes` (the progress log's, each about
// the exercise it stopped: it warns against that exercise and its low-back
// direction), then the notes of the rules that fired, in file order. A note
// is left out when the plan holds nothing it `needs`, or when it advises
// something a fired rule forbids or another note warns against (its
// `instead` is printed then, if it has one). Warnings always stay. Each text
// is printed once; a note's `sided` text is used when the profile names one
// side.
ComposedNotes compose_notes(const Constraints& constraints, const std::vector<model::PlannedExercise>& planned,
  const std::vector<model::Note>& log_notes, const model::Catalog& catalog, const Sides& sides, const i18n::Text& language = {});

// The stop box: the signs of every rule that fired, in file order, each text
// once.
std::vector<model::StopLine> compose_stop_signs(const Constraints& constraints);

} // namespace ptplan::engine
