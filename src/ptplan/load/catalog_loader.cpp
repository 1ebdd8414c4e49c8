#include "ptplan/load/catalog_loader.hpp"

#include "ptplan/load/image_check.hpp"
#include "ptplan/load/pose_loader.hpp"
#include "ptplan/yaml/parse.hpp"
#include "ptplan/yaml/reader.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;
using yaml::Reader;

const std::vector<std::string> k_dose_sides = {"each", "both"};

bool is_kebab(const std::string& id)
{
  return yaml::is_kebab_id(id);
}

std::string read_id(Reader& reader, const Node& node, std::string_view field)
{
  auto text = reader.text(node, field);
  if (!text) {
    return {};
  }
  if (!is_kebab(*text)) {
    reader.error(node, fmt::format("{}: \"{}\" is not a lower-case kebab-case identifier", field, *text));
    return {};
  }
  return *text;
}

} // namespace

// Reads a dosage map; shared with the rules loader.
model::Dosage read_dosage(Reader& reader, const Node& node, std::string_view field, bool allow_side)
{
  model::Dosage dosage;
  MapReader map(reader, node, field, {"sets", "reps", "hold_seconds", "minutes", "times_per_day", "days_per_week", "side"});
  if (!map.ok()) {
    return dosage;
  }
  constexpr std::array<int, model::k_dose_field_count> k_highest = {10, 100, 600, 180, 10, 7};
  for (const auto dose_field : model::k_dose_fields) {
    const auto name = model::dose_field_name(dose_field);
    if (const Node* value = map.get(name)) {
      const int highest = k_highest[static_cast<std::size_t>(dose_field)];
      dosage.set(dose_field, reader.integer(*value, map.path(name), 0, highest));
    }
  }
  if (const Node* side = map.get("side")) {
    if (!allow_side) {
      reader.error(*side, fmt::format("{}: side cannot be adjusted here", map.path("side")));
    } else {
      dosage.side = reader.word(*side, map.path("side"), k_dose_sides).value_or("");
    }
  }
  return dosage;
}

namespace {

// Where a text value's first character is: one past the quote of a quoted scalar.
Location text_start(const Reader& reader, const Node& node)
{
  Location where = reader.at(node);
  where.column += node.quoted ? 1 : 0;
  return where;
}

std::optional<model::Exercise> read_exercise(Reader& reader, const Node& node, const model::Vocabulary& vocabulary)
{
  const std::size_t errors_before = reader.diagnostics().size();
  MapReader map(reader, node, "exercise",
    {"id", "name", "category", "position", "floor", "equipment", "movements", "muscle_groups", "conditions", "bias", "level",
      "regression", "progression", "variants", "dosage", "purpose", "steps", "safety", "clinic_only", "image", "source",
      "replaces", "pose"});
  if (!map.ok()) {
    return std::nullopt;
  }
  model::Exercise exercise;
  exercise.where = reader.at(node);
  if (const Node* id = map.require("id")) {
    exercise.id = read_id(reader, *id, "id");
  }
  const std::string prefix = exercise.id.empty() ? std::string("exercise") : exercise.id;
  auto field = [&](std::string_view key) { return fmt::format("{}.{}", prefix, key); };
  if (const Node* value = map.get("replaces")) {
    exercise.replaces = reader.boolean(*value, field("replaces")).value_or(false);
    exercise.replaces_where = reader.at(*value);
  }
  if (const Node* value = map.require("name")) {
    exercise.name = reader.text(*value, field("name")).value_or("");
  }
  if (const Node* value = map.require("category")) {
    const auto category = reader.word(*value, field("category"), vocabulary.categories.ids());
    exercise.category = model::enum_from_word<model::Category>(category.value_or("")).value_or(model::Category::stretch);
  }
  if (const Node* value = map.require("position")) {
    exercise.position = reader.word(*value, field("position"), vocabulary.positions.ids()).value_or("");
  }
  if (const Node* value = map.require("floor")) {
    exercise.floor = reader.boolean(*value, field("floor")).value_or(false);
  }
  if (const Node* value = map.require("equipment")) {
    exercise.equipment = reader.words(*value, field("equipment"), vocabulary.equipment.ids());
  }
  if (const Node* value = map.require("movements")) {
    exercise.movements = reader.words(*value, field("movements"), vocabulary.movements.ids());
  }
  if (const Node* value = map.get("muscle_groups")) {
    exercise.muscle_groups = reader.words(*value, field("muscle_groups"), vocabulary.muscle_groups.ids());
  }
  if (const Node* value = map.require("conditions")) {
    exercise.conditions = reader.words(*value, field("conditions"), vocabulary.conditions.ids());
  }
  if (const Node* value = map.get("bias")) {
    exercise.bias = reader.word(*value, field("bias"), vocabulary.biases.ids()).value_or("neutral");
  }
  if (const Node* value = map.require("level")) {
    exercise.level = reader.integer(*value, field("level"), 1, 5).value_or(1);
  }
  if (const Node* value = map.get("regression")) {
    exercise.regression = read_id(reader, *value, field("regression"));
  }
  if (const Node* value = map.get("progression")) {
    exercise.progression = read_id(reader, *value, field("progression"));
  }
  if (const Node* value = map.get("variants")) {
    if (!value->is_sequence()) {
      reader.error(
        *value, fmt::format("{}: expected a list of exercise ids, found {}", field("variants"), yaml::describe(*value)));
    } else {
      for (const auto& item : value->items) {
        exercise.variants.push_back(read_id(reader, item, field("variants")));
      }
    }
  }
  if (const Node* value = map.require("dosage")) {
    exercise.dosage = read_dosage(reader, *value, field("dosage"), true);
  }
  if (const Node* value = map.require("purpose")) {
    exercise.purpose = reader.text(*value, field("purpose")).value_or("");
    exercise.purpose_where = text_start(reader, *value);
  }
  if (const Node* value = map.require("steps")) {
    exercise.steps = reader.texts(*value, field("steps"));
    if (value->is_sequence() && value->items.size() == exercise.steps.size()) {
      for (const auto& item : value->items) {
        exercise.step_where.push_back(text_start(reader, item));
      }
    }
    if (value->is_sequence() && value->items.empty()) {
      reader.error(*value, fmt::format("{}: expected at least one step", field("steps")));
    }
  }
  if (const Node* value = map.require("safety")) {
    exercise.safety = reader.text(*value, field("safety")).value_or("");
    exercise.safety_where = text_start(reader, *value);
  }
  if (const Node* value = map.get("clinic_only")) {
    exercise.clinic_only = reader.boolean(*value, field("clinic_only")).value_or(false);
  }
  if (const Node* value = map.get("image")) {
    exercise.image = reader.text(*value, field("image")).value_or("");
    exercise.image_where = reader.at(*value);
    if (!exercise.image.empty() && !is_image_path(exercise.image)) {
      reader.error(*value, fmt::format("{}: \"{}\" is not a drawing in the catalog's images/ folder; expected "
                                       "images/NAME.svg or images/NAME.png",
                             field("image"), exercise.image));
    }
  }
  if (const Node* value = map.get("source")) {
    exercise.source = reader.text(*value, field("source")).value_or("");
  }
  // The pose's defaults depend on the position, so it is read once the
  // position is known to be good.
  if (const Node* value = map.get("pose"); value && !exercise.position.empty()) {
    exercise.pose = read_pose(reader, *value, field("pose"), exercise.position, exercise.floor);
  }
  if (reader.diagnostics().size() != errors_before) {
    return std::nullopt;
  }
  return exercise;
}

} // namespace

