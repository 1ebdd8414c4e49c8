#pragma once

#include "ptplan/cli/common.hpp"

#include <CLI/CLI.hpp>

namespace ptplan::cli {

struct ReviewOptions
{
  CommonOptions common;
  std::string profile;
  std::string format; // empty: from the output file's extension, else the config's when review can write it, else markdown
  std::string output;
  bool force = false;
};

// `ptplan review PROFILE`: the whole course from the progress log, for the
// therapist: weeks, adherence, pain, outcome changes, exercise changes and
// flags.
CLI::App* setup_review(CLI::App& app, ReviewOptions& options);
int run_review(const ReviewOptions& options);

} // namespace ptplan::cli
