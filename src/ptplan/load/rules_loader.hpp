#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/rule.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <optional>

namespace ptplan::load {

// Reads rules.yaml (exercises/README.md, "Rules"): every condition names a
// known fact with a value of the right kind from the vocabulary, every action
// names known tags. All problems are reported with their positions.
std::optional<model::RuleSet> load_rules(const SourceFile& source, const model::Vocabulary& vocabulary, Diagnostics& diagnostics);

} // namespace ptplan::load
