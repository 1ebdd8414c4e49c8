#pragma once

#include "ptplan/i18n/text.hpp"
#include "ptplan/model/plan.hpp"

#include <kainjow/mustache.hpp>

namespace ptplan::render {

// The "Your progress" values of a plan made from a progress log
// (templates/README.md, `progress.*`): what changed this week and why,
// grouped by reason; the logged weeks; each outcome measure in plain words;
// and the chart as SVG. `has_progress` is false without log entries before
// the plan's week.
// `move_up` says what to do to move up next week, when something was held
// or stepped back this week.
kainjow::mustache::data progress_view(const model::Plan& plan, const i18n::Text& text = {});

// Whether another exercise of the plan changed this week for the same
// reason as `planned`: the handout then gives that reason once, in the
// progress section, not in each exercise's block.
bool change_is_shared(const model::Plan& plan, const model::PlannedExercise& planned);

} // namespace ptplan::render
