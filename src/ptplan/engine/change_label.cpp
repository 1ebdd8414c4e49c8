#include "ptplan/engine/change_label.hpp"

#include "ptplan/engine/dose.hpp"

#include <fmt/format.h>

namespace ptplan::engine {

namespace {

using model::ChangeKind;
using model::DoseField;

bool is_timed(const model::PlannedExercise& item)
{
  return item.dose.get(DoseField::minutes).has_value();
}

// Which way the week moved the exercise, from what happened.
ChangeKind kind_of(const model::PlannedExercise& item, const ChangeContext& context)
{
  if (!context.before) {
    return ChangeKind::added;
  }
  const model::PlannedExercise& before = *context.before;
  if (item.exercise != before.exercise) {
    if (item.exercise->level != before.exercise->level) {
      return item.exercise->level > before.exercise->level ? ChangeKind::progressed : ChangeKind::regressed;
    }
    const bool up = context.decision && context.decision->to == ChangeTo::progress && context.step != Step::back_to_choice;
    return up ? ChangeKind::progressed : ChangeKind::regressed;
  }
  if (is_timed(before) && is_timed(item)) {
    // An aerobic bout is judged by its minutes in the whole week, longer
    // bouts on some days included.
    const int a = before.minutes_a_week();
    const int b = item.minutes_a_week();
    return b > a ? ChangeKind::progressed : b < a ? ChangeKind::regressed : ChangeKind::held;
  }
  switch (compare_dose(before.dose, item.dose)) {
  case 1:
    return ChangeKind::progressed;
  case -1:
    return ChangeKind::regressed;
  default:
    return ChangeKind::held;
  }
}

std::string held_words(const ChangeContext& context)
{
  const ChangeDecision& decision = *context.decision;
  if (decision.to == ChangeTo::progress) {
    if (context.step == Step::held_for_time) {
      return fmt::format("a bigger dose would not fit in {} minutes", context.minutes_per_session);
    }
    if (context.step == Step::set_by_therapist) {
      return "your therapist set this dose";
    }
    return "it is already at the most this plan allows for now";
  }
  if (decision.to == ChangeTo::regress) {
    return "it is already at the easiest step and dose";
  }
  return decision.reason;
}

std::string reason_of(ChangeKind kind, const model::PlannedExercise& item, const ChangeContext& context)
{
  if (kind == ChangeKind::added) {
    return context.returning ? "Back on your plan this week." : "New this week.";
  }
  const model::PlannedExercise& before = *context.before;
  const ChangeDecision& decision = *context.decision;
  const bool agrees = (kind == ChangeKind::progressed && decision.to == ChangeTo::progress)
                      || (kind == ChangeKind::regressed && decision.to == ChangeTo::regress);
  const std::string why = agrees ? decision.reason : "this week's dosing rules set it";
  const bool timed = is_timed(before) && is_timed(item) && item.exercise == before.exercise;
  switch (kind) {
  case ChangeKind::progressed:
    if (item.exercise != before.exercise) {
      if (context.step == Step::chain_at_start) {
        return fmt::format("Moved on to the next step, {}, at its starting dose to keep within {} minutes: {}.",
          item.exercise->name, context.minutes_per_session, why);
      }
      return fmt::format("Moved on to the next step, {}: {}.", item.exercise->name, why);
    }
    if (timed) {
      return fmt::format(
        "More time this week, {} minutes in all instead of {}: {}.", item.minutes_a_week(), before.minutes_a_week(), why);
    }
    return fmt::format("Dose raised: {}.", why);
  case ChangeKind::regressed:
    if (context.step == Step::back_to_choice && context.blocked) {
      return fmt::format("Back to {}, because {} is not allowed this week.", item.exercise->name, context.blocked->name);
    }
    if (item.exercise != before.exercise) {
      return fmt::format("Changed to an easier step, {}: {}.", item.exercise->name, why);
    }
    if (timed) {
      return fmt::format(
        "Less time this week, {} minutes in all instead of {}: {}.", item.minutes_a_week(), before.minutes_a_week(), why);
    }
    return fmt::format("Dose lowered: {}.", why);
  default:
    return fmt::format("Kept the same: {}.", held_words(context));
  }
}

} // namespace

int compare_dose(const model::Dosage& before, const model::Dosage& after)
{
  bool more = false;
  bool less = false;
  for (const auto field : model::k_dose_fields) {
    const int a = before.value_or(field, 0);
    const int b = after.value_or(field, 0);
    more = more || b > a;
    less = less || b < a;
  }
  if (more != less) {
    return more ? 1 : -1;
  }
  if (!more) {
    return 0;
  }
  const int a = estimate_seconds(before);
  const int b = estimate_seconds(after);
  return (b > a) - (b < a);
}

void label_change(model::PlannedExercise& item, const ChangeContext& context)
{
  const ChangeKind kind = kind_of(item, context);
  item.change = kind;
  item.change_reason = reason_of(kind, item, context);
  item.change_rule = context.decision && context.decision->rule ? context.decision->rule->id : "";
}

} // namespace ptplan::engine
