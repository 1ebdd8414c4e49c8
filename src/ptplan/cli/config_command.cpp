#include "ptplan/cli/config_command.hpp"

#include <fmt/format.h>

#include <optional>

namespace ptplan::cli {

namespace {

struct Line
{
  std::string key;
  std::string value;
  std::string source;
};

// The command line's value, else the config's, else the default.
template <class T>
Line pick(std::string key, const std::string& given, const std::optional<model::Setting<T>>& setting, std::string fallback)
{
  if (!given.empty()) {
    return {std::move(key), given, "command line"};
  }
  if (setting) {
    return {std::move(key), fmt::format("{}", setting->value), config_source(setting->where)};
  }
  return {std::move(key), std::move(fallback), "default"};
}

} // namespace

CLI::App* setup_config(CLI::App& app, ConfigOptions& options)
{
  CLI::App* command = app.add_subcommand("config", "Print the settings in force and where each came from");
  command->footer("The configuration file is --config FILE, else $PTPLAN_CONFIG, else $XDG_CONFIG_HOME/ptplan/config.yaml, "
                  "else ~/.config/ptplan/config.yaml. It may set: therapist (name, clinic, phone), paper (a4 or letter), "
                  "width, language, format and catalog_add (a list of folders). A profile's own therapist block wins over "
                  "it; the command line wins over both.\n"
                  "Exit status: 0 shown; 1 the configuration file has errors (file:line:column on stderr); 2 usage error.");
  command->add_option("--format", options.format, "An output format, to see it win over the config's")
    ->check(CLI::IsMember(k_format_names));
  add_print_options(*command, options.print);
  command->add_option("--catalog", options.common.catalog, "Knowledge base folder instead of the one built in");
  command->add_option("--catalog-add", options.common.catalog_add, "Folder added on top of the knowledge base (repeatable)");
  add_config_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

int run_config(const ConfigOptions& options)
{
  const auto settings = load_settings(options.common);
  if (!settings) {
    return k_exit_invalid;
  }
  const model::ClinicConfig& config = settings->config;
  std::string file;
  if (options.common.no_config) {
    file = "none (--no-config)";
  } else if (settings->path.empty()) {
    file = "none (neither $XDG_CONFIG_HOME nor $HOME is set)";
  } else {
    file = fmt::format("{} (from {}){}", settings->path, settings->origin, settings->found ? "" : ", not found");
  }
  std::vector<Line> lines;
  lines.push_back(pick("therapist.name", "", config.therapist_name, "-"));
  lines.push_back(pick("therapist.clinic", "", config.therapist_clinic, "-"));
  lines.push_back(pick("therapist.phone", "", config.therapist_phone, "-"));
  for (auto& line : lines) {
    if (line.source == "default") {
      line.source = "not set: each profile's own";
    }
  }
  lines.push_back(pick("format", options.format, config.format, "markdown"));
  lines.push_back(pick("paper", options.print.paper, config.paper, "a4"));
  lines.push_back(pick("width", options.print.width > 0 ? std::to_string(options.print.width) : std::string(), config.width,
    std::to_string(render::k_default_width)));
  lines.push_back(pick("language", "", config.language, "en"));
  lines.push_back(options.common.catalog.empty() ? Line{"catalog", "built in", "default"}
                                                 : Line{"catalog", options.common.catalog, "command line"});
  for (const auto& folder : config.catalog_add) {
    lines.push_back({"catalog_add", folder.value, config_source(folder.where)});
  }
  for (const auto& folder : options.common.catalog_add) {
    lines.push_back({"catalog_add", folder, "command line"});
  }
  std::size_t key_width = 0;
  std::size_t value_width = 0;
  for (const auto& line : lines) {
    key_width = std::max(key_width, line.key.size());
    value_width = std::max(value_width, line.value.size());
  }
  std::string out = fmt::format("config file: {}\n", file);
  for (const auto& line : lines) {
    out += fmt::format("{:<{}}  {:<{}}  {}\n", line.key, key_width, line.value, value_width, line.source);
  }
  fmt::print("{}", out);
  return k_exit_ok;
}

} // namespace ptplan::cli
