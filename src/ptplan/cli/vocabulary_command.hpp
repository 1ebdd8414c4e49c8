#pragma once

#include "ptplan/cli/common.hpp"
#include "ptplan/model/vocabulary.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace ptplan::cli {

struct VocabularyOptions
{
  CommonOptions common;
  std::string list; // empty: every list
};

// One list of the vocabulary as `ptplan vocabulary` names it: "red-flags"
// for the profile key red_flags.
struct VocabularyList
{
  std::string name;
  std::string key; // where it is used
  const model::Terms* terms = nullptr;
};
std::vector<VocabularyList> vocabulary_lists(const model::Vocabulary& vocabulary);

// `ptplan vocabulary [LIST]`: every allowed word of a list (or of all of
// them) with its meaning from vocabulary.yaml.
CLI::App* setup_vocabulary(CLI::App& app, VocabularyOptions& options);
int run_vocabulary(const VocabularyOptions& options);

} // namespace ptplan::cli
