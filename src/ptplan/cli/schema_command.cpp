#include "ptplan/cli/schema_command.hpp"

#include "ptplan/schema/json_schema.hpp"

#include <fmt/format.h>

namespace ptplan::cli {

CLI::App* setup_schema(CLI::App& app, SchemaOptions& options)
{
  CLI::App* command = app.add_subcommand("schema", "Print a JSON Schema (draft 2020-12) for profiles or catalog files");
  command->footer("Editors use it to check profiles as they are typed: save it, for example as profile.schema.json, and "
                  "start a profile with  # yaml-language-server: $schema=profile.schema.json");
  command->add_option("KIND", options.kind, "profile or catalog")->required()->check(CLI::IsMember({"profile", "catalog"}));
  command->add_option("--catalog", options.common.catalog, "Knowledge base folder whose vocabulary to use");
  add_config_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

int run_schema(const SchemaOptions& options)
{
  auto context = load_context(options.common);
  if (!context) {
    return k_exit_invalid;
  }
  const auto& vocabulary = context->knowledge.vocabulary;
  fmt::print("{}", options.kind == "profile" ? schema::profile_schema(vocabulary) : schema::catalog_schema(vocabulary));
  return k_exit_ok;
}

} // namespace ptplan::cli
