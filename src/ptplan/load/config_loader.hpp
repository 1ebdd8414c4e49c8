#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/config.hpp"
#include "ptplan/model/profile.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ptplan::load {

// The values a configuration file may use that the loader does not own.
struct ConfigChoices
{
  std::vector<std::string> formats;   // "markdown", "text", ...
  std::vector<std::string> languages; // the languages the knowledge base carries
  std::vector<std::string> papers;    // "a4", "letter"
  int min_width = 0;
  int max_width = 0;
};

// Reads a clinic configuration file, as strictly as a profile: unknown keys
// (with a did-you-mean), wrong types and unknown values are errors with
// their file:line:column. An empty file is an empty configuration. Folders
// in catalog_add that are relative are taken from the file's own folder.
std::optional<model::ClinicConfig> load_config(const SourceFile& source, const ConfigChoices& choices, Diagnostics& diagnostics);

// Fills each part of the profile's therapist block that it leaves out from
// `defaults` (the config's): the profile's own values win.
void fill_therapist(model::Profile& profile, const model::Therapist& defaults);

} // namespace ptplan::load
