#include "ptplan/load/profile_loader.hpp"

#include "ptplan/load/choices_loader.hpp"
#include "ptplan/load/key_reader.hpp"
#include "ptplan/load/progress_loader.hpp"
#include "ptplan/yaml/parse.hpp"
#include "ptplan/yaml/reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;

// Reads each key of the table (profile_keys.cpp) into the model, in the
// table's order, which is also the order of the messages.
class ProfileReader
{
public:
  ProfileReader(yaml::Reader& reader, const model::Vocabulary& vocabulary) : m_keys(reader, vocabulary) {}

  model::Profile read(const Node& root)
  {
    model::Profile profile;
    const MapReader map = m_keys.map(root, "", "");
    if (!map.ok()) {
      return profile;
    }
    read_patient(map, profile);
    read_conditions(map, profile);
    if (const Node* node = m_keys.get(map, "side")) {
      profile.side = m_keys.choice<model::Side>(*node, "side");
    }
    read_pain(map, profile);
    if (const Node* node = m_keys.get(map, "precautions")) {
      profile.precautions = m_keys.words(*node, "precautions");
    }
    read_surgery(map, profile);
    if (const Node* node = m_keys.get(map, "pregnancy")) {
      const MapReader pregnancy = m_keys.map(*node, "pregnancy");
      if (const Node* weeks = m_keys.get(pregnancy, "pregnancy.weeks")) {
        profile.pregnancy_weeks = m_keys.integer(*weeks, "pregnancy.weeks");
      }
    }
    if (const Node* node = m_keys.get(map, "postpartum")) {
      const MapReader postpartum = m_keys.map(*node, "postpartum");
      if (const Node* weeks = m_keys.get(postpartum, "postpartum.weeks")) {
        profile.postpartum_weeks = m_keys.integer(*weeks, "postpartum.weeks");
      }
    }
    if (const Node* node = m_keys.get(map, "red_flags")) {
      profile.red_flags = m_keys.words(*node, "red_flags");
    }
    read_clearance(map, profile);
    if (const Node* node = m_keys.get(map, "limitations")) {
      profile.limitations = m_keys.words(*node, "limitations");
    }
    if (const Node* node = m_keys.get(map, "equipment")) {
      profile.equipment = m_keys.words(*node, "equipment");
    }
    read_mobility(map, profile);
    if (const Node* node = m_keys.get(map, "avoid")) {
      profile.avoid = m_keys.words(*node, "avoid");
    }
    if (const Node* node = m_keys.get(map, "priorities")) {
      profile.priorities = m_keys.words(*node, "priorities");
    }
    if (const Node* node = m_keys.get(map, "sex")) {
      profile.sex = m_keys.choice<model::Sex>(*node, "sex");
    }
    read_language(map, profile);
    read_schedule(map, profile);
    read_start_back(map, profile);
    if (const Node* node = m_keys.get(map, "goals")) {
      profile.goals = m_keys.texts(*node, "goals");
    }
    read_plan(map, profile);
    read_therapist(map, profile);
    if (const Node* node = m_keys.get(map, "choices")) {
      profile.choices = read_choices(m_keys, *node);
    }
    if (const Node* node = m_keys.get(map, "progress")) {
      const int days = static_cast<int>(std::max<std::size_t>(1, profile.schedule.days.size()));
      profile.progress = read_progress(m_keys, *node, days);
    }
    check_dates(root, profile);
    return profile;
  }

private:
  void read_patient(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "patient");
    if (!node) {
      return;
    }
    const MapReader patient = m_keys.map(*node, "patient");
    if (const Node* name = m_keys.get(patient, "patient.name")) {
      profile.name = m_keys.text(*name, "patient.name").value_or("");
    }
    if (const Node* age = m_keys.get(patient, "patient.age")) {
      profile.age = m_keys.integer(*age, "patient.age").value_or(0);
    }
  }

  // `conditions: [a, b]`, where an item may also be `{ id: a, side: left }`.
  void read_conditions(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "conditions");
    if (!node) {
      return;
    }
    yaml::Reader& reader = m_keys.reader();
    if (!node->is_sequence()) {
      reader.error(*node, fmt::format("conditions: expected a list such as [a, b], found {}", yaml::describe(*node)));
      return;
    }
    m_keys.check_min_items(*node, profile_key("conditions"), "conditions");
    for (std::size_t i = 0; i < node->items.size(); ++i) {
      const Node& item = node->items[i];
      std::optional<std::string> id;
      std::optional<model::Side> side;
      const Node* at = &item;
      if (item.is_map()) {
        const std::string field = fmt::format("conditions[{}]", i + 1);
        const MapReader condition = m_keys.map(item, "conditions[]", field);
        if (const Node* value = m_keys.get(condition, "conditions[].id")) {
          id = m_keys.word(*value, "conditions[].id", "conditions");
          at = value;
        }
        if (const Node* value = m_keys.get(condition, "conditions[].side")) {
          side = m_keys.choice<model::Side>(*value, "conditions[].side", condition.path("side"));
        }
      } else {
        id = m_keys.word(item, "conditions[]", "conditions");
      }
      if (!id) {
        continue;
      }
      if (std::find(profile.conditions.begin(), profile.conditions.end(), *id) != profile.conditions.end()) {
        reader.error(*at, fmt::format("conditions: \"{}\" is listed twice", *id));
        continue;
      }
      profile.conditions.push_back(*id);
      if (side) {
        profile.condition_sides.emplace(*id, *side);
      }
    }
  }

  void read_pain(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "pain");
    if (!node) {
      return;
    }
    const MapReader pain = m_keys.map(*node, "pain");
    if (const Node* current = m_keys.get(pain, "pain.current")) {
      profile.pain_current = m_keys.integer(*current, "pain.current").value_or(0);
    }
    if (const Node* value = m_keys.get(pain, "pain.irritability")) {
      profile.irritability = m_keys.choice<model::Irritability>(*value, "pain.irritability");
    }
    if (const Node* value = m_keys.get(pain, "pain.stage")) {
      profile.stage = m_keys.choice<model::Stage>(*value, "pain.stage");
    }
    if (const Node* value = m_keys.get(pain, "pain.directional_preference")) {
      profile.directional_preference = m_keys.choice<model::DirectionalPreference>(*value, "pain.directional_preference");
    }
  }

  void read_surgery(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "surgery");
    if (!node) {
      return;
    }
    const MapReader surgery = m_keys.map(*node, "surgery");
    model::Surgery result;
    if (const Node* date = m_keys.get(surgery, "surgery.date")) {
      result.date = m_keys.date(*date, "surgery.date");
    }
    if (const Node* restrictions = m_keys.get(surgery, "surgery.restrictions")) {
      result.restrictions = m_keys.words(*restrictions, "surgery.restrictions");
    }
    if (const Node* until = m_keys.get(surgery, "surgery.restrictions_until")) {
      result.restrictions_until = m_keys.date(*until, "surgery.restrictions_until");
      if (result.date && result.restrictions_until && *result.restrictions_until < *result.date) {
        m_keys.reader().error(*until, fmt::format("surgery.restrictions_until: {} is before the surgery date ({})",
                                        result.restrictions_until->iso(), result.date->iso()));
      }
    }
    profile.surgery = std::move(result);
  }

  void read_clearance(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "clearance");
    if (!node) {
      return;
    }
    const MapReader clearance = m_keys.map(*node, "clearance");
    model::Clearance result;
    if (const Node* by = m_keys.get(clearance, "clearance.by")) {
      result.by = m_keys.text(*by, "clearance.by").value_or("");
    }
    if (const Node* date = m_keys.get(clearance, "clearance.date")) {
      result.date = m_keys.date(*date, "clearance.date");
    }
    if (const Node* flags = m_keys.get(clearance, "clearance.flags")) {
      result.flags = m_keys.words(*flags, "clearance.flags");
    }
    profile.clearance = std::move(result);
  }

  void read_mobility(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "mobility");
    if (!node) {
      return;
    }
    const MapReader mobility = m_keys.map(*node, "mobility");
    if (const Node* aid = m_keys.get(mobility, "mobility.walking_aid")) {
      profile.mobility.walking_aid = m_keys.choice<model::WalkingAid>(*aid, "mobility.walking_aid");
    }
    if (const Node* bearing = m_keys.get(mobility, "mobility.weight_bearing")) {
      profile.mobility.weight_bearing = m_keys.choice<model::WeightBearing>(*bearing, "mobility.weight_bearing");
    }
  }

  // Only the languages the knowledge base carries; a near miss such as "es"
  // for "en" is no typo, so the message lists them rather than guessing.
  void read_language(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "language");
    if (!node) {
      return;
    }
    const model::Terms& languages = m_keys.vocabulary().languages;
    if (node->is_scalar() && !languages.contains(node->value)) {
      std::vector<std::string> available;
      for (const auto& id : languages.ids()) {
        available.push_back(fmt::format("{} ({})", id, languages.label(id)));
      }
      m_keys.reader().error(*node,
        fmt::format("language: no handouts in \"{}\"; this knowledge base has {}", node->value, fmt::join(available, ", ")));
      return;
    }
    profile.language = m_keys.word(*node, "language");
  }

  void read_schedule(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "schedule");
    if (!node) {
      profile.schedule.days = all_days();
      return;
    }
    const MapReader schedule = m_keys.map(*node, "schedule");
    if (const Node* days = m_keys.get(schedule, "schedule.days")) {
      for (const auto& id : m_keys.words(*days, "schedule.days")) {
        profile.schedule.days.push_back(*parse_weekday(id));
      }
      std::sort(profile.schedule.days.begin(), profile.schedule.days.end());
    } else {
      profile.schedule.days = all_days();
    }
    if (const Node* minutes = m_keys.get(schedule, "schedule.minutes_per_session")) {
      profile.schedule.minutes_per_session = m_keys.integer(*minutes, "schedule.minutes_per_session").value_or(20);
    }
    if (const Node* visits = m_keys.get(schedule, "schedule.clinic_visits_per_week")) {
      profile.schedule.clinic_visits_per_week = m_keys.integer(*visits, "schedule.clinic_visits_per_week").value_or(0);
    }
  }

  static std::vector<Weekday> all_days()
  {
    return {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri, Weekday::sat, Weekday::sun};
  }

  void read_start_back(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "start_back");
    if (!node) {
      return;
    }
    yaml::Reader& reader = m_keys.reader();
    const std::vector<std::string> bothersome = m_keys.allowed(profile_key("start_back"));
    if (!node->is_sequence() || node->items.size() != 9) {
      reader.error(*node, fmt::format("start_back: expected a list of the 9 STarT Back answers "
                                      "(items 1-8: 0 or 1; item 9: one of {}), found {}",
                            fmt::join(bothersome, ", "),
                            node->is_sequence() ? fmt::format("{} answers", node->items.size()) : yaml::describe(*node)));
      return;
    }
    model::StartBackAnswers answers;
    bool ok = true;
    for (std::size_t i = 0; i < 8; ++i) {
      auto value = reader.integer(node->items[i], fmt::format("start_back item {}", i + 1), 0, 1);
      ok = ok && value.has_value();
      answers.items[i] = value.value_or(0);
    }
    auto item_9 = reader.word(node->items[8], "start_back item 9", bothersome);
    if (ok && item_9) {
      answers.bothersome = *item_9;
      profile.start_back = answers;
    }
  }

  void read_plan(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "plan");
    if (!node) {
      return;
    }
    const MapReader plan = m_keys.map(*node, "plan");
    if (const Node* start = m_keys.get(plan, "plan.start")) {
      profile.plan_start = m_keys.date(*start, "plan.start");
    }
    if (const Node* weeks = m_keys.get(plan, "plan.weeks")) {
      profile.plan_weeks = m_keys.integer(*weeks, "plan.weeks");
    }
  }

  void read_therapist(const MapReader& map, model::Profile& profile)
  {
    const Node* node = m_keys.get(map, "therapist");
    if (!node) {
      return;
    }
    const MapReader therapist = m_keys.map(*node, "therapist");
    if (const Node* name = m_keys.get(therapist, "therapist.name")) {
      profile.therapist.name = m_keys.text(*name, "therapist.name").value_or("");
    }
    if (const Node* clinic = m_keys.get(therapist, "therapist.clinic")) {
      profile.therapist.clinic = m_keys.text(*clinic, "therapist.clinic").value_or("");
    }
    if (const Node* phone = m_keys.get(therapist, "therapist.phone")) {
      profile.therapist.phone = m_keys.text(*phone, "therapist.phone").value_or("");
    }
  }

  // Dates that must agree with each other once every key is read.
  void check_dates(const Node& root, const model::Profile& profile)
  {
    if (profile.clearance && profile.clearance->date && profile.plan_start && *profile.clearance->date > *profile.plan_start) {
      const Node* date = root.find("clearance")->find("date");
      m_keys.reader().error(*date, fmt::format("clearance.date: {} is after plan.start ({}); a clearance is given before the "
                                               "plan it allows, so check the date",
                                     profile.clearance->date->iso(), profile.plan_start->iso()));
    }
  }

  KeyReader m_keys;
};

} // namespace

std::optional<model::Profile> read_profile(
  const Node& root, const std::string& file, const model::Vocabulary& vocabulary, Diagnostics& diagnostics)
{
  Diagnostics local;
  yaml::Reader reader(file, local);
  model::Profile profile = ProfileReader(reader, vocabulary).read(root);
  profile.source = file;
  diagnostics.append(local);
  if (!local.empty()) {
    return std::nullopt;
  }
  return profile;
}

std::optional<model::Profile> load_profile(
  const SourceFile& source, const model::Vocabulary& vocabulary, Diagnostics& diagnostics)
{
  auto root = yaml::parse_document(source, diagnostics);
  if (!root) {
    return std::nullopt;
  }
  return read_profile(*root, source.name, vocabulary, diagnostics);
}

} // namespace ptplan::load
