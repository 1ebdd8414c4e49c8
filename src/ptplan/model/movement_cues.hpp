#pragma once

#include "ptplan/core/diagnostics.hpp"

#include <string>
#include <vector>

namespace ptplan::model {

// Phrases in patient text that name a movement, with the movement tags an
// exercise that says them must carry (any one of `needs`). A phrase is
// lower-case words; "..." in it stands for up to three words in between.
struct MovementCue
{
  std::vector<std::string> needs;
  std::vector<std::string> phrases;
  Location where;
};

// The phrase table of one language (exercises/movement_cues.yaml), and how
// negated text is recognised: a sentence that starts with one of
// `skip_sentences` is not read, and a phrase with one of `negators` before it
// in the same clause does not count. A clause runs to the end of the
// sentence, or to a comma followed by one of `clause_breaks` ("then").
struct MovementCues
{
  std::string language;
  std::vector<std::string> negators;
  std::vector<std::string> clause_breaks;
  std::vector<std::string> skip_sentences;
  std::vector<MovementCue> cues;
};

} // namespace ptplan::model
