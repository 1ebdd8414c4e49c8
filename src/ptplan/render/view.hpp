#pragma once

#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/render/exercise_views.hpp"
#include "ptplan/render/print_options.hpp"

#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

namespace ptplan::render {

// The values a plan template can use (templates/README.md lists them). Text
// is raw here; the template's escape makes it safe for its format.
kainjow::mustache::data plan_view(const model::Plan& plan, const model::Knowledge& knowledge);

// The same, taking each exercise's unchanging parts from `exercise_views`
// (which must be for the plan's knowledge base): for many plans in a row.
kainjow::mustache::data plan_view(const model::Plan& plan, ExerciseViews& exercise_views);

// The values a referral template can use.
kainjow::mustache::data referral_view(
  const model::Referral& referral, const model::Profile& profile, const model::Knowledge& knowledge);

// Adds the print layout to a plan or referral view: `paper` ("a4",
// "letter") and `page_size` (its CSS `@page` size).
void add_print_values(kainjow::mustache::data& view, const PrintOptions& print);

// Every name a plan or referral template may use, flattened: top-level
// names ("week", "patient.name") and the names inside list items ("text",
// "number"). A test checks they match what the views produce.
const std::vector<std::string>& plan_view_names();
const std::vector<std::string>& referral_view_names();

} // namespace ptplan::render
