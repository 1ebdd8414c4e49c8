#include "ptplan/render/progress_chart.hpp"

#include "ptplan/engine/outcomes.hpp"
#include "ptplan/render/escape.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ptplan::render {

namespace {

constexpr int k_width = 480;
constexpr int k_height = 280;
constexpr int k_left = 70;
constexpr int k_right = 450;
constexpr int k_top = 44;
constexpr int k_bottom = 184;

struct Style
{
  const char* colour;
  const char* dash;
};
constexpr Style k_styles[] = {{"#b71c1c", ""}, {"#0d47a1", " stroke-dasharray=\"8 5\""}};

int x_of(int week, int first_week, int last_week)
{
  if (last_week == first_week) {
    return (k_left + k_right) / 2;
  }
  return k_left + (week - first_week) * (k_right - k_left) / (last_week - first_week);
}

int y_of(double score)
{
  return k_bottom - static_cast<int>(std::lround(score * (k_bottom - k_top) / 10.0));
}

} // namespace

std::string chart_description(const std::vector<ChartLine>& lines, const i18n::Text& text)
{
  std::string out(text(i18n::Phrase::chart_alt));
  for (const auto& line : lines) {
    out += fmt::format(" {}:", line.label);
    for (std::size_t i = 0; i < line.points.size(); ++i) {
      out += fmt::format("{} {}", i == 0 ? "" : ",",
        text.format(
          i18n::Phrase::chart_alt_point, fmt::arg("week", line.points[i].first), fmt::arg("score", line.points[i].second)));
    }
    out += ".";
  }
  return out;
}

std::string progress_chart_svg(const std::vector<ChartLine>& lines, int last_week, const i18n::Text& text)
{
  using i18n::Phrase;
  const bool worth_drawing =
    std::any_of(lines.begin(), lines.end(), [](const ChartLine& line) { return line.points.size() >= 2; });
  if (!worth_drawing) {
    return {};
  }
  int first_week = last_week;
  for (const auto& line : lines) {
    for (const auto& [week, score] : line.points) {
      first_week = std::min(first_week, week);
    }
  }
  std::string svg = fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" "
                                "role=\"img\" aria-label=\"{}\" font-family=\"Arial, sans-serif\" font-size=\"13\">\n",
    k_width, k_height, k_width, k_height, escape_html(text(Phrase::chart_title)));
  svg += fmt::format("<title>{}</title>\n", escape_html(chart_description(lines, text)));
  // A title and both axes named, so the chart reads without the text around it.
  svg += fmt::format("<text x=\"{}\" y=\"22\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\">{}</text>\n",
    k_width / 2, escape_html(text(Phrase::chart_title)));
  svg += fmt::format("<text transform=\"translate(20 {}) rotate(-90)\" text-anchor=\"middle\">{}</text>\n",
    (k_top + k_bottom) / 2, escape_html(text(Phrase::chart_y_axis)));
  svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", (k_left + k_right) / 2, k_bottom + 40,
    escape_html(text(Phrase::chart_x_axis)));
  for (const int score : {0, 5, 10}) {
    const int y = y_of(score);
    svg += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#bbb\" stroke-width=\"1\"/>"
                       "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
      k_left, y, k_right, y, k_left - 8, y + 4, score);
  }
  for (int week = first_week; week <= last_week; ++week) {
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x_of(week, first_week, last_week),
      k_bottom + 20, escape_html(text.format(Phrase::chart_week, fmt::arg("week", week))));
  }
  for (std::size_t i = 0; i < lines.size() && i < std::size(k_styles); ++i) {
    const ChartLine& line = lines[i];
    const Style& style = k_styles[i];
    std::string points;
    for (const auto& [week, score] : line.points) {
      points += fmt::format("{}{},{}", points.empty() ? "" : " ", x_of(week, first_week, last_week), y_of(score));
    }
    svg += fmt::format(
      "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"3\"{} points=\"{}\"/>\n", style.colour, style.dash, points);
    for (const auto& [week, score] : line.points) {
      svg += fmt::format(
        "<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\"/>\n", x_of(week, first_week, last_week), y_of(score), style.colour);
    }
    const int legend_y = k_bottom + 70;
    const int legend_x = k_left + static_cast<int>(i) * 215;
    svg += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"3\"{}/>"
                       "<text x=\"{}\" y=\"{}\">{}</text>\n",
      legend_x, legend_y - 4, legend_x + 28, legend_y - 4, style.colour, style.dash, legend_x + 34, legend_y,
      escape_html(line.label));
  }
  svg += "</svg>";
  return svg;
}

std::vector<ChartLine> progress_lines(const model::Profile& profile, int before_week, const i18n::Text& text)
{
  ChartLine usual{std::string(text(i18n::Phrase::chart_usual)), {}, false};
  ChartLine during{std::string(text(i18n::Phrase::chart_during)), {}, false};
  ChartLine activities{std::string(text(i18n::Phrase::chart_activities)), {}, true};
  for (const auto& report : profile.progress) {
    if (report.week >= before_week) {
      break;
    }
    during.points.emplace_back(report.week, report.pain_during);
    if (report.outcomes.nprs) {
      usual.points.emplace_back(report.week, *report.outcomes.nprs);
    }
    if (!report.outcomes.psfs.empty()) {
      activities.points.emplace_back(report.week, engine::score_psfs(report.outcomes.psfs));
    }
  }
  std::vector<ChartLine> lines;
  lines.push_back(usual.points.empty() ? std::move(during) : std::move(usual));
  if (!activities.points.empty()) {
    lines.push_back(std::move(activities));
  }
  return lines;
}

} // namespace ptplan::render
