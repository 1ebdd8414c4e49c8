#include "ptplan/engine/outcomes.hpp"

#include <cmath>
#include <functional>

namespace ptplan::engine {

namespace {

double one_decimal(double value)
{
  return std::round(value * 10.0) / 10.0;
}

// The threshold is met by the absolute change, or by the relative change
// against a non-zero baseline.
bool reaches(double change, double baseline, double points, double percent)
{
  const double size = std::fabs(change);
  if (size + 1e-9 >= points) {
    return true;
  }
  return percent > 0 && baseline > 0 && size * 100.0 + 1e-9 >= percent * baseline;
}

std::string direction_of(double change, bool lower_is_better)
{
  if (std::fabs(change) < 1e-9) {
    return "same";
  }
  return (change < 0) == lower_is_better ? "better" : "worse";
}

struct Measure
{
  const char* name;
  double points;
  double percent; // 0: points only
  bool lower_is_better;
  const char* threshold;
};

model::OutcomeSummary summarise(const Measure& measure, std::vector<std::pair<int, double>> series)
{
  model::OutcomeSummary summary;
  summary.measure = measure.name;
  summary.threshold = measure.threshold;
  summary.baseline_week = series.front().first;
  summary.baseline = series.front().second;
  summary.latest_week = series.back().first;
  summary.latest = series.back().second;
  summary.change = one_decimal(summary.latest - summary.baseline);
  summary.meaningful = series.size() > 1 && reaches(summary.change, summary.baseline, measure.points, measure.percent);
  summary.direction = direction_of(summary.change, measure.lower_is_better);
  summary.series = std::move(series);
  return summary;
}

} // namespace

std::optional<double> score_odi(const std::array<std::optional<int>, model::k_odi_sections>& sections)
{
  int sum = 0;
  int answered = 0;
  for (const auto& section : sections) {
    if (section) {
      sum += *section;
      ++answered;
    }
  }
  if (answered < static_cast<int>(model::k_odi_sections) - 1) {
    return std::nullopt;
  }
  return one_decimal(100.0 * sum / (5.0 * answered));
}

double score_psfs(const std::vector<std::pair<std::string, int>>& ratings)
{
  if (ratings.empty()) {
    return 0;
  }
  double sum = 0;
  for (const auto& [activity, rating] : ratings) {
    sum += rating;
  }
  return one_decimal(sum / static_cast<double>(ratings.size()));
}

std::vector<model::OutcomeSummary> summarise_outcomes(const model::Profile& profile, int before_week)
{
  std::vector<std::pair<int, double>> nprs;
  std::vector<std::pair<int, double>> odi;
  std::vector<std::pair<int, double>> psfs;
  int unscored_odi = 0;
  const model::WeekReport* first_psfs = nullptr;
  const model::WeekReport* last_psfs = nullptr;
  for (const auto& report : profile.progress) {
    if (report.week >= before_week) {
      break;
    }
    const auto& outcomes = report.outcomes;
    if (outcomes.nprs) {
      nprs.emplace_back(report.week, *outcomes.nprs);
    }
    if (outcomes.odi) {
      if (auto score = score_odi(*outcomes.odi)) {
        odi.emplace_back(report.week, *score);
      } else {
        ++unscored_odi;
      }
    }
    if (!outcomes.psfs.empty()) {
      psfs.emplace_back(report.week, score_psfs(outcomes.psfs));
      first_psfs = first_psfs ? first_psfs : &report;
      last_psfs = &report;
    }
  }
  std::vector<model::OutcomeSummary> summaries;
  if (!nprs.empty()) {
    summaries.push_back(summarise({"nprs", 2, 30, true, "2 points or 30 %"}, std::move(nprs)));
  }
  if (!odi.empty()) {
    summaries.push_back(summarise({"odi", 10, 30, true, "10 points or 30 %"}, std::move(odi)));
    summaries.back().unscored_weeks = unscored_odi;
  }
  if (!psfs.empty()) {
    summaries.push_back(summarise({"psfs", 2, 0, false, "2 points in the mean, 3 for one activity"}, std::move(psfs)));
    for (const auto& [activity, baseline] : first_psfs->outcomes.psfs) {
      for (const auto& [later, latest] : last_psfs->outcomes.psfs) {
        if (later == activity) {
          summaries.back().activities.push_back({activity, baseline, latest, std::abs(latest - baseline) >= 3});
        }
      }
    }
  }
  return summaries;
}

} // namespace ptplan::engine
