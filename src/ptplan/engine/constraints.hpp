#pragma once

#include "ptplan/engine/facts.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/rule.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ptplan::engine {

using RuleMap = std::map<std::string, const model::Rule*>;

// What the rules that fired for one profile ask of the plan. Each forbidden
// item remembers the first rule that forbade it, for the explanation.
struct Constraints
{
  std::vector<const model::Rule*> fired;
  std::vector<const model::Rule*> referrals;
  RuleMap movements;
  RuleMap positions;
  RuleMap equipment;
  RuleMap categories;
  RuleMap exercises;
  RuleMap muscle_groups;
  const model::Rule* floor = nullptr;
  RuleMap required_categories;
  std::vector<const model::Rule*> preferences;
  int max_level = 5;
  const model::Rule* max_level_rule = nullptr;
  int max_exercises = 8;
  bool progress_chain = true;
  std::vector<std::pair<const model::Rule*, const model::DoseAdjustment*>> dosage;
  std::vector<const model::Rule*> notes;      // rules with notes, in file order
  std::vector<const model::Rule*> stop_signs; // rules with stop signs, in file order
  std::vector<std::string> available_equipment;
};

// Evaluates every rule against the facts, in file order.
Constraints apply_rules(const model::RuleSet& rules, const Facts& facts);

// Why an exercise may not be on this plan, if it may not.
struct Exclusion
{
  std::string rule;
  std::string reason;
};
std::optional<Exclusion> check_exercise(const model::Exercise& exercise, const Constraints& constraints);

} // namespace ptplan::engine
