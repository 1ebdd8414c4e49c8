#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/profile.hpp"
#include "ptplan/model/vocabulary.hpp"
#include "ptplan/yaml/node.hpp"

#include <optional>

namespace ptplan::load {

// Reads and validates a patient profile (SPEC.md "Profile"). Every problem
// is reported with its position; the result is empty if there was any.
std::optional<model::Profile> load_profile(
  const SourceFile& source, const model::Vocabulary& vocabulary, Diagnostics& diagnostics);

// The same, for a document already parsed (one document of a stream).
std::optional<model::Profile> read_profile(
  const yaml::Node& root, const std::string& file, const model::Vocabulary& vocabulary, Diagnostics& diagnostics);

} // namespace ptplan::load
