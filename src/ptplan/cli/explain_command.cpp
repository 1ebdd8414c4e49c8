#include "ptplan/cli/explain_command.hpp"

#include "ptplan/cli/language.hpp"
#include "ptplan/cli/render_outcome.hpp"
#include "ptplan/core/terminal_text.hpp"
#include "ptplan/core/write_file.hpp"
#include "ptplan/engine/explain.hpp"

namespace ptplan::cli {

CLI::App* setup_explain(CLI::App& app, ExplainOptions& options)
{
  CLI::App* command = app.add_subcommand("explain", "Show every rule that fired and why each exercise was chosen or excluded");
  command->footer("Exit status: 0 explained; 1 invalid input; 2 usage error; 3 referral (the explanation says why).");
  command->add_option("PROFILE", options.profile, "Patient profile (YAML); - reads standard input")->required();
  add_week_option(*command, options.week);
  command->add_flag("--json", options.json, "Print the plan's JSON (it holds the same reasons)");
  add_lang_option(*command, options.common);
  add_catalog_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

int run_explain(const ExplainOptions& options)
{
  const auto input = load_command_input(options.common, options.profile);
  if (!input) {
    return k_exit_invalid;
  }
  const int week = engine::resolve_week(input->profile, options.week);
  if (const Diagnostics refused = engine::choice_errors(input->context.knowledge, input->profile, week); !refused.empty()) {
    print_diagnostics(refused);
    return k_exit_invalid;
  }
  const model::PlanOrReferral outcome = engine::make_plan(input->context.knowledge, input->profile, week);
  Diagnostics diagnostics;
  std::string text;
  if (options.json) {
    text = render_outcome(outcome, input->profile, input->context, render::Format::json, diagnostics).value_or("");
  } else {
    // Names and reasons come from the profile and catalog: nothing in them
    // may reach the terminal as a control sequence.
    text = printable_text(engine::explain(outcome, input->context.knowledge, input->profile, week));
  }
  const WriteResult written = write_output("", text, false);
  if (written.status != WriteStatus::ok) {
    print_error(written.message);
    return k_exit_invalid;
  }
  return std::holds_alternative<model::Referral>(outcome) ? k_exit_referral : k_exit_ok;
}

} // namespace ptplan::cli
