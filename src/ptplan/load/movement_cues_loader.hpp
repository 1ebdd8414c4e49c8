#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/movement_cues.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <optional>

namespace ptplan::load {

// Reads a phrase table (exercises/movement_cues.yaml; the format is in
// exercises/README.md). Unknown keys, movement tags the vocabulary lacks and
// phrases that are not lower-case words are reported with their positions.
std::optional<model::MovementCues> load_movement_cues(
  const SourceFile& source, const model::Vocabulary& vocabulary, Diagnostics& diagnostics);

} // namespace ptplan::load
