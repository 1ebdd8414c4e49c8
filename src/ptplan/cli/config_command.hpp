#pragma once

#include "ptplan/cli/common.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace ptplan::cli {

struct ConfigOptions
{
  CommonOptions common;
  std::string format;
  PrintArgs print;
};

// `ptplan config`: the settings in force, merged from the command line, the
// configuration file and the defaults, each with where it came from.
// Checks the configuration file (exit 1 on errors) but no catalog.
CLI::App* setup_config(CLI::App& app, ConfigOptions& options);
int run_config(const ConfigOptions& options);

} // namespace ptplan::cli
