#include "ptplan/engine/planner.hpp"

#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/notes.hpp"
#include "ptplan/engine/outcomes.hpp"
#include "ptplan/engine/pain_guide.hpp"
#include "ptplan/engine/progression.hpp"
#include "ptplan/engine/replay.hpp"
#include "ptplan/engine/schedule.hpp"
#include "ptplan/engine/screen.hpp"
#include "ptplan/engine/select.hpp"
#include "ptplan/engine/session.hpp"
#include "ptplan/engine/start_back.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

namespace ptplan::engine {

namespace {

constexpr int k_no_cap = 1000;

// Turns week-1 choices into this week's exercises by time alone (no
// progress log): progressed, dosed (at most `max_dose_steps` increases),
// timed and placed on days, in handout order.
std::vector<model::PlannedExercise> realise(const std::vector<Choice>& choices, const model::Knowledge& knowledge,
  const model::Profile& profile, const Constraints& constraints, const Exclusions& exclusions, int week,
  int max_dose_steps = k_no_cap)
{
  std::vector<model::PlannedExercise> planned;
  for (const auto& choice : choices) {
    const Progressed step = progress(*choice.exercise, week, knowledge.catalog, constraints, exclusions);
    auto item = place_exercise(choice, *step.exercise, std::min(step.dose_steps, max_dose_steps), constraints, profile);
    if (!step.why.empty()) {
      item.why.push_back(step.why);
    }
    if (step.dose_steps > max_dose_steps) {
      item.why.push_back("dose held back to fit the session time");
    }
    planned.push_back(std::move(item));
  }
  sort_for_handout(planned);
  return planned;
}

// Selection asks whether a session fits for every candidate it tries. A
// choice's week-1 realisation depends only on its exercise and its aerobic
// cap, so each is realised once and the day totals are added up from there.
class WeekOneFit
{
public:
  WeekOneFit(const model::Knowledge& knowledge, const model::Profile& profile, const Constraints& constraints,
    const Exclusions& exclusions)
      : m_knowledge(knowledge), m_profile(profile), m_constraints(constraints), m_exclusions(exclusions)
  {}

