#include "ptplan/engine/start_back.hpp"

namespace ptplan::engine {

StartBackScore score_start_back(const model::StartBackAnswers& answers)
{
  StartBackScore score;
  const int bothersome = (answers.bothersome == "very-much" || answers.bothersome == "extremely") ? 1 : 0;
  for (std::size_t i = 0; i < answers.items.size(); ++i) {
    score.total += answers.items[i];
    if (i >= 4) { // items 5-8
      score.psychosocial += answers.items[i];
    }
  }
  score.total += bothersome;
  score.psychosocial += bothersome;
  if (score.psychosocial >= 4) {
    score.risk = "high";
  } else if (score.total >= 4) {
    score.risk = "medium";
  } else {
    score.risk = "low";
  }
  return score;
}

} // namespace ptplan::engine
