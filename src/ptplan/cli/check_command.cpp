#include "ptplan/cli/check_command.hpp"

#include "ptplan/cli/render_outcome.hpp"
#include "ptplan/lint/catalog_lint.hpp"
#include "ptplan/lint/notes_lint.hpp"
#include "ptplan/load/file.hpp"
#include "ptplan/load/knowledge_loader.hpp"

#include <fmt/format.h>

#include <filesystem>

namespace ptplan::cli {

namespace fs = std::filesystem;

CLI::App* setup_check(CLI::App& app, CheckOptions& options)
{
  CLI::App* command = app.add_subcommand("check", "Validate the catalog, rules, templates and profiles without planning");
  command->footer("PATH may be a catalog folder (with vocabulary.yaml), a template folder or *.mustache file, or a "
                  "profile. Exit status: 0 all valid; 1 errors found (file:line:column on stderr); 2 usage error.");
  command->add_option("PATH", options.paths, "Files or folders to check");
  add_catalog_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

namespace {

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
  lint::lint_notes(context->knowledge, diagnostics);
  lint::lint_side_tokens(context->knowledge, diagnostics);
  check_templates(context->templates, diagnostics);
  std::vector<std::string> checked = {fmt::format(
    "catalog: {} exercises, {} rules", context->knowledge.catalog.exercises().size(), context->knowledge.rules.rules.size())};
  for (const auto& path : options.paths) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
      if (fs::exists(fs::path(path) / "vocabulary.yaml", error)) {
        Diagnostics local;
        auto knowledge = load::load_knowledge(load::read_knowledge_folder(path, local), local);
        diagnostics.append(local);
        if (knowledge) {
          lint::lint_knowledge(*knowledge, diagnostics);
          lint::lint_notes(*knowledge, diagnostics);
          lint::lint_side_tokens(*knowledge, diagnostics);
          checked.push_back(fmt::format(
            "{}: {} exercises, {} rules", path, knowledge->catalog.exercises().size(), knowledge->rules.rules.size()));
        }
      } else {
        const render::TemplateSet set = render::read_template_folder(path, diagnostics);
        check_templates(set, diagnostics);
        checked.push_back(fmt::format("{}: templates", path));
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
    if (read_profile_file(path, context->knowledge.vocabulary, diagnostics)) {
      checked.push_back(fmt::format("{}: profile", path));
    }
  }
  if (!diagnostics.empty()) {
    print_diagnostics(diagnostics);
    return k_exit_invalid;
  }
  for (const auto& line : checked) {
    fmt::print("ok  {}\n", line);
  }
  return k_exit_ok;
}

} // namespace ptplan::cli
