#include "ptplan/render/progress_view.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/render/data_uri.hpp"
#include "ptplan/render/mustache_data.hpp"
#include "ptplan/render/progress_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ptplan::render {

namespace {

using kainjow::mustache::data;

struct MeasureWords
{
  const char* label;
  const char* unit; // after the score: "%" or ""
};

MeasureWords words_for(const std::string& measure)
{
  if (measure == "nprs") {
    return {"Your usual pain (0 is none, 10 is the worst)", ""};
  }
  if (measure == "odi") {
    return {"How much your back gets in the way of daily life (Oswestry score, 0 to 100)", "%"};
  }
  return {"Your chosen activities (0 is unable, 10 is as before)", ""};
}

std::string outcome_in_words(const model::OutcomeSummary& outcome)
{
  const MeasureWords words = words_for(outcome.measure);
  if (outcome.baseline_week == outcome.latest_week) {
    return fmt::format("{}{} in week {}. This is the first score; we will compare later ones with it.",
      score_text(outcome.baseline), words.unit, outcome.baseline_week);
  }
  std::string text = fmt::format("{}{} in week {}, {}{} in week {}", score_text(outcome.baseline), words.unit,
    outcome.baseline_week, score_text(outcome.latest), words.unit, outcome.latest_week);
  const std::string size = score_text(std::fabs(outcome.change));
  if (outcome.direction == "same") {
    return text + ": no change yet.";
  }
  const std::string points = std::fabs(outcome.change) == 1 ? "point" : "points";
  if (!outcome.meaningful) {
    return text + fmt::format(": {} by {} {}. That is not yet a clear change.", outcome.direction, size, points);
  }
  if (outcome.direction == "better") {
    return text + fmt::format(": better by {} {}. That is a clear change. Well done.", size, points);
  }
  return text + fmt::format(": worse by {} {}. That is a clear change. Please tell your therapist.", size, points);
}

// What moves a held or stepped-back plan up: all the sessions, with the
// pain in the green. Empty when nothing was held or stepped back.
std::string move_up_words(const model::Plan& plan)
{
  const bool held = std::any_of(plan.exercises.begin(), plan.exercises.end(), [](const model::PlannedExercise& p) {
    return p.change == model::ChangeKind::held || p.change == model::ChangeKind::regressed;
  });
  if (!held) {
    return {};
  }
  const std::size_t sessions = plan.profile->schedule.days.size();
  return fmt::format("To move up next week, do all {} session{} and keep your pain in the green zone (see \"How much pain "
                     "is OK?\").",
    sessions, sessions == 1 ? "" : "s");
}

} // namespace

bool change_is_shared(const model::Plan& plan, const model::PlannedExercise& planned)
{
  if (planned.change == model::ChangeKind::none) {
    return false;
  }
  return std::any_of(plan.exercises.begin(), plan.exercises.end(), [&](const model::PlannedExercise& other) {
    return &other != &planned && other.change != model::ChangeKind::none && other.change_reason == planned.change_reason;
  });
}

kainjow::mustache::data progress_view(const model::Plan& plan)
{
  const model::Profile& profile = *plan.profile;
  data view;
  data weeks = make_list(profile.progress.size());
  for (const auto& report : profile.progress) {
    if (report.week >= plan.week) {
      break;
    }
    data row;
    put_text(row, "week", std::to_string(report.week));
    put_text(row, "sessions", fmt::format("{} of {}", report.sessions_done, profile.schedule.days.size()));
    put_text(row, "pain_during", std::to_string(report.pain_during));
    put_text(row, "next_day", report.pain_next_day);
    // Fixed-width columns for plain text.
    put_text(row, "text_row",
      fmt::format("{:<6}{:<15}{:<22}{}", report.week, fmt::format("{} of {}", report.sessions_done, profile.schedule.days.size()),
        fmt::format("{} out of 10", report.pain_during), report.pain_next_day));
    append(weeks, std::move(row));
  }
  const bool has_progress = !weeks.list_value().empty();
  put_flag(view, "has_progress", has_progress);
  put(view, "weeks", std::move(weeks));

  // One line per reason, so seven exercises held for the same reason read
  // as one sentence.
  std::vector<std::pair<std::string, std::vector<std::string>>> reasons;
  for (const auto& planned : plan.exercises) {
    if (planned.change == model::ChangeKind::none) {
      continue;
    }
    auto found = std::find_if(reasons.begin(), reasons.end(), [&](const auto& r) { return r.first == planned.change_reason; });
    if (found == reasons.end()) {
      reasons.emplace_back(planned.change_reason, std::vector<std::string>{});
      found = reasons.end() - 1;
    }
    found->second.push_back(planned.exercise->name);
  }
  data changes = make_list(reasons.size());
  for (const auto& [reason, names] : reasons) {
    data change;
    put_text(change, "names", list_in_words(names));
    put_text(change, "text", reason);
    append(changes, std::move(change));
  }
  put_flag(view, "has_changes", !reasons.empty());
  const std::string move_up = has_progress ? move_up_words(plan) : std::string();
  put_flag(view, "has_move_up", !move_up.empty());
  put_text(view, "move_up", move_up);
  put(view, "changes", std::move(changes));

  data outcomes = make_list(plan.outcomes.size());
  bool has_outcomes = false;
  for (const auto& outcome : plan.outcomes) {
    // The tests the therapist scores (TUG, chair stand, HOOS-12) are for the
    // therapist: `ptplan review` and the JSON.
    if (outcome.measure != "nprs" && outcome.measure != "odi" && outcome.measure != "psfs") {
      continue;
    }
    has_outcomes = true;
    data item;
    put_text(item, "label", words_for(outcome.measure).label);
    put_text(item, "text", outcome_in_words(outcome));
    append(outcomes, std::move(item));
  }
  put_flag(view, "has_outcomes", has_outcomes);
  put(view, "outcomes", std::move(outcomes));

  const auto lines = progress_lines(profile, plan.week);
  const std::string chart = has_progress ? progress_chart_svg(lines, plan.week - 1) : "";
  put_flag(view, "has_chart", !chart.empty());
  put_text(view, "chart_uri", chart.empty() ? std::string() : image_data_uri("progress.svg", chart));
  put_text(view, "chart_alt", chart_description(lines));
  return view;
}

} // namespace ptplan::render
