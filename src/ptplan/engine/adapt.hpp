#pragma once

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/exercise_state.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/select.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/progress.hpp"
#include "ptplan/model/rule.hpp"

#include <string>

namespace ptplan::engine {

// The decisions a change rule may take, from least to most cautious.
enum class ChangeTo { progress, hold, regress, stop };
ChangeTo parse_change(std::string_view word);

// What the progress log decides for one exercise.
struct ChangeDecision
{
  ChangeTo to = ChangeTo::hold;
  std::string reason;
  const model::Rule* rule = nullptr; // null: no rule spoke, so the exercise is held
};

// The week's facts plus the exercise facts (exercises/README.md) for
// `exercise`: its category, and from last week's `report` (null without a
// progress log) its own pain when logged, else the week's pain during
// exercise.
Facts with_exercise_facts(const Facts& week_facts, const model::Exercise& exercise, const model::WeekReport* report);

// Evaluates every change rule for `exercise` and keeps the most cautious
// decision (stop, then regress, then hold, then progress). With no rule
// firing the exercise is held: nothing progresses without a reason. Without
// a progress log the rules decide by the calendar (`progress_log` is
// `none`); with one, by last week's entry.
ChangeDecision decide_change(
  const model::RuleSet& rules, const Facts& week_facts, const model::Exercise& exercise, const model::WeekReport* report);

// Dose steps at one exercise before the next in its chain is due.
inline constexpr int k_weeks_per_level = 3;
inline constexpr int k_lowest_dose_step = -2;

// One step harder: aerobic minutes up by about 10 %; a dose below the start
// back up; the dose up a step; after `k_weeks_per_level - 1` dose steps the
// next exercise in the chain, when it is allowed and the rules let the
// chain move.
ExerciseState step_up(
  const ExerciseState& state, const model::Catalog& catalog, const Constraints& constraints, const Exclusions& exclusions);

// One step easier: aerobic minutes down by a fifth (not below 5); a lower
// dose back to the start, then the easier exercise (`regression`) when it
// is allowed, then a dose below the start, down to k_lowest_dose_step.
ExerciseState step_down(const ExerciseState& state, const model::Catalog& catalog, const Exclusions& exclusions);

// The ids of an exercise's whole chain (easier and harder steps), which a
// stop rules out together.
std::vector<std::string> chain_of(const model::Exercise& exercise, const model::Catalog& catalog);

} // namespace ptplan::engine
