#include "ptplan/render/view.hpp"

#include "ptplan/core/sides.hpp"
#include "ptplan/i18n/words.hpp"
#include "ptplan/render/char_width.hpp"
#include "ptplan/render/dose_words.hpp"
#include "ptplan/render/easier_view.hpp"
#include "ptplan/render/exercise_views.hpp"
#include "ptplan/render/mustache_data.hpp"
#include "ptplan/render/progress_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

namespace ptplan::render {

namespace {

using kainjow::mustache::data;

constexpr std::size_t k_max_prototype = 16; // exercises in a plan: at most 8 by the rules

using i18n::Text;

std::string short_day(Weekday day, const Text& text)
{
  return std::string(i18n::weekday_short(text, day));
}

std::string long_date(const std::optional<Date>& date, const Text& text)
{
  return date ? i18n::date_long(text, *date) : std::string();
}

data people(const model::Profile& profile)
{
  data view;
  data patient;
  put_text(patient, "name", profile.name);
  put_text(patient, "age", std::to_string(profile.age));
  put(view, "patient", std::move(patient));
  const auto& t = profile.therapist;
  data therapist;
  put_text(therapist, "name", t.name);
  put_text(therapist, "clinic", t.clinic);
  put_text(therapist, "phone", t.phone);
  put(view, "therapist", std::move(therapist));
  put_flag(view, "has_therapist", !t.name.empty() || !t.clinic.empty() || !t.phone.empty());
  put_flag(view, "has_therapist_name", !t.name.empty());
  put_flag(view, "has_clinic", !t.clinic.empty());
  put_flag(view, "has_phone", !t.phone.empty());
  put_text(view, "version", PTPLAN_VERSION);
  return view;
}

std::string join(const std::vector<std::string>& items, std::string_view separator)
{
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : std::string(separator)) + item;
  }
  return out;
}

// A checklist box: {number, on}. The grids are most of a view's small
// objects, so boxes (and the week table's cells below) are copied from
// prototypes made once, which is cheaper than building each.
data box(std::size_t number, bool on)
{
  static const auto k_boxes = [] {
    std::vector<std::array<data, 2>> boxes(k_max_prototype + 1);
    for (std::size_t n = 1; n <= k_max_prototype; ++n) {
      for (const bool flag : {false, true}) {
        put_text(boxes[n][flag], "number", std::to_string(n));
        put_flag(boxes[n][flag], "on", flag);
      }
    }
    return boxes;
  }();
  if (number <= k_max_prototype) {
    return k_boxes[number][on];
  }
  data made;
  put_text(made, "number", std::to_string(number));
  put_flag(made, "on", on);
  return made;
}

// A cell of the week table: {on}.
data cell(bool on)
{
  static const std::array<data, 2> k_cells = {data("on", false), data("on", true)};
  return k_cells[on];
}

// The adherence checklist: a row for every day of the week, a box for each
// exercise planned that day, and room to write the day's pain.
data calendar_of(const model::Plan& plan, const Text& text)
{
  data rows = make_list(plan.schedule.size());
  for (const auto& day : plan.schedule) {
    data row;
    const std::string short_date = day.date ? i18n::date_short(text, *day.date) : std::string();
    const std::string label =
      day.date ? short_day(day.day, text) + " " + short_date : std::string(i18n::weekday_name(text, day.day));
    put_text(row, "day", short_day(day.day, text));
    put_text(row, "day_name", std::string(i18n::weekday_name(text, day.day)));
    put_text(row, "date", short_date);
    put_text(row, "day_cell", pad_to_width(label, 12)); // twelve columns wide, for plain-text tables
    put_flag(row, "rest", day.exercises.empty());
    put_flag(row, "clinic_visit", day.clinic_visit);
    data boxes = make_list(plan.exercises.size());
    for (std::size_t i = 0; i < plan.exercises.size(); ++i) {
      const std::string& id = plan.exercises[i].exercise->id;
      append(boxes, box(i + 1, std::find(day.exercises.begin(), day.exercises.end(), id) != day.exercises.end()));
    }
    put(row, "boxes", std::move(boxes));
    append(rows, std::move(row));
  }
  return rows;
}

// The column heads of the checklist: one per exercise.
data calendar_columns_of(const model::Plan& plan)
{
  data columns = make_list(plan.exercises.size());
  for (std::size_t i = 0; i < plan.exercises.size(); ++i) {
    data column;
    put_text(column, "number", std::to_string(i + 1));
    put_text(column, "number_cell", fmt::format("{:>2}  ", i + 1)); // over a "[ ] " box in plain text
    append(columns, std::move(column));
  }
  return columns;
}

