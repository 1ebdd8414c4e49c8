#include "ptplan/engine/replay.hpp"

#include "ptplan/engine/adapt.hpp"
#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/progression.hpp"
#include "ptplan/engine/session.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace ptplan::engine {

namespace {

std::string capitalised(std::string text)
{
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

using Fallbacks = std::vector<std::pair<model::PlannedExercise, ExerciseState>>;

class Replay
{
public:
  Replay(const model::Knowledge& knowledge, const model::Profile& profile) : m_knowledge(knowledge), m_profile(profile) {}

  LoggedSession run(int week)
  {
    LoggedSession result;
    for (int w = 1; w <= week; ++w) {
      result = plan_week(w);
    }
    for (const auto& [id, exclusion] : m_stopped) {
      result.stopped.push_back({id, exclusion.rule, exclusion.reason});
    }
    return result;
  }

private:
  LoggedSession plan_week(int week)
  {
    LoggedSession session;
    const Facts facts = derive_facts(m_profile, m_knowledge.vocabulary, week);
    const Constraints constraints = apply_rules(m_knowledge.rules, facts);
    Exclusions exclusions = find_exclusions(m_knowledge.catalog, constraints);
    const model::WeekReport* report = m_profile.report_for(week - 1);

    std::map<std::string, ChangeDecision> decisions;
    bool stopped_now = false;
    for (const auto& [id, state] : m_current) {
      ChangeDecision decision;
      if (report) {
        decision = decide_change(m_knowledge.rules, facts, *state.exercise, *report);
      } else {
        decision.reason = fmt::format("there is no log entry for week {}", week - 1);
      }
      if (decision.to == ChangeTo::stop) {
        stopped_now = true;
        stop(*state.exercise, decision, week, session);
      }
      decisions.emplace(id, std::move(decision));
    }
    for (const auto& [id, exclusion] : m_stopped) {
      exclusions.insert_or_assign(id, exclusion);
    }

    const FitCheck fits = [&](const std::vector<Choice>& choices) {
      std::vector<model::PlannedExercise> planned;
      for (const auto& choice : choices) {
        planned.push_back(place_exercise(choice, *choice.exercise, 0, constraints, m_profile));
      }
      return fits_session(planned, m_profile);
    };
    session.selection = select_exercises(m_knowledge.catalog, m_knowledge.vocabulary, m_profile, constraints, exclusions, fits);

    std::map<std::string, ExerciseState> next;
    std::vector<Fallbacks> fallbacks; // for each progressed exercise, what to try when the session runs over time
    for (const auto& choice : session.selection.chosen) {
      const std::string& id = choice.exercise->id;
      const auto carried = m_current.find(id);
      if (carried == m_current.end()) {
        if (week > 1 && stopped_now) {
          session.selection.not_chosen.push_back(
            {id, "not started this week: an exercise was stopped, so nothing new starts until the therapist has checked"});
          session.selection.warnings.push_back(fmt::format("{} ({}) was not started this week because an exercise was stopped; "
                                                           "check the plan with the patient before adding it.",
            id, choice.exercise->category));
          continue;
        }
        auto item = place_exercise(choice, *choice.exercise, 0, constraints, m_profile);
        if (week > 1) {
          item.change = "new";
          item.change_reason = "New this week.";
        }
        next.emplace(id, ExerciseState{choice.exercise, 0});
        session.exercises.push_back(std::move(item));
        continue;
      }
      const ChangeDecision& decision = decisions.at(id);
      const ExerciseState before = carried->second;
      ExerciseState after = before;
      std::string how;
      std::string change;
      // A step can change nothing when the dosing rules already hold the
      // dose at its bound (a 30 s stretch): then the chain moves, or the
      // exercise is honestly reported as held.
      const auto same_as_before = [&](const ExerciseState& state) {
        return state.exercise == before.exercise
               && place_exercise(choice, *state.exercise, state.dose_steps, constraints, m_profile).dose
                    == place_exercise(choice, *before.exercise, before.dose_steps, constraints, m_profile).dose;
      };
      switch (decision.to) {
      case ChangeTo::progress:
        after = step_up(before, m_knowledge.catalog, constraints, exclusions, how);
        change = "progressed";
        if (same_as_before(after)) {
          after = step_up({before.exercise, k_weeks_per_level - 1}, m_knowledge.catalog, constraints, exclusions, how);
          if (after.exercise == before.exercise) {
            after = before;
            how = "kept the same (it is already at the most this plan allows for now)";
            change = "held";
          }
        }
        break;
      case ChangeTo::regress:
        after = step_down(before, m_knowledge.catalog, exclusions, how);
        for (int tries = 0; tries < k_weeks_per_level * 3 && same_as_before(after) && after.dose_steps > k_lowest_dose_step;
             ++tries) {
          after = step_down(after, m_knowledge.catalog, exclusions, how);
        }
        change = "regressed";
        if (same_as_before(after)) {
          after = before;
          how = "kept the same (it is already at the easiest step and dose)";
          change = "held";
        }
        break;
      case ChangeTo::hold:
      case ChangeTo::stop: // a stopped chain is excluded, so selection did not choose it
        how = "kept the same";
        change = "held";
        break;
      }
      if (exclusions.contains(after.exercise->id)) {
        // This week's rules rule out the step it had reached: back to the
        // choice, which selection allowed.
        how = fmt::format("back to {}, because {} is not allowed this week", choice.exercise->name, after.exercise->name);
        after = ExerciseState{choice.exercise, 0};
        change = "regressed";
      }
      auto item = place_exercise(choice, *after.exercise, after.dose_steps, constraints, m_profile);
      item.change = change;
      item.change_reason = fmt::format("{}: {}.", capitalised(how), decision.reason);
      item.change_rule = decision.rule ? decision.rule->id : "";
      if (decision.to == ChangeTo::progress) {
        fallbacks.push_back(progress_fallbacks(choice, before, after, decision, constraints, exclusions));
      } else if (decision.to == ChangeTo::regress && after.exercise != before.exercise) {
        fallbacks.push_back(regress_fallbacks(choice, before, decision, constraints));
      }
      next.emplace(id, after);
      session.exercises.push_back(std::move(item));
    }
    sort_for_handout(session.exercises);
    hold_back_to_fit(session, fallbacks, next);
    drop_to_fit(session, next, constraints);
    m_current = std::move(next);
    return session;
  }

  // An easier step can take longer than the harder one (a longer hold):
  // when the session still runs over, the last chosen exercises wait, as
  // they would have in week 1's selection.
  void drop_to_fit(LoggedSession& session, std::map<std::string, ExerciseState>& next, const Constraints& constraints)
  {
    const auto& chosen = session.selection.chosen;
    // Parts a rule requires (balance for falls risk, say) go last.
    for (const bool required : {false, true}) {
      for (auto choice = chosen.rbegin(); choice != chosen.rend() && session.exercises.size() > 1; ++choice) {
        if (fits_session(session.exercises, m_profile)) {
          return;
        }
        if (constraints.required_categories.contains(choice->exercise->category) != required) {
          continue;
        }
        const auto removed = std::erase_if(
          session.exercises, [&](const model::PlannedExercise& item) { return item.started_as == choice->exercise; });
        if (removed > 0) {
          next.erase(choice->exercise->id);
          session.selection.not_chosen.push_back({choice->exercise->id,
            fmt::format("left out this week: the session would run over {} minutes", m_profile.schedule.minutes_per_session)});
          session.selection.warnings.push_back(
            fmt::format("{} ({}) was left out this week to keep the session within {} minutes.", choice->exercise->id,
              choice->exercise->category, m_profile.schedule.minutes_per_session));
        }
      }
    }
  }

  // A stop rules out the exercise's whole chain from now on, and tells the
  // patient to call.
  void stop(const model::Exercise& exercise, const ChangeDecision& decision, int week, LoggedSession& session)
  {
    const std::string rule = decision.rule ? decision.rule->id : "";
    session.stopped_now.push_back(exercise.id);
    for (const auto& id : chain_of(exercise, m_knowledge.catalog)) {
      m_stopped.insert_or_assign(id, Exclusion{rule, fmt::format("stopped in week {}: {}", week, decision.reason)});
    }
    session.notes.push_back({fmt::format("{} is no longer on your plan: {}. Call your therapist before you do it again.",
                               exercise.name, decision.reason),
      rule, exercise.id});
  }

  // What a progressed exercise falls back to when the session runs over
  // time: the next step of its chain at its starting dose (harder, not
  // longer), then last week's step and dose.
  Fallbacks progress_fallbacks(const Choice& choice, const ExerciseState& before, const ExerciseState& after,
    const ChangeDecision& decision, const Constraints& constraints, const Exclusions& exclusions)
  {
    Fallbacks options;
    const std::string rule = decision.rule ? decision.rule->id : "";
    const model::Exercise& exercise = *before.exercise;
    if (after.exercise == before.exercise && constraints.progress_chain && !exercise.progression.empty()) {
      const model::Exercise* next = m_knowledge.catalog.find(exercise.progression);
      if (next && !exclusions.contains(next->id)) {
        auto item = place_exercise(choice, *next, 0, constraints, m_profile);
        item.change = "progressed";
        item.change_reason = fmt::format("Moved on to the next step, {}, at its starting dose to keep within {} minutes: {}.",
          next->name, m_profile.schedule.minutes_per_session, decision.reason);
        item.change_rule = rule;
        options.emplace_back(std::move(item), ExerciseState{next, 0});
      }
    }
    auto held = place_exercise(choice, exercise, before.dose_steps, constraints, m_profile);
    held.change = "held";
    held.change_reason = fmt::format("Kept the same: {}, but a bigger dose would not fit in {} minutes.", decision.reason,
      m_profile.schedule.minutes_per_session);
    held.change_rule = rule;
    options.emplace_back(std::move(held), before);
    return options;
  }

  // An easier exercise can take longer than the harder one (a longer hold):
  // over time, the regression lowers the dose of the same exercise instead.
  Fallbacks regress_fallbacks(
    const Choice& choice, const ExerciseState& before, const ChangeDecision& decision, const Constraints& constraints)
  {
    const ExerciseState lower{before.exercise, std::max(k_lowest_dose_step, before.dose_steps - 1)};
    auto item = place_exercise(choice, *lower.exercise, lower.dose_steps, constraints, m_profile);
    item.change = "regressed";
    item.change_reason = fmt::format("Dose lowered: {}.", decision.reason);
    item.change_rule = decision.rule ? decision.rule->id : "";
    Fallbacks options;
    options.emplace_back(std::move(item), lower);
    return options;
  }

  // When this week's increases do not fit the session, the progressed
  // exercises fall back, the last chosen first: every fallback but the last
  // (the harder step at its starting dose) in a first pass, then last week's
  // dose, until the session fits.
  void hold_back_to_fit(LoggedSession& session, std::vector<Fallbacks>& fallbacks, std::map<std::string, ExerciseState>& next)
  {
    auto apply = [&](std::pair<model::PlannedExercise, ExerciseState>& option) {
      auto item = std::find_if(session.exercises.begin(), session.exercises.end(),
        [&](const model::PlannedExercise& planned) { return planned.started_as == option.first.started_as; });
      option.first.why = item->why;
      *item = std::move(option.first);
      next[item->started_as->id] = option.second;
    };
    for (const bool last_resort : {false, true}) {
      for (auto options = fallbacks.rbegin(); options != fallbacks.rend(); ++options) {
        if (fits_session(session.exercises, m_profile)) {
          return;
        }
        if (last_resort || options->size() > 1) {
          apply(last_resort ? options->back() : options->front());
        }
      }
    }
  }

  const model::Knowledge& m_knowledge;
  const model::Profile& m_profile;
  std::map<std::string, ExerciseState> m_current; // last week's session, by choice id
  std::map<std::string, Exclusion> m_stopped;
};

} // namespace

LoggedSession replay_log(const model::Knowledge& knowledge, const model::Profile& profile, int week)
{
  return Replay(knowledge, profile).run(week);
}

} // namespace ptplan::engine
