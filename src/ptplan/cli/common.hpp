#pragma once

#include "ptplan/cli/settings.hpp"
#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/render/escape.hpp"
#include "ptplan/render/print_options.hpp"
#include "ptplan/render/templates.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace ptplan::cli {

// Exit statuses (SPEC.md).
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_invalid = 1;
inline constexpr int k_exit_usage = 2;
inline constexpr int k_exit_referral = 3;

// Options every command that reads the knowledge base shares.
struct CommonOptions
{
  std::string catalog;                  // empty: built in
  std::vector<std::string> catalog_add; // folders added on top, after the config's
  std::string templates;                // empty: built in
  std::string config;                   // --config FILE; empty: PTPLAN_CONFIG or the default file
  bool no_config = false;
  std::string lang; // --lang on commands that write for the patient; empty: the profile's
};

// --catalog, --catalog-add, --templates, --config, --no-config and --quiet.
void add_catalog_options(CLI::App& command, CommonOptions& options);
// --config, --no-config and --quiet alone, for commands without a catalog.
void add_config_options(CLI::App& command, CommonOptions& options);
void add_quiet_flag(CLI::App& command);

// How handouts are laid out for printing, as given on the command line;
// empty or 0 when not given (the config, then the default, decide).
struct PrintArgs
{
  std::string paper;
  std::size_t width = 0;
  bool large_print = false;
};

// `--paper a4|letter` (HTML) and `--width N` (text, 60..200); a bad value
// is a usage error.
void add_print_options(CLI::App& command, PrintArgs& options);
// `--large-print`: 16 pt type and bigger pictures in HTML and PDF handouts.
void add_large_print_flag(CLI::App& command, PrintArgs& options);
// The command line's values, else the config's, else the defaults.
render::PrintOptions print_options(const PrintArgs& args, const model::ClinicConfig& config);
// Warns when --paper is given but no format it changes is: it would be
// silently ignored.
void warn_unused_paper(const PrintArgs& args, const std::vector<render::Format>& formats);
// The output format: the command line's, else the config's when `allowed`
// has it, else markdown.
std::string resolve_format(const std::string& given, const model::ClinicConfig& config, const std::vector<std::string>& allowed);
void add_version_flag(CLI::App& command);

// `--week N` (1 to 52) or `--week next`: the week after the last one in the
// profile's progress log (week 1 without a log), stored as
// engine::k_next_week.
void add_week_option(CLI::App& command, int& week);

// The knowledge base and templates a command works with, and the clinic's
// configuration.
struct Context
{
  model::Knowledge knowledge;
  render::TemplateSet templates;
  Settings settings;
  model::Languages languages; // the translations (English is the knowledge base's own text)
};

// Loads the configuration, the knowledge base (built in or --catalog, with
// the config's and the command line's --catalog-add folders on top) and the
// templates; on errors prints them and returns the empty optional.
std::optional<Context> load_context(const CommonOptions& options);

// "markdown" -> Format::markdown.
render::Format parse_format(const std::string& name);
inline const std::vector<std::string> k_format_names = {"markdown", "text", "html", "json", "pdf"};

// The format an output file's extension names: .md (.markdown), .txt,
// .html (.htm), .json, .pdf, in any case; the empty optional for others.
std::optional<render::Format> format_of_path(std::string_view path);

// The format a command writes: `--format` when given, else the one the
// output file's extension names, else the config's `format` when the
// command can write it, else Markdown.
render::Format choose_format(const std::string& format_option, const std::string& output, const model::ClinicConfig& config,
  const std::vector<std::string>& allowed);

// A PDF is bytes, not text: writing one to a terminal is refused (a usage
// error, with a hint to use -o or a redirection). True when it may go on.
bool may_write_to(render::Format format, const std::string& output);

// Prints collected input errors to stderr (coloured on a terminal).
void print_diagnostics(const Diagnostics& diagnostics);
void print_error(std::string_view message);
// Prints nothing with --quiet.
void print_warning(std::string_view message);

} // namespace ptplan::cli
