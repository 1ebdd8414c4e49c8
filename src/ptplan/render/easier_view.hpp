#pragma once

#include "ptplan/core/sides.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/plan.hpp"

#include <kainjow/mustache.hpp>

namespace ptplan::render {

// The easier version of a planned exercise, for the line "Too hard? Do the
// easier version" in its block: the first step down its regression chain
// that this profile may do (one ruled out is skipped, never named).
// Sets `has_easier`, `easier_name`, `easier_on_plan` and `easier_number`
// (when it is on the plan too), and `easier_steps` (its own steps, when it
// is not); `has_easier` is false when the chain has no allowed step.
void put_easier_version(kainjow::mustache::data& item, const model::Exercise& exercise, const model::Plan& plan,
  const model::Catalog& catalog, const Sides& sides);

} // namespace ptplan::render
