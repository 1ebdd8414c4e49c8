#pragma once

#include "ptplan/core/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::model {

// One value from the clinic's configuration file and where it was written.
template <class T>
struct Setting
{
  T value;
  Location where;
};

// The clinic's configuration (README, "Configure once"): what every
// profile and command would otherwise repeat. Each value is optional; a
// profile's own value wins over it, the command line over both.
struct ClinicConfig
{
  std::string file; // where it was read from
  std::optional<Setting<std::string>> therapist_name;
  std::optional<Setting<std::string>> therapist_clinic;
  std::optional<Setting<std::string>> therapist_phone;
  std::optional<Setting<std::string>> paper;     // a4 | letter
  std::optional<Setting<int>> width;             // text handouts
  std::optional<Setting<std::string>> language;  // en | ...
  std::optional<Setting<std::string>> format;    // the default output format
  std::vector<Setting<std::string>> catalog_add; // folders added to the knowledge base, as absolute or config-relative paths
};

} // namespace ptplan::model
