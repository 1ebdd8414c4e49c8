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

// Aerobic bouts are never shorter than 5 minutes (CLINICAL.md s.2).
inline constexpr int k_shortest_bout = 5;

// An exercise chosen for the programme's session, with the reasons.
struct Choice
{
  const model::Exercise* exercise = nullptr;
  std::vector<std::string> why;
  std::optional<int> max_minutes; // an aerobic bout shortened to fit the session
  int start_step = 0;             // -1: starts a dose step below the usual, to leave room to grow
  std::string slot;               // the part of the session it fills; empty for the rest
  bool therapist = false;         // picked by the therapist (choices.include)
};

struct Selection
{
  std::vector<Choice> chosen;
  std::vector<model::NotChosen> not_chosen;
  std::vector<const model::Exercise*> self_care;
  std::vector<std::string> warnings;
  std::vector<std::string> incomplete; // the warnings that make the plan incomplete (model::Plan::incomplete)
};

// How much of the patient's time a candidate session may use: with room
// left for the programme to grow (the week-1 doses raised a step), or just
// this week's doses.
enum class Room { to_grow, now };

// Whether a candidate list of choices still fits the patient's time.
using FitCheck = std::function<bool(const std::vector<Choice>&, Room)>;

// The programme's choices so far, for a week after the first: they are kept
// in order while the week's rules allow them, and only a part of the session
// they no longer fill gets a new exercise (none at all when `allow_new` is
// false, after an exercise was stopped).
struct Seeds
{
  std::vector<Choice> choices;
  bool allow_new = true;
};

// Chooses a balanced session (CLINICAL.md s.1): first one exercise for each
// part (trunk strength, hip strength, aerobic, each category a rule requires,
// stretch or mobility), then the best-ranked rest up to the exercise limit,
// while `fits` holds. Ranking favours the patient's conditions and the rules'
// preferences. An exercise that is ruled out or above the starting level is
// replaced by its first allowed variant or regression. With `seeds`, the
// session is last week's, kept as far as this week's rules allow.
Selection select_exercises(const model::Catalog& catalog, const model::Vocabulary& vocabulary, const model::Profile& profile,
  const Constraints& constraints, const Exclusions& exclusions, const FitCheck& fits, const Seeds* seeds = nullptr);

} // namespace ptplan::engine
