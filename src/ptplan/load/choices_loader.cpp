#include "ptplan/load/choices_loader.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;

constexpr std::size_t k_max_note_characters = 200; // one line on the handout

std::size_t characters(std::string_view text)
{
  return static_cast<std::size_t>(
    std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

class ChoicesReader
{
public:
  explicit ChoicesReader(KeyReader& keys) : m_keys(keys), m_reader(keys.reader()) {}

  model::Choices read(const Node& node)
  {
    model::Choices choices;
    choices.where = m_reader.at(node);
    const MapReader map = m_keys.map(node, "choices");
    if (!map.ok()) {
      return choices;
    }
    if (const Node* include = m_keys.get(map, "choices.include")) {
      choices.include = picks(*include, "choices.include");
    }
    if (const Node* exclude = m_keys.get(map, "choices.exclude")) {
      choices.exclude = picks(*exclude, "choices.exclude");
      std::erase_if(choices.exclude, [&](const model::ExerciseChoice& pick) {
        const model::ExerciseChoice* included = choices.included(pick.exercise);
        if (included) {
          m_reader.diagnostics().error(
            pick.where, fmt::format("choices.exclude: \"{}\" is also in choices.include (line {}); keep it in one of them",
                          pick.exercise, included->where.line));
        }
        return included != nullptr;
      });
    }
    if (const Node* dose = m_keys.get(map, "choices.dose")) {
      read_doses(*dose, choices);
    }
    if (const Node* note = m_keys.get(map, "choices.note")) {
      read_notes(*note, choices);
    }
    if (const Node* allow = m_keys.get(map, "choices.allow")) {
      read_allows(*allow, choices);
    }
    return choices;
  }

private:
  // A list of exercise ids, each with its position.
  std::vector<model::ExerciseChoice> picks(const Node& node, std::string_view path)
  {
    std::vector<model::ExerciseChoice> result;
    if (!node.is_sequence()) {
      m_reader.error(
        node, fmt::format("{}: expected a list of exercise ids such as [glute-bridge], found {}", path, yaml::describe(node)));
      return result;
    }
    const auto allowed = m_keys.allowed(profile_key(path));
    for (const auto& item : node.items) {
      const auto id = m_reader.word(item, path, allowed);
      if (!id) {
        continue;
      }
      if (std::any_of(result.begin(), result.end(), [&](const auto& pick) { return pick.exercise == *id; })) {
        m_reader.error(item, fmt::format("{}: \"{}\" is listed twice", path, *id));
        continue;
      }
      result.push_back({*id, m_reader.at(item)});
    }
    return result;
  }

  // The entries of an id map whose ids are exercises; `use` reads each
  // value. An id that is excluded, or unknown, is reported and skipped.
  template <typename Use>
  void for_each_exercise(const Node& node, std::string_view path, const model::Choices& choices, Use use)
  {
    if (!node.is_map()) {
      m_reader.error(
        node, fmt::format("{}: expected a map of exercise ids, such as glute-bridge: ..., found {}", path, yaml::describe(node)));
      return;
    }
    const auto allowed = m_keys.allowed(profile_key(path));
    for (const auto& entry : node.entries) {
      const auto id = m_reader.word(entry.key, path, allowed);
      if (!id) {
        continue;
      }
      if (const model::ExerciseChoice* excluded = choices.excluded(*id)) {
        m_reader.error(entry.key,
          fmt::format("{}: \"{}\" is excluded (line {}), so it is never on the plan", path, *id, excluded->where.line));
        continue;
      }
      use(*id, entry, fmt::format("{}.{}", path, *id));
    }
  }

  void read_doses(const Node& node, model::Choices& choices)
  {
    for_each_exercise(node, "choices.dose", choices, [&](const std::string& id, const yaml::MapEntry& entry, std::string field) {
      const MapReader map = m_keys.map(entry.value, "choices.dose.*", field);
      if (!map.ok()) {
        return;
      }
      model::DoseChoice dose;
      dose.exercise = id;
      dose.where = m_reader.at(entry.key);
      bool ok = true;
      for (const auto dose_field : model::k_dose_fields) {
        const std::string path = fmt::format("choices.dose.*.{}", model::dose_field_name(dose_field));
        if (const Node* value = m_keys.get(map, path)) {
          const auto number = m_keys.integer(*value, path, map.path(model::dose_field_name(dose_field)));
          ok = ok && number.has_value();
          dose.dose.set(dose_field, number);
        }
      }
      if (entry.value.entries.empty()) {
        m_reader.error(
          entry.value, fmt::format("{}: expected at least one of {}", field, fmt::join(key_names_under("choices.dose.*"), ", ")));
        return;
      }
      if (ok) {
        choices.dose.push_back(std::move(dose));
      }
    });
  }

  void read_notes(const Node& node, model::Choices& choices)
  {
    for_each_exercise(node, "choices.note", choices, [&](const std::string& id, const yaml::MapEntry& entry, std::string field) {
      auto text = m_keys.text(entry.value, "choices.note.*", field);
      if (!text) {
        return;
      }
      if (const std::size_t length = characters(*text); length > k_max_note_characters) {
        m_reader.error(entry.value, fmt::format("{}: {} characters is too long for the line on the handout; keep it to {}", field,
                                      length, k_max_note_characters));
        return;
      }
      choices.note.push_back({id, std::move(*text), m_reader.at(entry.key)});
    });
  }

  void read_allows(const Node& node, model::Choices& choices)
  {
    if (!node.is_sequence()) {
      m_reader.error(node, fmt::format("choices.allow: expected a list such as - {{ exercise: ID, rule: RULE, reason: "
                                       "\"...\" }}, found {}",
                             yaml::describe(node)));
      return;
    }
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const Node& item = node.items[i];
      const std::string field = fmt::format("choices.allow[{}]", i + 1);
      const MapReader map = m_keys.map(item, "choices.allow[]", field);
      if (!map.ok()) {
        continue;
      }
      model::AllowChoice allow;
      allow.where = m_reader.at(item);
      const Node* exercise = m_keys.get(map, "choices.allow[].exercise");
      const Node* rule = m_keys.get(map, "choices.allow[].rule");
      const Node* reason = m_keys.get(map, "choices.allow[].reason");
      const auto exercise_id = exercise ? m_keys.word(*exercise, "choices.allow[].exercise", map.path("exercise")) : std::nullopt;
      const auto rule_id = rule ? m_keys.word(*rule, "choices.allow[].rule", map.path("rule")) : std::nullopt;
      const auto why = reason ? m_keys.text(*reason, "choices.allow[].reason", map.path("reason")) : std::nullopt;
      if (!exercise_id || !rule_id || !why) {
        continue;
      }
      if (const model::ExerciseChoice* excluded = choices.excluded(*exercise_id)) {
        m_reader.error(*exercise, fmt::format("{}: \"{}\" is excluded (line {}), so it is never on the plan",
                                    map.path("exercise"), *exercise_id, excluded->where.line));
        continue;
      }
      if (const model::AllowChoice* earlier = choices.allowed(*exercise_id, *rule_id)) {
        m_reader.error(item,
          fmt::format("{}: {} under rule {} is already allowed (line {})", field, *exercise_id, *rule_id, earlier->where.line));
        continue;
      }
      allow.exercise = *exercise_id;
      allow.rule = *rule_id;
      allow.reason = *why;
      choices.allow.push_back(std::move(allow));
    }
  }

  KeyReader& m_keys;
  yaml::Reader& m_reader;
};

} // namespace

model::Choices read_choices(KeyReader& keys, const yaml::Node& node)
{
  return ChoicesReader(keys).read(node);
}

} // namespace ptplan::load
