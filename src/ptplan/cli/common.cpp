#include "ptplan/cli/common.hpp"

#include "ptplan/cli/terminal.hpp"
#include "ptplan/core/terminal_text.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/knowledge_loader.hpp"
#include "ptplan/load/language_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <unistd.h>

namespace ptplan::cli {

void add_catalog_options(CLI::App& command, CommonOptions& options)
{
  command.add_option("--catalog", options.catalog, "Knowledge base folder instead of the one built in");
  command.add_option("--catalog-add", options.catalog_add,
    "Folder of exercises and rules to add on top of the knowledge base (repeatable; after the config's catalog_add)");
  command.add_option("--templates", options.templates, "Template folder (default: the one built in)");
  add_config_options(command, options);
}

void add_config_options(CLI::App& command, CommonOptions& options)
{
  CLI::Option* no_config = command.add_flag("--no-config", options.no_config, "Read no configuration file");
  command
    .add_option("--config", options.config,
      "Configuration file (default: $PTPLAN_CONFIG, else $XDG_CONFIG_HOME/ptplan/config.yaml, else "
      "~/.config/ptplan/config.yaml)")
    ->excludes(no_config);
  add_quiet_flag(command);
}

void add_quiet_flag(CLI::App& command)
{
  command.add_flag_callback(
    "--quiet", [] { set_quiet(true); }, "Print no warnings or summaries; errors are still printed");
}

void add_print_options(CLI::App& command, PrintArgs& options)
{
  command.add_option("--paper", options.paper, "Paper size an HTML handout prints on: a4 (default, or the config's) or letter")
    ->check(CLI::IsMember({"a4", "letter"}));
  command
    .add_option("--width", options.width,
      fmt::format("Line width of a text handout, {} to {} columns (default {}, or the config's)", render::k_min_width,
        render::k_max_width, render::k_default_width))
    ->check(CLI::Range(render::k_min_width, render::k_max_width));
}

void add_large_print_flag(CLI::App& command, PrintArgs& options)
{
  command.add_flag("--large-print", options.large_print,
    "Large print for low vision: 16 pt type and bigger pictures in HTML and PDF handouts (more pages)");
}

render::PrintOptions print_options(const PrintArgs& args, const model::ClinicConfig& config)
{
  std::string paper = args.paper;
  if (paper.empty()) {
    paper = config.paper ? config.paper->value : std::string("a4");
  }
  std::size_t width = args.width;
  if (width == 0) {
    width = config.width ? static_cast<std::size_t>(config.width->value) : render::k_default_width;
  }
  return render::PrintOptions{render::parse_paper(paper).value_or(render::Paper::a4), width, args.large_print};
}

void warn_unused_paper(const PrintArgs& args, const std::vector<render::Format>& formats)
{
  if (args.paper.empty()) {
    return;
  }
  const bool used = std::any_of(
    formats.begin(), formats.end(), [](render::Format f) { return f == render::Format::html || f == render::Format::pdf; });
  if (!used) {
    print_warning(fmt::format("--paper {} changes only HTML and PDF handouts; it is ignored for this output", args.paper));
  }
}

std::string resolve_format(const std::string& given, const model::ClinicConfig& config, const std::vector<std::string>& allowed)
{
  if (!given.empty()) {
    return given;
  }
  if (config.format && std::find(allowed.begin(), allowed.end(), config.format->value) != allowed.end()) {
    return config.format->value;
  }
  return "markdown";
}

void add_week_option(CLI::App& command, int& week)
{
  command
    .add_option_function<std::string>(
      "--week", [&week](const std::string& text) { week = text == "next" ? engine::k_next_week : std::stoi(text); },
      "Week of the programme, 1 to 52 (default 1), or next: the week after the last one in the progress log")
    ->check([](const std::string& text) -> std::string {
      if (text == "next") {
        return {};
      }
      const bool digits = !text.empty() && text.size() <= 2 && text.find_first_not_of("0123456789") == std::string::npos;
      const int value = digits ? std::stoi(text) : 0;
      return value >= 1 && value <= 52 ? std::string() : "expected a week from 1 to 52, or next";
    });
}

void add_version_flag(CLI::App& command)
{
  command.set_version_flag("--version", std::string("ptplan ") + PTPLAN_VERSION);
}

std::optional<Context> load_context(const CommonOptions& options)
{
  auto settings = load_settings(options);
  if (!settings) {
    return std::nullopt;
  }
  Diagnostics diagnostics;
  std::optional<model::Knowledge> knowledge;
  model::Languages languages;
  if (options.catalog.empty()) {
    knowledge = load::builtin_knowledge(diagnostics);
    languages = load::builtin_languages();
  } else {
    const load::KnowledgeFiles files = load::read_knowledge_folder(options.catalog, diagnostics);
    if (diagnostics.empty()) {
      knowledge = load::load_knowledge(files, diagnostics);
      load::read_languages(files, languages, diagnostics);
    }
  }
  if (knowledge) {
    std::vector<std::string> added;
    for (const auto& folder : settings->config.catalog_add) {
      added.push_back(folder.value);
    }
    added.insert(added.end(), options.catalog_add.begin(), options.catalog_add.end());
    for (const auto& folder : added) {
      const load::KnowledgeFiles files = load::read_added_folder(folder, diagnostics);
      if (!diagnostics.empty() || !load::add_knowledge(*knowledge, files, diagnostics)
          || !load::read_languages(files, languages, diagnostics)) {
        knowledge.reset();
        break;
      }
    }
  }
  if (knowledge) {
    // A language with translations may be asked for by profiles.
    for (const auto& [code, messages] : languages) {
      if (!knowledge->vocabulary.languages.contains(code)) {
        knowledge->vocabulary.languages.add(code, code);
      }
    }
  }
  render::TemplateSet templates =
    options.templates.empty() ? render::builtin_templates() : render::read_template_folder(options.templates, diagnostics);
  if (!diagnostics.empty() || !knowledge) {
    print_diagnostics(diagnostics);
    return std::nullopt;
  }
  return Context{std::move(*knowledge), std::move(templates), std::move(*settings), std::move(languages)};
}

render::Format parse_format(const std::string& name)
{
  if (name == "text") {
    return render::Format::text;
  }
  if (name == "html") {
    return render::Format::html;
  }
  if (name == "json") {
    return render::Format::json;
  }
  if (name == "pdf") {
    return render::Format::pdf;
  }
  return render::Format::markdown;
}

std::optional<render::Format> format_of_path(std::string_view path)
{
  const std::size_t dot = path.rfind('.');
  const std::size_t slash = path.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::nullopt;
  }
  std::string extension(path.substr(dot + 1));
  std::transform(
    extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == "md" || extension == "markdown") {
    return render::Format::markdown;
  }
  if (extension == "txt" || extension == "text") {
    return render::Format::text;
  }
  if (extension == "html" || extension == "htm") {
    return render::Format::html;
  }
  if (extension == "json") {
    return render::Format::json;
  }
  if (extension == "pdf") {
    return render::Format::pdf;
  }
  return std::nullopt;
}

render::Format choose_format(const std::string& format_option, const std::string& output, const model::ClinicConfig& config,
  const std::vector<std::string>& allowed)
{
  if (!format_option.empty()) {
    return parse_format(format_option);
  }
  if (const auto named = format_of_path(output)) {
    return *named;
  }
  return parse_format(resolve_format("", config, allowed));
}

bool may_write_to(render::Format format, const std::string& output)
{
  if (format == render::Format::pdf && (output.empty() || output == "-") && ::isatty(STDOUT_FILENO) == 1) {
    print_error("a PDF is not for the terminal: write it to a file with -o FILE.pdf, or redirect standard output");
    return false;
  }
  return true;
}

void print_diagnostics(const Diagnostics& diagnostics)
{
  std::fputs(paint(diagnostics.format(), colour_stderr()).c_str(), stderr);
}

void print_error(std::string_view message)
{
  std::fputs(paint(fmt::format("ptplan: error: {}\n", printable(message)), colour_stderr()).c_str(), stderr);
}

void print_warning(std::string_view message)
{
  if (!quiet()) {
    std::fputs(paint(fmt::format("ptplan: warning: {}\n", printable(message)), colour_stderr()).c_str(), stderr);
  }
}

} // namespace ptplan::cli
