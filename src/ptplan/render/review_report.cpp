#include "ptplan/render/review_report.hpp"

#include "ptplan/core/words.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace ptplan::render {

namespace {

using Json = nlohmann::ordered_json;
using Row = std::vector<std::string>;

// A Markdown table, or for text the same columns aligned with spaces.
std::string table(const Row& header, const std::vector<Row>& rows, Format format)
{
  std::string out;
  if (format == Format::markdown) {
    const auto line = [](const Row& cells) {
      std::string text = "|";
      for (const auto& cell : cells) {
        text += " " + cell + " |";
      }
      return text + "\n";
    };
    out += line(header);
    out += line(Row(header.size(), "---"));
    for (const auto& row : rows) {
      out += line(row);
    }
    return out;
  }
  std::vector<std::size_t> widths(header.size());
  for (const auto* row : {&header}) {
    for (std::size_t i = 0; i < row->size(); ++i) {
      widths[i] = std::max(widths[i], (*row)[i].size());
    }
  }
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], row[i].size());
    }
  }
  const auto line = [&](const Row& cells) {
    std::string text = " ";
    for (std::size_t i = 0; i < cells.size(); ++i) {
      text += " " + cells[i] + std::string(widths[i] - cells[i].size() + 1, ' ');
    }
    while (!text.empty() && text.back() == ' ') {
      text.pop_back();
    }
    return text + "\n";
  };
  out += line(header);
  for (const auto& row : rows) {
    out += line(row);
  }
  return out;
}

// A measure as the therapist reads it in the notes under the table.
std::string measure_name(const std::string& measure)
{
  if (measure == "tug") {
    return "Timed Up and Go";
  }
  if (measure == "chair_stand") {
    return "30-second chair stand";
  }
  if (measure == "hoos12_pain") {
    return "HOOS-12 pain";
  }
  if (measure == "hoos12_function") {
    return "HOOS-12 function";
  }
  if (measure == "hoos12_quality_of_life") {
    return "HOOS-12 quality of life";
  }
  return measure;
}

std::string heading(const std::string& title, Format format)
{
  if (format == Format::markdown) {
    return "\n## " + title + "\n\n";
  }
  std::string upper = title;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return "\n" + upper + "\n\n";
}

std::string bullets(const std::vector<std::string>& items, Format format)
{
  std::string out;
  for (const auto& item : items) {
    out += (format == Format::markdown ? "- " : "  - ") + item + "\n";
  }
  return out;
}

std::string text_report(
  const engine::CourseReview& review, const model::Profile& profile, const model::Knowledge& knowledge, Format format)
{
  const auto esc = [&](std::string_view text) { return escape_for(format, text); };
  std::string out = format == Format::markdown ? "# Course review: " : "COURSE REVIEW: ";
  out += fmt::format("{}, age {}\n\n", esc(profile.name), profile.age);
  std::vector<std::string> conditions;
  for (const auto& condition : profile.conditions) {
    conditions.push_back(knowledge.vocabulary.conditions.label(condition));
  }
  std::string summary = fmt::format("Conditions: {}. ", fmt::join(conditions, ", "));
  summary += fmt::format("{} logged; the next plan is for week {}{}.", count_in_words(review.weeks.size(), "week", "weeks"),
    review.next_week, profile.plan_weeks ? fmt::format(" of {}", *profile.plan_weeks) : std::string());
  if (review.start_back) {
    summary += fmt::format(" STarT Back at baseline: {} risk (total {}, psychosocial {}).", review.start_back->risk,
      review.start_back->total, review.start_back->psychosocial);
  }
  out += summary + "\n";
  if (!review.referral_flags.empty()) {
    out += heading("Referral", format);
    out += fmt::format("Red flags without clearance: {}. `ptplan plan` gives a referral notice, not a plan.\n",
      fmt::join(review.referral_flags, ", "));
  }

  out += heading("Flags", format);
  out += review.flags.empty() ? "None.\n" : bullets(review.flags, format);

  out += heading("Weeks", format);
  if (review.weeks.empty()) {
    out += "No progress log yet: add a `progress:` entry for each week (see `ptplan new-profile`).\n";
  } else {
    std::vector<Row> rows;
    for (const auto& week : review.weeks) {
      rows.push_back({std::to_string(week.week), fmt::format("{} of {}", week.sessions_done, week.sessions_planned),
        fmt::format("{} %", week.adherence), fmt::format("{}/10", week.pain_during), week.pain_next_day,
        week.symptoms.empty() ? "-" : week.symptoms, std::to_string(week.progressed), std::to_string(week.held),
        std::to_string(week.regressed), std::to_string(week.added),
        week.stopped.empty() ? "-" : fmt::format("{}", fmt::join(week.stopped, ", "))});
    }
    out += table({"Week", "Sessions", "Adherence", "Pain during", "Next morning", "Symptoms", "Progressed", "Held", "Regressed",
                   "New", "Stopped"},
      rows, format);
    out += "\nProgressed, held, regressed, new and stopped count the changes the next week's plan made from that entry.\n";
  }

  out += heading("Outcomes", format);
  if (review.outcomes.empty()) {
    out += "No outcome measures logged yet.\n";
  } else {
    std::vector<Row> rows;
    for (const auto& outcome : review.outcomes) {
      const std::string unit = outcome.measure == "odi" ? " %" : outcome.unit;
      rows.push_back({outcome.measure, fmt::format("{}{} (week {})", score_text(outcome.baseline), unit, outcome.baseline_week),
        fmt::format("{}{} (week {})", score_text(outcome.latest), unit, outcome.latest_week),
        fmt::format("{}{}", outcome.change > 0 ? "+" : "", score_text(outcome.change)), outcome.direction, outcome.threshold,
        outcome.meaningful ? "yes" : "no"});
    }
    out += table({"Measure", "Baseline", "Latest", "Change", "Direction", "Meaningful change", "Met"}, rows, format);
    const bool details = std::any_of(review.outcomes.begin(), review.outcomes.end(),
      [](const model::OutcomeSummary& o) { return !o.activities.empty() || o.unscored_weeks > 0 || !o.norm.empty(); });
    out += details ? "\n" : "";
    const std::string bullet = format == Format::markdown ? "- " : "  - ";
    for (const auto& outcome : review.outcomes) {
      if (!outcome.norm.empty()) {
        const std::string judged = !outcome.fall_risk   ? "no norm"
                                   : *outcome.fall_risk ? "in the higher fall-risk range"
                                                        : "not in the higher fall-risk range";
        out += fmt::format("{}{}: {}{} in week {}, {} ({}).\n", bullet, measure_name(outcome.measure), score_text(outcome.latest),
          outcome.unit, outcome.latest_week, judged, outcome.norm);
      }
      if (outcome.measure.starts_with("hoos12") && outcome.unscored_weeks > 0) {
        out += fmt::format("{}{}: {} week{} not scored (fewer than half the items answered).\n", bullet,
          measure_name(outcome.measure), outcome.unscored_weeks, outcome.unscored_weeks > 1 ? "s" : "");
      }
    }
    for (const auto& outcome : review.outcomes) {
      for (const auto& activity : outcome.activities) {
        out += fmt::format("{}PSFS \"{}\": {} to {}{}\n", format == Format::markdown ? "- " : "  - ", esc(activity.activity),
          activity.baseline, activity.latest, activity.meaningful ? " (meaningful, 3 points or more)" : "");
      }
      if (outcome.measure == "odi" && outcome.unscored_weeks > 0) {
        out += fmt::format("{}Oswestry: {} week{} not scored (more than one section unanswered).\n",
          format == Format::markdown ? "- " : "  - ", outcome.unscored_weeks, outcome.unscored_weeks > 1 ? "s" : "");
      }
    }
  }

  out += heading("Exercises", format);
  if (review.exercises.empty()) {
    out += "No changes yet.\n";
  } else {
    std::vector<Row> rows;
    for (const auto& course : review.exercises) {
      rows.push_back({course.started_as, course.now.empty() ? "(not on the plan)" : course.now, std::to_string(course.progressed),
        std::to_string(course.held), std::to_string(course.regressed)});
    }
    out += table({"Started as", "Now", "Progressed", "Held", "Regressed"}, rows, format);
  }
  return out;
}

