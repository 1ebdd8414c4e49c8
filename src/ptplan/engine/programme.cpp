#include "ptplan/engine/programme.hpp"

#include "ptplan/engine/adapt.hpp"
#include "ptplan/engine/budget.hpp"
#include "ptplan/engine/change_label.hpp"
#include "ptplan/engine/constraints.hpp"
#include "ptplan/engine/dose.hpp"
#include "ptplan/engine/facts.hpp"
#include "ptplan/engine/fit_week.hpp"
#include "ptplan/engine/schedule.hpp"
#include "ptplan/engine/session.hpp"
#include "ptplan/engine/therapist_choices.hpp"
#include "ptplan/i18n/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace ptplan::engine {

namespace {

class Programme
{
public:
  Programme(const model::Knowledge& knowledge, const model::Profile& profile) : m_knowledge(knowledge), m_profile(profile) {}

  WeekSession run(int week)
  {
    WeekSession session;
    for (int w = 1; w <= week; ++w) {
      session = plan_week(w);
    }
    for (const auto& [id, exclusion] : m_stopped) {
      session.stopped.push_back({id, exclusion.rule, exclusion.reason});
    }
    return session;
  }

private:
  // One of the programme's choices and where it stands.
  struct Entry
  {
    Choice choice;
    ExerciseState state;
    std::optional<model::PlannedExercise> last; // on last week's plan
    bool planned_before = false;                // on some earlier week's plan
  };

