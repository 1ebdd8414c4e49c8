#include "ptplan/engine/fit_week.hpp"

#include "ptplan/engine/budget.hpp"
#include "ptplan/engine/dose.hpp"
#include "ptplan/engine/session.hpp"

namespace ptplan::engine {

namespace {

bool on_days(const model::PlannedExercise& item, DayMask days)
{
  return (mask_of(item.days) & days) != 0;
}

// The proposals that can fall back a step on a day that runs over: the
// aerobic bout first (it can give a minute at a time), then the others, the
// last chosen first.
std::vector<Proposal*> can_fall_back(std::vector<Proposal>& proposals, DayMask over)
{
  std::vector<Proposal*> found;
  for (auto p = proposals.rbegin(); p != proposals.rend(); ++p) {
    if (!p->dropped && p->chosen + 1 < p->options.size() && on_days(p->item, over)) {
      found.insert(p->item.exercise->category == model::Category::aerobic ? found.begin() : found.end(), &*p);
    }
  }
  return found;
}

Proposal* next_to_drop(std::vector<Proposal>& proposals, DayMask over)
{
  std::size_t left = 0;
  for (const auto& p : proposals) {
    left += p.dropped ? 0 : 1;
  }
  if (left <= 1) {
    return nullptr;
  }
  for (const bool required : {false, true}) {
    for (auto p = proposals.rbegin(); p != proposals.rend(); ++p) {
      if (!p->dropped && p->required == required && on_days(p->item, over)) {
        return &*p;
      }
    }
  }
  return nullptr;
}

} // namespace

std::vector<const model::Exercise*> fit_week(
  std::vector<Proposal>& proposals, const Constraints& constraints, const model::Profile& profile)
{
  DayBudget budget;
  for (auto& p : proposals) {
    p.item = place_exercise(p.choice, p.options[p.chosen].state, constraints, profile);
    budget.add(p.item);
  }
  const auto move_to = [&](Proposal& p, std::size_t option) {
    budget.remove(p.item);
    p.chosen = option;
    p.item = place_exercise(p.choice, p.options[p.chosen].state, constraints, profile);
    budget.add(p.item);
  };
  // Round by round, each exercise on a day over time falls back one step,
  // so that no one exercise gives up all its growth while the others keep
  // theirs.
  std::vector<const model::Exercise*> waiting;
  for (DayMask over = budget.over(profile); over != 0; over = budget.over(profile)) {
    const auto candidates = can_fall_back(proposals, over);
    if (!candidates.empty()) {
      for (Proposal* p : candidates) {
        if ((budget.over(profile) & mask_of(p->item.days)) != 0) {
          move_to(*p, p->chosen + 1);
        }
      }
    } else if (Proposal* d = next_to_drop(proposals, over)) {
      budget.remove(d->item);
      d->dropped = true;
      waiting.push_back(d->choice.exercise);
    } else {
      break; // one exercise alone over time: selection never chooses one
    }
  }
  // A round can take back more than was needed: give growth back, the first
  // chosen first, where it still fits.
  for (auto& p : proposals) {
    while (!p.dropped && p.chosen > 0) {
      move_to(p, p.chosen - 1);
      if (!budget.fits(profile)) {
        move_to(p, p.chosen + 1);
        break;
      }
    }
  }
  return waiting;
}

void lengthen_aerobic(std::vector<Proposal>& proposals, const Constraints& constraints, const model::Profile& profile)
{
  DayBudget budget;
  for (const auto& p : proposals) {
    if (!p.dropped) {
      budget.add(p.item);
    }
  }
  const int session = profile.schedule.minutes_per_session;
  for (auto& p : proposals) {
    ExerciseState& state = p.options[p.chosen].state;
    if (p.dropped || !state.minutes || !state.longer || p.item.dose_by_therapist) {
      continue;
    }
    const int base = p.item.dose.value_or(model::DoseField::minutes, 0);
    // The rules' bounds hold for the longer bout too (CLINICAL.md s.2).
    const int wanted =
      dose_for(*state.exercise, state.dose_steps, constraints, *state.longer).value_or(model::DoseField::minutes, 0);
    state.longer.reset();
    // The longer bout that gives the most minutes in the week (a longer
    // one on fewer days can give less).
    int best_total = base * static_cast<int>(p.item.days.size());
    std::vector<Weekday> best_days;
    int best = 0;
    for (int longer = wanted; longer > base; --longer) {
      std::vector<Weekday> days;
      for (const auto day : p.item.days) {
        if (budget.minutes(day) - (p.item.seconds + 59) / 60 + longer <= session) {
          days.push_back(day);
        }
      }
      const int total = base * static_cast<int>(p.item.days.size() - days.size()) + longer * static_cast<int>(days.size());
      if (!days.empty() && total > best_total) {
        best_total = total;
        best_days = std::move(days);
        best = longer;
      }
    }
    if (best > 0) {
      budget.remove(p.item);
      if (best_days.size() == p.item.days.size()) {
        // Room on every day: simply a longer bout.
        state.minutes = best;
        p.item = place_exercise(p.choice, state, constraints, profile);
      } else {
        p.item.longer_minutes = best;
        p.item.longer_days = std::move(best_days);
        state.longer = best;
      }
      budget.add(p.item);
    }
  }
}

} // namespace ptplan::engine
