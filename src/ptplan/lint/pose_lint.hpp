#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/knowledge.hpp"

namespace ptplan::lint {

// Checks that an exercise's picture and its tags agree: the pose may show no
// movement the tags leave out (a hip bent past 90 degrees without
// hip-flexion-past-90, a leg across the middle without
// hip-adduction-past-midline, a rounded or arched back, a turned hip or
// back, the thigh behind the body, standing on one leg with no hand on a
// support without balance-unsupported), lies on the floor exactly when
// `floor` says so, and starts or ends in the exercise's `position`.
void lint_pose(const model::Exercise& exercise, Diagnostics& diagnostics);

// lint_pose over a whole catalog; with `require_pose`, an exercise with
// neither a pose nor an image is an error too (the built-in catalog).
void lint_poses(const model::Knowledge& knowledge, bool require_pose, Diagnostics& diagnostics);

// The position a placed pose shows (supine, seated, ...), from how it rests
// on its support; empty when it shows none of them. Exposed for tests.
std::string position_shown(const model::Exercise& exercise, bool end);

} // namespace ptplan::lint