  bool operator()(const std::vector<Choice>& choices)
  {
    DayBudget budget;
    for (const auto& choice : choices) {
      const Key key{choice.exercise, choice.max_minutes};
      auto found = m_realised.find(key);
      if (found == m_realised.end()) {
        const Choice bare{choice.exercise, {}, choice.max_minutes};
        found =
          m_realised.emplace(key, std::move(realise({bare}, m_knowledge, m_profile, m_constraints, m_exclusions, 1).front()))
            .first;
      }
      budget.add(found->second);
    }
    return budget.fits(m_profile);
  }

private:
  using Key = std::pair<const model::Exercise*, std::optional<int>>;
  const model::Knowledge& m_knowledge;
  const model::Profile& m_profile;
  const Constraints& m_constraints;
  const Exclusions& m_exclusions;
  std::map<Key, model::PlannedExercise> m_realised;
};

// This week's exercises within the session time. When the week's doses no
// longer fit, the increases are held back; when even the next exercises in
// the chains do not fit, the session stays at an earlier week's step. Week 1
// always fits (selection made sure), so this ends within the time.
std::vector<model::PlannedExercise> realise_within_time(const std::vector<Choice>& choices, const model::Knowledge& knowledge,
  const model::Profile& profile, const Constraints& constraints, const Exclusions& exclusions, int week,
  std::vector<std::string>& warnings)
{
  for (int step_week = week; step_week >= 1; --step_week) {
    for (int cap = step_week - 1; cap >= 0; --cap) {
      auto planned = realise(choices, knowledge, profile, constraints, exclusions, step_week, cap);
      if (fits_session(planned, profile)) {
        if (step_week != week) {
          warnings.push_back(fmt::format("The harder exercises planned for week {} do not fit in {} minutes; the "
                                         "session stays at week {}'s step. More time per session would let it progress.",
            week, profile.schedule.minutes_per_session, step_week));
        }
        return planned;
      }
    }
  }
  return realise(choices, knowledge, profile, constraints, exclusions, 1);
}

// Without a progress log, week N's change is measured against week N-1 of
// the same time-based programme.
void label_timed_changes(std::vector<model::PlannedExercise>& planned, const std::vector<model::PlannedExercise>& before)
{
  for (auto& item : planned) {
    const auto was = std::find_if(
      before.begin(), before.end(), [&](const model::PlannedExercise& b) { return b.started_as == item.started_as; });
    if (was == before.end()) {
      item.change = "new";
      item.change_reason = "New this week.";
    } else if (was->exercise != item.exercise) {
      item.change = "progressed";
      item.change_reason =
        fmt::format("Moved on to the next step, {}, on the usual weekly schedule (no progress log).", item.exercise->name);
    } else if (!(was->dose == item.dose)) {
      item.change = "progressed";
      item.change_reason = "Dose raised on the usual weekly schedule (no progress log).";
    } else {
      item.change = "held";
      item.change_reason = "Kept the same as last week.";
    }
  }
}

} // namespace

int resolve_week(const model::Profile& profile, int requested)
{
  if (requested != k_next_week) {
    return requested;
  }
  return profile.progress.empty() ? 1 : std::min(52, profile.progress.back().week + 1);
}

Outcome make_plan(const model::Knowledge& knowledge, const model::Profile& profile, int week)
{
  const Facts facts = derive_facts(profile, knowledge.vocabulary, week);
  const Constraints constraints = apply_rules(knowledge.rules, facts);
  if (auto referral = screen(profile, constraints)) {
    referral->week = week;
    return std::move(*referral);
  }
  Exclusions exclusions = find_exclusions(knowledge.catalog, constraints);

  model::Plan plan;
  plan.profile = &profile;
  plan.week = week;
  plan.weeks = profile.plan_weeks;
  plan.irritability = irritability_of(profile);
  if (profile.start_back) {
    const StartBackScore score = score_start_back(*profile.start_back);
    plan.start_back = model::StartBackResult{score.total, score.psychosocial, score.risk};
  }
  Selection selection;
  if (profile.progress.empty()) {
    // The session is chosen as it is in week 1, so later weeks keep it: a
    // rising dose never pushes an exercise out.
    WeekOneFit week_one_fit(knowledge, profile, constraints, exclusions);
    const FitCheck fits = [&](const std::vector<Choice>& choices) { return week_one_fit(choices); };
    selection = select_exercises(knowledge.catalog, knowledge.vocabulary, profile, constraints, exclusions, fits);
    plan.warnings = std::move(selection.warnings);
    plan.exercises = realise_within_time(selection.chosen, knowledge, profile, constraints, exclusions, week, plan.warnings);
    if (week > 1) {
      std::vector<std::string> ignored;
      label_timed_changes(
        plan.exercises, realise_within_time(selection.chosen, knowledge, profile, constraints, exclusions, week - 1, ignored));
    }
  } else {
    LoggedSession session = replay_log(knowledge, profile, week);
    selection = std::move(session.selection);
    plan.warnings = std::move(selection.warnings);
    plan.exercises = std::move(session.exercises);
    for (auto& stopped : session.stopped) {
      exclusions.insert_or_assign(stopped.id, Exclusion{stopped.rule, stopped.reason});
    }
    plan.notes = std::move(session.notes);
    plan.stopped = std::move(session.stopped_now);
    for (const auto& note : plan.notes) {
      plan.warnings.push_back(fmt::format("Stopped by the progress log ({}): {}", note.rule, note.text));
    }
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
  ComposedNotes notes = compose_notes(constraints, plan.exercises, plan.notes, knowledge.catalog, sides_for(profile.side));
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

} // namespace ptplan::engine
