#include "ptplan/engine/adapt.hpp"

#include "ptplan/engine/condition.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace ptplan::engine {

ChangeTo parse_change(std::string_view word)
{
  if (word == "progress") {
    return ChangeTo::progress;
  }
  if (word == "regress") {
    return ChangeTo::regress;
  }
  if (word == "stop") {
    return ChangeTo::stop;
  }
  return ChangeTo::hold; // the loader allows only these four words
}

Facts with_exercise_facts(const Facts& week_facts, const model::Exercise& exercise, const model::WeekReport* report)
{
  Facts facts = week_facts;
  facts.set("exercise.category", std::string(model::word_of(exercise.category)));
  if (!report) {
    return facts;
  }
  const model::ExerciseReport* own = report->find(exercise.id);
  const int pain = own && own->pain ? *own->pain : report->pain_during;
  facts.set("exercise.pain", static_cast<double>(pain));
  // The pain-monitoring model judges the change from the usual pain too.
  if (const auto* usual = week_facts.find("pain.current"); usual && std::holds_alternative<double>(*usual)) {
    facts.set("exercise.pain_rise", pain - std::get<double>(*usual));
  }
  if (own && !own->difficulty.empty()) {
    facts.set("exercise.difficulty", own->difficulty);
  }
  if (own && !own->symptoms.empty()) {
    facts.set("exercise.symptoms", own->symptoms);
  }
  return facts;
}

ChangeDecision decide_change(
  const model::RuleSet& rules, const Facts& week_facts, const model::Exercise& exercise, const model::WeekReport* report)
{
  const Facts facts = with_exercise_facts(week_facts, exercise, report);
  ChangeDecision decision;
  decision.reason = "no rule found a reason to change it";
  for (const auto& rule : rules.rules) {
    if (!rule.change || !evaluate(rule.when, facts)) {
      continue;
    }
    const ChangeTo to = parse_change(rule.change->to);
    // The first rule at the most cautious level wins, so rules.yaml order
    // picks the reason when two rules agree.
    if (!decision.rule || to > decision.to) {
      decision = {to, rule.change->reason, &rule};
    }
  }
  return decision;
}

ExerciseState step_up(
  const ExerciseState& state, const model::Catalog& catalog, const Constraints& constraints, const Exclusions& exclusions)
{
  const model::Exercise& exercise = *state.exercise;
  if (state.minutes) {
    // About 10 % more a week (CLINICAL.md s.2), at least a minute; the
    // longer bout on days with room grows from where it stands.
    const auto grow = [](int minutes) { return std::max(minutes + 1, static_cast<int>(std::lround(minutes * 1.1))); };
    return {state.exercise, state.dose_steps, grow(*state.minutes), grow(state.longer.value_or(*state.minutes))};
  }
  if (state.dose_steps < 0) {
    return {state.exercise, state.dose_steps + 1, std::nullopt, std::nullopt};
  }
  const bool chain_due = state.dose_steps >= k_weeks_per_level - 1;
  if (chain_due && constraints.progress_chain && !exercise.progression.empty()) {
    const model::Exercise* next = catalog.find(exercise.progression);
    if (next && !exclusions.contains(next->id)) {
      return {next, 0, std::nullopt, std::nullopt};
    }
  }
  return {state.exercise, state.dose_steps + 1, std::nullopt, std::nullopt};
}

ExerciseState step_down(const ExerciseState& state, const model::Catalog& catalog, const Exclusions& exclusions)
{
  const model::Exercise& exercise = *state.exercise;
  if (state.minutes) {
    const auto shrink = [](int minutes) { return std::max(k_shortest_bout, static_cast<int>(std::lround(minutes * 0.8))); };
    return {state.exercise, state.dose_steps, shrink(*state.minutes),
      state.longer ? std::optional<int>(shrink(*state.longer)) : std::nullopt};
  }
  if (state.dose_steps > 0) {
    return {state.exercise, state.dose_steps - 1, std::nullopt, std::nullopt};
  }
  if (!exercise.regression.empty()) {
    const model::Exercise* easier = catalog.find(exercise.regression);
    if (easier && !exclusions.contains(easier->id)) {
      return {easier, 0, std::nullopt, std::nullopt};
    }
  }
  if (state.dose_steps > k_lowest_dose_step) {
    return {state.exercise, state.dose_steps - 1, std::nullopt, std::nullopt};
  }
  return state;
}

std::vector<std::string> chain_of(const model::Exercise& exercise, const model::Catalog& catalog)
{
  std::set<std::string> seen{exercise.id};
  for (const model::Exercise* e = &exercise; e && !e->regression.empty() && seen.insert(e->regression).second;) {
    e = catalog.find(e->regression);
  }
  for (const model::Exercise* e = &exercise; e && !e->progression.empty() && seen.insert(e->progression).second;) {
    e = catalog.find(e->progression);
  }
  return {seen.begin(), seen.end()};
}

} // namespace ptplan::engine
