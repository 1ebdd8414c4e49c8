#include "ptplan/cli/new_profile_command.hpp"

#include "ptplan/cli/common.hpp"
#include "ptplan/resources/embedded.hpp"

#include <fmt/format.h>

namespace ptplan::cli {

CLI::App* setup_new_profile(CLI::App& app)
{
  CLI::App* command = app.add_subcommand("new-profile", "Print an annotated profile skeleton to start from");
  add_version_flag(*command);
  return command;
}

int run_new_profile()
{
  for (const auto& file : resources::embedded_files()) {
    if (file.path == "templates/profile-skeleton.yaml") {
      fmt::print("{}", file.content);
      return k_exit_ok;
    }
  }
  print_error("the profile skeleton is missing from this build");
  return k_exit_invalid;
}

} // namespace ptplan::cli
