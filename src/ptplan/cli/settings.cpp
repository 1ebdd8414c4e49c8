#include "ptplan/cli/settings.hpp"

#include "ptplan/cli/common.hpp"
#include "ptplan/load/config_loader.hpp"
#include "ptplan/load/file.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

namespace ptplan::cli {

namespace {

std::string environment(const char* name)
{
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

} // namespace

std::optional<Settings> load_settings(const CommonOptions& options)
{
  Settings settings;
  if (options.no_config) {
    return settings;
  }
  bool required = true;
  if (!options.config.empty()) {
    settings.path = options.config;
    settings.origin = "--config";
  } else if (const std::string file = environment("PTPLAN_CONFIG"); !file.empty()) {
    settings.path = file;
    settings.origin = "PTPLAN_CONFIG";
  } else if (const std::string xdg = environment("XDG_CONFIG_HOME"); !xdg.empty() && xdg.front() == '/') {
    settings.path = (std::filesystem::path(xdg) / "ptplan" / "config.yaml").string();
    settings.origin = "$XDG_CONFIG_HOME";
    required = false;
  } else if (const std::string home = environment("HOME"); !home.empty()) {
    settings.path = (std::filesystem::path(home) / ".config" / "ptplan" / "config.yaml").string();
    settings.origin = "$HOME/.config";
    required = false;
  } else {
    return settings;
  }
  std::error_code error;
  if (!required && !std::filesystem::exists(settings.path, error)) {
    return settings;
  }
  Diagnostics diagnostics;
  auto text = load::read_file(settings.path, diagnostics, 1024 * 1024);
  std::optional<model::ClinicConfig> config;
  if (text) {
    load::ConfigChoices choices{k_format_names, k_languages, {"a4", "letter"}, static_cast<int>(render::k_min_width),
      static_cast<int>(render::k_max_width)};
    config = load::load_config(SourceFile{settings.path, std::move(*text)}, choices, diagnostics);
  }
  if (!config) {
    print_diagnostics(diagnostics);
    print_error(fmt::format(
      "the configuration file {} (from {}) has errors; fix it, or run with --no-config", settings.path, settings.origin));
    return std::nullopt;
  }
  settings.found = true;
  settings.config = std::move(*config);
  return settings;
}

model::Therapist therapist_defaults(const model::ClinicConfig& config)
{
  model::Therapist therapist;
  therapist.name = config.therapist_name ? config.therapist_name->value : std::string();
  therapist.clinic = config.therapist_clinic ? config.therapist_clinic->value : std::string();
  therapist.phone = config.therapist_phone ? config.therapist_phone->value : std::string();
  return therapist;
}

std::string config_source(const Location& where)
{
  return fmt::format("config {}", format_location(where));
}

} // namespace ptplan::cli
