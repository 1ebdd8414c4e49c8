#include "ptplan/load/progress_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;

class ProgressReader
{
public:
  ProgressReader(KeyReader& keys, int planned_days) : m_keys(keys), m_reader(keys.reader()), m_planned_days(planned_days) {}

  std::vector<model::WeekReport> read(const Node& node)
  {
    std::vector<model::WeekReport> weeks;
    if (!node.is_sequence()) {
      m_reader.error(node, fmt::format("progress: expected a list of weekly entries such as "
                                       "- {{ week: 1, sessions_done: 5, pain_during: 3, pain_next_day: same }}, found {}",
                             yaml::describe(node)));
      return weeks;
    }
    std::set<int> seen;
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const Node& item = node.items[i];
      auto week = read_week(item, fmt::format("progress[{}]", i + 1));
      if (!week) {
        continue;
      }
      if (!seen.insert(week->week).second) {
        m_reader.error(item, fmt::format("progress[{}]: week {} is logged twice; keep one entry per week", i + 1, week->week));
        continue;
      }
      weeks.push_back(std::move(*week));
    }
    std::sort(weeks.begin(), weeks.end(), [](const auto& a, const auto& b) { return a.week < b.week; });
    return weeks;
  }

private:
  std::optional<model::WeekReport> read_week(const Node& node, const std::string& field)
  {
    const MapReader map = m_keys.map(node, "progress[]", field);
    if (!map.ok()) {
      return std::nullopt;
    }
    model::WeekReport report;
    report.where = m_reader.at(node);
    const Node* week = m_keys.get(map, "progress[].week");
    const Node* sessions = m_keys.get(map, "progress[].sessions_done");
    const Node* pain = m_keys.get(map, "progress[].pain_during");
    const Node* next_day = m_keys.get(map, "progress[].pain_next_day");
    bool ok = week && sessions && pain && next_day;
    if (week) {
      const auto value = m_keys.integer(*week, "progress[].week", map.path("week"));
      ok = ok && value;
      report.week = value.value_or(1);
    }
    if (sessions) {
      const auto value = m_keys.integer(*sessions, "progress[].sessions_done", map.path("sessions_done"));
      if (value && *value > m_planned_days) {
        m_reader.error(*sessions, fmt::format("{}: {} sessions is more than the {} days planned in schedule.days",
                                    map.path("sessions_done"), *value, m_planned_days));
      }
      ok = ok && value && *value <= m_planned_days;
      report.sessions_done = value.value_or(0);
    }
    if (pain) {
      const auto value = m_keys.integer(*pain, "progress[].pain_during", map.path("pain_during"));
      ok = ok && value;
      report.pain_during = value.value_or(0);
    }
    if (next_day) {
      const auto value = m_keys.word(*next_day, "progress[].pain_next_day", map.path("pain_next_day"));
      ok = ok && value;
      report.pain_next_day = value.value_or("");
    }
    if (const Node* symptoms = m_keys.get(map, "progress[].symptoms")) {
      report.symptoms = m_keys.word(*symptoms, "progress[].symptoms", map.path("symptoms")).value_or("");
    }
    if (const Node* exercises = m_keys.get(map, "progress[].exercises")) {
      ok = read_exercises(*exercises, map.path("exercises"), report) && ok;
    }
    if (const Node* outcomes = m_keys.get(map, "progress[].outcomes")) {
      ok = read_outcomes(*outcomes, map.path("outcomes"), report.outcomes) && ok;
    }
    return ok ? std::optional(std::move(report)) : std::nullopt;
  }

  bool read_exercises(const Node& node, const std::string& field, model::WeekReport& report)
  {
    if (!node.is_map()) {
      m_reader.error(
        node, fmt::format("{}: expected a map of exercise ids, such as glute-bridge: {{ pain: 2, difficulty: easy }}, "
                          "found {}",
                field, yaml::describe(node)));
      return false;
    }
    const std::size_t errors = m_reader.diagnostics().size();
    const auto ids = m_keys.allowed(profile_key("progress[].exercises"));
    for (const auto& entry : node.entries) {
      const auto id = m_reader.word(entry.key, field, ids);
      const std::string path = fmt::format("{}.{}", field, entry.key.value);
      const MapReader map = m_keys.map(entry.value, "progress[].exercises.*", path);
      if (!id || !map.ok()) {
        continue;
      }
      model::ExerciseReport exercise;
      exercise.id = *id;
      exercise.where = m_reader.at(entry.key);
      if (const Node* pain = m_keys.get(map, "progress[].exercises.*.pain")) {
        exercise.pain = m_keys.integer(*pain, "progress[].exercises.*.pain", map.path("pain"));
      }
      if (const Node* difficulty = m_keys.get(map, "progress[].exercises.*.difficulty")) {
        exercise.difficulty = m_keys.word(*difficulty, "progress[].exercises.*.difficulty", map.path("difficulty")).value_or("");
      }
      if (const Node* symptoms = m_keys.get(map, "progress[].exercises.*.symptoms")) {
        exercise.symptoms = m_keys.word(*symptoms, "progress[].exercises.*.symptoms", map.path("symptoms")).value_or("");
      }
      report.exercises.push_back(std::move(exercise));
    }
    return m_reader.diagnostics().size() == errors;
  }

  bool read_outcomes(const Node& node, const std::string& field, model::OutcomeAnswers& outcomes)
  {
    const MapReader map = m_keys.map(node, "progress[].outcomes", field);
    if (!map.ok()) {
      return false;
    }
    const std::size_t errors = m_reader.diagnostics().size();
    if (const Node* nprs = m_keys.get(map, "progress[].outcomes.nprs")) {
      outcomes.nprs = m_keys.integer(*nprs, "progress[].outcomes.nprs", map.path("nprs"));
    }
    if (const Node* odi = m_keys.get(map, "progress[].outcomes.odi")) {
      if (auto sections = m_keys.scores(*odi, "progress[].outcomes.odi", map.path("odi"), "Oswestry section scores", "section")) {
        outcomes.odi.emplace();
        std::copy(sections->begin(), sections->end(), outcomes.odi->begin());
      }
    }
    if (const Node* psfs = m_keys.get(map, "progress[].outcomes.psfs")) {
      read_psfs(*psfs, map.path("psfs"), outcomes);
    }
    if (const Node* tug = m_keys.get(map, "progress[].outcomes.tug")) {
      outcomes.tug = m_keys.decimal(*tug, "progress[].outcomes.tug", map.path("tug"));
    }
    if (const Node* stands = m_keys.get(map, "progress[].outcomes.chair_stand")) {
      outcomes.chair_stand = m_keys.integer(*stands, "progress[].outcomes.chair_stand", map.path("chair_stand"));
    }
    if (const Node* hoos12 = m_keys.get(map, "progress[].outcomes.hoos12")) {
      read_hoos12(*hoos12, map.path("hoos12"), outcomes);
    }
    return m_reader.diagnostics().size() == errors;
  }

  void read_psfs(const Node& node, const std::string& field, model::OutcomeAnswers& outcomes)
  {
    const ProfileKey& key = profile_key("progress[].outcomes.psfs");
    if (!node.is_map() || node.entries.empty()) {
      m_reader.error(node, fmt::format("{}: expected a map of activities rated {} (unable) to {} (as before), such as "
                                       "\"walk to the shops\": 6, found {}",
                             field, key.lowest, key.highest, yaml::describe(node)));
      return;
    }
    if (static_cast<int>(node.entries.size()) > key.max_items) {
      m_reader.error(node, fmt::format("{}: at most {} activities, found {}", field, key.max_items, node.entries.size()));
      return;
    }
    for (const auto& entry : node.entries) {
      const auto activity = m_reader.text(entry.key, field);
      const auto score = m_reader.integer(entry.value, fmt::format("{}.\"{}\"", field, entry.key.value), key.lowest, key.highest);
      if (activity && score) {
        outcomes.psfs.emplace_back(*activity, *score);
      }
    }
  }

  void read_hoos12(const Node& node, const std::string& field, model::OutcomeAnswers& outcomes)
  {
    const MapReader map = m_keys.map(node, "progress[].outcomes.hoos12", field);
    if (!map.ok()) {
      return;
    }
    model::Hoos12Answers answers;
    const auto subscale = [&](std::string_view name, std::string_view words, std::optional<model::Hoos12Items>& items) {
      const std::string path = fmt::format("progress[].outcomes.hoos12.{}", name);
      if (const Node* value = m_keys.get(map, path)) {
        if (auto scores = m_keys.scores(*value, path, map.path(name), fmt::format("HOOS-12 {} items", words), "item")) {
          items.emplace();
          std::copy(scores->begin(), scores->end(), items->begin());
        }
      }
    };
    subscale("pain", "pain", answers.pain);
    subscale("function", "function", answers.function);
    subscale("quality_of_life", "quality of life", answers.quality_of_life);
    if (node.entries.empty()) {
      m_reader.error(node, fmt::format("{}: expected at least one of pain, function, quality_of_life", field));
      return;
    }
    if (answers.pain || answers.function || answers.quality_of_life) {
      outcomes.hoos12 = answers;
    }
  }

  KeyReader& m_keys;
  yaml::Reader& m_reader;
  int m_planned_days;
};

} // namespace

std::vector<model::WeekReport> read_progress(KeyReader& keys, const yaml::Node& node, int planned_days)
{
  return ProgressReader(keys, planned_days).read(node);
}

} // namespace ptplan::load
