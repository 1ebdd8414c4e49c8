#include "ptplan/load/vocabulary_loader.hpp"

#include "ptplan/yaml/parse.hpp"
#include "ptplan/yaml/reader.hpp"

#include <fmt/format.h>

namespace ptplan::load {

namespace {

bool is_kebab(const std::string& id)
{
  return yaml::is_kebab_id(id);
}

void read_terms(yaml::Reader& reader, const yaml::MapReader& map, std::string_view key, model::Terms& terms, bool required = true)
{
  const yaml::Node* node = required ? map.require(key) : map.get(key);
  if (!node) {
    return;
  }
  // Every key is an id here, so there is no fixed set of keys to check.
  if (!node->is_map()) {
    reader.error(*node, fmt::format("{}: expected a map of identifiers to labels, found {}", key, yaml::describe(*node)));
    return;
  }
  for (const auto& [id, label] : node->entries) {
    if (!is_kebab(id.value)) {
      reader.error(id, fmt::format("{}: \"{}\" is not a lower-case kebab-case identifier", key, id.value));
      continue;
    }
    auto text = reader.text(label, fmt::format("{}.{}", key, id.value));
    terms.add(id.value, text.value_or(id.value));
  }
}

} // namespace

std::optional<model::Vocabulary> load_vocabulary(const SourceFile& source, Diagnostics& diagnostics)
{
  Diagnostics local;
  auto root = yaml::parse_document(source, local, yaml::catalog_limits());
  if (!root) {
    diagnostics.append(local);
    return std::nullopt;
  }
  yaml::Reader reader(source.name, local);
  yaml::MapReader map(reader, *root, "",
    {"conditions", "precautions", "limitations", "red_flags", "categories", "positions", "movements", "equipment",
      "muscle_groups", "biases", "urgencies", "activities", "walking_aids", "weight_bearing", "languages", "default_equipment"});
  model::Vocabulary vocabulary;
  if (map.ok()) {
    read_terms(reader, map, "conditions", vocabulary.conditions);
    read_terms(reader, map, "precautions", vocabulary.precautions);
    read_terms(reader, map, "limitations", vocabulary.limitations);
    read_terms(reader, map, "red_flags", vocabulary.red_flags);
    read_terms(reader, map, "categories", vocabulary.categories);
    read_terms(reader, map, "positions", vocabulary.positions);
    read_terms(reader, map, "movements", vocabulary.movements);
    read_terms(reader, map, "equipment", vocabulary.equipment);
    read_terms(reader, map, "muscle_groups", vocabulary.muscle_groups);
    read_terms(reader, map, "biases", vocabulary.biases);
    read_terms(reader, map, "urgencies", vocabulary.urgencies);
    // Newer sections: a catalog folder written before them still loads.
    read_terms(reader, map, "activities", vocabulary.activities, false);
    read_terms(reader, map, "walking_aids", vocabulary.walking_aids, false);
    read_terms(reader, map, "weight_bearing", vocabulary.weight_bearing, false);
    read_terms(reader, map, "languages", vocabulary.languages, false);
    if (vocabulary.languages.ids().empty()) {
      vocabulary.languages.add("en", "English");
    }
    if (const auto* node = map.require("default_equipment")) {
      vocabulary.default_equipment = reader.words(*node, "default_equipment", vocabulary.equipment.ids());
    }
  }
  diagnostics.append(local);
  if (!local.empty()) {
    return std::nullopt;
  }
  return vocabulary;
}

} // namespace ptplan::load
