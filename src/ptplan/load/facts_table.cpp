#include "ptplan/load/facts_table.hpp"

#include "ptplan/model/profile_enums.hpp"

namespace ptplan::load {

const std::vector<FactInfo>& fact_table()
{
  static const std::vector<FactInfo> k_facts = {
    {"age", FactType::number, ""},
    {"conditions", FactType::list, "conditions"},
    {"precautions", FactType::list, "precautions"},
    {"limitations", FactType::list, "limitations"},
    {"equipment", FactType::list, "equipment"},
    {"red_flags", FactType::list, "red_flags"},
    {"cleared_red_flags", FactType::list, "red_flags"},
    {"side", FactType::word, "sides"},
    {"pain.current", FactType::number, ""},
    {"pain.irritability", FactType::word, "irritability"},
    {"pain.stage", FactType::word, "stages"},
    {"pain.directional_preference", FactType::word, "preferences"},
    {"surgery.weeks_since", FactType::number, ""},
    {"surgery.restrictions", FactType::list, "movements"},
    {"surgery.restrictions_over", FactType::word, "booleans"},
    {"pregnancy.weeks", FactType::number, ""},
    {"postpartum.weeks", FactType::number, ""},
    {"mobility.walking_aid", FactType::word, "walking_aids"},
    {"mobility.weight_bearing", FactType::word, "weight_bearing"},
    {"sex", FactType::word, "sexes"},
    {"avoid", FactType::list, "activities"},
    {"priorities", FactType::list, "activities"},
    {"start_back.total", FactType::number, ""},
    {"start_back.psychosocial", FactType::number, ""},
    {"start_back.risk", FactType::word, "risks"},
    {"week", FactType::number, ""},
    {"schedule.days", FactType::number, ""},
    {"schedule.minutes_per_session", FactType::number, ""},
    {"last_week.adherence", FactType::number, ""},
    {"last_week.pain_during", FactType::number, ""},
    {"last_week.pain_next_day", FactType::word, "next_day"},
    {"last_week.symptoms", FactType::word, "symptoms"},
    {"exercise.category", FactType::word, "categories", true},
    {"exercise.pain", FactType::number, "", true},
    {"exercise.difficulty", FactType::word, "difficulty", true},
    {"exercise.symptoms", FactType::word, "symptoms", true},
  };
  return k_facts;
}

const FactInfo* find_fact(std::string_view name)
{
  for (const auto& fact : fact_table()) {
    if (fact.name == name) {
      return &fact;
    }
  }
  return nullptr;
}

} // namespace ptplan::load

#include "ptplan/model/vocabulary.hpp"

#include <optional>

namespace ptplan::load {

namespace {

// The words of whichever of the enums E... is called `name`.
template <typename... E>
std::optional<std::vector<std::string>> enum_words(std::string_view name)
{
  std::optional<std::vector<std::string>> words;
  ((name == model::EnumWords<E>::name ? (void)(words = model::words_of<E>()) : (void)0), ...);
  return words;
}

} // namespace

std::vector<std::string> allowed_words(std::string_view name, const model::Vocabulary& vocabulary)
{
  if (auto words = enum_words<model::Side, model::Irritability, model::Stage, model::DirectionalPreference, model::Sex,
        model::WalkingAid, model::WeightBearing>(name)) {
    return *words;
  }
  if (name == "booleans") {
    return {"true", "false"};
  }
  if (name == "risks") {
    return {"low", "medium", "high"};
  }
  if (name == "bothersome") {
    return {"not-at-all", "slightly", "moderately", "very-much", "extremely"};
  }
  if (name == "difficulty") {
    return {"easy", "right", "hard"};
  }
  if (name == "next_day") {
    return {"better", "same", "worse"};
  }
  if (name == "symptoms") {
    return {"peripheralising", "centralising", "unchanged"};
  }
  if (name == "changes") {
    return {"progress", "hold", "regress", "stop"};
  }
  if (name == "weekdays") {
    return {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  }
  const std::vector<std::pair<std::string_view, const model::Terms*>> lists = {{"conditions", &vocabulary.conditions},
    {"precautions", &vocabulary.precautions}, {"limitations", &vocabulary.limitations}, {"red_flags", &vocabulary.red_flags},
    {"categories", &vocabulary.categories}, {"positions", &vocabulary.positions}, {"movements", &vocabulary.movements},
    {"equipment", &vocabulary.equipment}, {"muscle_groups", &vocabulary.muscle_groups}, {"biases", &vocabulary.biases},
    {"urgencies", &vocabulary.urgencies}, {"activities", &vocabulary.activities}, {"languages", &vocabulary.languages},
    {"exercises", &vocabulary.exercises}, {"rules", &vocabulary.rules}};
  for (const auto& [list_name, terms] : lists) {
    if (list_name == name) {
      return terms->ids();
    }
  }
  return {};
}

} // namespace ptplan::load
