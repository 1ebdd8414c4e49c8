#pragma once

#include "ptplan/cli/common.hpp"
#include "ptplan/engine/planner.hpp"

#include <optional>
#include <string>

namespace ptplan::cli {

// Renders a plan or referral in `format`; template errors are reported and
// give the empty optional.
std::optional<std::string> render_outcome(const engine::Outcome& outcome, const model::Profile& profile, const Context& context,
  render::Format format, Diagnostics& diagnostics);

// Reads and validates a profile file ("-" for standard input).
std::optional<model::Profile> read_profile_file(
  const std::string& path, const model::Vocabulary& vocabulary, Diagnostics& diagnostics);

} // namespace ptplan::cli
