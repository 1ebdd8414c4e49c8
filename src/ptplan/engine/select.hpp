#pragma once

#include "ptplan/engine/constraints.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/plan.hpp"
#include "ptplan/model/profile.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ptplan::engine {

// Every catalog exercise the plan may not hold, by id, with its reason.
using Exclusions = std::map<std::string, Exclusion, std::less<>>;
Exclusions find_exclusions(const model::Catalog& catalog, const Constraints& constraints);

// An exercise chosen for the week-1 session, with the reasons.
struct Choice
{
  const model::Exercise* exercise = nullptr;
  std::vector<std::string> why;
  std::optional<int> max_minutes; // an aerobic bout shortened to fit the session
};

struct Selection
{
  std::vector<Choice> chosen;
  std::vector<model::NotChosen> not_chosen;
  std::vector<const model::Exercise*> self_care;
  std::vector<std::string> warnings;
  std::vector<std::string> incomplete; // the warnings that make the plan incomplete (model::Plan::incomplete)
};

// Whether a candidate list of choices still fits the patient's time.
using FitCheck = std::function<bool(const std::vector<Choice>&)>;

// Chooses a balanced session (CLINICAL.md s.1): first one exercise for each
// part (stretch or mobility, trunk strength, hip strength, aerobic, and each
// category a rule requires), then the best-ranked rest up to the exercise
// limit, while `fits` holds. Ranking favours the patient's conditions and the
// rules' preferences. An exercise that is ruled out or above the starting
// level is replaced by its first allowed variant or regression.
Selection select_exercises(const model::Catalog& catalog, const model::Vocabulary& vocabulary, const model::Profile& profile,
  const Constraints& constraints, const Exclusions& exclusions, const FitCheck& fits);

} // namespace ptplan::engine
