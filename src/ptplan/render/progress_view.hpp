#pragma once

#include "ptplan/model/plan.hpp"

#include <kainjow/mustache.hpp>

namespace ptplan::render {

// The "Your progress" values of a plan made from a progress log
// (templates/README.md, `progress.*`): what changed this week and why,
// grouped by reason; the logged weeks; each outcome measure in plain words;
// and the chart as SVG. `has_progress` is false without log entries before
// the plan's week.
kainjow::mustache::data progress_view(const model::Plan& plan);

} // namespace ptplan::render
