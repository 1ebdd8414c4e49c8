#include "ptplan/cli/check_command.hpp"

#include "ptplan/batch/inputs.hpp"
#include "ptplan/cli/render_outcome.hpp"
#include "ptplan/core/terminal_text.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/lint/catalog_lint.hpp"
#include "ptplan/lint/notes_lint.hpp"
#include "ptplan/lint/pose_lint.hpp"
#include "ptplan/lint/translation_lint.hpp"
#include "ptplan/load/file.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/language_loader.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace ptplan::cli {

namespace fs = std::filesystem;

CLI::App* setup_check(CLI::App& app, CheckOptions& options)
{
  CLI::App* command = app.add_subcommand("check", "Validate the catalog, rules, templates and profiles without planning");
  command->footer("Checks the knowledge base in use (built in or --catalog, with every --catalog-add folder and the config's "
                  "catalog_add on top) as a whole. PATH may be a catalog folder (with vocabulary.yaml), a template folder or "
                  "*.mustache file, a profile, or a folder of profiles (every *.yaml and *.yml in it, as batch reads them). "
                  "Exit status: 0 all valid; 1 errors found (file:line:column on stderr); 2 usage error.");
  command->add_option("PATH", options.paths, "Files or folders to check");
  add_catalog_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

namespace {

// A profile is valid when it reads and the rules accept its therapist
// choices (as `plan` would for its next week).
bool check_profile(const std::string& path, const model::Knowledge& knowledge, Diagnostics& diagnostics)
{
  const auto profile = read_profile_file(path, knowledge.vocabulary, diagnostics);
  if (!profile) {
    return false;
  }
  const Diagnostics refused = engine::choice_errors(knowledge, *profile, engine::resolve_week(*profile, engine::k_next_week));
  diagnostics.append(refused);
  return refused.empty();
}

// Whether a folder is a template folder: it has a *.mustache file.
bool holds_templates(const std::string& folder)
{
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".mustache") {
      return true;
    }
  }
  return false;
}

void check_templates(const render::TemplateSet& set, Diagnostics& diagnostics)
{
  for (const auto& [name, source] : set.templates) {
    if (render::check_template(source, diagnostics, name)) {
      lint::lint_template_readability(source, diagnostics);
    }
  }
}

} // namespace

int run_check(const CheckOptions& options)
{
  auto context = load_context(options.common);
  if (!context) {
    return k_exit_invalid;
  }
  Diagnostics diagnostics;
  lint::lint_knowledge(context->knowledge, diagnostics);
  // Every built-in exercise has a figure; a clinic's may go without.
  lint::lint_poses(context->knowledge, options.common.catalog.empty(), diagnostics);
  lint::lint_notes(context->knowledge, diagnostics);
  lint::lint_side_tokens(context->knowledge, diagnostics);
  check_templates(context->templates, diagnostics);
  lint::lint_languages(context->knowledge, context->templates, context->languages, diagnostics);
  std::size_t added = context->settings.config.catalog_add.size() + options.common.catalog_add.size();
  std::vector<std::string> checked = {
    fmt::format("catalog: {} exercises, {} rules{}", context->knowledge.catalog.exercises().size(),
      context->knowledge.rules.rules.size(), added > 0 ? fmt::format(" ({} added folders included)", added) : std::string())};
  for (const auto& path : options.paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      if (fs::exists(fs::path(path) / "vocabulary.yaml", error)) {
        Diagnostics local;
        const load::KnowledgeFiles files = load::read_knowledge_folder(path, local);
        auto knowledge = load::load_knowledge(files, local);
        model::Languages languages;
        load::read_languages(files, languages, local);
        diagnostics.append(local);
        if (knowledge) {
          lint::lint_knowledge(*knowledge, diagnostics);
          lint::lint_poses(*knowledge, false, diagnostics);
          lint::lint_notes(*knowledge, diagnostics);
          lint::lint_side_tokens(*knowledge, diagnostics);
          lint::lint_languages(*knowledge, context->templates, languages, diagnostics);
          checked.push_back(fmt::format(
            "{}: {} exercises, {} rules", path, knowledge->catalog.exercises().size(), knowledge->rules.rules.size()));
        }
      } else if (holds_templates(path)) {
        const render::TemplateSet set = render::read_template_folder(path, diagnostics);
        check_templates(set, diagnostics);
        checked.push_back(fmt::format("{}: templates", path));
      } else {
        // A folder of profiles, as batch reads it: every one is checked.
        const auto profiles = batch::expand_inputs({path});
        if (profiles.empty()) {
          diagnostics.error({path, 0, 0}, "holds no profiles (*.yaml, *.yml), templates (*.mustache) or catalog "
                                          "(vocabulary.yaml) to check");
        }
        std::size_t valid = 0;
        for (const auto& profile : profiles) {
          valid += check_profile(profile, context->knowledge, diagnostics) ? 1 : 0;
        }
        if (valid == profiles.size() && valid > 0) {
          checked.push_back(fmt::format("{}: {} profiles", path, valid));
        }
      }
      continue;
    }
    if (path.size() > 9 && path.substr(path.size() - 9) == ".mustache") {
      if (auto text = load::read_file(path, diagnostics)) {
        const SourceFile source{path, std::move(*text)};
        const std::string name = std::filesystem::path(path).filename().string();
        if (render::check_template(source, diagnostics, name)) {
          lint::lint_template_readability(source, diagnostics);
        }
        checked.push_back(fmt::format("{}: template", path));
      }
      continue;
    }
    if (check_profile(path, context->knowledge, diagnostics)) {
      checked.push_back(fmt::format("{}: profile", path));
    }
  }
  if (!diagnostics.empty()) {
    print_diagnostics(diagnostics);
    return k_exit_invalid;
  }
  for (const auto& line : checked) {
    fmt::print("ok  {}\n", printable(line));
  }
  return k_exit_ok;
}

} // namespace ptplan::cli
