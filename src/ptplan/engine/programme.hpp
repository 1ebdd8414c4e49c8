#pragma once

#include "ptplan/engine/select.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"

#include <string>
#include <vector>

namespace ptplan::engine {

// Week `week`'s session of the programme.
struct WeekSession
{
  std::vector<model::PlannedExercise> exercises; // handout order; from week 2 each with its change
  Selection selection;                           // this week's choices (not chosen, self-care, warnings)
  std::vector<model::Exclusion> stopped;         // exercises a change rule stopped, this week or before
  std::vector<model::Note> notes;                // for the patient: what stopped this week
  std::vector<std::string> stopped_now;          // ids of the exercises stopped this week
};

// The one planning engine. Week `week` is replayed from week 1: week 1's
// session is chosen with room to grow; each later week keeps the session as
// far as that week's rules allow, and every exercise on last week's plan
// moves by the `change` rules: by the calendar when the profile has no
// progress log, by last week's entry when it has one (a logged profile's
// week without an entry holds). Each exercise grows on its own within the
// days it is on (fit_week); a stopped exercise and its chain stay off the
// plan, and nothing new starts that week.
WeekSession plan_programme_week(const model::Knowledge& knowledge, const model::Profile& profile, int week);

} // namespace ptplan::engine
