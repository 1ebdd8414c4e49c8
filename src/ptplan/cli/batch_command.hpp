#pragma once

#include "ptplan/cli/common.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace ptplan::cli {

struct BatchOptions
{
  CommonOptions common;
  std::vector<std::string> inputs;
  std::string out_dir;
  std::string formats; // empty: the config's format, else markdown
  PrintArgs print;
  int week = 1;
  unsigned jobs = 0; // 0: the number of cores
  bool force = false;
  bool resume = false;
};

// `ptplan batch INPUT... --out-dir DIR`: a plan for every profile, never
// stopping at a bad one, with summary.json in DIR.
CLI::App* setup_batch(CLI::App& app, BatchOptions& options);
int run_batch(const BatchOptions& options);

} // namespace ptplan::cli
