#pragma once

#include "ptplan/i18n/text.hpp"
#include "ptplan/model/profile.hpp"

#include <string>
#include <utility>
#include <vector>

namespace ptplan::render {

// One line of the progress chart: a score from 0 to 10 by week.
struct ChartLine
{
  std::string label;
  std::vector<std::pair<int, double>> points; // week -> score
  bool dashed = false;
};

// A small self-contained SVG line chart (0 to 10 up the side, weeks along
// the bottom) with a title for screen readers and a legend; handouts embed
// it as a data: URI image. Empty when no line has two points.
std::string progress_chart_svg(const std::vector<ChartLine>& lines, int last_week, const i18n::Text& text = {});

// The chart in words, for its title and alt text: "Progress by week. Usual
// pain (0 to 10): week 1 6, week 2 5."
std::string chart_description(const std::vector<ChartLine>& lines, const i18n::Text& text = {});

// The chart's lines for the weeks logged before `before_week`: usual pain
// (NPRS) when it was scored, else pain during exercise; and the patient's
// chosen activities (PSFS mean) when rated.
std::vector<ChartLine> progress_lines(const model::Profile& profile, int before_week, const i18n::Text& text = {});

} // namespace ptplan::render
