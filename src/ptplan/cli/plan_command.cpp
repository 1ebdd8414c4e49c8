#include "ptplan/cli/plan_command.hpp"

#include "ptplan/cli/language.hpp"
#include "ptplan/cli/render_outcome.hpp"
#include "ptplan/core/write_file.hpp"
#include "ptplan/engine/planner.hpp"

namespace ptplan::cli {

CLI::App* setup_plan(CLI::App& app, PlanOptions& options)
{
  CLI::App* command = app.add_subcommand("plan", "Make a weekly plan for one patient profile");
  command->footer("Exit status: 0 plan written; 1 invalid input (file:line:column on stderr, nothing written); "
                  "2 usage error; 3 referral: a red flag is present, a referral notice is written instead of a plan.");
  command->add_option("PROFILE", options.profile, "Patient profile (YAML); - reads standard input")->required();
  command
    ->add_option("--format", options.format,
      "Output format: markdown, text, html, json or pdf (default: the one the -o file's extension names, else the "
      "config's format, else markdown)")
    ->check(CLI::IsMember(k_format_names));
  add_print_options(*command, options.print);
  add_large_print_flag(*command, options.print);
  add_week_option(*command, options.week);
  command->add_option("-o,--output", options.output, "Write to this file instead of standard output");
  command->add_flag("--force", options.force, "Overwrite an existing output file");
  add_lang_option(*command, options.common);
  add_catalog_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

int run_plan(const PlanOptions& options)
{
  const auto input = load_command_input(options.common, options.profile);
  if (!input) {
    return k_exit_invalid;
  }
  const render::Format format = choose_format(options.format, options.output, input->context.settings.config, k_format_names);
  if (!may_write_to(format, options.output)) {
    return k_exit_usage;
  }
  warn_unused_paper(options.print, {format});
  const int week = engine::resolve_week(input->profile, options.week);
  if (const Diagnostics refused = engine::choice_errors(input->context.knowledge, input->profile, week); !refused.empty()) {
    print_diagnostics(refused);
    return k_exit_invalid;
  }
  const model::PlanOrReferral outcome = engine::make_plan(input->context.knowledge, input->profile, week);
  Diagnostics diagnostics;
  auto text = render_outcome(
    outcome, input->profile, input->context, format, diagnostics, print_options(options.print, input->context.settings.config));
  if (!text) {
    print_diagnostics(diagnostics);
    return k_exit_invalid;
  }
  const WriteResult written = write_output(options.output, *text, options.force);
  if (written.status != WriteStatus::ok) {
    print_error(written.message);
    return written.status == WriteStatus::exists ? k_exit_usage : k_exit_invalid;
  }
  if (const auto* plan = std::get_if<model::Plan>(&outcome)) {
    for (const auto& warning : plan->warnings) {
      print_warning(warning);
    }
    return k_exit_ok;
  }
  print_warning("red flag present: a referral notice was written instead of a plan");
  return k_exit_referral;
}

} // namespace ptplan::cli
