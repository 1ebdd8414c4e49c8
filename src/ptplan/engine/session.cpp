#include "ptplan/engine/session.hpp"

#include "ptplan/engine/dose.hpp"
#include "ptplan/engine/schedule.hpp"
#include "ptplan/engine/therapist_choices.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace ptplan::engine {

namespace {

int category_order(model::Category category)
{
  using model::Category;
  constexpr std::array<Category, 6> k_order = {
    Category::aerobic, Category::mobility, Category::strength, Category::functional, Category::balance, Category::stretch};
  const auto found = std::find(k_order.begin(), k_order.end(), category);
  return static_cast<int>(found - k_order.begin());
}

} // namespace

model::PlannedExercise place_exercise(
  const Choice& choice, const ExerciseState& state, const Constraints& constraints, const model::Profile& profile)
{
  model::PlannedExercise item;
  item.exercise = state.exercise;
  item.started_as = choice.exercise;
  if (auto set = therapist_dose(*state.exercise, profile)) {
    item.dose = set_dose_after(*state.exercise, std::move(*set), state.dose_steps);
    item.dose_by_therapist = true;
  } else {
    item.dose = dose_for(*state.exercise, state.dose_steps, constraints, state.minutes);
  }
  if (choice.therapist) {
    item.chosen_by = model::ChosenBy::therapist;
  }
  if (const auto* note = profile.choices.note_for(state.exercise->id)) {
    item.therapist_note = note->text;
  }
  item.days = days_for(*state.exercise, item.dose, profile.schedule.days);
  item.seconds = estimate_seconds(item.dose);
  item.why = choice.why;
  if (auto split = split_strength_reason(*state.exercise, profile.schedule.days)) {
    item.why.push_back(std::move(*split));
  }
  return item;
}

ExerciseState starting_state(const Choice& choice, const Constraints& constraints)
{
  ExerciseState state{choice.exercise, choice.start_step, std::nullopt};
  if (const auto minutes = dose_for(*choice.exercise, 0, constraints).get(model::DoseField::minutes)) {
    state.minutes = choice.max_minutes ? std::min(*minutes, *choice.max_minutes) : *minutes;
  }
  return state;
}

void sort_for_handout(std::vector<model::PlannedExercise>& planned)
{
  std::stable_sort(planned.begin(), planned.end(), [](const model::PlannedExercise& a, const model::PlannedExercise& b) {
    return category_order(a.exercise->category) < category_order(b.exercise->category);
  });
}

} // namespace ptplan::engine
