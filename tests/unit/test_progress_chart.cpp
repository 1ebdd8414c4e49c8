// The progress chart (render/progress_chart.hpp) and the "Your progress"
// values (render/progress_view.hpp).

#include "ptplan/engine/planner.hpp"
#include "ptplan/render/progress_chart.hpp"
#include "ptplan/render/progress_view.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

using ptplan::render::ChartLine;
using ptplan::render::progress_chart_svg;

TEST_CASE("progress chart: nothing to draw until a line has two points")
{
  CHECK(progress_chart_svg({}, 3).empty());
  CHECK(progress_chart_svg({ChartLine{"Pain", {{1, 5}}, false}}, 1).empty());
}

TEST_CASE("progress chart: points are placed on a 0 to 10 scale across the weeks, in one HTML block")
{
  const std::string svg = progress_chart_svg(
    {ChartLine{"Usual pain (0 to 10)", {{1, 10}, {3, 0}}, false}, ChartLine{"Activities", {{1, 5}, {2, 5}}, true}}, 3);
  REQUIRE_FALSE(svg.empty());
  CHECK(svg.rfind("<svg ", 0) == 0);
  CHECK(svg.find("</svg>") == svg.size() - 6);
  // Week 1 at the left edge, week 3 at the right; 10 at the top, 0 at the bottom.
  CHECK(svg.find("points=\"70,44 450,184\"") != std::string::npos);
  CHECK(svg.find("points=\"70,114 260,114\"") != std::string::npos);
  // A title and both axes named (PEMAT-P item 17 asks for it).
  CHECK(svg.find(">Your scores, week by week</text>") != std::string::npos);
  CHECK(svg.find(">Score (0 to 10)</text>") != std::string::npos);
  CHECK(svg.find(">Week of your plan</text>") != std::string::npos);
  CHECK(svg.find("stroke-dasharray") != std::string::npos);
  CHECK(svg.find("<title>Progress by week. Usual pain (0 to 10): week 1 10, week 3 0. Activities: week 1 5, week 2 5.</title>")
        != std::string::npos);
  CHECK(svg
        == progress_chart_svg(
          {ChartLine{"Usual pain (0 to 10)", {{1, 10}, {3, 0}}, false}, ChartLine{"Activities", {{1, 5}, {2, 5}}, true}}, 3));
}

TEST_CASE("progress view: the usual pain line when scored, else pain during exercise; only earlier weeks")
{
  const auto p = ptplan::test::profile_from(R"(
patient: { name: T, age: 40 }
conditions: [nonspecific-low-back-pain]
pain: { current: 4 }
progress:
  - { week: 1, sessions_done: 5, pain_during: 4, pain_next_day: same }
  - { week: 2, sessions_done: 5, pain_during: 3, pain_next_day: same, outcomes: { psfs: { walk: 4 } } }
  - { week: 3, sessions_done: 5, pain_during: 2, pain_next_day: same, outcomes: { psfs: { walk: 6 } } }
)");
  const auto lines = ptplan::render::progress_lines(p, 3);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].label == "Pain during exercise (0 to 10)");
  CHECK(lines[0].points == std::vector<std::pair<int, double>>{{1, 4}, {2, 3}});
  CHECK(lines[1].points == std::vector<std::pair<int, double>>{{2, 4}});

  const auto outcome = ptplan::engine::make_plan(ptplan::test::builtin_knowledge(), p, 4);
  const auto& plan = std::get<ptplan::model::Plan>(outcome);
  auto view = ptplan::render::progress_view(plan);
  CHECK(view.get("has_progress")->is_true());
  CHECK(view.get("has_chart")->is_true());
  CHECK(view.get("weeks")->list_value().size() == 3);
  const auto& outcomes = view.get("outcomes")->list_value();
  REQUIRE(outcomes.size() == 1);
  CHECK(outcomes[0].get("text")->string_value()
        == "4 in week 2, 6 in week 3: better by 2 points. That is a clear change. Well done.");

  const auto first = ptplan::engine::make_plan(ptplan::test::builtin_knowledge(), p, 1);
  CHECK_FALSE(ptplan::render::progress_view(std::get<ptplan::model::Plan>(first)).get("has_progress")->is_true());
}
