#pragma once

#include "ptplan/cli/common.hpp"

#include <CLI/CLI.hpp>

namespace ptplan::cli {

struct PlanOptions
{
  CommonOptions common;
  std::string profile;
  std::string format; // empty: from the output file's extension, else the config's, else markdown
  PrintArgs print;
  int week = 1;
  std::string output;
  bool force = false;
};

// `ptplan plan PROFILE`: one plan (or a referral notice, exit 3).
CLI::App* setup_plan(CLI::App& app, PlanOptions& options);
int run_plan(const PlanOptions& options);

} // namespace ptplan::cli
