#include "ptplan/load/profile_loader.hpp"

#include "ptplan/load/facts_table.hpp"
#include "ptplan/load/progress_loader.hpp"
#include "ptplan/yaml/parse.hpp"
#include "ptplan/yaml/reader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;
using yaml::Reader;

std::vector<std::string> fixed(std::string_view name)
{
  return allowed_words(name, model::Vocabulary{});
}

const std::vector<std::string> k_sides = fixed("sides");
const std::vector<std::string> k_irritability = fixed("irritability");
const std::vector<std::string> k_stages = fixed("stages");
const std::vector<std::string> k_preferences = fixed("preferences");
const std::vector<std::string> k_bothersome = fixed("bothersome");
const std::vector<std::string> k_weekdays = fixed("weekdays");

class ProfileReader
{
public:
  ProfileReader(Reader& reader, const model::Vocabulary& vocabulary) : m_reader(reader), m_vocabulary(vocabulary) {}

  model::Profile read(const Node& root)
  {
    model::Profile profile;
    MapReader map(m_reader, root, "",
      {"patient", "conditions", "side", "pain", "precautions", "surgery", "pregnancy", "red_flags", "clearance", "limitations",
        "equipment", "schedule", "start_back", "goals", "plan", "therapist", "progress"});
    if (!map.ok()) {
      return profile;
    }
    read_patient(map, profile);
    if (const Node* node = map.require("conditions")) {
      profile.conditions = m_reader.words(*node, "conditions", m_vocabulary.conditions.ids());
      if (node->is_sequence() && node->items.empty()) {
        m_reader.error(*node, "conditions: expected at least one condition");
      }
    }
    if (const Node* node = map.get("side")) {
      profile.side = m_reader.word(*node, "side", k_sides).value_or("");
    }
    read_pain(map, profile);
    if (const Node* node = map.get("precautions")) {
      profile.precautions = m_reader.words(*node, "precautions", m_vocabulary.precautions.ids());
    }
    read_surgery(map, profile);
    read_pregnancy(map, profile);
    if (const Node* node = map.get("red_flags")) {
      profile.red_flags = m_reader.words(*node, "red_flags", m_vocabulary.red_flags.ids());
    }
    read_clearance(map, profile);
    if (const Node* node = map.get("limitations")) {
      profile.limitations = m_reader.words(*node, "limitations", m_vocabulary.limitations.ids());
    }
    if (const Node* node = map.get("equipment")) {
      profile.equipment = m_reader.words(*node, "equipment", m_vocabulary.equipment.ids());
    }
    read_schedule(map, profile);
    read_start_back(map, profile);
    if (const Node* node = map.get("goals")) {
      profile.goals = m_reader.texts(*node, "goals");
    }
    read_plan(map, profile);
    read_therapist(map, profile);
    if (const Node* node = map.get("progress")) {
      profile.progress =
        read_progress(m_reader, *node, m_vocabulary, static_cast<int>(std::max<std::size_t>(1, profile.schedule.days.size())));
    }
    return profile;
  }

private:
  void read_patient(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.require("patient");
    if (!node) {
      return;
    }
    MapReader patient(m_reader, *node, "patient", {"name", "age"});
    if (const Node* name = patient.require("name")) {
      profile.name = m_reader.text(*name, "patient.name").value_or("");
    }
    if (const Node* age = patient.require("age")) {
      profile.age = m_reader.integer(*age, "patient.age", 12, 110).value_or(0);
    }
  }

  void read_pain(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.require("pain");
    if (!node) {
      return;
    }
    MapReader pain(m_reader, *node, "pain", {"current", "irritability", "stage", "directional_preference"});
    if (const Node* current = pain.require("current")) {
      profile.pain_current = m_reader.integer(*current, "pain.current", 0, 10).value_or(0);
    }
    if (const Node* value = pain.get("irritability")) {
      profile.irritability = m_reader.word(*value, "pain.irritability", k_irritability).value_or("");
    }
    if (const Node* value = pain.get("stage")) {
      profile.stage = m_reader.word(*value, "pain.stage", k_stages).value_or("");
    }
    if (const Node* value = pain.get("directional_preference")) {
      profile.directional_preference = m_reader.word(*value, "pain.directional_preference", k_preferences).value_or("");
    }
  }

  void read_surgery(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.get("surgery");
    if (!node) {
      return;
    }
    MapReader surgery(m_reader, *node, "surgery", {"date", "restrictions"});
    model::Surgery result;
    if (const Node* date = surgery.get("date")) {
      result.date = m_reader.date(*date, "surgery.date");
    }
    if (const Node* restrictions = surgery.get("restrictions")) {
      result.restrictions = m_reader.words(*restrictions, "surgery.restrictions", m_vocabulary.movements.ids());
    }
    profile.surgery = std::move(result);
  }

