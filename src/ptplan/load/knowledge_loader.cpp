#include "ptplan/load/knowledge_loader.hpp"

#include "ptplan/load/catalog_loader.hpp"
#include "ptplan/load/file.hpp"
#include "ptplan/load/image_check.hpp"
#include "ptplan/load/movement_cues_loader.hpp"
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
        diagnostics.error(rule.where, [&, field = field] { return unknown_exercise_message(rule.id, field, id, ids); });
      }
    }
  }
}

} // namespace

KnowledgeFiles builtin_knowledge_files()
{
  KnowledgeFiles result;
  result.folder = "<built-in>/exercises";
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

namespace {

// Every .yaml file and every drawing under images/ below `folder`, sorted.
KnowledgeFiles list_folder(const std::filesystem::path& folder, Diagnostics& diagnostics, std::string_view expected)
{
  KnowledgeFiles result;
  result.folder = folder.string();
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    diagnostics.error({folder.string(), 0, 0}, std::string(expected));
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
    // Lexically: std::filesystem::relative follows links, and a link out of
    // the folder would be skipped unseen instead of refused.
    const std::string relative = path.lexically_relative(folder).generic_string();
    const bool image = relative.rfind("images/", 0) == 0 && (ends_with(relative, ".svg") || ends_with(relative, ".png"));
    const bool translation = relative.rfind("lang/", 0) == 0 && ends_with(relative, ".po");
    if (!ends_with(relative, ".yaml") && !image && !translation) {
      continue;
    }
    if (auto text = read_folder_file(folder, path, diagnostics)) {
      result.files.push_back({relative, SourceFile{path.string(), std::move(*text)}});
    }
  }
  return result;
}

// `replaces: true` belongs only in an added catalog: in a whole knowledge
// base there is nothing below it to replace.
void check_no_replaces(const std::vector<model::Exercise>& exercises, const model::RuleSet& rules, Diagnostics& diagnostics)
{
  for (const auto& exercise : exercises) {
    if (exercise.replaces) {
      diagnostics.error(exercise.replaces_where,
        fmt::format("{}.replaces: only an added catalog (--catalog-add) can replace an exercise", exercise.id));
    }
  }
  for (const auto& rule : rules.rules) {
    if (rule.replaces) {
      diagnostics.error(
        rule.replaces_where, fmt::format("{}.replaces: only an added catalog (--catalog-add) can replace a rule", rule.id));
    }
  }
}

// Puts each added entry after the ones below it, or in the place of the one
// it replaces; a taken id without `replaces: true`, or `replaces: true`
// with nothing to replace, is an error.
template <class Entry>
void merge_entries(std::vector<Entry>& below, std::vector<Entry> added, std::string_view kind, Diagnostics& diagnostics)
{
  for (auto& entry : added) {
    const auto taken = std::find_if(below.begin(), below.end(), [&](const Entry& e) { return e.id == entry.id; });
    if (taken != below.end() && entry.replaces) {
      *taken = std::move(entry);
    } else if (taken != below.end()) {
      diagnostics.error(entry.where, fmt::format("{} id \"{}\" is already taken (by {}); add replaces: true to put this "
                                                 "one in its place, or choose another id",
                                       kind, entry.id, format_location(taken->where)));
    } else if (entry.replaces) {
      diagnostics.error(entry.replaces_where,
        fmt::format("{}.replaces: no {} below this catalog has the id \"{}\" to replace", entry.id, kind, entry.id));
    } else {
      below.push_back(std::move(entry));
    }
  }
}

} // namespace

KnowledgeFiles read_knowledge_folder(const std::filesystem::path& folder, Diagnostics& diagnostics)
{
  return list_folder(folder, diagnostics, "expected a catalog folder with vocabulary.yaml, rules.yaml and catalog/");
}

KnowledgeFiles read_added_folder(const std::filesystem::path& folder, Diagnostics& diagnostics)
{
  return list_folder(folder, diagnostics, "expected a folder of exercises (catalog/) and rules (rules.yaml) to add");
}

