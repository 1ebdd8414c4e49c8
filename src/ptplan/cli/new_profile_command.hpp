#pragma once

#include <CLI/CLI.hpp>

namespace ptplan::cli {

struct NewProfileOptions
{
  bool every_key = false; // every key uncommented, hidden ones too
};

// `ptplan new-profile`: prints an annotated profile skeleton to start from.
CLI::App* setup_new_profile(CLI::App& app, NewProfileOptions& options);
int run_new_profile(const NewProfileOptions& options);

} // namespace ptplan::cli