  void read_pregnancy(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.get("pregnancy");
    if (!node) {
      return;
    }
    MapReader pregnancy(m_reader, *node, "pregnancy", {"weeks"});
    if (const Node* weeks = pregnancy.get("weeks")) {
      profile.pregnancy_weeks = m_reader.integer(*weeks, "pregnancy.weeks", 1, 42);
    }
  }

  void read_clearance(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.get("clearance");
    if (!node) {
      return;
    }
    MapReader clearance(m_reader, *node, "clearance", {"by", "date", "flags"});
    model::Clearance result;
    if (const Node* by = clearance.require("by")) {
      result.by = m_reader.text(*by, "clearance.by").value_or("");
    }
    if (const Node* date = clearance.require("date")) {
      result.date = m_reader.date(*date, "clearance.date");
    }
    if (const Node* flags = clearance.get("flags")) {
      result.flags = m_reader.words(*flags, "clearance.flags", m_vocabulary.red_flags.ids());
    }
    profile.clearance = std::move(result);
  }

  void read_schedule(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.get("schedule");
    if (!node) {
      profile.schedule.days = all_days();
      return;
    }
    MapReader schedule(m_reader, *node, "schedule", {"days", "minutes_per_session", "clinic_visits_per_week"});
    if (const Node* days = schedule.get("days")) {
      for (const auto& id : m_reader.words(*days, "schedule.days", k_weekdays)) {
        profile.schedule.days.push_back(*parse_weekday(id));
      }
      std::sort(profile.schedule.days.begin(), profile.schedule.days.end());
      if (days->is_sequence() && days->items.empty()) {
        m_reader.error(*days, "schedule.days: expected at least one day");
      }
    } else {
      profile.schedule.days = all_days();
    }
    if (const Node* minutes = schedule.get("minutes_per_session")) {
      profile.schedule.minutes_per_session = m_reader.integer(*minutes, "schedule.minutes_per_session", 5, 120).value_or(20);
    }
    if (const Node* visits = schedule.get("clinic_visits_per_week")) {
      profile.schedule.clinic_visits_per_week = m_reader.integer(*visits, "schedule.clinic_visits_per_week", 0, 3).value_or(0);
    }
  }

  static std::vector<Weekday> all_days()
  {
    return {Weekday::mon, Weekday::tue, Weekday::wed, Weekday::thu, Weekday::fri, Weekday::sat, Weekday::sun};
  }

  void read_start_back(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.get("start_back");
    if (!node) {
      return;
    }
    if (!node->is_sequence() || node->items.size() != 9) {
      m_reader.error(
        *node, fmt::format("start_back: expected a list of the 9 STarT Back answers "
                           "(items 1-8: 0 or 1; item 9: one of not-at-all, slightly, moderately, very-much, extremely), found {}",
                 node->is_sequence() ? fmt::format("{} answers", node->items.size()) : yaml::describe(*node)));
      return;
    }
    model::StartBackAnswers answers;
    bool ok = true;
    for (std::size_t i = 0; i < 8; ++i) {
      auto value = m_reader.integer(node->items[i], fmt::format("start_back item {}", i + 1), 0, 1);
      ok = ok && value.has_value();
      answers.items[i] = value.value_or(0);
    }
    auto bothersome = m_reader.word(node->items[8], "start_back item 9", k_bothersome);
    if (ok && bothersome) {
      answers.bothersome = *bothersome;
      profile.start_back = answers;
    }
  }

  void read_plan(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.get("plan");
    if (!node) {
      return;
    }
    MapReader plan(m_reader, *node, "plan", {"start", "weeks"});
    if (const Node* start = plan.get("start")) {
      profile.plan_start = m_reader.date(*start, "plan.start");
    }
    if (const Node* weeks = plan.get("weeks")) {
      profile.plan_weeks = m_reader.integer(*weeks, "plan.weeks", 1, 52);
    }
  }

  void read_therapist(const MapReader& map, model::Profile& profile)
  {
    const Node* node = map.get("therapist");
    if (!node) {
      return;
    }
    MapReader therapist(m_reader, *node, "therapist", {"name", "clinic", "phone"});
    if (const Node* name = therapist.get("name")) {
      profile.therapist.name = m_reader.text(*name, "therapist.name").value_or("");
    }
    if (const Node* clinic = therapist.get("clinic")) {
      profile.therapist.clinic = m_reader.text(*clinic, "therapist.clinic").value_or("");
    }
    if (const Node* phone = therapist.get("phone")) {
      profile.therapist.phone = m_reader.text(*phone, "therapist.phone").value_or("");
    }
  }

  Reader& m_reader;
  const model::Vocabulary& m_vocabulary;
};

} // namespace

std::optional<model::Profile> read_profile(
  const Node& root, const std::string& file, const model::Vocabulary& vocabulary, Diagnostics& diagnostics)
{
  Diagnostics local;
  Reader reader(file, local);
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
