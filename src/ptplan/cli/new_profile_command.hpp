#pragma once

#include <CLI/CLI.hpp>

namespace ptplan::cli {

// `ptplan new-profile`: prints an annotated profile skeleton to start from.
CLI::App* setup_new_profile(CLI::App& app);
int run_new_profile();

} // namespace ptplan::cli