bool names_a_side(const model::Exercise& exercise)
{
  return ptplan::names_a_side(exercise.purpose) || ptplan::names_a_side(exercise.safety)
         || std::any_of(
           exercise.steps.begin(), exercise.steps.end(), [](const std::string& step) { return ptplan::names_a_side(step); });
}

// The patient's own side over an exercise view's text (the cached views name
// the sides as for a profile without one).
void put_sides(data& item, const model::Exercise& exercise, const Sides& sides)
{
  put_text(item, "purpose", with_sides(exercise.purpose, sides));
  std::vector<std::string> steps;
  for (const auto& step : exercise.steps) {
    steps.push_back(with_sides(step, sides));
  }
  put(item, "steps", steps_view(steps));
  put_text(item, "safety", with_sides(exercise.safety, sides));
}

// The stop box, one list per whom to call, each line in rule order.
data stop_box(const std::vector<model::StopLine>& lines)
{
  data box;
  for (const std::string call : {"emergency", "doctor", "midwife", "therapist"}) {
    const auto count = static_cast<std::size_t>(
      std::count_if(lines.begin(), lines.end(), [&](const model::StopLine& line) { return line.call == call; }));
    data list = make_list(count);
    for (const auto& line : lines) {
      if (line.call == call) {
        append(list, data("text", line.text));
      }
    }
    put_flag(box, "has_" + call, count > 0);
    put(box, call, std::move(list));
  }
  return box;
}

// The pain traffic light's numbers (model::PainGuide).
data pain_view(const model::PainGuide& guide)
{
  data view;
  put_flag(view, "relative", guide.relative);
  put_text(view, "usual", std::to_string(guide.usual));
  put_text(view, "green_top", std::to_string(guide.green_top));
  put_flag(view, "has_yellow", guide.yellow_top > guide.green_top);
  put_text(view, "yellow_from", std::to_string(guide.green_top + 1));
  put_text(view, "yellow_top", std::to_string(guide.yellow_top));
  put_flag(view, "yellow_one", guide.yellow_top == guide.green_top + 1);
  put_text(view, "rise", std::to_string(guide.yellow_top - guide.green_top));
  put_flag(view, "rise_one", guide.yellow_top - guide.green_top == 1);
  return view;
}

// The days with exercises, in words ("Monday, Wednesday and Friday"), for
// the key points on page 1.
std::string exercise_days(const model::Plan& plan, const Text& text)
{
  std::vector<Weekday> days;
  for (const auto& day : plan.schedule) {
    if (!day.exercises.empty()) {
      days.push_back(day.day);
    }
  }
  return i18n::days_in_words(text, days);
}

// "See a doctor within 24 hours": a label with a capital first letter.
std::string sentence_case(std::string text)
{
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

// The handout's language, and "Page N of M" in it as the three texts around
// the numbers, for the print style's @page rule (CSS strings: no quotes or
// backslashes).
void put_language(data& view, const Text& text)
{
  put_text(view, "language", std::string(text.language()));
  std::string pattern(text(i18n::Phrase::page_of));
  std::erase_if(pattern, [](char c) { return c == '"' || c == '\\' || c == '\n'; });
  const std::size_t page = pattern.find("{page}");
  const std::size_t pages = pattern.find("{pages}");
  if (page == std::string::npos || pages == std::string::npos || pages < page) {
    return put_language(view, Text()); // a pattern without both numbers: the English
  }
  put_text(view, "page_before", pattern.substr(0, page));
  put_text(view, "page_middle", pattern.substr(page + 6, pages - page - 6));
  put_text(view, "page_after", pattern.substr(pages + 7));
}

} // namespace

kainjow::mustache::data plan_view(const model::Plan& plan, const model::Knowledge& knowledge)
{
  ExerciseViews exercise_views(knowledge);
  return plan_view(plan, exercise_views);
}

