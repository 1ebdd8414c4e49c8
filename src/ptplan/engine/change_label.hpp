#pragma once

#include "ptplan/engine/adapt.hpp"
#include "ptplan/i18n/text.hpp"
#include "ptplan/model/plan.hpp"

namespace ptplan::engine {

// How the week's time and rules shaped what a change decision asked for.
enum class Step {
  as_decided,       // what the decision asked for
  chain_at_start,   // the next step of the chain at its starting dose, to keep within the time
  held_for_time,    // a progression that would not fit the session time
  lowered_for_time, // an easier step that took longer gave way to a lower dose
  back_to_choice,   // the step it had reached is not allowed this week
  set_by_therapist, // a dose the therapist set (choices.dose) stays as it is
};

// What the labelling needs to know about one exercise's week.
struct ChangeContext
{
  const ChangeDecision* decision = nullptr; // null for an exercise that was not on last week's plan
  Step step = Step::as_decided;
  const model::PlannedExercise* before = nullptr; // last week's item; null when it was not on last week's plan
  bool returning = false;                         // on the programme before, but not last week
  const model::Exercise* blocked = nullptr;       // for back_to_choice: the step that is not allowed
  int minutes_per_session = 0;
  i18n::Text text; // the language of the words
};

// The one place a change is labelled and worded: the label comes from what
// actually happened to the exercise and its dose against last week (never
// "progressed" on a lower dose), the words from the decision's reason and
// the step the week's time allowed. Sets `change`, `change_reason` and
// `change_rule`.
void label_change(model::PlannedExercise& item, const ChangeContext& context);

// -1, 0 or 1: whether dose `after` is less, the same or more than `before`
// (every field at least as high and one higher is more; mixed changes are
// judged by the time they take).
int compare_dose(const model::Dosage& before, const model::Dosage& after);

} // namespace ptplan::engine
