#include "ptplan/cli/new_profile_command.hpp"

#include "ptplan/cli/common.hpp"
#include "ptplan/schema/profile_skeleton.hpp"

#include <fmt/format.h>

namespace ptplan::cli {

CLI::App* setup_new_profile(CLI::App& app, NewProfileOptions& options)
{
  CLI::App* command = app.add_subcommand("new-profile", "Print an annotated profile skeleton to start from");
  command->add_flag(
    "--every-key", options.every_key, "Write every key the format has, none commented out: a reference, not a starting point");
  command->footer("Every key with its allowed values; fill in the name and the therapist (ptplan refuses the placeholders), "
                  "then run: ptplan plan FILE");
  add_version_flag(*command);
  return command;
}

int run_new_profile(const NewProfileOptions& options)
{
  auto context = load_context(CommonOptions{});
  if (!context) {
    return k_exit_invalid;
  }
  schema::SkeletonOptions skeleton;
  skeleton.everything = options.every_key;
  fmt::print("{}", schema::profile_skeleton(context->knowledge.vocabulary, skeleton));
  return k_exit_ok;
}

} // namespace ptplan::cli
