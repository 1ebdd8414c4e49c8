#include "ptplan/batch/runner.hpp"

#include "ptplan/batch/inputs.hpp"
#include "ptplan/batch/summary_writer.hpp"
#include "ptplan/core/write_file.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/config_loader.hpp"
#include "ptplan/load/file.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/outcome_renderer.hpp"
#include "ptplan/yaml/parse.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace ptplan::batch {

namespace {

constexpr std::size_t k_queue_capacity = 64;

// One profile to plan: its text (a file) or its parsed document (a stream).
struct WorkItem
{
  std::size_t index = 0;
  std::string input;
  std::optional<std::size_t> document;
  std::string name; // output name without extension
  std::optional<SourceFile> source;
  std::optional<yaml::Node> node;
  std::string node_file;
  Diagnostics errors;       // found while reading or parsing
  bool interrupted = false; // reached after SIGINT or SIGTERM: not read, not planned
};

// Why a folder entry or a named input cannot be read, when it is a link to
// nothing: clearer than the error opening it gives.
std::optional<std::string> dangling_link(const std::string& path)
{
  std::error_code error;
  if (!std::filesystem::is_symlink(path, error) || std::filesystem::exists(path, error)) {
    return std::nullopt;
  }
  const auto target = std::filesystem::read_symlink(path, error);
  return fmt::format("is a symbolic link to {}, which does not exist", error ? std::string("a file") : target.string());
}

std::vector<std::string> error_lines(const Diagnostics& diagnostics)
{
  std::vector<std::string> lines;
  const std::string text = diagnostics.format();
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return lines;
}

class Runner
{
public:
  Runner(const KnowledgeByLanguage& languages, const render::TemplateSet& templates, const Options& options,
    const std::atomic<bool>& stop, SummaryWriter& summary)
      : m_languages(languages), m_knowledge(languages.at("en").knowledge), m_templates(templates), m_options(options),
        m_stop(stop), m_summary(summary)
  {}

  void run(const std::vector<std::string>& inputs)
  {
    m_started = std::chrono::steady_clock::now();
    const unsigned jobs = std::max(1u, m_options.jobs);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) {
      workers.emplace_back([this] { work(); });
    }
    produce(inputs);
    {
      std::lock_guard lock(m_mutex);
      m_done_producing = true;
    }
    m_not_empty.notify_all();
    while (true) {
      {
        std::unique_lock lock(m_mutex);
        if (m_finished.wait_for(lock, std::chrono::milliseconds(200), [this] { return m_completed == m_produced; })) {
          break;
        }
      }
      show_progress();
    }
    for (auto& worker : workers) {
      worker.join();
    }
    clear_progress();
  }

private:
  void produce(const std::vector<std::string>& inputs)
  {
    OutputNames names;
    for (const auto& input : inputs) {
      if (m_stop.load()) {
        // Every input the user named still gets its line in the summary.
        WorkItem item;
        item.input = input;
        item.interrupted = true;
        push(std::move(item));
        continue;
      }
      if (input == "-") {
        // Read through poll, so that SIGINT and SIGTERM end a batch whose
        // standard input stays open.
        load::InterruptibleInput buffer(STDIN_FILENO, m_stop);
        std::istream in(&buffer);
        yaml::DocumentStream stream(in, "<stdin>");
        std::optional<yaml::Node> document;
        WorkItem item;
        while (!m_stop.load() && stream.next(document, item.errors)) {
          if (m_stop.load() || buffer.interrupted()) {
            return; // the document may be cut short: never plan half a profile
          }
          item.input = input;
          item.document = stream.index();
          item.name = names.claim(fmt::format("stdin-{}", stream.index()));
          item.node = std::move(document);
          item.node_file = fmt::format("<stdin>#{}", stream.index());
          push(std::move(item));
          item = WorkItem{};
        }
        if (!item.errors.empty()) { // the stream itself failed (too many documents)
          item.input = input;
          item.name = names.claim("stdin");
          push(std::move(item));
        } else if (m_stop.load()) { // the rest of the stream was never read
          item.input = input;
          item.interrupted = true;
          push(std::move(item));
        }
        continue;
      }
      WorkItem item;
      item.input = input;
      item.name = names.claim(stem_of(input));
      if (const auto problem = dangling_link(input)) {
        item.errors.error({input, 0, 0}, *problem);
      } else if (auto text = load::read_file(input, item.errors, load::k_max_file_bytes, &m_stop)) {
        item.source = SourceFile{input, std::move(*text)};
      }
      if (m_stop.load()) {
        return; // a FIFO given as input was being read
      }
      push(std::move(item));
    }
  }

  void push(WorkItem item)
  {
    std::unique_lock lock(m_mutex);
    if (m_queue.size() >= k_queue_capacity) {
      // Refill only once the workers have taken half: waking the reader
      // for every item would cost a context switch a profile.
      m_not_full.wait(lock, [this] { return m_queue.size() <= k_queue_capacity / 2; });
    }
    item.index = m_produced++;
    m_queue.push_back(std::move(item));
    lock.unlock();
    m_not_empty.notify_one();
    show_progress();
  }

  void work()
  {
    Renderers renderers; // one per language, made when a profile first needs it
    while (true) {
      WorkItem item;
      bool refill = false;
      {
        std::unique_lock lock(m_mutex);
        m_not_empty.wait(lock, [this] { return !m_queue.empty() || m_done_producing; });
        if (m_queue.empty()) {
          return;
        }
        item = std::move(m_queue.front());
        m_queue.pop_front();
        refill = m_queue.size() == k_queue_capacity / 2;
      }
      if (refill) {
        m_not_full.notify_one();
      }
      ItemResult result = process(item, renderers);
      {
        std::lock_guard lock(m_mutex);
        clear_progress();
        m_summary.add(item.index, std::move(result));
        ++m_completed;
      }
      m_finished.notify_all();
    }
  }

