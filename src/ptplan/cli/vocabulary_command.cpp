#include "ptplan/cli/vocabulary_command.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::cli {

std::vector<VocabularyList> vocabulary_lists(const model::Vocabulary& vocabulary)
{
  return {
    {"conditions", "profile: conditions", &vocabulary.conditions},
    {"precautions", "profile: precautions", &vocabulary.precautions},
    {"red-flags", "profile: red_flags, clearance.flags", &vocabulary.red_flags},
    {"limitations", "profile: limitations", &vocabulary.limitations},
    {"equipment", "profile: equipment; exercises: equipment", &vocabulary.equipment},
    {"movements", "profile: surgery.restrictions; exercises: movements", &vocabulary.movements},
    {"categories", "exercises: category", &vocabulary.categories},
    {"positions", "exercises: position", &vocabulary.positions},
    {"muscle-groups", "exercises: muscle_groups", &vocabulary.muscle_groups},
    {"biases", "exercises: bias", &vocabulary.biases},
    {"urgencies", "rules: refer.urgency", &vocabulary.urgencies},
  };
}

CLI::App* setup_vocabulary(CLI::App& app, VocabularyOptions& options)
{
  CLI::App* command = app.add_subcommand("vocabulary", "List every allowed word of a profile or catalog, with its meaning");
  std::vector<std::string> names;
  for (const auto& list : vocabulary_lists(model::Vocabulary{})) {
    names.push_back(list.name);
  }
  command->footer(fmt::format("LIST is one of: {}. Without it, every list.", fmt::join(names, ", ")));
  command->add_option("LIST", options.list, "The list to show")->check(CLI::IsMember(names));
  add_catalog_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

int run_vocabulary(const VocabularyOptions& options)
{
  auto context = load_context(options.common);
  if (!context) {
    return k_exit_invalid;
  }
  std::string out;
  for (const auto& list : vocabulary_lists(context->knowledge.vocabulary)) {
    if (!options.list.empty() && list.name != options.list) {
      continue;
    }
    const auto& ids = list.terms->ids();
    std::size_t width = 0;
    for (const auto& id : ids) {
      width = std::max(width, id.size());
    }
    out += fmt::format("{}{} ({} words; {}):\n", out.empty() ? "" : "\n", list.name, ids.size(), list.key);
    for (const auto& id : ids) {
      const std::string label = list.terms->label(id);
      out += label == id ? fmt::format("  {}\n", id) : fmt::format("  {:<{}}  {}\n", id, width, label);
    }
  }
  fmt::print("{}", out);
  return k_exit_ok;
}

} // namespace ptplan::cli
