#include "ptplan/load/knowledge_loader.hpp"

#include "ptplan/load/catalog_loader.hpp"
#include "ptplan/load/file.hpp"
#include "ptplan/load/image_check.hpp"
#include "ptplan/load/rules_loader.hpp"
#include "ptplan/load/vocabulary_loader.hpp"
#include "ptplan/model/pack.hpp"
#include "ptplan/resources/embedded.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace ptplan::load {

namespace {

constexpr std::string_view k_builtin_prefix = "exercises/";

bool ends_with(std::string_view text, std::string_view suffix)
{
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Exercise ids named by rules must be in the catalog: a misspelt id in a
// forbid would let the exercise through.
void check_rule_exercises(const model::RuleSet& rules, const model::Catalog& catalog, Diagnostics& diagnostics)
{
  std::vector<std::string> ids;
  for (const auto& exercise : catalog.exercises()) {
    ids.push_back(exercise.id);
  }
  for (const auto& rule : rules.rules) {
    for (const auto& [field, list] :
      {std::pair{"forbid.exercises", &rule.forbid.exercises}, std::pair{"prefer.exercises", &rule.prefer.exercises}}) {
      for (const auto& id : *list) {
        if (catalog.find(id)) {
          continue;
        }
        std::string message = fmt::format("{}.{}: no exercise has the id \"{}\"", rule.id, field, id);
        const std::string suggestion = did_you_mean(id, ids);
        if (!suggestion.empty()) {
          message += fmt::format("; did you mean \"{}\"?", suggestion);
        }
        diagnostics.error(rule.where, message);
      }
    }
  }
}

} // namespace

KnowledgeFiles builtin_knowledge_files()
{
  KnowledgeFiles result;
  for (const auto& file : resources::embedded_files()) {
    if (file.path.substr(0, k_builtin_prefix.size()) == k_builtin_prefix) {
      std::string relative(file.path.substr(k_builtin_prefix.size()));
      result.files.push_back({relative, SourceFile{fmt::format("<built-in>/{}", file.path), std::string(file.content)}});
    }
  }
  return result;
}

std::optional<model::Knowledge> builtin_knowledge(Diagnostics& diagnostics)
{
  for (const auto& file : resources::embedded_files()) {
    if (file.path == "exercises.pack") {
      if (auto knowledge = model::unpack_knowledge(file.content)) {
        return knowledge;
      }
      break;
    }
  }
  // Only a build that went wrong gets here; the YAML is there too.
  return load_knowledge(builtin_knowledge_files(), diagnostics);
}

KnowledgeFiles read_knowledge_folder(const std::filesystem::path& folder, Diagnostics& diagnostics)
{
  KnowledgeFiles result;
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    diagnostics.error({folder.string(), 0, 0}, "expected a catalog folder with vocabulary.yaml, rules.yaml and catalog/");
    return result;
  }
  std::vector<std::filesystem::path> paths;
  for (auto it = std::filesystem::recursive_directory_iterator(folder, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error)) {
      paths.push_back(it->path());
    }
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    const std::string relative = std::filesystem::relative(path, folder, error).generic_string();
    const bool image = relative.rfind("images/", 0) == 0 && (ends_with(relative, ".svg") || ends_with(relative, ".png"));
    if (!ends_with(relative, ".yaml") && !image) {
      continue;
    }
    if (auto text = read_file(path, diagnostics)) {
      result.files.push_back({relative, SourceFile{path.string(), std::move(*text)}});
    }
  }
  return result;
}

std::optional<model::Knowledge> load_knowledge(const KnowledgeFiles& files, Diagnostics& diagnostics)
{
  const auto find = [&](std::string_view relative) -> const SourceFile* {
    for (const auto& [path, source] : files.files) {
      if (path == relative) {
        return &source;
      }
    }
    return nullptr;
  };
  const SourceFile* vocabulary_file = find("vocabulary.yaml");
  const SourceFile* rules_file = find("rules.yaml");
  if (!vocabulary_file || !rules_file) {
    diagnostics.error({"catalog", 0, 0}, "the catalog folder needs vocabulary.yaml and rules.yaml");
    return std::nullopt;
  }
  const std::size_t errors_before = diagnostics.size();
  auto vocabulary = load_vocabulary(*vocabulary_file, diagnostics);
  if (!vocabulary) {
    return std::nullopt;
  }
  model::Knowledge knowledge;
  knowledge.vocabulary = std::move(*vocabulary);
  std::vector<model::Exercise> exercises;
  std::map<std::string, const SourceFile*> images;
  for (const auto& [path, source] : files.files) {
    if (path.rfind("catalog/", 0) == 0 && ends_with(path, ".yaml")) {
      load_exercises(source, knowledge.vocabulary, exercises, diagnostics);
    } else if (path.rfind("images/", 0) == 0) {
      images.emplace(path, &source);
    }
  }
  check_catalog_links(exercises, diagnostics);
  // Only the drawings exercises use are kept (and built into the binary).
  for (const auto& exercise : exercises) {
    if (exercise.image.empty() || knowledge.images.contains(exercise.image)) {
      continue;
    }
    const auto found = images.find(exercise.image);
    if (found == images.end()) {
      diagnostics.error(
        exercise.image_where, fmt::format("{}.image: no file \"{}\" in the catalog folder", exercise.id, exercise.image));
      continue;
    }
    const SourceFile& file = *found->second;
    if (const auto problem = check_image(found->first, file.text)) {
      diagnostics.error(
        {file.name, problem->line, problem->column}, fmt::format("{} (the image of {})", problem->message, exercise.id));
      continue;
    }
    knowledge.images.emplace(found->first, file.text);
  }
  knowledge.set_catalog(model::Catalog(std::move(exercises)));
  const bool catalog_ok = diagnostics.size() == errors_before; // else ids may be missing for other reasons
  if (auto rules = load_rules(*rules_file, knowledge.vocabulary, diagnostics)) {
    if (catalog_ok) {
      check_rule_exercises(*rules, knowledge.catalog, diagnostics);
    }
    knowledge.set_rules(std::move(*rules));
  }
  if (diagnostics.size() != errors_before) {
    return std::nullopt;
  }
  return knowledge;
}

} // namespace ptplan::load
