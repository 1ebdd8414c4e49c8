#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/movement_cues.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ptplan::lint {

// A phrase of the table found in a text.
struct CueMatch
{
  const model::MovementCue* cue = nullptr;
  std::string phrase; // as the table writes it
  std::string words;  // the text that matched, as the text writes it
};

// Every phrase of `cues` that `text` says and does not negate, first match
// of each cue only, in the order of the table. Matching ignores case and
// punctuation and goes word by word, never across a sentence end; a
// sentence that starts with a `skip_sentences` phrase is not read, and a
// phrase after a `negators` word in the same clause (up to a comma or a
// sentence end) does not count: "Do not arch your back" says nothing.
std::vector<CueMatch> find_movement_cues(const model::MovementCues& cues, std::string_view text);

// find_movement_cues for many texts: the table made ready once (each phrase
// split into words and filed under its first word, so that a word of a text
// is tried only against the phrases that can start there). Keeps a
// reference to `cues`.
class CueMatcher
{
public:
  // A phrase as runs of words, split at each "...": a text may have a few
  // words (k_max_gap in tag_lint.cpp) between one run and the next.
  using Runs = std::vector<std::vector<std::string>>;

  explicit CueMatcher(const model::MovementCues& cues);
  std::vector<CueMatch> find(std::string_view text) const;

private:
  struct Candidate
  {
    std::size_t cue = 0;
    std::size_t phrase = 0;
    Runs runs;
  };
  const model::MovementCues& m_cues;
  std::vector<Candidate> m_candidates;                                       // in cue and phrase order
  std::unordered_map<std::string, std::vector<std::size_t>> m_by_first_word; // ascending indices
  std::vector<std::size_t> m_anywhere;                                       // phrases that start with "..."
  std::vector<Runs> m_negators;
  std::vector<Runs> m_skip_sentences;
};

// Each exercise's purpose, steps and safety line against its movement tags:
// a phrase the exercise says whose tags it lacks is an error at the position
// of that text, naming the phrase and the tags it needs. Does nothing when
// the knowledge base has no phrase table.
void lint_movement_tags(const model::Knowledge& knowledge, Diagnostics& diagnostics);

} // namespace ptplan::lint
