#include "ptplan/render/json.hpp"

#include "ptplan/render/json_writer.hpp"

#include <nlohmann/json.hpp>

namespace ptplan::render {

namespace {

using Json = nlohmann::ordered_json;

// Adds `key` at the end of an object. Faster than Json{{"key", value}, ...},
// which nlohmann builds as two-item arrays first and then converts, and than
// object["key"], which searches the keys so far; the callers never add a
// key twice.
void add(Json& object, std::string key, Json value)
{
  object.get_ref<Json::object_t&>().emplace_back(std::move(key), std::move(value));
}

// An empty object or array with room for `count` members.
Json object_for(std::size_t count)
{
  Json out = Json::object();
  out.get_ref<Json::object_t&>().reserve(count);
  return out;
}

Json array_for(std::size_t count)
{
  Json out = Json::array();
  out.get_ref<Json::array_t&>().reserve(count);
  return out;
}

Json patient_json(const model::Profile& profile)
{
  Json out = object_for(2);
  add(out, "name", profile.name);
  add(out, "age", profile.age);
  return out;
}

Json optional_int(const std::optional<int>& value)
{
  return value ? Json(*value) : Json(nullptr);
}

Json dosage_json(const model::Dosage& dose)
{
  Json out = object_for(model::k_dose_fields.size() + 1);
  for (const auto field : model::k_dose_fields) {
    add(out, std::string(model::dose_field_name(field)), optional_int(dose.get(field)));
  }
  add(out, "side", dose.side.empty() ? Json(nullptr) : Json(dose.side));
  return out;
}

Json days_json(const std::vector<Weekday>& days)
{
  Json out = Json::array();
  for (const auto day : days) {
    out.push_back(std::string(weekday_id(day)));
  }
  return out;
}

Json outcomes_json(const std::vector<model::OutcomeSummary>& outcomes)
{
  Json out = Json::array();
  for (const auto& outcome : outcomes) {
    Json series = Json::array();
    for (const auto& [week, score] : outcome.series) {
      series.push_back(Json{{"week", week}, {"score", score}});
    }
    Json item{{"measure", outcome.measure}, {"baseline", outcome.baseline}, {"baseline_week", outcome.baseline_week},
      {"latest", outcome.latest}, {"latest_week", outcome.latest_week}, {"change", outcome.change},
      {"meaningful", outcome.meaningful}, {"direction", outcome.direction}, {"threshold", outcome.threshold},
      {"series", std::move(series)}};
    if (outcome.measure == "odi") {
      add(item, "unscored_weeks", outcome.unscored_weeks);
    }
    if (outcome.measure == "psfs") {
      Json activities = Json::array();
      for (const auto& activity : outcome.activities) {
        activities.push_back(Json{{"activity", activity.activity}, {"baseline", activity.baseline}, {"latest", activity.latest},
          {"change", activity.latest - activity.baseline}, {"meaningful", activity.meaningful}});
      }
      add(item, "activities", std::move(activities));
    }
    out.push_back(std::move(item));
  }
  return out;
}

std::string dump(const Json& json)
{
  if (auto text = write_pretty_json(json)) { // the same text, faster
    *text += '\n';
    return std::move(*text);
  }
  // Invalid UTF-8 cannot reach here (inputs are checked), but never throw.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace

std::string plan_json(const model::Plan& plan)
{
  const model::Profile& profile = *plan.profile;
  Json out = object_for(24);
  add(out, "status", "plan");
  add(out, "patient", patient_json(profile));
  add(out, "week", plan.week);
  add(out, "weeks", optional_int(plan.weeks));
  add(out, "week_start", plan.week_start ? Json(plan.week_start->iso()) : Json(nullptr));
  add(out, "next_review", plan.next_review ? Json(plan.next_review->iso()) : Json(nullptr));
  add(out, "irritability", plan.irritability);
  if (plan.start_back) {
    Json risk = object_for(3);
    add(risk, "start_back", plan.start_back->risk);
    add(risk, "total", plan.start_back->total);
    add(risk, "psychosocial", plan.start_back->psychosocial);
    add(out, "risk", std::move(risk));
  }
  Json exercises = array_for(plan.exercises.size());
  for (const auto& planned : plan.exercises) {
    const model::Exercise& e = *planned.exercise;
    Json item = object_for(17);
    add(item, "id", e.id);
    add(item, "name", e.name);
    add(item, "category", e.category);
    add(item, "position", e.position);
    add(item, "floor", e.floor);
    add(item, "movements", e.movements);
    add(item, "equipment", e.equipment);
    add(item, "level", e.level);
    add(item, "dosage", dosage_json(planned.dose));
    add(item, "days", days_json(planned.days));
    add(item, "minutes", (planned.seconds + 59) / 60);
    add(item, "started_as",
      planned.started_as && planned.started_as != planned.exercise ? Json(planned.started_as->id) : Json(nullptr));
    add(item, "why", planned.why);
    const bool changed = !planned.change.empty();
    add(item, "change", changed ? Json(planned.change) : Json(nullptr));
    add(item, "change_reason", changed ? Json(planned.change_reason) : Json(nullptr));
    add(item, "change_rule", planned.change_rule.empty() ? Json(nullptr) : Json(planned.change_rule));
    exercises.push_back(std::move(item));
  }
  add(out, "exercises", std::move(exercises));
  Json self_care = Json::array();
  for (const auto* exercise : plan.self_care) {
    self_care.push_back(exercise->id);
  }
  add(out, "self_care", std::move(self_care));
  Json schedule = array_for(plan.schedule.size());
  for (const auto& day : plan.schedule) {
    Json item = object_for(6);
    add(item, "day", std::string(weekday_id(day.day)));
    add(item, "date", day.date ? Json(day.date->iso()) : Json(nullptr));
    add(item, "available", day.available);
    add(item, "exercises", day.exercises);
    add(item, "minutes", day.minutes);
    add(item, "clinic_visit", day.clinic_visit);
    schedule.push_back(std::move(item));
  }
  add(out, "schedule", std::move(schedule));
  Json excluded = array_for(plan.excluded.size());
  for (const auto& exclusion : plan.excluded) {
    Json item = object_for(3);
    add(item, "id", exclusion.id);
    add(item, "rule", exclusion.rule);
    add(item, "reason", exclusion.reason);
    excluded.push_back(std::move(item));
  }
  add(out, "excluded", std::move(excluded));
  Json not_chosen = array_for(plan.not_chosen.size());
  for (const auto& item : plan.not_chosen) {
    Json entry = object_for(2);
    add(entry, "id", item.id);
    add(entry, "reason", item.reason);
    not_chosen.push_back(std::move(entry));
  }
  add(out, "not_chosen", std::move(not_chosen));
  Json notes = Json::array();
  for (const auto& note : plan.notes) {
    notes.push_back(note.text);
  }
  add(out, "notes", std::move(notes));
  add(out, "warnings", plan.warnings);
  add(out, "outcomes", outcomes_json(plan.outcomes));
  add(out, "stopped", plan.stopped);
  Json fired = Json::array();
  for (const auto* rule : plan.fired) {
    fired.push_back(rule->id);
  }
  add(out, "rules_fired", std::move(fired));
  add(out, "cleared_red_flags", plan.cleared_flags);
  return dump(out);
}

std::string referral_json(const model::Referral& referral, const model::Profile& profile)
{
  Json out = object_for(5);
  add(out, "status", "referral");
  add(out, "patient", patient_json(profile));
  add(out, "week", referral.week);
  add(out, "weeks", optional_int(profile.plan_weeks));
  Json rules = Json::array();
  for (const auto* rule : referral.rules) {
    rules.push_back(rule->id);
  }
  add(out, "referral",
    Json{{"urgency", referral.urgency}, {"reasons", referral.flags}, {"messages", referral.reasons}, {"rules", rules}});
  return dump(out);
}

} // namespace ptplan::render