kainjow::mustache::data plan_view(const model::Plan& plan, ExerciseViews& exercise_views)
{
  const model::Knowledge& knowledge = exercise_views.knowledge();
  const model::Profile& profile = *plan.profile;
  const model::Vocabulary& vocabulary = knowledge.vocabulary;
  const Text text(knowledge.messages.get());
  const Sides sides = i18n::sides_for(text, model::word_of(profile.side));
  data view = people(profile);
  put_language(view, text);
  put_text(view, "week", std::to_string(plan.week));
  put_flag(view, "has_weeks", plan.weeks.has_value());
  put_text(view, "weeks", plan.weeks ? std::to_string(*plan.weeks) : std::string());
  put_flag(view, "dated", plan.week_start.has_value());
  put_text(view, "week_start", long_date(plan.week_start, text));
  put_flag(view, "has_review", plan.next_review.has_value());
  put_text(view, "next_review", long_date(plan.next_review, text));
  put_text(view, "minutes_per_session", std::to_string(profile.schedule.minutes_per_session));

  std::vector<std::string> conditions;
  for (const auto& condition : profile.conditions) {
    conditions.push_back(vocabulary.conditions.label(condition));
  }
  put_text(view, "conditions", join(conditions, ", "));

  data goals = make_list(profile.goals.size());
  for (const auto& goal : profile.goals) {
    append(goals, data("text", goal));
  }
  put_flag(view, "has_goals", !profile.goals.empty());
  put(view, "goals", std::move(goals));

  data days = make_list(plan.schedule.size());
  for (const auto& day : plan.schedule) {
    data item;
    put_text(item, "day", short_day(day.day, text));
    put_text(item, "day_name", std::string(i18n::weekday_name(text, day.day)));
    put_text(item, "date", long_date(day.date, text));
    put_text(item, "minutes", std::to_string(day.minutes));
    put_flag(item, "clinic_visit", day.clinic_visit);
    put_flag(item, "rest", day.exercises.empty());
    // Four characters wide, for plain-text tables.
    put_text(item, "minutes_cell", day.exercises.empty() ? std::string(" -  ") : fmt::format("{:>2}  ", day.minutes));
    append(days, std::move(item));
  }
  put(view, "days", std::move(days));
  put(view, "calendar", calendar_of(plan, text));
  put(view, "calendar_columns", calendar_columns_of(plan));
  put_flag(view, "has_clinic_visits", profile.schedule.clinic_visits_per_week > 0);

  data rows = make_list(plan.exercises.size());
  data exercises = make_list(plan.exercises.size());
  for (std::size_t i = 0; i < plan.exercises.size(); ++i) {
    const auto& planned = plan.exercises[i];
    const model::Exercise& exercise = *planned.exercise;
    data row;
    put_text(row, "number", std::to_string(i + 1));
    put_text(row, "name", exercise.name);
    data cells = make_list(plan.schedule.size());
    for (const auto& day : plan.schedule) {
      const bool on = std::find(day.exercises.begin(), day.exercises.end(), exercise.id) != day.exercises.end();
      append(cells, cell(on));
    }
    put(row, "cells", std::move(cells));
    append(rows, std::move(row));

    data item = exercise_views.planned(exercise, draw::side_of(model::word_of(profile.side)));
    if (sides.named && names_a_side(exercise)) {
      put_sides(item, exercise, sides);
    }
    put_text(item, "number", std::to_string(i + 1));
    std::string dose = dose_in_words(planned.dose, sides.named ? sides.side_m : std::string(), text);
    if (planned.longer_minutes) {
      dose += ' ';
      dose += longer_bout_in_words(*planned.longer_minutes, planned.longer_days, text);
    }
    put_text(item, "dose", dose);
    put_text(item, "days", i18n::days_in_words(text, planned.days));
    put_text(item, "minutes", std::to_string((planned.seconds + 59) / 60));
    put_text(item, "why", join(planned.why, "; "));
    put_flag(item, "has_change", planned.change != model::ChangeKind::none);
    put_text(item, "change", planned.change_reason);
    put_flag(item, "has_therapist_note", !planned.therapist_note.empty());
    put_text(item, "therapist_note", planned.therapist_note);
    put_flag(item, "change_shared", change_is_shared(plan, planned));
    put_easier_version(item, exercise, plan, knowledge.catalog, sides);
    append(exercises, std::move(item));
  }
  put(view, "rows", std::move(rows));
  put(view, "exercises", std::move(exercises));
  put_text(view, "exercise_count", std::to_string(plan.exercises.size()));
  put_text(view, "exercise_days", exercise_days(plan, text));

  data self_care = make_list(plan.self_care.size());
  for (const auto* exercise : plan.self_care) {
    data item = exercise_views.self_care(*exercise);
    if (sides.named && names_a_side(*exercise)) {
      put_sides(item, *exercise, sides);
    }
    append(self_care, std::move(item));
  }
  put_flag(view, "has_self_care", !plan.self_care.empty());
  put(view, "self_care", std::move(self_care));

  data notes = make_list(plan.notes.size());
  for (const auto& note : plan.notes) {
    append(notes, data("text", note.text));
  }
  put_flag(view, "has_notes", !plan.notes.empty());
  put(view, "notes", std::move(notes));

  put(view, "progress", progress_view(plan, text));
  put(view, "stop", stop_box(plan.stop_signs));
  put(view, "pain", pain_view(plan.pain_guide));

  put_flag(view, "has_clearance", !plan.cleared_flags.empty() && profile.clearance.has_value());
  if (profile.clearance && !plan.cleared_flags.empty()) {
    std::vector<std::string> flags;
    for (const auto& flag : plan.cleared_flags) {
      flags.push_back(vocabulary.red_flags.label(flag));
    }
    data clearance;
    put_text(clearance, "by", profile.clearance->by);
    put_text(clearance, "date", long_date(profile.clearance->date, text));
    put_text(clearance, "flags", join(flags, "; "));
    put(view, "clearance", std::move(clearance));
  }
  return view;
}

