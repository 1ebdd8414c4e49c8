#include "ptplan/cli/review_command.hpp"

#include "ptplan/cli/language.hpp"
#include "ptplan/cli/render_outcome.hpp"
#include "ptplan/core/write_file.hpp"
#include "ptplan/engine/review.hpp"
#include "ptplan/render/review_report.hpp"

#include <fmt/format.h>

namespace ptplan::cli {

namespace {

const std::vector<std::string> k_review_formats = {"markdown", "text", "json"};

} // namespace

CLI::App* setup_review(CLI::App& app, ReviewOptions& options)
{
  CLI::App* command = app.add_subcommand("review", "Summarise the course so far from the profile's progress log");
  command->footer("Shows each logged week (sessions, pain, the changes the next plan made), outcome measures against their "
                  "meaningful changes, each exercise's course, and flags: pain rising two weeks running, fewer than half the "
                  "sessions done, pain worse the next morning more than once, spreading leg symptoms.\n"
                  "Exit status: 0 reviewed; 1 invalid input; 2 usage error; 3 red flags without clearance (the review says so; "
                  "no plan can be made).");
  command->add_option("PROFILE", options.profile, "Patient profile (YAML) with a progress log; - reads standard input")
    ->required();
  command
    ->add_option("--format", options.format,
      "Output format: markdown, text or json (default: the one the -o file's extension names, else the config's "
      "format, else markdown)")
    ->check(CLI::IsMember(k_review_formats));
  command->add_option("-o,--output", options.output, "Write to this file instead of standard output");
  command->add_flag("--force", options.force, "Overwrite an existing output file");
  add_lang_option(*command, options.common);
  add_catalog_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

int run_review(const ReviewOptions& options)
{
  const auto input = load_command_input(options.common, options.profile);
  if (!input) {
    return k_exit_invalid;
  }
  const render::Format format = choose_format(options.format, options.output, input->context.settings.config, k_review_formats);
  if (format == render::Format::html || format == render::Format::pdf) {
    print_error(fmt::format(
      "{}: a review is written as markdown, text or json; name a .md, .txt or .json file, or use --format", options.output));
    return k_exit_usage;
  }
  const engine::CourseReview review = engine::review_course(input->context.knowledge, input->profile);
  const std::string text = render::review_report(review, input->profile, input->context.knowledge, format);
  const WriteResult written = write_output(options.output, text, options.force);
  if (written.status != WriteStatus::ok) {
    print_error(written.message);
    return written.status == WriteStatus::exists ? k_exit_usage : k_exit_invalid;
  }
  return review.referral_flags.empty() ? k_exit_ok : k_exit_referral;
}

} // namespace ptplan::cli
