#pragma once

#include "ptplan/model/profile.hpp"

#include <string>

namespace ptplan::engine {

// STarT Back scores (CLINICAL.md s.7, Hill 2008): total of items 1-9 and the
// psychosocial subscale of items 5-9 (fear, worry, catastrophising, low mood,
// bothersomeness).
struct StartBackScore
{
  int total = 0;
  int psychosocial = 0;
  std::string risk; // low | medium | high
};

StartBackScore score_start_back(const model::StartBackAnswers& answers);

} // namespace ptplan::engine
