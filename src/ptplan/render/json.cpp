#include "ptplan/render/json.hpp"

#include <nlohmann/json.hpp>

namespace ptplan::render {

namespace {

using Json = nlohmann::ordered_json;

Json patient_json(const model::Profile& profile)
{
  return Json{{"name", profile.name}, {"age", profile.age}};
}

Json optional_int(const std::optional<int>& value)
{
  return value ? Json(*value) : Json(nullptr);
}

Json dosage_json(const model::Dosage& dose)
{
  Json out = Json::object();
  for (const auto field : model::k_dose_fields) {
    out[std::string(model::dose_field_name(field))] = optional_int(dose.get(field));
  }
  out["side"] = dose.side.empty() ? Json(nullptr) : Json(dose.side);
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
      item["unscored_weeks"] = outcome.unscored_weeks;
    }
    if (outcome.measure == "psfs") {
      Json activities = Json::array();
      for (const auto& activity : outcome.activities) {
        activities.push_back(Json{{"activity", activity.activity}, {"baseline", activity.baseline}, {"latest", activity.latest},
          {"change", activity.latest - activity.baseline}, {"meaningful", activity.meaningful}});
      }
      item["activities"] = std::move(activities);
    }
    out.push_back(std::move(item));
  }
  return out;
}

std::string dump(const Json& json)
{
  // Invalid UTF-8 cannot reach here (inputs are checked), but never throw.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace

std::string plan_json(const model::Plan& plan)
{
  const model::Profile& profile = *plan.profile;
  Json out;
  out["status"] = "plan";
  out["patient"] = patient_json(profile);
  out["week"] = plan.week;
  out["weeks"] = optional_int(plan.weeks);
  out["week_start"] = plan.week_start ? Json(plan.week_start->iso()) : Json(nullptr);
  out["next_review"] = plan.next_review ? Json(plan.next_review->iso()) : Json(nullptr);
  out["irritability"] = plan.irritability;
  if (plan.start_back) {
    out["risk"] = Json{
      {"start_back", plan.start_back->risk}, {"total", plan.start_back->total}, {"psychosocial", plan.start_back->psychosocial}};
  }
  Json exercises = Json::array();
  for (const auto& planned : plan.exercises) {
    const model::Exercise& e = *planned.exercise;
    Json item;
    item["id"] = e.id;
    item["name"] = e.name;
    item["category"] = e.category;
    item["position"] = e.position;
    item["floor"] = e.floor;
    item["movements"] = e.movements;
    item["equipment"] = e.equipment;
    item["level"] = e.level;
    item["dosage"] = dosage_json(planned.dose);
    item["days"] = days_json(planned.days);
    item["minutes"] = (planned.seconds + 59) / 60;
    item["started_as"] =
      planned.started_as && planned.started_as != planned.exercise ? Json(planned.started_as->id) : Json(nullptr);
    item["why"] = planned.why;
    const bool changed = !planned.change.empty();
    item["change"] = changed ? Json(planned.change) : Json(nullptr);
    item["change_reason"] = changed ? Json(planned.change_reason) : Json(nullptr);
    item["change_rule"] = planned.change_rule.empty() ? Json(nullptr) : Json(planned.change_rule);
    exercises.push_back(std::move(item));
  }
  out["exercises"] = std::move(exercises);
  Json self_care = Json::array();
  for (const auto* exercise : plan.self_care) {
    self_care.push_back(exercise->id);
  }
  out["self_care"] = std::move(self_care);
  Json schedule = Json::array();
  for (const auto& day : plan.schedule) {
    schedule.push_back(Json{{"day", std::string(weekday_id(day.day))}, {"date", day.date ? Json(day.date->iso()) : Json(nullptr)},
      {"available", day.available}, {"exercises", day.exercises}, {"minutes", day.minutes}, {"clinic_visit", day.clinic_visit}});
  }
  out["schedule"] = std::move(schedule);
  Json excluded = Json::array();
  for (const auto& exclusion : plan.excluded) {
    excluded.push_back(Json{{"id", exclusion.id}, {"rule", exclusion.rule}, {"reason", exclusion.reason}});
  }
  out["excluded"] = std::move(excluded);
  Json not_chosen = Json::array();
  for (const auto& item : plan.not_chosen) {
    not_chosen.push_back(Json{{"id", item.id}, {"reason", item.reason}});
  }
  out["not_chosen"] = std::move(not_chosen);
  Json notes = Json::array();
  for (const auto& note : plan.notes) {
    notes.push_back(note.text);
  }
  out["notes"] = std::move(notes);
  out["warnings"] = plan.warnings;
  out["outcomes"] = outcomes_json(plan.outcomes);
  out["stopped"] = plan.stopped;
  Json fired = Json::array();
  for (const auto* rule : plan.fired) {
    fired.push_back(rule->id);
  }
  out["rules_fired"] = std::move(fired);
  out["cleared_red_flags"] = plan.cleared_flags;
  return dump(out);
}

std::string referral_json(const model::Referral& referral, const model::Profile& profile)
{
  Json out;
  out["status"] = "referral";
  out["patient"] = patient_json(profile);
  out["week"] = referral.week;
  out["weeks"] = optional_int(profile.plan_weeks);
  Json rules = Json::array();
  for (const auto* rule : referral.rules) {
    rules.push_back(rule->id);
  }
  out["referral"] =
    Json{{"urgency", referral.urgency}, {"reasons", referral.flags}, {"messages", referral.reasons}, {"rules", rules}};
  return dump(out);
}

} // namespace ptplan::render
