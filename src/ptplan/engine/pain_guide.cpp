#include "ptplan/engine/pain_guide.hpp"

#include <algorithm>

namespace ptplan::engine {

namespace {

constexpr int k_green_zone_top = 3;  // CLINICAL.md s.3: 0-3 during exercise is fine
constexpr int k_yellow_zone_top = 5; // 4-5 only if it settles by the next morning
constexpr int k_highest_yellow = 9;  // a rise is never fine when it reaches 10

} // namespace

model::PainGuide pain_guide_for(int usual)
{
  model::PainGuide guide;
  guide.usual = std::clamp(usual, 0, 10);
  if (guide.usual <= k_green_zone_top) {
    guide.green_top = k_green_zone_top;
    guide.yellow_top = k_yellow_zone_top;
    return guide;
  }
  guide.relative = true;
  guide.green_top = guide.usual;
  guide.yellow_top = std::max(guide.usual, std::min(guide.usual + k_allowed_rise, k_highest_yellow));
  return guide;
}

} // namespace ptplan::engine
