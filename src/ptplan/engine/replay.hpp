#pragma once

#include "ptplan/engine/select.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <string>
#include <vector>

namespace ptplan::engine {

// Week `week`'s session adapted from the progress log.
struct LoggedSession
{
  std::vector<model::PlannedExercise> exercises; // each with its change and reason
  Selection selection;                           // this week's choices (not chosen, self-care, warnings)
  std::vector<model::Exclusion> stopped;         // exercises a change rule stopped, this week or before
  std::vector<model::Note> notes;                // for the patient: what stopped this week
  std::vector<std::string> stopped_now;          // ids of the exercises stopped this week
};

// Replays the programme week by week from week 1: each week the session is
// chosen as usual, and every exercise carried over from the week before is
// progressed, held, regressed or stopped by the change rules over that
// week's log entry (CLINICAL.md s.3). A week with no entry holds every
// exercise. A stopped exercise and its whole chain stay off the plan, and no
// new exercise starts in the week something was stopped. A week's
// increases are held back when they no longer fit the session time.
LoggedSession replay_log(const model::Knowledge& knowledge, const model::Profile& profile, int week);

} // namespace ptplan::engine
