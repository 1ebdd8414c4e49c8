#pragma once

#include "ptplan/cli/common.hpp"

#include <CLI/CLI.hpp>

namespace ptplan::cli {

struct CatalogOptions
{
  CommonOptions common;
  std::string category;
  std::string condition;
  std::string position;
  std::string id;
  bool json = false;
};

// `ptplan catalog list|show ID`: browse the exercises, with filters.
CLI::App* setup_catalog(CLI::App& app, CatalogOptions& options);
int run_catalog_list(const CatalogOptions& options);
int run_catalog_show(const CatalogOptions& options);

} // namespace ptplan::cli
