#include "ptplan/cli/batch_command.hpp"

#include "ptplan/batch/folder_lock.hpp"
#include "ptplan/batch/inputs.hpp"
#include "ptplan/batch/runner.hpp"
#include "ptplan/batch/summary_writer.hpp"
#include "ptplan/cli/language.hpp"
#include "ptplan/cli/terminal.hpp"
#include "ptplan/core/words.hpp"
#include "ptplan/core/write_file.hpp"
#include "ptplan/render/outcome_renderer.hpp"

#include <fmt/format.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <thread>
#include <unistd.h>

namespace ptplan::cli {

namespace {

std::atomic<bool> g_stop{false};

extern "C" void request_stop(int)
{
  g_stop.store(true);
}

// "markdown,json" -> {"markdown", "json"}.
std::vector<std::string> split_commas(const std::string& list)
{
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = list.find(',', start);
    parts.push_back(list.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) {
      return parts;
    }
    start = end + 1;
  }
}

std::vector<render::Format> parse_formats(const std::string& list)
{
  std::vector<render::Format> formats;
  for (const auto& name : split_commas(list)) {
    const auto format = parse_format(name);
    if (std::find(formats.begin(), formats.end(), format) == formats.end()) {
      formats.push_back(format);
    }
  }
  return formats;
}

// The exit status the results call for; the most serious wins.
int exit_status(const batch::SummaryWriter& summary, bool written, bool interrupted)
{
  using batch::Status;
  if (interrupted) {
    return batch::k_batch_exit_interrupted;
  }
  if (summary.count(Status::invalid) + summary.count(Status::error) > 0 || !written) {
    return batch::k_batch_exit_failed;
  }
  if (summary.count(Status::incomplete) > 0) {
    return batch::k_batch_exit_incomplete;
  }
  return summary.count(Status::referral) > 0 ? batch::k_batch_exit_referral : batch::k_batch_exit_ok;
}

// Outputs of this batch that are already in the folder: a rerun without
// --force or --resume stops before it starts, rather than failing on each.
std::vector<std::string> existing_outputs(
  const std::string& out_dir, const std::vector<std::string>& inputs, const std::vector<render::Format>& formats)
{
  std::vector<std::string> found;
  for (const auto& file : batch::planned_outputs(inputs, formats)) {
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::symlink_status(std::filesystem::path(out_dir) / file, error))) {
      found.push_back(file);
    }
  }
  return found;
}

} // namespace

CLI::App* setup_batch(CLI::App& app, BatchOptions& options)
{
  CLI::App* command = app.add_subcommand("batch", "Make plans for many profiles at once");
  command->footer(
    "INPUT is a profile, a folder (its files ending in .yaml or .yml in any case, symbolic links included, sorted by "
    "name; names starting with . are left out), or - for a multi-document YAML stream on standard input. Each profile "
    "gets NAME.md (.txt, .html, .json, .pdf) in DIR, named after its file (stdin-N for stream documents; a name already taken "
    "gets -2, -3, ... in input order), and DIR/summary.json lists every input with its status, output files, warnings "
    "and errors. Statuses: plan; incomplete (a plan was written, but a part of the session a rule requires or the "
    "minimum number of exercises is missing: see its warnings); referral (a red flag: a referral notice was written); "
    "invalid (not a readable, valid profile, a dangling link included); error (an output could not be written); "
    "interrupted (not planned: the batch was stopped first). With --resume, an input whose outputs are all there is "
    "planned again for its status but not rewritten (\"skipped\": true).\n"
    "Exit status, the most serious first: 130 interrupted by SIGINT or SIGTERM (finished outputs are complete, none is "
    "half-written; finish with --resume); 1 some input was invalid or could not be written; 4 some plan is incomplete; "
    "3 some gave referral notices; 0 every input gave a complete plan; 2 usage error, DIR already holds summary.json or "
    "outputs of this batch (use --force to overwrite, or --resume), or another batch is writing to DIR.");
  command->add_option("INPUT", options.inputs, "Profiles, folders of profiles, or -")->required();
  command->add_option("--out-dir", options.out_dir, "Folder for the outputs and summary.json")->required();
  command
    ->add_option("--format", options.formats,
      "Formats, comma-separated: markdown,text,html,json,pdf (default: the config's format, else markdown)")
    ->check([](const std::string& value) {
      for (const auto& name : split_commas(value)) {
        if (std::find(k_format_names.begin(), k_format_names.end(), name) == k_format_names.end()) {
          return fmt::format("unknown format \"{}\"; expected markdown, text, html, json or pdf", name);
        }
      }
      return std::string();
    });
  add_print_options(*command, options.print);
  add_large_print_flag(*command, options.print);
  add_week_option(*command, options.week);
  command->add_option("--jobs", options.jobs, "Parallel workers (default: the number of cores)")->check(CLI::Range(1, 256));
  CLI::Option* force = command->add_flag("--force", options.force, "Overwrite existing output files and summary.json");
  command
    ->add_flag(
      "--resume", options.resume, "Finish an interrupted batch: keep the outputs of inputs that are complete, write the rest")
    ->excludes(force);
  add_lang_option(*command, options.common);
  add_catalog_options(*command, options.common);
  add_version_flag(*command);
  return command;
}

