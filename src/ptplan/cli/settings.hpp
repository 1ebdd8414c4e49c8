#pragma once

#include "ptplan/model/config.hpp"
#include "ptplan/model/profile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::cli {

struct CommonOptions;

// Where the configuration file was looked for, and what it holds.
struct Settings
{
  std::string path;   // the file read, or looked for; empty with --no-config
  std::string origin; // "--config", "PTPLAN_CONFIG", "$XDG_CONFIG_HOME", "$HOME/.config"
  bool found = false;
  model::ClinicConfig config; // empty when no file was found
};

// The configuration file's path: --config FILE, else $PTPLAN_CONFIG, else
// $XDG_CONFIG_HOME/ptplan/config.yaml, else ~/.config/ptplan/config.yaml.
// Reads and validates it. A file named by --config or PTPLAN_CONFIG must
// exist; the default one may be missing. Errors are printed; the result is
// then empty.
std::optional<Settings> load_settings(const CommonOptions& options);

// The languages handouts can be written in.
inline const std::vector<std::string> k_languages = {"en"};

// The therapist block of the config, for load::fill_therapist.
model::Therapist therapist_defaults(const model::ClinicConfig& config);

// "config FILE:LINE:COLUMN" for a value from the configuration file.
std::string config_source(const Location& where);

} // namespace ptplan::cli
