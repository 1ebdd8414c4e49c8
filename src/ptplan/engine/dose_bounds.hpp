#pragma once

#include "ptplan/model/dosage.hpp"
#include "ptplan/model/exercise.hpp"

#include <string>
#include <vector>

namespace ptplan::engine {

// Where a dose leaves the dosing bounds of CLINICAL.md s.2 for its kind of
// exercise (ACSM FITT-VP), one phrase per field: "sets 6 is outside 1-4 (strength: 1-4 sets)".
// Used for the therapist's own doses, which are planned as given but never
// silently: each phrase becomes a warning.
std::vector<std::string> outside_bounds(const model::Exercise& exercise, const model::Dosage& dose, int age);

} // namespace ptplan::engine