Json json_report(const engine::CourseReview& review, const model::Profile& profile)
{
  Json out;
  out["patient"] = Json{{"name", profile.name}, {"age", profile.age}};
  out["next_week"] = review.next_week;
  out["weeks_planned"] = profile.plan_weeks ? Json(*profile.plan_weeks) : Json(nullptr);
  out["referral_flags"] = review.referral_flags;
  out["flags"] = review.flags;
  Json weeks = Json::array();
  for (const auto& week : review.weeks) {
    weeks.push_back(Json{{"week", week.week}, {"sessions_done", week.sessions_done}, {"sessions_planned", week.sessions_planned},
      {"adherence", week.adherence}, {"pain_during", week.pain_during}, {"pain_next_day", week.pain_next_day},
      {"symptoms", week.symptoms.empty() ? Json(nullptr) : Json(week.symptoms)}, {"progressed", week.progressed},
      {"held", week.held}, {"regressed", week.regressed}, {"new", week.added}, {"stopped", week.stopped}});
  }
  out["weeks"] = std::move(weeks);
  Json outcomes = Json::array();
  for (const auto& outcome : review.outcomes) {
    Json item{{"measure", outcome.measure}, {"baseline", outcome.baseline}, {"baseline_week", outcome.baseline_week},
      {"latest", outcome.latest}, {"latest_week", outcome.latest_week}, {"change", outcome.change},
      {"meaningful", outcome.meaningful}, {"direction", outcome.direction}, {"threshold", outcome.threshold}};
    if (!outcome.norm.empty()) {
      item["fall_risk"] = outcome.fall_risk ? Json(*outcome.fall_risk) : Json(nullptr);
      item["norm"] = outcome.norm;
    }
    outcomes.push_back(std::move(item));
  }
  out["outcomes"] = std::move(outcomes);
  out["start_back"] = review.start_back ? Json{{"risk", review.start_back->risk}, {"total", review.start_back->total},
                        {"psychosocial", review.start_back->psychosocial}}
                                        : Json(nullptr);
  Json exercises = Json::array();
  for (const auto& course : review.exercises) {
    exercises.push_back(Json{{"started_as", course.started_as}, {"now", course.now.empty() ? Json(nullptr) : Json(course.now)},
      {"progressed", course.progressed}, {"held", course.held}, {"regressed", course.regressed}});
  }
  out["exercises"] = std::move(exercises);
  return out;
}

} // namespace

std::string review_report(
  const engine::CourseReview& review, const model::Profile& profile, const model::Knowledge& knowledge, Format format)
{
  if (format == Format::json) {
    return json_report(review, profile).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  return text_report(review, profile, knowledge, format);
}

} // namespace ptplan::render
