#pragma once

#include "ptplan/cli/common.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace ptplan::cli {

struct CheckOptions
{
  CommonOptions common;
  std::vector<std::string> paths;
};

// `ptplan check [PATH...]`: validates the knowledge base and templates in
// use, then each path: a catalog folder, a template folder or file, or a
// profile. Reports every error; plans nothing.
CLI::App* setup_check(CLI::App& app, CheckOptions& options);
int run_check(const CheckOptions& options);

} // namespace ptplan::cli
