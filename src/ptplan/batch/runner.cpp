#include "ptplan/batch/runner.hpp"

#include "ptplan/batch/inputs.hpp"
#include "ptplan/batch/summary_writer.hpp"
#include "ptplan/core/write_file.hpp"
#include "ptplan/engine/planner.hpp"
#include "ptplan/load/file.hpp"
#include "ptplan/load/profile_loader.hpp"
#include "ptplan/render/outcome_renderer.hpp"
#include "ptplan/yaml/parse.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

namespace ptplan::batch {

namespace {

constexpr std::size_t k_queue_capacity = 64;

std::string_view extension_of(render::Format format)
{
  switch (format) {
  case render::Format::markdown:
    return "md";
  case render::Format::text:
    return "txt";
  case render::Format::html:
    return "html";
  case render::Format::json:
    return "json";
  case render::Format::pdf:
    return "pdf";
  }
  return "md";
}

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
  Diagnostics errors; // found while reading or parsing
};

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
  Runner(const model::Knowledge& knowledge, const render::TemplateSet& templates, const Options& options,
    const std::atomic<bool>& stop, SummaryWriter& summary)
      : m_knowledge(knowledge), m_templates(templates), m_options(options), m_stop(stop), m_summary(summary)
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
        return;
      }
      if (input == "-") {
        yaml::DocumentStream stream(std::cin, "<stdin>");
        std::optional<yaml::Node> document;
        WorkItem item;
        while (!m_stop.load() && stream.next(document, item.errors)) {
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
        }
        continue;
      }
      WorkItem item;
      item.input = input;
      item.name = names.claim(stem_of(input));
      if (auto text = load::read_file(input, item.errors)) {
        item.source = SourceFile{input, std::move(*text)};
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
    Diagnostics template_errors;
    render::OutcomeRenderer renderer(m_templates, m_knowledge, m_options.formats, template_errors, m_options.print);
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
      ItemResult result = process(item, renderer);
      {
        std::lock_guard lock(m_mutex);
        clear_progress();
        m_summary.add(item.index, std::move(result));
        ++m_completed;
      }
      m_finished.notify_all();
    }
  }

  ItemResult process(WorkItem& item, render::OutcomeRenderer& renderer)
  {
    ItemResult result;
    result.input = item.input;
    result.document = item.document;
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
      result.status = "invalid";
      result.errors = error_lines(diagnostics);
      return result;
    }
    const engine::Outcome outcome = engine::make_plan(m_knowledge, *profile, engine::resolve_week(*profile, m_options.week));
    result.status = std::holds_alternative<model::Plan>(outcome) ? "plan" : "referral";
    render::OutcomeRenderer::ViewCache view; // built once for all the template formats
    for (const auto format : m_options.formats) {
      const std::string file_name = fmt::format("{}.{}", item.name, extension_of(format));
      auto text = renderer.render(outcome, *profile, format, diagnostics, view);
      if (!text) {
        result.status = "error";
        result.errors = error_lines(diagnostics);
        continue;
      }
      const auto path = (std::filesystem::path(m_options.out_dir) / file_name).string();
      const WriteResult written = write_output(path, *text, m_options.force);
      if (written.status != WriteStatus::ok) {
        result.status = "error";
        result.errors.push_back(written.message);
        continue;
      }
      result.outputs.push_back(file_name);
    }
    return result;
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

  const model::Knowledge& m_knowledge;
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

void run_batch(const std::vector<std::string>& inputs, const model::Knowledge& knowledge, const render::TemplateSet& templates,
  const Options& options, const std::atomic<bool>& stop, SummaryWriter& summary)
{
  Runner(knowledge, templates, options, stop, summary).run(inputs);
}

} // namespace ptplan::batch
