#include "ptplan/engine/constraints.hpp"

#include "ptplan/engine/condition.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::engine {

namespace {

void add_all(RuleMap& map, const std::vector<std::string>& items, const model::Rule* rule)
{
  for (const auto& item : items) {
    map.emplace(item, rule);
  }
}

} // namespace

Constraints apply_rules(const model::RuleSet& rules, const Facts& facts)
{
  Constraints c;
  if (const FactValue* equipment = facts.find("equipment")) {
    if (const auto* list = std::get_if<std::vector<std::string>>(equipment)) {
      c.available_equipment = *list;
    }
  }
  for (const auto& rule : rules.rules) {
    if (rule.change || !evaluate(rule.when, facts)) {
      continue; // change rules are decided per exercise (engine/adapt)
    }
    c.fired.push_back(&rule);
    if (rule.refer) {
      c.referrals.push_back(&rule);
    }
    add_all(c.movements, rule.forbid.movements, &rule);
    add_all(c.positions, rule.forbid.positions, &rule);
    add_all(c.equipment, rule.forbid.equipment, &rule);
    add_all(c.categories, rule.forbid.categories, &rule);
    add_all(c.exercises, rule.forbid.exercises, &rule);
    add_all(c.muscle_groups, rule.forbid.muscle_groups, &rule);
    if (rule.forbid.floor && !c.floor) {
      c.floor = &rule;
    }
    if (!rule.forbid_from.empty()) {
      if (const FactValue* value = facts.find(rule.forbid_from)) {
        if (const auto* tags = std::get_if<std::vector<std::string>>(value)) {
          add_all(c.movements, *tags, &rule);
        }
      }
    }
    add_all(c.required_categories, rule.require_categories, &rule);
    const auto& p = rule.prefer;
    if (!p.categories.empty() || !p.conditions.empty() || !p.biases.empty() || !p.exercises.empty()) {
      c.preferences.push_back(&rule);
    }
    if (rule.limit.max_level && *rule.limit.max_level < c.max_level) {
      c.max_level = *rule.limit.max_level;
      c.max_level_rule = &rule;
    }
    if (rule.limit.max_exercises) {
      c.max_exercises = std::min(c.max_exercises, *rule.limit.max_exercises);
    }
    if (rule.limit.progress_chain && !*rule.limit.progress_chain) {
      c.progress_chain = false;
    }
    for (const auto& adjustment : rule.dosage) {
      c.dosage.emplace_back(&rule, &adjustment);
    }
    if (!rule.notes.empty()) {
      c.notes.push_back(&rule);
    }
    if (!rule.stop_signs.empty()) {
      c.stop_signs.push_back(&rule);
    }
  }
  return c;
}

std::optional<Exclusion> check_exercise(const model::Exercise& exercise, const Constraints& c)
{
  if (exercise.clinic_only) {
    return Exclusion{"clinic-only", "a clinic treatment, not for a home plan"};
  }
  if (const auto found = c.exercises.find(exercise.id); found != c.exercises.end()) {
    return Exclusion{found->second->id, "this exercise is ruled out"};
  }
  if (const auto found = c.categories.find(std::string(model::word_of(exercise.category))); found != c.categories.end()) {
    return Exclusion{found->second->id, fmt::format("category {} is ruled out", model::word_of(exercise.category))};
  }
  if (const auto found = c.positions.find(exercise.position); found != c.positions.end()) {
    return Exclusion{found->second->id, fmt::format("position {} is ruled out", exercise.position)};
  }
  if (exercise.floor && c.floor) {
    return Exclusion{c.floor->id, "done on the floor"};
  }
  for (const auto& movement : exercise.movements) {
    if (const auto found = c.movements.find(movement); found != c.movements.end()) {
      return Exclusion{found->second->id, fmt::format("movement {} is ruled out", movement)};
    }
  }
  for (const auto& group : exercise.muscle_groups) {
    if (const auto found = c.muscle_groups.find(group); found != c.muscle_groups.end()) {
      return Exclusion{found->second->id, fmt::format("muscle group {} is ruled out", group)};
    }
  }
  for (const auto& item : exercise.equipment) {
    if (const auto found = c.equipment.find(item); found != c.equipment.end()) {
      return Exclusion{found->second->id, fmt::format("equipment {} is ruled out", item)};
    }
    if (std::find(c.available_equipment.begin(), c.available_equipment.end(), item) == c.available_equipment.end()) {
      return Exclusion{"equipment", fmt::format("needs {}, which the patient does not have", item)};
    }
  }
  return std::nullopt;
}

} // namespace ptplan::engine
