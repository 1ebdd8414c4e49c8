#include "ptplan/engine/outcomes.hpp"

#include <fmt/format.h>

#include <array>
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

std::optional<double> score_hoos12(const model::Hoos12Items& items)
{
  int sum = 0;
  int answered = 0;
  for (const auto& item : items) {
    if (item) {
      sum += *item;
      ++answered;
    }
  }
  if (answered * 2 < static_cast<int>(model::k_hoos12_items)) {
    return std::nullopt;
  }
  return one_decimal(100.0 - 25.0 * sum / answered);
}

std::optional<int> chair_stand_norm(int age, model::Sex sex)
{
  // Bands of five years from 60-64 to 90-94.
  constexpr std::array<int, 7> k_men = {14, 12, 12, 11, 10, 8, 7};
  constexpr std::array<int, 7> k_women = {12, 11, 10, 10, 9, 8, 4};
  if (age < 60 || age > 94) {
    return std::nullopt;
  }
  const auto band = static_cast<std::size_t>((age - 60) / 5);
  return sex == model::Sex::male ? k_men[band] : k_women[band];
}

namespace {

// The chair-stand norm in words, and whether `stands` is below it.
void judge_chair_stand(const model::Profile& profile, model::OutcomeSummary& summary)
{
  if (!profile.sex) {
    summary.norm = "no norm without the patient's sex (add sex: female or male)";
    return;
  }
  const auto norm = chair_stand_norm(profile.age, *profile.sex);
  if (!norm) {
    summary.norm = "the norms cover ages 60 to 94";
    return;
  }
  const int low = 60 + (profile.age - 60) / 5 * 5;
  summary.norm = fmt::format(
    "under {} for {} aged {}-{}, CDC STEADI", *norm, *profile.sex == model::Sex::male ? "men" : "women", low, low + 4);
  summary.fall_risk = summary.latest < *norm;
}

} // namespace

std::vector<model::OutcomeSummary> summarise_outcomes(const model::Profile& profile, int before_week)
{
  std::vector<std::pair<int, double>> nprs;
  std::vector<std::pair<int, double>> odi;
  std::vector<std::pair<int, double>> psfs;
  std::vector<std::pair<int, double>> tug;
  std::vector<std::pair<int, double>> chair_stand;
  std::array<std::vector<std::pair<int, double>>, 3> hoos12;
  std::array<int, 3> unscored_hoos12{};
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
    if (outcomes.tug) {
      tug.emplace_back(report.week, *outcomes.tug);
    }
    if (outcomes.chair_stand) {
      chair_stand.emplace_back(report.week, *outcomes.chair_stand);
    }
    if (outcomes.hoos12) {
      const std::array<const std::optional<model::Hoos12Items>*, 3> subscales = {
        &outcomes.hoos12->pain, &outcomes.hoos12->function, &outcomes.hoos12->quality_of_life};
      for (std::size_t i = 0; i < subscales.size(); ++i) {
        if (!*subscales[i]) {
          continue;
        }
        if (auto score = score_hoos12(**subscales[i])) {
          hoos12[i].emplace_back(report.week, *score);
        } else {
          ++unscored_hoos12[i];
        }
      }
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
  // About 1-2 s is a real change (CLINICAL.md s.7): the upper end, so that
  // a "meaningful" change is beyond the test's own variation.
  if (!tug.empty()) {
    auto& summary = summaries.emplace_back(summarise({"tug", 2, 0, true, "2 seconds"}, std::move(tug)));
    summary.unit = " s";
    summary.norm = "12 s or more, CDC STEADI";
    summary.fall_risk = summary.latest >= k_tug_fall_risk_seconds;
  }
  if (!chair_stand.empty()) {
    auto& summary = summaries.emplace_back(summarise({"chair_stand", 2, 0, false, "2 stands"}, std::move(chair_stand)));
    judge_chair_stand(profile, summary);
  }
  // HOOS subscales: 8-10 points is the usual meaningful change; ptplan takes
  // 10, the safer side.
  constexpr std::array<const char*, 3> k_hoos12_measures = {"hoos12_pain", "hoos12_function", "hoos12_quality_of_life"};
  for (std::size_t i = 0; i < hoos12.size(); ++i) {
    if (!hoos12[i].empty()) {
      auto& summary = summaries.emplace_back(summarise({k_hoos12_measures[i], 10, 0, false, "10 points"}, std::move(hoos12[i])));
      summary.unscored_weeks = unscored_hoos12[i];
    }
  }
  return summaries;
}

} // namespace ptplan::engine
