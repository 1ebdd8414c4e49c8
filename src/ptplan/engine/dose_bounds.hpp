#pragma once

#include "ptplan/model/dosage.hpp"
#include "ptplan/model/exercise.hpp"

#include <string>
#include <vector>

namespace ptplan::engine {

// One field of a dose outside its bound, with the phrase that says so:
// "sets 6 is outside 1-4 (CLINICAL.md s.2: 1-4 sets of strength work)".
struct OutOfBounds
{
  model::DoseField field = model::DoseField::sets;
  bool above = false; // over the bound's top, not under its bottom
  std::string text;
};

// Where a dose leaves the dosing bounds of CLINICAL.md s.2 for its kind of
// exercise (ACSM FITT-VP), one entry per field (and one for an aerobic
// week's total minutes, as field minutes). Used for the therapist's own
// doses, which are planned as given but never silently: each becomes a
// warning.
std::vector<OutOfBounds> outside_bounds(const model::Exercise& exercise, const model::Dosage& dose, int age);

} // namespace ptplan::engine
