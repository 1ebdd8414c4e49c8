#pragma once

#include "ptplan/cli/common.hpp"

#include <CLI/CLI.hpp>

namespace ptplan::cli {

struct ExplainOptions
{
  CommonOptions common;
  std::string profile;
  int week = 1;
  bool json = false;
};

// `ptplan explain PROFILE`: every rule that fired and every catalog
// exercise's fate, with reasons, for the therapist.
CLI::App* setup_explain(CLI::App& app, ExplainOptions& options);
int run_explain(const ExplainOptions& options);

} // namespace ptplan::cli