int run_batch(const BatchOptions& options)
{
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(options.out_dir, error)) {
    if (fs::exists(options.out_dir, error) || !fs::create_directories(options.out_dir, error)) {
      print_error(
        fmt::format("{}: cannot use it as the output folder{}", options.out_dir, error ? ": " + error.message() : std::string()));
      return batch::k_batch_exit_usage;
    }
  }
  std::string lock_error;
  const auto lock = batch::FolderLock::acquire(options.out_dir, lock_error);
  if (!lock) {
    print_error(lock_error);
    return batch::k_batch_exit_usage;
  }
  // Only a killed batch leaves these, and none is running now: the lock.
  batch::remove_stale_temporaries(options.out_dir);
  const auto summary_path = (fs::path(options.out_dir) / "summary.json").string();
  if (const auto problem = output_path_problem(summary_path)) {
    print_error(*problem); // a link, FIFO or device is never written through, --force or not
    return k_exit_invalid;
  }
  const bool keep = !options.force && !options.resume;
  if (keep && fs::exists(fs::symlink_status(summary_path, error))) {
    print_error(fmt::format("{}: already exists; use --force to overwrite this folder's outputs, or --resume to finish "
                            "an interrupted batch",
      summary_path));
    return batch::k_batch_exit_usage;
  }
  auto context = load_context(options.common);
  if (!context) {
    return batch::k_batch_exit_failed;
  }
  if (!options.common.lang.empty() && !known_language(*context, options.common.lang)) {
    return batch::k_batch_exit_usage;
  }
  const model::ClinicConfig& config = context->settings.config;
  const std::vector<std::string> inputs = batch::expand_inputs(options.inputs);
  const std::vector<render::Format> formats =
    parse_formats(options.formats.empty() ? resolve_format("", config, k_format_names) : options.formats);
  warn_unused_paper(options.print, formats);
  if (keep) {
    if (const auto existing = existing_outputs(options.out_dir, inputs, formats); !existing.empty()) {
      print_error(fmt::format("{}: already holds {} of this batch's outputs ({}{}); use --force to overwrite them, or "
                              "--resume to finish an interrupted batch",
        options.out_dir, existing.size(), existing.front(), existing.size() > 1 ? ", ..." : ""));
      return batch::k_batch_exit_usage;
    }
  }
  batch::Options run_options;
  run_options.formats = formats;
  run_options.print = print_options(options.print, config);
  run_options.therapist = therapist_defaults(config);
  run_options.week = options.week;
  run_options.out_dir = options.out_dir;
  run_options.force = options.force;
  run_options.resume = options.resume;
  run_options.jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  run_options.progress = ::isatty(STDERR_FILENO) == 1 && !quiet();
  run_options.language = options.common.lang;
  // Every language the knowledge base has, made once: a batch may mix them.
  batch::KnowledgeByLanguage languages;
  for (const auto& [code, messages] : context->languages) {
    batch::Localized localized;
    localized.knowledge = localized_knowledge(context->knowledge, *context, code, localized.warnings);
    languages.emplace(code, std::move(localized));
  }
  languages.emplace("en", batch::Localized{context->knowledge, {}});
  {
    Diagnostics template_errors;
    render::OutcomeRenderer check(
      context->templates, context->knowledge, run_options.formats, template_errors, run_options.print);
    if (!check.ok()) {
      print_diagnostics(template_errors);
      return batch::k_batch_exit_failed;
    }
  }

  g_stop.store(false);
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  batch::SummaryWriter summary(summary_path, run_options, !quiet());
  batch::run_batch(inputs, languages, context->templates, run_options, g_stop, summary);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  const bool interrupted = g_stop.load();

  std::string summary_error;
  const bool summary_written = summary.finish(interrupted, summary_error);
  if (!summary_written) {
    print_error(summary_error);
  }
  using batch::Status;
  if (!quiet()) {
    std::string line = fmt::format("ptplan batch: {}: {}, {}, {} invalid, {} not written, {} incomplete",
      count_in_words(summary.total(), "input", "inputs"), count_in_words(summary.count(Status::plan), "plan", "plans"),
      count_in_words(summary.count(Status::referral), "referral", "referrals"), summary.count(Status::invalid),
      summary.count(Status::error), summary.count(Status::incomplete));
    if (summary.count(Status::interrupted) > 0) {
      line += fmt::format(", {} not planned (interrupted)", summary.count(Status::interrupted));
    }
    line += "; " + count_in_words(summary.warnings(), "warning", "warnings");
    if (options.resume) {
      line += fmt::format("; {} skipped (already complete)", summary.skipped());
    }
    fmt::print(stderr, "{}; details in {}\n", line, summary_path);
  }
  if (interrupted) {
    print_error("interrupted; the outputs listed in summary.json are complete; finish with --resume");
  }
  return exit_status(summary, summary_written, interrupted);
}

} // namespace ptplan::cli
