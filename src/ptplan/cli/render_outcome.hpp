#pragma once

#include "ptplan/cli/common.hpp"
#include "ptplan/engine/planner.hpp"

#include <memory>
#include <optional>
#include <string>

namespace ptplan::cli {

// Renders a plan or referral in `format`, laid out for `print`; template
// errors are reported and give the empty optional.
std::optional<std::string> render_outcome(const model::PlanOrReferral& outcome, const model::Profile& profile,
  const Context& context, render::Format format, Diagnostics& diagnostics, const render::PrintOptions& print = {});

// What `plan` and `explain` start from: the knowledge base, templates and
// one validated profile, its therapist block completed from the config. Held by pointer so a plan's pointers into them
// stay valid. Errors are printed; the result is then empty.
struct CommandInput
{
  Context context;
  model::Profile profile;
};
std::unique_ptr<CommandInput> load_command_input(const CommonOptions& options, const std::string& profile_path);

// Reads and validates a profile file ("-" for standard input).
std::optional<model::Profile> read_profile_file(
  const std::string& path, const model::Vocabulary& vocabulary, Diagnostics& diagnostics);

} // namespace ptplan::cli
