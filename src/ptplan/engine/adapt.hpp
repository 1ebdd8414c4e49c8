#pragma once

#include "ptplan/engine/constraints.hpp"
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
// `exercise` from last week's `report`: its own pain when logged, else the
// week's pain during exercise.
Facts with_exercise_facts(const Facts& week_facts, const model::Exercise& exercise, const model::WeekReport& report);

// Evaluates every change rule for `exercise` and keeps the most cautious
// decision (stop, then regress, then hold, then progress). With no rule
// firing the exercise is held: nothing progresses without a reason.
ChangeDecision decide_change(
  const model::RuleSet& rules, const Facts& week_facts, const model::Exercise& exercise, const model::WeekReport& report);

// Where one exercise of the session stands: the exercise on the plan and
// its weekly dose steps (negative: below the catalog's starting dose).
struct ExerciseState
{
  const model::Exercise* exercise = nullptr;
  int dose_steps = 0;
};

inline constexpr int k_lowest_dose_step = -2;

// One step harder: the dose first; after `k_weeks_per_level - 1` dose steps
// the next exercise in the chain, when it is allowed and the rules let the
// chain move. `how` says what changed, in plain words.
ExerciseState step_up(const ExerciseState& state, const model::Catalog& catalog, const Constraints& constraints,
  const Exclusions& exclusions, std::string& how);

// One step easier: a lower dose back to the start, then the easier exercise
// (`regression`) when it is allowed, then a dose below the start.
ExerciseState step_down(
  const ExerciseState& state, const model::Catalog& catalog, const Exclusions& exclusions, std::string& how);

// The ids of an exercise's whole chain (easier and harder steps), which a
// stop rules out together.
std::vector<std::string> chain_of(const model::Exercise& exercise, const model::Catalog& catalog);

} // namespace ptplan::engine