void load_exercises(
  const SourceFile& source, const model::Vocabulary& vocabulary, std::vector<model::Exercise>& out, Diagnostics& diagnostics)
{
  auto root = yaml::parse_document(source, diagnostics, yaml::catalog_limits());
  if (!root) {
    return;
  }
  Reader reader(source.name, diagnostics);
  if (root->is_sequence()) {
    for (const auto& item : root->items) {
      if (auto exercise = read_exercise(reader, item, vocabulary)) {
        out.push_back(std::move(*exercise));
      }
    }
  } else if (auto exercise = read_exercise(reader, *root, vocabulary)) {
    out.push_back(std::move(*exercise));
  }
}

void check_catalog_links(const std::vector<model::Exercise>& exercises, Diagnostics& diagnostics)
{
  std::map<std::string, const model::Exercise*> by_id;
  for (const auto& exercise : exercises) {
    const auto [it, inserted] = by_id.emplace(exercise.id, &exercise);
    if (!inserted) {
      diagnostics.error(exercise.where,
        fmt::format("duplicate exercise id \"{}\" (first defined at {})", exercise.id, format_location(it->second->where)));
    }
  }
  std::vector<std::string> ids;
  for (const auto& [id, exercise] : by_id) {
    ids.push_back(id);
  }
  auto check_ref = [&](
                     const model::Exercise& exercise, const std::string& ref, std::string_view field) -> const model::Exercise* {
    if (ref.empty()) {
      return nullptr;
    }
    const auto found = by_id.find(ref);
    if (found == by_id.end()) {
      diagnostics.error(exercise.where, [&] { return unknown_exercise_message(exercise.id, field, ref, ids); });
      return nullptr;
    }
    if (found->second == &exercise) {
      diagnostics.error(exercise.where, fmt::format("{}.{}: an exercise cannot refer to itself", exercise.id, field));
      return nullptr;
    }
    return found->second;
  };
  for (const auto& exercise : exercises) {
    if (const auto* easier = check_ref(exercise, exercise.regression, "regression")) {
      if (easier->progression != exercise.id) {
        diagnostics.error(
          exercise.where, fmt::format("{}.regression is \"{}\", but {}.progression is \"{}\"; the chain must agree both ways",
                            exercise.id, easier->id, easier->id, easier->progression));
      }
    }
    if (const auto* harder = check_ref(exercise, exercise.progression, "progression")) {
      if (harder->regression != exercise.id) {
        diagnostics.error(
          exercise.where, fmt::format("{}.progression is \"{}\", but {}.regression is \"{}\"; the chain must agree both ways",
                            exercise.id, harder->id, harder->id, harder->regression));
      }
    }
    for (const auto& variant : exercise.variants) {
      check_ref(exercise, variant, "variants");
    }
    // Follow the progression chain: a loop never ends.
    std::set<std::string> seen{exercise.id};
    const model::Exercise* step = &exercise;
    while (step && !step->progression.empty()) {
      const auto next = by_id.find(step->progression);
      if (next == by_id.end()) {
        break;
      }
      if (!seen.insert(next->first).second) {
        diagnostics.error(
          exercise.where, fmt::format("{}: its progression chain loops back to \"{}\"", exercise.id, next->first));
        break;
      }
      step = next->second;
    }
  }
}

std::string unknown_exercise_message(
  std::string_view owner, std::string_view field, std::string_view ref, const std::vector<std::string>& ids)
{
  std::string message = fmt::format("{}.{}: no exercise has the id \"{}\"", owner, field, ref);
  const std::string suggestion = did_you_mean(ref, ids);
  if (!suggestion.empty()) {
    message += fmt::format("; did you mean \"{}\"?", suggestion);
  }
  return message;
}

} // namespace ptplan::load
