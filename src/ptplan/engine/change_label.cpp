#include "ptplan/engine/change_label.hpp"

#include "ptplan/engine/dose.hpp"

#include <fmt/format.h>

namespace ptplan::engine {

namespace {

using i18n::Phrase;
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
  const i18n::Text& text = context.text;
  if (decision.to == ChangeTo::progress) {
    if (context.step == Step::held_for_time) {
      return text.format(Phrase::why_no_room, fmt::arg("minutes", context.minutes_per_session));
    }
    if (context.step == Step::set_by_therapist) {
      return std::string(text(Phrase::why_therapist_dose));
    }
    return std::string(text(Phrase::why_at_most));
  }
  if (decision.to == ChangeTo::regress) {
    return std::string(text(Phrase::why_at_easiest));
  }
  return decision.reason;
}

std::string reason_of(ChangeKind kind, const model::PlannedExercise& item, const ChangeContext& context)
{
  const i18n::Text& text = context.text;
  if (kind == ChangeKind::added) {
    return std::string(text(context.returning ? Phrase::change_back : Phrase::change_new));
  }
  const model::PlannedExercise& before = *context.before;
  const ChangeDecision& decision = *context.decision;
  const bool agrees = (kind == ChangeKind::progressed && decision.to == ChangeTo::progress)
                      || (kind == ChangeKind::regressed && decision.to == ChangeTo::regress);
  const std::string why = agrees ? decision.reason : std::string(text(Phrase::why_dosing_rules));
  const bool timed = is_timed(before) && is_timed(item) && item.exercise == before.exercise;
  switch (kind) {
  case ChangeKind::progressed:
    if (item.exercise != before.exercise) {
      if (context.step == Step::chain_at_start) {
        return text.format(Phrase::change_next_step_at_start, fmt::arg("name", item.exercise->name),
          fmt::arg("minutes", context.minutes_per_session), fmt::arg("why", why));
      }
      return text.format(Phrase::change_next_step, fmt::arg("name", item.exercise->name), fmt::arg("why", why));
    }
    if (timed) {
      return text.format(Phrase::change_more_time, fmt::arg("minutes", item.minutes_a_week()),
        fmt::arg("before", before.minutes_a_week()), fmt::arg("why", why));
    }
    return text.format(Phrase::change_raised, fmt::arg("why", why));
  case ChangeKind::regressed:
    if (context.step == Step::back_to_choice && context.blocked) {
      return text.format(
        Phrase::change_back_to, fmt::arg("name", item.exercise->name), fmt::arg("blocked", context.blocked->name));
    }
    if (item.exercise != before.exercise) {
      return text.format(Phrase::change_easier_step, fmt::arg("name", item.exercise->name), fmt::arg("why", why));
    }
    if (timed) {
      return text.format(Phrase::change_less_time, fmt::arg("minutes", item.minutes_a_week()),
        fmt::arg("before", before.minutes_a_week()), fmt::arg("why", why));
    }
    return text.format(Phrase::change_lowered, fmt::arg("why", why));
  default:
    return text.format(Phrase::change_kept, fmt::arg("why", held_words(context)));
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
