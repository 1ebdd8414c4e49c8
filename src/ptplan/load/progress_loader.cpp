#include "ptplan/load/progress_loader.hpp"

#include "ptplan/load/facts_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;
using yaml::Reader;

const std::vector<std::string> k_difficulty = allowed_words("difficulty", model::Vocabulary{});
const std::vector<std::string> k_next_day = allowed_words("next_day", model::Vocabulary{});
const std::vector<std::string> k_symptoms = allowed_words("symptoms", model::Vocabulary{});

class ProgressReader
{
public:
  ProgressReader(Reader& reader, const model::Vocabulary& vocabulary, int planned_days)
      : m_reader(reader), m_vocabulary(vocabulary), m_planned_days(planned_days)
  {}

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
    MapReader map(
      m_reader, node, field, {"week", "sessions_done", "pain_during", "pain_next_day", "symptoms", "exercises", "outcomes"});
    if (!map.ok()) {
      return std::nullopt;
    }
    model::WeekReport report;
    report.where = m_reader.at(node);
    const Node* week = map.require("week");
    const Node* sessions = map.require("sessions_done");
    const Node* pain = map.require("pain_during");
    const Node* next_day = map.require("pain_next_day");
    bool ok = week && sessions && pain && next_day;
    if (week) {
      const auto value = m_reader.integer(*week, map.path("week"), 1, k_max_logged_week);
      ok = ok && value;
      report.week = value.value_or(1);
    }
    if (sessions) {
      const auto value = m_reader.integer(*sessions, map.path("sessions_done"), 0, 7);
      if (value && *value > m_planned_days) {
        m_reader.error(*sessions, fmt::format("{}: {} sessions is more than the {} days planned in schedule.days",
                                    map.path("sessions_done"), *value, m_planned_days));
      }
      ok = ok && value && *value <= m_planned_days;
      report.sessions_done = value.value_or(0);
    }
    if (pain) {
      const auto value = m_reader.integer(*pain, map.path("pain_during"), 0, 10);
      ok = ok && value;
      report.pain_during = value.value_or(0);
    }
    if (next_day) {
      const auto value = m_reader.word(*next_day, map.path("pain_next_day"), k_next_day);
      ok = ok && value;
      report.pain_next_day = value.value_or("");
    }
    if (const Node* symptoms = map.get("symptoms")) {
      report.symptoms = m_reader.word(*symptoms, map.path("symptoms"), k_symptoms).value_or("");
    }
    if (const Node* exercises = map.get("exercises")) {
      ok = read_exercises(*exercises, map.path("exercises"), report) && ok;
    }
    if (const Node* outcomes = map.get("outcomes")) {
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
    for (const auto& entry : node.entries) {
      const auto id = m_reader.word(entry.key, field, m_vocabulary.exercises.ids());
      const std::string path = fmt::format("{}.{}", field, entry.key.value);
      MapReader map(m_reader, entry.value, path, {"pain", "difficulty", "symptoms"});
      if (!id || !map.ok()) {
        continue;
      }
      model::ExerciseReport exercise;
      exercise.id = *id;
      exercise.where = m_reader.at(entry.key);
      if (const Node* pain = map.get("pain")) {
        exercise.pain = m_reader.integer(*pain, map.path("pain"), 0, 10);
      }
      if (const Node* difficulty = map.get("difficulty")) {
        exercise.difficulty = m_reader.word(*difficulty, map.path("difficulty"), k_difficulty).value_or("");
      }
      if (const Node* symptoms = map.get("symptoms")) {
        exercise.symptoms = m_reader.word(*symptoms, map.path("symptoms"), k_symptoms).value_or("");
      }
      report.exercises.push_back(std::move(exercise));
    }
    return m_reader.diagnostics().size() == errors;
  }

  bool read_outcomes(const Node& node, const std::string& field, model::OutcomeAnswers& outcomes)
  {
    MapReader map(m_reader, node, field, {"nprs", "odi", "psfs"});
    if (!map.ok()) {
      return false;
    }
    const std::size_t errors = m_reader.diagnostics().size();
    if (const Node* nprs = map.get("nprs")) {
      outcomes.nprs = m_reader.integer(*nprs, map.path("nprs"), 0, 10);
    }
    if (const Node* odi = map.get("odi")) {
      read_odi(*odi, map.path("odi"), outcomes);
    }
    if (const Node* psfs = map.get("psfs")) {
      read_psfs(*psfs, map.path("psfs"), outcomes);
    }
    return m_reader.diagnostics().size() == errors;
  }

  void read_odi(const Node& node, const std::string& field, model::OutcomeAnswers& outcomes)
  {
    if (!node.is_sequence() || node.items.size() != model::k_odi_sections) {
      m_reader.error(
        node, fmt::format("{}: expected the 10 Oswestry section scores (0 to 5, or null when not answered), found {}", field,
                node.is_sequence() ? fmt::format("{} scores", node.items.size()) : yaml::describe(node)));
      return;
    }
    std::array<std::optional<int>, model::k_odi_sections> sections{};
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      if (!node.items[i].is_null()) {
        sections[i] = m_reader.integer(node.items[i], fmt::format("{} section {}", field, i + 1), 0, 5);
      }
    }
    outcomes.odi = sections;
  }

  void read_psfs(const Node& node, const std::string& field, model::OutcomeAnswers& outcomes)
  {
    if (!node.is_map() || node.entries.empty()) {
      m_reader.error(node, fmt::format("{}: expected a map of activities rated 0 (unable) to 10 (as before), such as "
                                       "\"walk to the shops\": 6, found {}",
                             field, yaml::describe(node)));
      return;
    }
    if (node.entries.size() > k_max_psfs_activities) {
      m_reader.error(node, fmt::format("{}: at most {} activities, found {}", field, k_max_psfs_activities, node.entries.size()));
      return;
    }
    for (const auto& entry : node.entries) {
      const auto activity = m_reader.text(entry.key, field);
      const auto score = m_reader.integer(entry.value, fmt::format("{}.\"{}\"", field, entry.key.value), 0, 10);
      if (activity && score) {
        outcomes.psfs.emplace_back(*activity, *score);
      }
    }
  }

  Reader& m_reader;
  const model::Vocabulary& m_vocabulary;
  int m_planned_days;
};

} // namespace

std::vector<model::WeekReport> read_progress(
  yaml::Reader& reader, const yaml::Node& node, const model::Vocabulary& vocabulary, int planned_days)
{
  return ProgressReader(reader, vocabulary, planned_days).read(node);
}

} // namespace ptplan::load
