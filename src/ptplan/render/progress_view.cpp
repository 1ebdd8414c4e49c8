#include "ptplan/render/progress_view.hpp"

#include "ptplan/core/words.hpp"
#include "ptplan/i18n/words.hpp"
#include "ptplan/render/char_width.hpp"
#include "ptplan/render/data_uri.hpp"
#include "ptplan/render/mustache_data.hpp"
#include "ptplan/render/progress_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ptplan::render {

namespace {

using i18n::Phrase;
using i18n::Text;
using kainjow::mustache::data;

struct MeasureWords
{
  Phrase label;
  const char* unit; // after the score: "%" or ""
};

MeasureWords words_for(const std::string& measure)
{
  if (measure == "nprs") {
    return {Phrase::measure_nprs, ""};
  }
  if (measure == "odi") {
    return {Phrase::measure_odi, "%"};
  }
  return {Phrase::measure_psfs, ""};
}

std::string outcome_in_words(const model::OutcomeSummary& outcome, const Text& text)
{
  const MeasureWords words = words_for(outcome.measure);
  if (outcome.baseline_week == outcome.latest_week) {
    return text.format(Phrase::outcome_first, fmt::arg("score", score_text(outcome.baseline) + words.unit),
      fmt::arg("week", outcome.baseline_week));
  }
  std::string out = text.format(Phrase::outcome_two, fmt::arg("first", score_text(outcome.baseline) + words.unit),
    fmt::arg("first_week", outcome.baseline_week), fmt::arg("latest", score_text(outcome.latest) + words.unit),
    fmt::arg("latest_week", outcome.latest_week));
  if (outcome.direction == "same") {
    return out + std::string(text(Phrase::outcome_same));
  }
  // The count is a score ("2.5"): its plural is that of a whole number of points.
  const double size = std::fabs(outcome.change);
  const long long count = size == 1 ? 1 : 2;
  const bool better = outcome.direction == "better";
  const Phrase phrase = outcome.meaningful ? (better ? Phrase::outcome_better : Phrase::outcome_worse)
                                           : (better ? Phrase::outcome_better_unclear : Phrase::outcome_worse_unclear);
  const std::string_view pattern = text.plural(phrase, count);
  return out
         + text.fill_pattern(pattern, count == 1 ? i18n::info(phrase).english : i18n::info(phrase).english_plural,
           fmt::make_format_args(fmt::arg("count", score_text(size))));
}

// The progress table's word for the pain the next morning.
std::string next_day_words(const std::string& word, const Text& text)
{
  if (word == "better") {
    return std::string(text(Phrase::next_day_better));
  }
  if (word == "same") {
    return std::string(text(Phrase::next_day_same));
  }
  if (word == "worse") {
    return std::string(text(Phrase::next_day_worse));
  }
  return word;
}

// What moves a held or stepped-back plan up: all the sessions, with the
// pain in the green. Empty when nothing was held or stepped back.
std::string move_up_words(const model::Plan& plan, const Text& text)
{
  const bool held = std::any_of(plan.exercises.begin(), plan.exercises.end(), [](const model::PlannedExercise& p) {
    return p.change == model::ChangeKind::held || p.change == model::ChangeKind::regressed;
  });
  if (!held) {
    return {};
  }
  const std::size_t sessions = plan.profile->schedule.days.size();
  return text.format_count(Phrase::move_up, static_cast<long long>(sessions));
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

kainjow::mustache::data progress_view(const model::Plan& plan, const Text& text)
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
    const std::string sessions =
      text.format(Phrase::sessions_of, fmt::arg("done", report.sessions_done), fmt::arg("planned", profile.schedule.days.size()));
    const std::string next_day = next_day_words(report.pain_next_day, text);
    put_text(row, "sessions", sessions);
    put_text(row, "pain_during", std::to_string(report.pain_during));
    put_text(row, "next_day", next_day);
    // Fixed-width columns for plain text.
    put_text(row, "text_row",
      pad_to_width(std::to_string(report.week), 6) + pad_to_width(sessions, 15)
        + pad_to_width(text.format(Phrase::out_of_ten, fmt::arg("score", report.pain_during)), 22) + next_day);
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
    put_text(change, "names", i18n::list_in_words(text, names));
    put_text(change, "text", reason);
    append(changes, std::move(change));
  }
  put_flag(view, "has_changes", !reasons.empty());
  const std::string move_up = has_progress ? move_up_words(plan, text) : std::string();
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
    put_text(item, "label", std::string(text(words_for(outcome.measure).label)));
    put_text(item, "text", outcome_in_words(outcome, text));
    append(outcomes, std::move(item));
  }
  put_flag(view, "has_outcomes", has_outcomes);
  put(view, "outcomes", std::move(outcomes));

  const auto lines = progress_lines(profile, plan.week, text);
  const std::string chart = has_progress ? progress_chart_svg(lines, plan.week - 1, text) : "";
  put_flag(view, "has_chart", !chart.empty());
  put_text(view, "chart_uri", chart.empty() ? std::string() : image_data_uri("progress.svg", chart));
  put_text(view, "chart_alt", chart_description(lines, text));
  return view;
}

} // namespace ptplan::render