bool add_knowledge(model::Knowledge& knowledge, const KnowledgeFiles& added, Diagnostics& diagnostics)
{
  const std::size_t errors_before = diagnostics.size();
  std::vector<model::Exercise> exercises;
  const SourceFile* rules_file = nullptr;
  std::map<std::string, const SourceFile*> images;
  bool has_translations = false;
  for (const auto& [path, source] : added.files) {
    if (path == "vocabulary.yaml") {
      diagnostics.error({source.name, 0, 0}, "an added catalog uses the vocabulary below it and cannot change it; remove "
                                             "vocabulary.yaml, or use --catalog for a whole knowledge base");
    } else if (path == "rules.yaml") {
      rules_file = &source;
    } else if (path.rfind("catalog/", 0) == 0 && ends_with(path, ".yaml")) {
      load_exercises(source, knowledge.vocabulary, exercises, diagnostics);
    } else if (path.rfind("images/", 0) == 0) {
      images.emplace(path, &source);
    } else if (path.rfind("lang/", 0) == 0) {
      has_translations = true; // read by load/language_loader
    }
  }
  if (exercises.empty() && !rules_file && !has_translations && diagnostics.size() == errors_before) {
    diagnostics.error({added.folder, 0, 0}, "holds no exercises (catalog/*.yaml) and no rules.yaml to add");
  }
  std::map<std::string, std::string> new_images;
  for (const auto& exercise : exercises) {
    if (exercise.image.empty() || new_images.contains(exercise.image)) {
      continue;
    }
    const auto found = images.find(exercise.image);
    if (found == images.end()) {
      if (!knowledge.images.contains(exercise.image)) { // a drawing from below may be used again
        diagnostics.error(
          exercise.image_where, fmt::format("{}.image: no file \"{}\" in the added folder", exercise.id, exercise.image));
      }
      continue;
    }
    const SourceFile& file = *found->second;
    if (const auto problem = check_image(found->first, file.text)) {
      diagnostics.error(
        {file.name, problem->line, problem->column}, fmt::format("{} (the image of {})", problem->message, exercise.id));
      continue;
    }
    if (const auto below = knowledge.images.find(found->first); below != knowledge.images.end() && below->second != file.text) {
      diagnostics.error(exercise.image_where,
        fmt::format("{}.image: a different drawing named \"{}\" is already in the catalog below; give this one another name",
          exercise.id, exercise.image));
      continue;
    }
    new_images.emplace(found->first, file.text);
  }
  std::vector<model::Exercise> merged = knowledge.catalog.exercises();
  merge_entries(merged, std::move(exercises), "exercise", diagnostics);
  const std::size_t before_links = diagnostics.size();
  check_catalog_links(merged, diagnostics);
  const bool catalog_ok = diagnostics.size() == before_links;
  model::RuleSet rules = knowledge.rules;
  if (rules_file) {
    if (auto more = load_rules(*rules_file, knowledge.vocabulary, diagnostics)) {
      merge_entries(rules.rules, std::move(more->rules), "rule", diagnostics);
    }
  }
  if (diagnostics.size() != errors_before) {
    return false;
  }
  model::Catalog catalog(std::move(merged));
  if (catalog_ok) {
    check_rule_exercises(rules, catalog, diagnostics);
  }
  if (diagnostics.size() != errors_before) {
    return false;
  }
  knowledge.set_catalog(std::move(catalog));
  knowledge.rules = std::move(rules);
  knowledge.images.merge(new_images);
  return true;
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
  // Optional: a catalog without a phrase table skips the tag check.
  if (const SourceFile* cues_file = find("movement_cues.yaml")) {
    if (auto cues = load_movement_cues(*cues_file, knowledge.vocabulary, diagnostics)) {
      knowledge.cues = std::move(*cues);
    }
  }
  const bool catalog_ok = diagnostics.size() == errors_before; // else ids may be missing for other reasons
  if (auto rules = load_rules(*rules_file, knowledge.vocabulary, diagnostics)) {
    if (catalog_ok) {
      check_rule_exercises(*rules, knowledge.catalog, diagnostics);
    }
    knowledge.set_rules(std::move(*rules));
  }
  check_no_replaces(knowledge.catalog.exercises(), knowledge.rules, diagnostics);
  if (diagnostics.size() != errors_before) {
    return std::nullopt;
  }
  return knowledge;
}

} // namespace ptplan::load
