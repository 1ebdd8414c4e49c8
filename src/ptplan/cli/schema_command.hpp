#pragma once

#include "ptplan/cli/common.hpp"

#include <CLI/CLI.hpp>

namespace ptplan::cli {

struct SchemaOptions
{
  CommonOptions common;
  std::string kind; // profile | catalog
};

// `ptplan schema profile|catalog`: prints a JSON Schema for editors.
CLI::App* setup_schema(CLI::App& app, SchemaOptions& options);
int run_schema(const SchemaOptions& options);

} // namespace ptplan::cli
