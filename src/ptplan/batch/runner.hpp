#pragma once

#include "ptplan/batch/status.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/profile.hpp"
#include "ptplan/render/escape.hpp"
#include "ptplan/render/print_options.hpp"
#include "ptplan/render/templates.hpp"

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ptplan::batch {

struct Options
{
  std::vector<render::Format> formats;
  render::PrintOptions print; // paper (HTML) and line width (text)
  model::Therapist therapist; // the config's: fills in what a profile leaves out
  int week = 1;               // or engine::k_next_week: each profile's week after its last log entry
  std::string out_dir;
  bool force = false;
  bool resume = false; // keep the outputs of an input whose files all exist, and write the rest
  unsigned jobs = 1;
  bool progress = false; // show progress on stderr
  std::string language;  // --lang: every handout in it; empty: each profile's own
};

// The knowledge base in each language a batch may write: "en" is the
// English; `warnings` (texts left in English) go with every plan in it.
struct Localized
{
  model::Knowledge knowledge;
  std::vector<std::string> warnings;
};
using KnowledgeByLanguage = std::map<std::string, Localized, std::less<>>;

// What happened to one input (one document of a stream).
struct ItemResult
{
  std::string input;                   // the path, or "-"
  std::optional<std::size_t> document; // 1-based, for stream documents
  Status status = Status::error;
  bool skipped = false;              // --resume: its outputs were complete already and were kept
  std::vector<std::string> outputs;  // file names inside the output folder
  std::vector<std::string> warnings; // what `plan` warns about for this input
  std::vector<std::string> errors;   // "file:line:column: error: ..." lines
};

class SummaryWriter;

// Plans every input, never stopping at a bad one, with `jobs` threads.
// Outputs are written atomically; each result goes to `summary` in input
// order whatever the number of jobs. When `stop` becomes true (SIGINT,
// SIGTERM) the inputs not yet planned are reported as interrupted, so the
// summary still lists every input.
// Each profile is planned and written in its language (Options::language,
// else the profile's), from `languages`, which must hold "en".
void run_batch(const std::vector<std::string>& inputs, const KnowledgeByLanguage& languages, const render::TemplateSet& templates,
  const Options& options, const std::atomic<bool>& stop, SummaryWriter& summary);

} // namespace ptplan::batch