kainjow::mustache::data referral_view(
  const model::Referral& referral, const model::Profile& profile, const model::Knowledge& knowledge)
{
  data view = people(profile);
  put_language(view, Text(knowledge.messages.get()));
  put_text(view, "urgency", referral.urgency);
  put_text(view, "urgency_words", knowledge.vocabulary.urgencies.label(referral.urgency));
  put_text(view, "urgency_title", sentence_case(knowledge.vocabulary.urgencies.label(referral.urgency)));
  put_flag(view, "emergency", referral.urgency == "emergency");
  data go_now = make_list(referral.go_now.size());
  for (const auto& line : referral.go_now) {
    append(go_now, data("text", line.text));
  }
  put_flag(view, "has_go_now", !referral.go_now.empty());
  put(view, "go_now", std::move(go_now));
  data flags = make_list(referral.flags.size());
  for (const auto& flag : referral.flags) {
    append(flags, data("text", knowledge.vocabulary.red_flags.label(flag)));
  }
  put(view, "flags", std::move(flags));
  data reasons = make_list(referral.reasons.size());
  for (const auto& reason : referral.reasons) {
    append(reasons, data("text", reason));
  }
  put(view, "reasons", std::move(reasons));
  return view;
}

void add_print_values(kainjow::mustache::data& view, const PrintOptions& print)
{
  put_text(view, "paper", std::string(paper_name(print.paper)));
  put_text(view, "page_size", std::string(page_size_css(print.paper)));
  put_flag(view, "large_print", print.large_print);
}

const std::vector<std::string>& plan_view_names()
{
  static const std::vector<std::string> k_names = {"patient", "patient.name", "patient.age", "therapist", "therapist.name",
    "therapist.clinic", "therapist.phone", "has_therapist", "has_therapist_name", "has_clinic", "has_phone", "version", "week",
    "has_weeks", "weeks", "dated", "week_start", "has_review", "next_review", "minutes_per_session", "conditions", "has_goals",
    "goals", "text", "days", "day", "day_name", "date", "minutes", "clinic_visit", "rest", "minutes_cell", "has_clinic_visits",
    "rows", "number", "name", "cells", "on", "exercises", "id", "category", "position", "purpose", "steps", "dose", "safety",
    "why", "has_image", "image_uri", "image_alt", "has_caption", "caption", "exercise_count", "exercise_days", "has_self_care",
    "self_care", "has_notes", "notes", "has_clearance", "clearance", "clearance.by", "clearance.date", "clearance.flags", "by",
    "flags", "calendar", "day_cell", "boxes", "calendar_columns", "number_cell", "paper", "page_size", "has_change", "change",
    "has_therapist_note", "therapist_note", "change_shared", "has_easier", "easier_name", "easier_on_plan", "easier_number",
    "easier_steps", "large_print", "progress", "progress.has_move_up", "progress.move_up", "progress.has_progress",
    "progress.weeks", "week", "sessions", "pain_during", "next_day", "text_row", "progress.has_changes", "progress.changes",
    "names", "progress.has_outcomes", "progress.outcomes", "label", "progress.has_chart", "progress.chart_uri",
    "progress.chart_alt", "stop", "stop.has_emergency", "stop.emergency", "stop.has_doctor", "stop.doctor", "stop.has_midwife",
    "stop.midwife", "stop.has_therapist", "stop.therapist", "pain", "pain.relative", "pain.usual", "pain.green_top",
    "pain.has_yellow", "pain.yellow_from", "pain.yellow_top", "pain.yellow_one", "pain.rise", "pain.rise_one", "language",
    "page_before", "page_middle", "page_after"};
  return k_names;
}

const std::vector<std::string>& referral_view_names()
{
  static const std::vector<std::string> k_names = {"patient", "patient.name", "patient.age", "therapist", "therapist.name",
    "therapist.clinic", "therapist.phone", "has_therapist", "has_therapist_name", "has_clinic", "has_phone", "version", "urgency",
    "urgency_words", "urgency_title", "emergency", "flags", "text", "reasons", "has_go_now", "go_now", "paper", "page_size",
    "large_print", "language", "page_before", "page_middle", "page_after"};
  return k_names;
}

} // namespace ptplan::render
