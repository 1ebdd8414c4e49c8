#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <optional>

namespace ptplan::load {

// Reads vocabulary.yaml. Errors go to `diagnostics` with their positions.
std::optional<model::Vocabulary> load_vocabulary(const SourceFile& source, Diagnostics& diagnostics);

} // namespace ptplan::load
