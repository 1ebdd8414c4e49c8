#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/core/source.hpp"
#include "ptplan/model/exercise.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ptplan::load {

// Reads exercises from one catalog file (a single exercise map, or a list of
// them) and appends them to `out`. Field and vocabulary errors are reported
// with their positions; entries with errors are left out.
void load_exercises(
  const SourceFile& source, const model::Vocabulary& vocabulary, std::vector<model::Exercise>& out, Diagnostics& diagnostics);

// Checks what spans files: unique ids, regression/progression/variant ids
// that exist, chains that agree both ways and never loop.
void check_catalog_links(const std::vector<model::Exercise>& exercises, Diagnostics& diagnostics);

// The error for a link (from an exercise or a rule) to an id no exercise has:
// `OWNER.FIELD: no exercise has the id "REF"`, with a did-you-mean from `ids`
// when one is close.
std::string unknown_exercise_message(
  std::string_view owner, std::string_view field, std::string_view ref, const std::vector<std::string>& ids);

} // namespace ptplan::load
