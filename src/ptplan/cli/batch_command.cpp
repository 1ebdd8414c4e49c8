#include "ptplan/cli/batch_command.hpp"

#include "ptplan/batch/inputs.hpp"
#include "ptplan/batch/runner.hpp"
#include "ptplan/batch/summary_writer.hpp"
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

constexpr int k_exit_interrupted = 130;

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

} // namespace

CLI::App* setup_batch(CLI::App& app, BatchOptions& options)
{
  CLI::App* command = app.add_subcommand("batch", "Make plans for many profiles at once");
  command->footer(
    "INPUT is a profile, a folder of *.yaml profiles (sorted by name), or - for a multi-document YAML stream on "
    "standard input. Each profile gets NAME.md (.txt, .html, .json, .pdf) in DIR, named after its file (stdin-N for "
    "stream documents; a name already taken gets -2, -3, ... in input order), and DIR/summary.json lists every "
    "input with its status (plan, referral, invalid, error), output files and errors.\n"
    "Exit status: 0 every input gave a plan; 3 some gave referral notices, none failed; 1 some input was invalid "
    "or could not be written (see summary.json); 2 usage error, or DIR already holds files that --force would "
    "overwrite; 130 interrupted (finished outputs are kept, none is half-written).");
  command->add_option("INPUT", options.inputs, "Profiles, folders of profiles, or -")->required();
  command->add_option("--out-dir", options.out_dir, "Folder for the outputs and summary.json")->required();
  command->add_option("--format", options.formats, "Formats, comma-separated: markdown,text,html,json,pdf")
    ->check([](const std::string& value) {
      for (const auto& name : split_commas(value)) {
        if (std::find(k_format_names.begin(), k_format_names.end(), name) == k_format_names.end()) {
          return fmt::format("unknown format \"{}\"; expected markdown, text, html, json or pdf", name);
        }
      }
      return std::string();
    });
  add_print_options(*command, options.print);
  add_week_option(*command, options.week);
  command->add_option("--jobs", options.jobs, "Parallel workers (default: the number of cores)")->check(CLI::Range(1, 256));
  command->add_flag("--force", options.force, "Overwrite existing output files");
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
      return k_exit_usage;
    }
  }
  const auto summary_path = (fs::path(options.out_dir) / "summary.json").string();
  if (fs::exists(summary_path, error) && !options.force) {
    print_error(fmt::format("{}: already exists; use --force to overwrite this folder's outputs", summary_path));
    return k_exit_usage;
  }
  auto context = load_context(options.common);
  if (!context) {
    return k_exit_invalid;
  }
  batch::Options run_options;
  run_options.formats = parse_formats(options.formats);
  run_options.print = print_options(options.print);
  run_options.week = options.week;
  run_options.out_dir = options.out_dir;
  run_options.force = options.force;
  run_options.jobs = options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  run_options.progress = ::isatty(STDERR_FILENO) == 1;
  {
    Diagnostics template_errors;
    render::OutcomeRenderer check(
      context->templates, context->knowledge, run_options.formats, template_errors, run_options.print);
    if (!check.ok()) {
      print_diagnostics(template_errors);
      return k_exit_invalid;
    }
  }

  g_stop.store(false);
  std::signal(SIGINT, request_stop);
  std::signal(SIGTERM, request_stop);
  batch::SummaryWriter summary(summary_path, run_options);
  batch::run_batch(batch::expand_inputs(options.inputs), context->knowledge, context->templates, run_options, g_stop, summary);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  const bool interrupted = g_stop.load();

  std::string summary_error;
  const bool summary_written = summary.finish(interrupted, summary_error);
  if (!summary_written) {
    print_error(summary_error);
  }
  const std::size_t failed = summary.count("invalid") + summary.count("error");
  fmt::print(stderr, "ptplan batch: {} inputs: {} plans, {} referrals, {} invalid, {} not written; details in {}\n",
    summary.total(), summary.count("plan"), summary.count("referral"), summary.count("invalid"), summary.count("error"),
    summary_path);
  if (interrupted) {
    print_error("interrupted; the outputs listed in summary.json are complete");
    return k_exit_interrupted;
  }
  if (failed > 0 || !summary_written) {
    return k_exit_invalid;
  }
  return summary.count("referral") > 0 ? k_exit_referral : k_exit_ok;
}

} // namespace ptplan::cli
