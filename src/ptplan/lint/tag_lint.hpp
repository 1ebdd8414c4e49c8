#pragma once

#include "ptplan/core/diagnostics.hpp"
#include "ptplan/model/knowledge.hpp"
#include "ptplan/model/movement_cues.hpp"

#include <string>
#include <string_view>
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

// Each exercise's purpose, steps and safety line against its movement tags:
// a phrase the exercise says whose tags it lacks is an error at the position
// of that text, naming the phrase and the tags it needs. Does nothing when
// the knowledge base has no phrase table.
void lint_movement_tags(const model::Knowledge& knowledge, Diagnostics& diagnostics);

} // namespace ptplan::lint