  using Renderers = std::map<std::string, std::unique_ptr<render::OutcomeRenderer>, std::less<>>;

  ItemResult process(WorkItem& item, Renderers& renderers)
  {
    ItemResult result;
    result.input = item.input;
    result.document = item.document;
    if (item.interrupted || m_stop.load()) {
      result.status = Status::interrupted;
      return result;
    }
    Diagnostics& diagnostics = item.errors;
    std::optional<model::Profile> profile;
    if (diagnostics.empty()) {
      if (item.source) {
        profile = load::load_profile(*item.source, m_knowledge.vocabulary, diagnostics);
      } else if (item.node) {
        profile = load::read_profile(*item.node, item.node_file, m_knowledge.vocabulary, diagnostics);
      }
    }
    if (!profile) {
      result.status = Status::invalid;
      result.errors = error_lines(diagnostics);
      return result;
    }
    load::fill_therapist(*profile, m_options.therapist);
    const std::string code = m_options.language.empty() ? profile->language.value_or("en") : m_options.language;
    const auto language = m_languages.find(code);
    if (language == m_languages.end()) {
      result.status = Status::invalid;
      result.errors.push_back(fmt::format("{}: error: no handouts in \"{}\" in this knowledge base", item.input, code));
      return result;
    }
    const model::Knowledge& knowledge = language->second.knowledge;
    const int week = engine::resolve_week(*profile, m_options.week);
    if (const Diagnostics refused = engine::choice_errors(knowledge, *profile, week); !refused.empty()) {
      result.status = Status::invalid;
      result.errors = error_lines(refused);
      return result;
    }
    const model::PlanOrReferral outcome = engine::make_plan(knowledge, *profile, week);
    if (const auto* plan = std::get_if<model::Plan>(&outcome)) {
      result.status = plan->incomplete.empty() ? Status::plan : Status::incomplete;
      result.warnings = plan->warnings;
    } else {
      result.status = Status::referral;
    }
    result.warnings.insert(result.warnings.end(), language->second.warnings.begin(), language->second.warnings.end());
    auto& renderer = renderers[code];
    if (!renderer) {
      Diagnostics template_errors;
      renderer =
        std::make_unique<render::OutcomeRenderer>(m_templates, knowledge, m_options.formats, template_errors, m_options.print);
      if (!renderer->ok()) {
        renderer.reset();
        result.status = Status::error;
        result.errors = error_lines(template_errors);
        return result;
      }
    }
    std::vector<std::string> files;
    for (const auto format : m_options.formats) {
      files.push_back(fmt::format("{}.{}", item.name, output_extension(format)));
    }
    if (m_options.resume && all_written(files)) {
      result.skipped = true;
      result.outputs = std::move(files);
      return result;
    }
    render::OutcomeRenderer::ViewCache view; // built once for all the template formats
    for (std::size_t i = 0; i < files.size(); ++i) {
      auto text = renderer->render(outcome, *profile, m_options.formats[i], diagnostics, view);
      if (!text) {
        result.status = Status::error;
        result.errors = error_lines(diagnostics);
        continue;
      }
      const auto path = (std::filesystem::path(m_options.out_dir) / files[i]).string();
      // --resume rewrites every output of an input it did not finish: the
      // ones already there came from the same inputs.
      const WriteResult written = write_output(path, *text, m_options.force || m_options.resume);
      if (written.status != WriteStatus::ok) {
        result.status = Status::error;
        result.errors.push_back(written.message);
        continue;
      }
      result.outputs.push_back(files[i]);
    }
    return result;
  }

  // Whether every one of `files` is in the output folder. Outputs are
  // written whole and then named, so one that exists is complete.
  bool all_written(const std::vector<std::string>& files) const
  {
    return std::all_of(files.begin(), files.end(), [this](const std::string& file) {
      std::error_code error;
      return std::filesystem::is_regular_file(
        std::filesystem::symlink_status(std::filesystem::path(m_options.out_dir) / file, error));
    });
  }

  void show_progress()
  {
    if (!m_options.progress) {
      return;
    }
    const auto elapsed = std::chrono::steady_clock::now() - m_started;
    if (elapsed < std::chrono::seconds(1)) {
      return;
    }
    std::size_t completed = 0;
    std::size_t produced = 0;
    {
      std::lock_guard lock(m_mutex);
      completed = m_completed;
      produced = m_produced;
    }
    std::fprintf(stderr, "\rptplan batch: %zu of %zu profiles done", completed, produced);
    m_progress_shown = true;
  }

  void clear_progress()
  {
    if (m_progress_shown) {
      std::fprintf(stderr, "\r\033[K");
    }
  }

  const KnowledgeByLanguage& m_languages;
  const model::Knowledge& m_knowledge; // English: profiles are read with its vocabulary
  const render::TemplateSet& m_templates;
  const Options& m_options;
  const std::atomic<bool>& m_stop;
  std::mutex m_mutex;
  std::condition_variable m_not_empty;
  std::condition_variable m_not_full;
  std::condition_variable m_finished;
  std::deque<WorkItem> m_queue;
  SummaryWriter& m_summary;
  std::size_t m_produced = 0;
  std::size_t m_completed = 0;
  bool m_done_producing = false;
  bool m_progress_shown = false;
  std::chrono::steady_clock::time_point m_started;
};

} // namespace

void run_batch(const std::vector<std::string>& inputs, const KnowledgeByLanguage& languages, const render::TemplateSet& templates,
  const Options& options, const std::atomic<bool>& stop, SummaryWriter& summary)
{
  Runner(languages, templates, options, stop, summary).run(inputs);
}

} // namespace ptplan::batch
