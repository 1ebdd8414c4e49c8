#include "ptplan/render/view.hpp"

#include "ptplan/render/dose_words.hpp"
#include "ptplan/render/mustache_data.hpp"

#include <fmt/format.h>

namespace ptplan::render {

namespace {

using kainjow::mustache::data;

std::string short_day(Weekday day)
{
  return std::string(weekday_name(day).substr(0, 3));
}

data people(const model::Profile& profile)
{
  data view;
  data patient;
  patient.set("name", profile.name);
  patient.set("age", std::to_string(profile.age));
  put(view, "patient", std::move(patient));
  const auto& t = profile.therapist;
  data therapist;
  therapist.set("name", t.name);
  therapist.set("clinic", t.clinic);
  therapist.set("phone", t.phone);
  put(view, "therapist", std::move(therapist));
  view.set("has_therapist", !t.name.empty() || !t.clinic.empty() || !t.phone.empty());
  view.set("has_therapist_name", !t.name.empty());
  view.set("has_clinic", !t.clinic.empty());
  view.set("has_phone", !t.phone.empty());
  view.set("version", PTPLAN_VERSION);
  return view;
}

data steps_of(const model::Exercise& exercise)
{
  data steps = make_list(exercise.steps.size());
  for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
    data step;
    step.set("number", std::to_string(i + 1));
    step.set("text", exercise.steps[i]);
    append(steps, std::move(step));
  }
  return steps;
}

std::string join(const std::vector<std::string>& items, std::string_view separator)
{
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : std::string(separator)) + item;
  }
  return out;
}

} // namespace

kainjow::mustache::data plan_view(const model::Plan& plan, const model::Knowledge& knowledge)
{
  const model::Profile& profile = *plan.profile;
  const model::Vocabulary& vocabulary = knowledge.vocabulary;
  data view = people(profile);
  view.set("week", std::to_string(plan.week));
  view.set("has_weeks", plan.weeks.has_value());
  view.set("weeks", plan.weeks ? std::to_string(*plan.weeks) : std::string());
  view.set("dated", plan.week_start.has_value());
  view.set("week_start", plan.week_start ? plan.week_start->display() : std::string());
  view.set("has_review", plan.next_review.has_value());
  view.set("next_review", plan.next_review ? plan.next_review->display() : std::string());
  view.set("minutes_per_session", std::to_string(profile.schedule.minutes_per_session));

  std::vector<std::string> conditions;
  for (const auto& condition : profile.conditions) {
    conditions.push_back(vocabulary.conditions.label(condition));
  }
  view.set("conditions", join(conditions, ", "));

  data goals = make_list(profile.goals.size());
  for (const auto& goal : profile.goals) {
    append(goals, data("text", goal));
  }
  view.set("has_goals", !profile.goals.empty());
  put(view, "goals", std::move(goals));

  data days = make_list(plan.schedule.size());
  for (const auto& day : plan.schedule) {
    data item;
    item.set("day", short_day(day.day));
    item.set("day_name", std::string(weekday_name(day.day)));
    item.set("date", day.date ? day.date->display() : std::string());
    item.set("minutes", std::to_string(day.minutes));
    item.set("clinic_visit", day.clinic_visit);
    item.set("rest", day.exercises.empty());
    // Four characters wide, for plain-text tables.
    item.set("minutes_cell", day.exercises.empty() ? std::string(" -  ") : fmt::format("{:>2}  ", day.minutes));
    append(days, std::move(item));
  }
  put(view, "days", std::move(days));
  view.set("has_clinic_visits", profile.schedule.clinic_visits_per_week > 0);

  data rows = make_list(plan.exercises.size());
  data exercises = make_list(plan.exercises.size());
  for (std::size_t i = 0; i < plan.exercises.size(); ++i) {
    const auto& planned = plan.exercises[i];
    const model::Exercise& exercise = *planned.exercise;
    data row;
    row.set("number", std::to_string(i + 1));
    row.set("name", exercise.name);
    data cells = make_list(plan.schedule.size());
    for (const auto& day : plan.schedule) {
      const bool on = std::find(day.exercises.begin(), day.exercises.end(), exercise.id) != day.exercises.end();
      append(cells, data("on", on));
    }
    put(row, "cells", std::move(cells));
    append(rows, std::move(row));

    data item;
    item.set("number", std::to_string(i + 1));
    item.set("id", exercise.id);
    item.set("name", exercise.name);
    item.set("category", vocabulary.categories.label(exercise.category));
    item.set("position", vocabulary.positions.label(exercise.position));
    item.set("purpose", exercise.purpose);
    put(item, "steps", steps_of(exercise));
    item.set("dose", dose_in_words(planned.dose));
    item.set("days", days_in_words(planned.days));
    item.set("minutes", std::to_string((planned.seconds + 59) / 60));
    item.set("safety", exercise.safety);
    item.set("why", join(planned.why, "; "));
    const auto image = exercise.image.empty() ? knowledge.images.end() : knowledge.images.find(exercise.image);
    item.set("has_image", image != knowledge.images.end());
    item.set("image", image != knowledge.images.end() ? image->second : std::string());
    append(exercises, std::move(item));
  }
  put(view, "rows", std::move(rows));
  put(view, "exercises", std::move(exercises));
  view.set("exercise_count", std::to_string(plan.exercises.size()));

  data self_care = make_list(plan.self_care.size());
  for (const auto* exercise : plan.self_care) {
    data item;
    item.set("name", exercise->name);
    item.set("purpose", exercise->purpose);
    put(item, "steps", steps_of(*exercise));
    item.set("safety", exercise->safety);
    append(self_care, std::move(item));
  }
  view.set("has_self_care", !plan.self_care.empty());
  put(view, "self_care", std::move(self_care));

  data notes = make_list(plan.notes.size());
  for (const auto& note : plan.notes) {
    append(notes, data("text", note.text));
  }
  view.set("has_notes", !plan.notes.empty());
  put(view, "notes", std::move(notes));

  view.set("has_clearance", !plan.cleared_flags.empty() && profile.clearance.has_value());
  if (profile.clearance && !plan.cleared_flags.empty()) {
    std::vector<std::string> flags;
    for (const auto& flag : plan.cleared_flags) {
      flags.push_back(vocabulary.red_flags.label(flag));
    }
    data clearance;
    clearance.set("by", profile.clearance->by);
    clearance.set("date", profile.clearance->date ? profile.clearance->date->display() : std::string());
    clearance.set("flags", join(flags, "; "));
    put(view, "clearance", std::move(clearance));
  }
  return view;
}

