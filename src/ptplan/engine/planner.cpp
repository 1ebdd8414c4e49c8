#include "ptplan/engine/planner.hpp"

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/notes.hpp"
#include "ptplan/engine/outcomes.hpp"
#include "ptplan/engine/pain_guide.hpp"
#include "ptplan/engine/programme.hpp"
#include "ptplan/engine/schedule.hpp"
#include "ptplan/engine/screen.hpp"
#include "ptplan/engine/select.hpp"
#include "ptplan/engine/start_back.hpp"
#include "ptplan/engine/therapist_choices.hpp"
#include "ptplan/i18n/words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

namespace ptplan::engine {

int resolve_week(const model::Profile& profile, int requested)
{
  if (requested != k_next_week) {
    return requested;
  }
  return profile.progress.empty() ? 1 : std::min(52, profile.progress.back().week + 1);
}

model::PlanOrReferral make_plan(const model::Knowledge& knowledge, const model::Profile& profile, int week)
{
  const Facts facts = derive_facts(profile, knowledge.vocabulary, week);
  const Constraints constraints = apply_rules(knowledge.rules, facts);
  if (auto referral = screen(profile, constraints)) {
    referral->week = week;
    return std::move(*referral);
  }
  Exclusions exclusions = find_exclusions(knowledge.catalog, constraints);
  apply_choices(profile, knowledge.catalog, constraints, facts, exclusions);

  model::Plan plan;
  plan.profile = &profile;
  plan.week = week;
  plan.weeks = profile.plan_weeks;
  plan.irritability = irritability_of(profile);
  if (profile.start_back) {
    const StartBackScore score = score_start_back(*profile.start_back);
    plan.start_back = model::StartBackResult{score.total, score.psychosocial, score.risk};
  }
  WeekSession session = plan_programme_week(knowledge, profile, week);
  Selection& selection = session.selection;
  plan.warnings = std::move(selection.warnings);
  Diagnostics ignored; // the caller refused the profile if there were any (choice_errors)
  check_choices(knowledge, profile, week, ignored, plan.warnings);
  plan.incomplete = std::move(selection.incomplete);
  plan.exercises = std::move(session.exercises);
  for (auto& stopped : session.stopped) {
    exclusions.insert_or_assign(stopped.id, Exclusion{stopped.rule, stopped.reason});
  }
  plan.notes = std::move(session.notes);
  plan.stopped = std::move(session.stopped_now);
  for (const auto& note : plan.notes) {
    plan.warnings.push_back(fmt::format("Stopped by the progress log ({}): {}", note.rule, note.text));
  }
  if (!profile.progress.empty()) {
    plan.outcomes = summarise_outcomes(profile, week);
  }
  // Last line of defence: nothing ruled out reaches the handout, whatever
  // path selection, progression or the progress log took.
  std::erase_if(plan.exercises, [&](const model::PlannedExercise& item) {
    const bool ruled_out = exclusions.contains(item.exercise->id);
    if (ruled_out) {
      plan.warnings.push_back(fmt::format("Internal check removed {}: it is ruled out for this profile.", item.exercise->id));
    }
    return ruled_out;
  });
  for (auto& warning : dose_days_warnings(plan.exercises, profile)) {
    plan.warnings.push_back(std::move(warning));
  }
  plan.self_care = selection.self_care;
  plan.week_start = week_start(profile, week);
  plan.schedule = build_week(plan.exercises, profile.schedule.days, profile.schedule.clinic_visits_per_week, plan.week_start);
  if (plan.week_start) {
    plan.next_review = plan.week_start->plus_days(k_days_per_week);
  }
  for (const auto& [id, exclusion] : exclusions) {
    plan.excluded.push_back({id, exclusion.rule, exclusion.reason});
  }
  plan.not_chosen = std::move(selection.not_chosen);
  ComposedNotes notes = compose_notes(constraints, plan.exercises, plan.notes, knowledge.catalog,
    i18n::sides_for(i18n::Text(knowledge.messages.get()), model::word_of(profile.side)), i18n::Text(knowledge.messages.get()));
  plan.notes = std::move(notes.notes);
  plan.notes_left_out = std::move(notes.left_out);
  plan.stop_signs = compose_stop_signs(constraints);
  plan.pain_guide = pain_guide_for(profile.pain_current);
  if (plan.weeks && week > *plan.weeks) {
    plan.warnings.push_back(fmt::format("Week {} is past the end of the {}-week programme.", week, *plan.weeks));
  }
  plan.fired = constraints.fired;
  plan.cleared_flags = cleared_red_flags(profile);
  return plan;
}

Diagnostics choice_errors(const model::Knowledge& knowledge, const model::Profile& profile, int week)
{
  Diagnostics errors;
  if (profile.choices.empty()) {
    return errors;
  }
  const Facts facts = derive_facts(profile, knowledge.vocabulary, week);
  if (screen(profile, apply_rules(knowledge.rules, facts))) {
    return errors;
  }
  std::vector<std::string> warnings; // make_plan gives them with the plan
  check_choices(knowledge, profile, week, errors, warnings);
  return errors;
}

} // namespace ptplan::engine
