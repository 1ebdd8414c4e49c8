#include "ptplan/engine/progression.hpp"

#include <fmt/format.h>

namespace ptplan::engine {

Progressed progress(const model::Exercise& start, int week, const model::Catalog& catalog, const Constraints& constraints,
  const Exclusions& exclusions)
{
  const int elapsed = std::max(0, week - 1);
  Progressed result{&start, elapsed, {}};
  if (elapsed == 0) {
    return result;
  }
  if (start.category == "aerobic") {
    result.why = fmt::format("week {}: about 10 % more time each week", week);
    return result;
  }
  if (!constraints.progress_chain) {
    result.dose_steps = elapsed / 2;
    result.why = fmt::format("week {}: dose raised slowly and the exercise kept the same while pain is easily stirred up", week);
    return result;
  }
  const int wanted = elapsed / k_weeks_per_level;
  int moved = 0;
  while (moved < wanted && !result.exercise->progression.empty()) {
    const auto* next = catalog.find(result.exercise->progression);
    if (!next || exclusions.contains(next->id)) {
      break;
    }
    result.exercise = next;
    ++moved;
  }
  result.dose_steps = elapsed - moved * k_weeks_per_level;
  if (moved > 0) {
    result.why = fmt::format("week {}: moved on from {} to the next step in its chain", week, start.id);
  } else {
    result.why = fmt::format("week {}: dose raised from the week 1 start", week);
  }
  return result;
}

} // namespace ptplan::engine