  Entry* entry_for(const model::Exercise* choice)
  {
    const auto found =
      std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.choice.exercise == choice; });
    return found == m_entries.end() ? nullptr : &*found;
  }

  WeekSession plan_week(int week)
  {
    WeekSession session;
    Facts facts = derive_facts(m_profile, m_knowledge.vocabulary, week);
    const bool logged = !m_profile.progress.empty();
    const model::WeekReport* report = logged ? m_profile.report_for(week - 1) : nullptr;
    if (report) {
      check_log_names(*report, facts, session);
    }
    const Constraints constraints = apply_rules(m_knowledge.rules, facts);
    Exclusions exclusions = find_exclusions(m_knowledge.catalog, constraints);
    apply_choices(m_profile, m_knowledge.catalog, constraints, facts, exclusions);

    std::map<const model::Exercise*, ChangeDecision> decisions; // by choice
    bool stopped_now = false;
    for (const auto& entry : m_entries) {
      if (!entry.last) {
        continue;
      }
      ChangeDecision decision;
      if (logged && !report) {
        decision.reason = i18n::Text(m_knowledge.messages.get()).format(i18n::Phrase::why_no_log, fmt::arg("week", week - 1));
      } else {
        decision = decide_change(m_knowledge.rules, facts, *entry.state.exercise, report);
      }
      if (decision.to == ChangeTo::stop) {
        stopped_now = true;
        stop(*entry.state.exercise, decision, week, session);
      }
      decisions.emplace(entry.choice.exercise, std::move(decision));
    }
    for (const auto& [id, exclusion] : m_stopped) {
      exclusions.insert_or_assign(id, exclusion);
    }

    session.selection = select_session(week, constraints, exclusions, stopped_now);
    std::vector<Proposal> proposals;
    for (const auto& choice : session.selection.chosen) {
      Proposal proposal;
      proposal.choice = choice;
      proposal.required = constraints.required_categories.contains(std::string(model::word_of(choice.exercise->category)));
      const Entry* entry = entry_for(choice.exercise);
      if (!entry) {
        proposal.options = {{starting_state(choice, constraints)}};
      } else if (!entry->last) {
        proposal.options = {{entry->state}};
      } else {
        proposal.options = options_for(*entry, decisions.at(choice.exercise), constraints, exclusions);
      }
      proposals.push_back(std::move(proposal));
    }
    const auto waiting_list = fit_week(proposals, constraints, m_profile);
    lengthen_aerobic(proposals, constraints, m_profile);
    for (const auto* waiting : waiting_list) {
      session.selection.not_chosen.push_back({waiting->id,
        fmt::format("left out this week: the session would run over {} minutes", m_profile.schedule.minutes_per_session)});
      session.selection.warnings.push_back(fmt::format("{} ({}) was left out this week to keep the session within {} minutes.",
        waiting->id, model::word_of(waiting->category), m_profile.schedule.minutes_per_session));
    }
    carry_forward(week, proposals, decisions, session);
    settle_short_days(session.exercises, m_profile);
    for (auto& item : session.exercises) {
      if (item.chosen_by == model::ChosenBy::therapist) {
        item.overrides = overrides_for(*item.exercise, m_profile, constraints, facts);
        for (const auto& allowed : item.overrides) {
          item.why.push_back(fmt::format("allowed by the therapist against rule {}: {}", allowed.rule, allowed.reason));
        }
      }
      if (item.dose_by_therapist) {
        item.why.push_back("dose set by the therapist (choices.dose)");
      }
    }
    sort_for_handout(session.exercises);
    return session;
  }

  // Week 1 is chosen afresh, with room to grow; later weeks keep the
  // programme's choices (see select_exercises), each at the state it has
  // reached.
  Selection select_session(int week, const Constraints& constraints, const Exclusions& exclusions, bool stopped_now)
  {
    const bool room_to_grow = !m_profile.plan_weeks || *m_profile.plan_weeks > 1;
    // Room to grow: each day fits with every exercise a dose step up, and
    // this week's doses take at most two thirds of the patient's minutes
    // (the parts of a balanced session may take more, see select_exercises).
    const int minutes = m_profile.schedule.minutes_per_session;
    const int two_thirds = std::max(1, minutes * 2 / 3);
    std::map<std::tuple<const model::Exercise*, std::optional<int>, int, bool>, model::PlannedExercise> placed;
    const auto place = [&](const Choice& choice, bool stepped) -> const model::PlannedExercise& {
      const auto key = std::make_tuple(choice.exercise, choice.max_minutes, choice.start_step, stepped);
      auto found = placed.find(key);
      if (found == placed.end()) {
        ExerciseState state = starting_state(choice, constraints);
        if (const Entry* entry = entry_for(choice.exercise)) {
          state = entry->state;
        } else if (stepped && !state.minutes) {
          ++state.dose_steps;
        }
        found = placed.emplace(key, place_exercise(choice, state, constraints, m_profile)).first;
      }
      return found->second;
    };
    const FitCheck fits = [&](const std::vector<Choice>& choices, Room room) {
      DayBudget now;
      DayBudget stepped;
      for (const auto& choice : choices) {
        now.add(place(choice, false));
        stepped.add(place(choice, true));
      }
      if (room == Room::now || !room_to_grow) {
        return now.over(minutes) == 0;
      }
      return stepped.over(minutes) == 0 && now.over(two_thirds) == 0;
    };
    Seeds seeds;
    if (week > 1) {
      for (const auto& entry : m_entries) {
        seeds.choices.push_back(entry.choice);
      }
      seeds.allow_new = !stopped_now;
    }
    return select_exercises(
      m_knowledge.catalog, m_knowledge.vocabulary, m_profile, constraints, exclusions, fits, week > 1 ? &seeds : nullptr);
  }

  // What an exercise on last week's plan may become this week, the most
  // wanted first (fit_week falls back along the list).
  std::vector<Option> options_for(
    const Entry& entry, const ChangeDecision& decision, const Constraints& constraints, const Exclusions& exclusions) const
  {
    const ExerciseState& before = entry.state;
    const auto dose_of = [&](const ExerciseState& state) {
      return dose_for(*state.exercise, state.dose_steps, constraints, state.minutes);
    };
    // A step can change nothing when the rules hold the dose at its bound.
    const auto same = [&](const ExerciseState& state) {
      return state.exercise == before.exercise && dose_of(state) == dose_of(before);
    };
    const model::Catalog& catalog = m_knowledge.catalog;
    std::vector<Option> options;
    switch (decision.to) {
    case ChangeTo::progress: {
      if (therapist_dose(*before.exercise, m_profile)) {
        options.push_back({before, Step::set_by_therapist}); // a set dose stays; only the log regresses it
        break;
      }
      ExerciseState up = step_up(before, catalog, constraints, exclusions);
      if (same(up) && !before.minutes) {
        up = step_up({before.exercise, k_weeks_per_level - 1, std::nullopt}, catalog, constraints, exclusions);
      }
      if (same(up)) {
        options.push_back({before});
        break;
      }
      options.push_back({up});
      if (up.minutes && before.minutes) {
        for (int minutes = *up.minutes - 1; minutes > *before.minutes; --minutes) {
          options.push_back({{up.exercise, up.dose_steps, minutes, up.longer}});
        }
        options.push_back({{before.exercise, before.dose_steps, before.minutes, up.longer}, Step::held_for_time});
        break;
      }
      if (up.exercise == before.exercise && before.dose_steps >= 0 && before.weeks_on_step >= 1 && constraints.progress_chain
          && !before.exercise->progression.empty()) {
        // Harder, not longer: the next step at its starting dose, once the
        // usual dose has had a week or more.
        const model::Exercise* next = catalog.find(before.exercise->progression);
        if (next && !exclusions.contains(next->id)) {
          options.push_back({{next, 0, std::nullopt}, Step::chain_at_start});
        }
      }
      options.push_back({before, Step::held_for_time});
      break;
    }
    case ChangeTo::regress: {
      ExerciseState down = step_down(before, catalog, exclusions);
      for (int tries = 0; tries < k_weeks_per_level * 3 && same(down) && !down.minutes && down.dose_steps > k_lowest_dose_step;
           ++tries) {
        down = step_down(down, catalog, exclusions);
      }
      if (same(down)) {
        options.push_back({before});
        break;
      }
      options.push_back({down});
      if (down.exercise != before.exercise) {
        // An easier exercise can take longer (a longer hold): then a lower
        // dose of the same one.
        options.push_back(
          {{before.exercise, std::max(k_lowest_dose_step, before.dose_steps - 1), before.minutes}, Step::lowered_for_time});
      }
      break;
    }
    case ChangeTo::hold:
    case ChangeTo::stop: // a stopped chain is excluded, so selection did not keep it
      options.push_back({before});
      break;
    }
    for (auto& option : options) {
      if (exclusions.contains(option.state.exercise->id)) {
        // This week's rules rule out the step it had reached: back to the
        // choice, which selection allowed.
        option = {starting_state(entry.choice, constraints), Step::back_to_choice, option.state.exercise};
      }
    }
    return options;
  }

  // Labels each exercise against last week and moves the programme on.
  void carry_forward(int week, std::vector<Proposal>& proposals,
    const std::map<const model::Exercise*, ChangeDecision>& decisions, WeekSession& session)
  {
    std::vector<std::optional<model::PlannedExercise>> this_week(m_entries.size());
    for (auto& proposal : proposals) {
      Entry* entry = entry_for(proposal.choice.exercise);
      if (!entry) {
        m_entries.push_back({proposal.choice, proposal.options.front().state, std::nullopt, false});
        this_week.emplace_back();
        entry = &m_entries.back();
      }
      if (proposal.dropped) {
        continue;
      }
      const Option& option = proposal.options[proposal.chosen];
      if (week > 1) {
        const auto decision = decisions.find(proposal.choice.exercise);
        ChangeContext context;
        context.decision = decision == decisions.end() ? nullptr : &decision->second;
        context.step = option.step;
        context.before = entry->last ? &*entry->last : nullptr;
        context.returning = !entry->last && entry->planned_before;
        context.blocked = option.blocked;
        context.minutes_per_session = m_profile.schedule.minutes_per_session;
        context.text = i18n::Text(m_knowledge.messages.get());
        label_change(proposal.item, context);
      }
      const int weeks_on_step = option.state.exercise == entry->state.exercise ? entry->state.weeks_on_step + 1 : 0;
      entry->state = option.state;
      entry->state.weeks_on_step = entry->planned_before ? weeks_on_step : 0;
      entry->planned_before = true;
      this_week[static_cast<std::size_t>(entry - m_entries.data())] = proposal.item;
      session.exercises.push_back(proposal.item);
    }
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
      m_entries[i].last = std::move(this_week[i]);
    }
  }

  // A progress entry for an exercise that was not on that week's plan is
  // named in a warning, and spreading leg symptoms are never dropped: they
  // count as the week's symptoms.
  void check_log_names(const model::WeekReport& report, Facts& facts, WeekSession& session) const
  {
    for (const auto& logged : report.exercises) {
      const bool planned = std::any_of(
        m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.last && e.last->exercise->id == logged.id; });
      if (planned) {
        continue;
      }
      session.selection.warnings.push_back(fmt::format(
        "The progress log for week {} names {}, which was not on that week's plan; check the log.", report.week, logged.id));
      if (logged.symptoms == "peripheralising") {
        facts.set("last_week.symptoms", std::string("peripheralising"));
        session.selection.warnings.push_back(fmt::format("Week {}'s leg symptoms spread with {}: every exercise is held "
                                                         "and the patient is asked to call.",
          report.week, logged.id));
      }
    }
  }

  // A stop rules out the exercise's whole chain from now on, and tells the
  // patient to call.
  void stop(const model::Exercise& exercise, const ChangeDecision& decision, int week, WeekSession& session)
  {
    const std::string rule = decision.rule ? decision.rule->id : "";
    session.stopped_now.push_back(exercise.id);
    for (const auto& id : chain_of(exercise, m_knowledge.catalog)) {
      m_stopped.insert_or_assign(id, Exclusion{rule, fmt::format("stopped in week {}: {}", week, decision.reason)});
    }
    const i18n::Text text(m_knowledge.messages.get());
    session.notes.push_back(
      {text.format(i18n::Phrase::note_stopped, fmt::arg("name", exercise.name), fmt::arg("why", decision.reason)), rule,
        exercise.id});
  }

  const model::Knowledge& m_knowledge;
  const model::Profile& m_profile;
  std::vector<Entry> m_entries; // the programme's choices, in the order they were chosen
  std::map<std::string, Exclusion> m_stopped;
};

} // namespace

WeekSession plan_programme_week(const model::Knowledge& knowledge, const model::Profile& profile, int week)
{
  return Programme(knowledge, profile).run(week);
}

} // namespace ptplan::engine
