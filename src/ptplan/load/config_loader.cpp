#include "ptplan/load/config_loader.hpp"

#include "ptplan/yaml/parse.hpp"
#include "ptplan/yaml/reader.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace ptplan::load {

namespace {

using yaml::MapReader;
using yaml::Node;
using yaml::Reader;

std::optional<model::Setting<std::string>> text_setting(Reader& reader, const MapReader& map, std::string_view key)
{
  const Node* node = map.get(key);
  if (!node) {
    return std::nullopt;
  }
  auto value = reader.text(*node, map.path(key));
  if (!value) {
    return std::nullopt;
  }
  return model::Setting<std::string>{std::move(*value), reader.at(*node)};
}

std::optional<model::Setting<std::string>> word_setting(
  Reader& reader, const MapReader& map, std::string_view key, const std::vector<std::string>& allowed)
{
  const Node* node = map.get(key);
  if (!node) {
    return std::nullopt;
  }
  auto value = reader.word(*node, map.path(key), allowed);
  if (!value) {
    return std::nullopt;
  }
  return model::Setting<std::string>{std::move(*value), reader.at(*node)};
}

// Whether every line is blank or a comment.
bool only_comments(std::string_view text)
{
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    const std::string_view line = text.substr(start, end - start);
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#') {
      return false;
    }
    start = end + 1;
  }
  return true;
}

} // namespace

std::optional<model::ClinicConfig> load_config(const SourceFile& source, const ConfigChoices& choices, Diagnostics& diagnostics)
{
  model::ClinicConfig config;
  config.file = source.name;
  if (only_comments(source.text)) { // a file made by hand, not filled in yet
    return config;
  }
  Diagnostics local;
  auto root = yaml::parse_document(source, local);
  if (!root) {
    diagnostics.append(local);
    return std::nullopt;
  }
  Reader reader(source.name, local);
  MapReader map(reader, *root, "", {"therapist", "paper", "width", "language", "format", "catalog_add"});
  if (const Node* node = map.get("therapist")) {
    MapReader therapist(reader, *node, "therapist", {"name", "clinic", "phone"});
    config.therapist_name = text_setting(reader, therapist, "name");
    config.therapist_clinic = text_setting(reader, therapist, "clinic");
    config.therapist_phone = text_setting(reader, therapist, "phone");
  }
  config.paper = word_setting(reader, map, "paper", choices.papers);
  config.language = word_setting(reader, map, "language", choices.languages);
  config.format = word_setting(reader, map, "format", choices.formats);
  if (const Node* node = map.get("width")) {
    if (auto width = reader.integer(*node, "width", choices.min_width, choices.max_width)) {
      config.width = model::Setting<int>{*width, reader.at(*node)};
    }
  }
  if (const Node* node = map.get("catalog_add")) {
    if (!node->is_sequence()) {
      reader.error(*node, fmt::format("catalog_add: expected a list of folders, found {}", yaml::describe(*node)));
    } else {
      const std::filesystem::path base = std::filesystem::path(source.name).parent_path();
      for (const auto& item : node->items) {
        if (auto folder = reader.text(item, "catalog_add")) {
          std::filesystem::path path(*folder);
          if (path.is_relative()) {
            path = base / path;
          }
          config.catalog_add.push_back({path.lexically_normal().string(), reader.at(item)});
        }
      }
    }
  }
  diagnostics.append(local);
  if (!local.empty()) {
    return std::nullopt;
  }
  return config;
}

void fill_therapist(model::Profile& profile, const model::Therapist& defaults)
{
  for (auto [field, fallback] : {std::pair{&profile.therapist.name, &defaults.name},
         std::pair{&profile.therapist.clinic, &defaults.clinic}, std::pair{&profile.therapist.phone, &defaults.phone}}) {
    if (field->empty()) {
      *field = *fallback;
    }
  }
}

} // namespace ptplan::load
