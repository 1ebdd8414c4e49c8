#include "ptplan/cli/catalog_command.hpp"

#include "ptplan/core/terminal_text.hpp"
#include "ptplan/render/dose_words.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace ptplan::cli {

CLI::App* setup_catalog(CLI::App& app, CatalogOptions& options)
{
  CLI::App* command = app.add_subcommand("catalog", "Browse the exercise catalog");
  command->require_subcommand(1);
  add_version_flag(*command);
  CLI::App* list = command->add_subcommand("list", "List exercises, optionally filtered");
  list->add_option("--category", options.category, "Only this category (stretch, strength, ...)");
  list->add_option("--condition", options.condition, "Only exercises that help this condition");
  list->add_option("--position", options.position, "Only this position (supine, seated, ...)");
  add_catalog_options(*list, options.common);
  add_version_flag(*list);
  CLI::App* show = command->add_subcommand("show", "Show one exercise in full");
  show->add_option("ID", options.id, "Exercise id")->required();
  add_catalog_options(*show, options.common);
  add_version_flag(*show);
  return command;
}

namespace {

std::string join(const std::vector<std::string>& items)
{
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : ", ") + item;
  }
  return out.empty() ? std::string("-") : out;
}

bool check_word(const std::string& value, const model::Terms& terms, std::string_view option)
{
  if (value.empty() || terms.contains(value)) {
    return true;
  }
  const std::string suggestion = did_you_mean(value, terms.ids());
  print_error(fmt::format("{} \"{}\" is not in the vocabulary{}", option, value,
    suggestion.empty() ? std::string() : fmt::format("; did you mean \"{}\"?", suggestion)));
  return false;
}

} // namespace

int run_catalog_list(const CatalogOptions& options)
{
  auto context = load_context(options.common);
  if (!context) {
    return k_exit_invalid;
  }
  const auto& vocabulary = context->knowledge.vocabulary;
  if (!check_word(options.category, vocabulary.categories, "--category")
      || !check_word(options.condition, vocabulary.conditions, "--condition")
      || !check_word(options.position, vocabulary.positions, "--position")) {
    return k_exit_usage;
  }
  std::string out;
  std::size_t count = 0;
  for (const auto& e : context->knowledge.catalog.exercises()) {
    if ((!options.category.empty() && model::word_of(e.category) != options.category)
        || (!options.position.empty() && e.position != options.position)
        || (!options.condition.empty()
            && std::find(e.conditions.begin(), e.conditions.end(), options.condition) == e.conditions.end())) {
      continue;
    }
    out += fmt::format("{:<40} {:<10} {:<13} level {}  {}\n", e.id, model::word_of(e.category), e.position, e.level, e.name);
    ++count;
  }
  out += fmt::format("{} exercises\n", count);
  fmt::print("{}", printable_text(out));
  return k_exit_ok;
}

int run_catalog_show(const CatalogOptions& options)
{
  auto context = load_context(options.common);
  if (!context) {
    return k_exit_invalid;
  }
  const auto& catalog = context->knowledge.catalog;
  const model::Exercise* e = catalog.find(options.id);
  if (!e) {
    std::vector<std::string> ids;
    for (const auto& exercise : catalog.exercises()) {
      ids.push_back(exercise.id);
    }
    const std::string suggestion = did_you_mean(options.id, ids);
    print_error(fmt::format("no exercise has the id \"{}\"{}", options.id,
      suggestion.empty() ? std::string() : fmt::format("; did you mean \"{}\"?", suggestion)));
    return k_exit_usage;
  }
  std::string out = fmt::format("{}: {}\n", e->id, e->name);
  out += fmt::format("  category:    {}\n  position:    {}{}\n  level:       {}\n", model::word_of(e->category), e->position,
    e->floor ? " (on the floor)" : "", e->level);
  out += fmt::format("  equipment:   {}\n  movements:   {}\n  muscles:     {}\n  conditions:  {}\n  bias:        {}\n",
    join(e->equipment), join(e->movements), join(e->muscle_groups), join(e->conditions), e->bias);
  out += fmt::format("  regression:  {}\n  progression: {}\n  variants:    {}\n", e->regression.empty() ? "-" : e->regression,
    e->progression.empty() ? "-" : e->progression, join(e->variants));
  out += fmt::format("  dose:        {}\n  purpose:     {}\n  steps:\n", render::dose_in_words(e->dosage), e->purpose);
  for (std::size_t i = 0; i < e->steps.size(); ++i) {
    out += fmt::format("    {}. {}\n", i + 1, e->steps[i]);
  }
  out += fmt::format("  safety:      {}\n  defined at:  {}\n", e->safety, format_location(e->where));
  fmt::print("{}", printable_text(out));
  return k_exit_ok;
}

} // namespace ptplan::cli
