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
    {"week_parity", FactType::word, "parities"},
    {"progress_log", FactType::word, "logs"},
    {"schedule.days", FactType::number, ""},
    {"schedule.minutes_per_session", FactType::number, ""},
    {"last_week.adherence", FactType::number, ""},
    {"last_week.pain_during", FactType::number, ""},
    {"last_week.pain_next_day", FactType::word, "next_day"},
    {"last_week.symptoms", FactType::word, "symptoms"},
    {"exercise.category", FactType::word, "categories", true},
    {"exercise.pain", FactType::number, "", true},
    {"exercise.pain_rise", FactType::number, "", true},
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

#include <array>
#include <map>

namespace ptplan::load {

namespace {

template <typename... E>
void add_enum_words(std::map<std::string_view, std::vector<std::string>>& lists)
{
  (lists.emplace(model::EnumWords<E>::name, model::words_of<E>()), ...);
}

// The lists that are not in the vocabulary, built once.
const std::map<std::string_view, std::vector<std::string>>& fixed_lists()
{
  static const auto k_lists = [] {
    std::map<std::string_view, std::vector<std::string>> lists = {
      {"booleans", {"true", "false"}},
      {"risks", {"low", "medium", "high"}},
      {"bothersome", {"not-at-all", "slightly", "moderately", "very-much", "extremely"}},
      {"difficulty", {"easy", "right", "hard"}},
      {"next_day", {"better", "same", "worse"}},
      {"symptoms", {"peripheralising", "centralising", "unchanged"}},
      {"changes", {"progress", "hold", "regress", "stop"}},
      {"parities", {"odd", "even"}},
      {"logs", {"none", "kept"}},
      {"weekdays", {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}},
    };
    add_enum_words<model::Side, model::Irritability, model::Stage, model::DirectionalPreference, model::Sex, model::WalkingAid,
      model::WeightBearing>(lists);
    return lists;
  }();
  return k_lists;
}

} // namespace

const std::vector<std::string>& allowed_words(std::string_view name, const model::Vocabulary& vocabulary)
{
  const auto& fixed = fixed_lists();
  if (const auto found = fixed.find(name); found != fixed.end()) {
    return found->second;
  }
  const std::array<std::pair<std::string_view, const model::Terms*>, 15> lists = {
    {{"conditions", &vocabulary.conditions}, {"precautions", &vocabulary.precautions}, {"limitations", &vocabulary.limitations},
      {"red_flags", &vocabulary.red_flags}, {"categories", &vocabulary.categories}, {"positions", &vocabulary.positions},
      {"movements", &vocabulary.movements}, {"equipment", &vocabulary.equipment}, {"muscle_groups", &vocabulary.muscle_groups},
      {"biases", &vocabulary.biases}, {"urgencies", &vocabulary.urgencies}, {"activities", &vocabulary.activities},
      {"languages", &vocabulary.languages}, {"exercises", &vocabulary.exercises}, {"rules", &vocabulary.rules}}};
  for (const auto& [list_name, terms] : lists) {
    if (list_name == name) {
      return terms->ids();
    }
  }
  static const std::vector<std::string> k_none;
  return k_none;
}

} // namespace ptplan::load