kainjow::mustache::data referral_view(
  const model::Referral& referral, const model::Profile& profile, const model::Knowledge& knowledge)
{
  data view = people(profile);
  view.set("urgency", referral.urgency);
  view.set("urgency_words", knowledge.vocabulary.urgencies.label(referral.urgency));
  view.set("emergency", referral.urgency == "emergency");
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

const std::vector<std::string>& plan_view_names()
{
  static const std::vector<std::string> k_names = {"patient", "patient.name", "patient.age", "therapist", "therapist.name",
    "therapist.clinic", "therapist.phone", "has_therapist", "has_therapist_name", "has_clinic", "has_phone", "version", "week",
    "has_weeks", "weeks", "dated", "week_start", "has_review", "next_review", "minutes_per_session", "conditions", "has_goals",
    "goals", "text", "days", "day", "day_name", "date", "minutes", "clinic_visit", "rest", "minutes_cell", "has_clinic_visits",
    "rows", "number", "name", "cells", "on", "exercises", "id", "category", "position", "purpose", "steps", "dose", "safety",
    "why", "has_image", "image", "exercise_count", "has_self_care", "self_care", "has_notes", "notes", "has_clearance",
    "clearance", "clearance.by", "clearance.date", "clearance.flags", "by", "flags"};
  return k_names;
}

const std::vector<std::string>& referral_view_names()
{
  static const std::vector<std::string> k_names = {"patient", "patient.name", "patient.age", "therapist", "therapist.name",
    "therapist.clinic", "therapist.phone", "has_therapist", "has_therapist_name", "has_clinic", "has_phone", "version", "urgency",
    "urgency_words", "emergency", "flags", "text", "reasons"};
  return k_names;
}

} // namespace ptplan::render
